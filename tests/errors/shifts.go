// errorcheck

// Shifts: the operand must be an integer (or an untyped constant that is
// one), the count a non-negative integer; a non-constant shift of an untyped
// constant takes the type of its context.

package main

func main() {
	var s uint
	var i int
	var f float64
	_ = 1.5 << 2          // ERROR "invalid operation: shifted operand 1.5 \(untyped float constant\) must be integer"
	_ = 2.0 << 2          // ok: 2.0 is an integer constant
	_ = i << 1.5          // ERROR "1.5 \(untyped float constant\) truncated to uint"
	_ = i << -1           // ERROR "invalid operation: negative shift count -1 \(untyped int constant\)"
	_ = i << f            // ERROR "invalid operation: shift count f \(variable of type float64\) must be integer"
	_ = f << s            // ERROR "invalid operation: shifted operand f \(variable of type float64\) must be integer"
	_ = 1 << 10000        // ERROR "invalid operation: invalid shift count 10000 \(untyped int constant\)"
	f = 1 << s            // ERROR "invalid operation: 1 << s \(shift of type float64\)"
	var g float64 = 2 << s // ERROR "invalid operation: 2 << s \(shift of type float64\)"
	i = 1 << s            // ok
	i = 1.0 << s          // ok: 1.0 becomes int
	var u8 uint8 = 1 << 8 // ERROR "cannot use 1 << 8 \(untyped int constant 256\) as uint8 value in variable declaration \(overflows\)"
	_ = 1 << 70           // ERROR "cannot use 1 << 70 \(untyped int constant 1180591620717411303424\) as int value in assignment to _ identifier \(overflows\)"
	_ = 1 << 1000 << 1000 // ERROR "constant shift overflow"
	println(i, f, g, u8)
}
