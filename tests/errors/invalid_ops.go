// errorcheck

// Operators applied to operands they are not defined on, and operands that
// cannot be compared, addressed, received from or called.

package main

type S struct{ a []int }

func f() int { return 0 }

func main() {
	var i int
	var s string
	var b bool
	var sl []int
	var m map[int]int
	var fn func()
	var st S
	_ = !i            // ERROR "invalid operation: operator ! not defined on i \(variable of type int\)"
	_ = -s            // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
	_ = ^b            // ERROR "invalid operation: operator \^ not defined on b \(variable of type bool\)"
	_ = s - s         // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
	_ = b && i        // ERROR "invalid operation: b && i \(mismatched types bool and int\)"
	_ = i && i        // ERROR "invalid operation: operator && not defined on i \(variable of type int\)"
	_ = 1.5 % 2       // ERROR "invalid operation: operator % not defined on 1.5 \(untyped float constant\)"
	_ = sl == sl      // ERROR "invalid operation: sl == sl \(slice can only be compared to nil\)"
	_ = m == m        // ERROR "invalid operation: m == m \(map can only be compared to nil\)"
	_ = fn == fn      // ERROR "invalid operation: fn == fn \(func can only be compared to nil\)"
	_ = st == st      // ERROR "invalid operation: st == st \(struct containing \[\]int cannot be compared\)"
	_ = sl == nil     // ok
	_ = nil == nil    // ERROR "invalid operation: nil == nil \(operator == not defined on untyped nil\)"
	_ = b < b         // ERROR "invalid operation: b < b \(operator < not defined on bool\)"
	_ = &f()          // ERROR "invalid operation: cannot take address of f\(\) \(value of type int\)"
	_ = &i            // ok
	_ = <-i           // ERROR "invalid operation: cannot receive from non-channel i \(variable of type int\)"
	_ = *i            // ERROR "invalid operation: cannot indirect i \(variable of type int\)"
	_ = i()           // ERROR "invalid operation: cannot call non-function i \(variable of type int\)"
	_ = i.(int)       // ERROR "invalid operation: i \(variable of type int\) is not an interface"
	_ = s[1:2:3]      // ERROR "invalid operation: 3-index slice of string"
	_ = i[0]          // ERROR "invalid operation: cannot index i \(variable of type int\)"
	_ = i[:]          // ERROR "invalid operation: cannot slice i \(variable of type int\)"
	i.x = 1           // ERROR "i.x undefined \(type int has no field or method x\)"
	f()               // ok
	i                 // ERROR "i \(variable of type int\) is not used"
	len               // ERROR "len \(built-in\) must be called"
	_ = ~i            // ERROR "cannot use ~ outside of interface or type constraint"
}
