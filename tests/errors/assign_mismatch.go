// errorcheck

// The number of values on both sides of an assignment or return must agree,
// and the left side must be assignable.

package main

func one() int          { return 1 }
func two() (int, int)   { return 1, 2 }
func g() int            { return 1, 2 } // ERROR "too many return values\n\thave \(number, number\)\n\twant \(int\)"
func h() (int, int)     { return 1 }    // ERROR "not enough return values\n\thave \(number\)\n\twant \(int, int\)"
func k() (int, string)  { return two() } // ERROR "cannot use two\(\) \(value of type int\) as type string in return statement"

func main() {
	a, b := one() // ERROR "assignment mismatch: 2 variables but one returns 1 value"
	c, d := 1     // ERROR "assignment mismatch: 2 variables but 1 value"
	var e, f int = 1, 2, 3 // ERROR "extra init expr 3"
	one() = 1     // ERROR "cannot assign to one\(\) \(value of type int\)"
	const k = 1
	k = 2 // ERROR "cannot assign to k \(untyped int constant 1\)"
	var s string
	s++ // ERROR "invalid operation: s\+\+ \(non-numeric type string\)"
	_, _, _, _, _, _ = a, b, c, d, e, f
}
