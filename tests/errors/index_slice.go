// errorcheck

// Index and slice expressions: constant indexes are checked against the
// length of arrays and constant strings; only addressable arrays can be
// sliced; strings have no 3-index form.

package main

func arr() [3]int { return [3]int{} }

func main() {
	var a [3]int
	var s []int
	var str string
	var m map[string]int
	var f float64
	p := &a
	_ = a[3]        // ERROR "invalid argument: index 3 out of bounds \[0:3\]"
	_ = a[-1]       // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = p[5]        // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	_ = "abc"[3]    // ERROR "invalid argument: index 3 out of bounds \[0:3\]"
	_ = s[f]        // ERROR "invalid argument: index f \(variable of type float64\) must be integer"
	_ = s[1.5]      // ERROR "1.5 \(untyped float constant\) truncated to int"
	_ = m[1]        // ERROR "cannot use 1 \(untyped int constant\) as string value in map index"
	_ = a[1:4]      // ERROR "invalid argument: index 4 out of bounds \[0:4\]"
	_ = s[2:1]      // ERROR "invalid slice indices: 1 < 2"
	_ = str[1:2:3]  // ERROR "invalid operation: 3-index slice of string"
	_ = arr()[:]    // ERROR "invalid operation: arr\(\) \(value of type \[3\]int\) \(slice of unaddressable value\)"
	_ = m[:]        // ERROR "invalid operation: cannot slice m \(variable of type map\[string\]int\)"
	_ = f[0]        // ERROR "invalid operation: cannot index f \(variable of type float64\)"
	_ = a[:2:3]     // ok
	_ = p[1:]       // ok: pointer to array
	_ = str[1:]     // ok
	v, ok := m["k"] // ok: comma-ok
	_, _ = v, ok
}
