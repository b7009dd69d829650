// errorcheck

// Division by a constant zero is a compile-time error for integer
// operands and for constant operands of any numeric kind.

package main

func main() {
	x := 10
	f := 1.5
	const zero = 0
	_ = 1 / 0        // ERROR "invalid operation: division by zero"
	_ = x / 0        // ERROR "invalid operation: division by zero"
	_ = x % zero     // ERROR "invalid operation: division by zero"
	_ = 1.0 / 0.0    // ERROR "invalid operation: division by zero"
	_ = 1i / 0       // ERROR "invalid operation: division by zero"
	x /= 0           // ERROR "invalid operation: division by zero"
	_ = f / 0        // float variables may be divided by zero at run time
	_ = x / (1 - 1)  // ERROR "invalid operation: division by zero"
	println(x, f)
}
