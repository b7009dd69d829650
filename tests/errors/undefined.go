// errorcheck

// Names that are not declared, and values of the wrong type, are reported
// in gc's words at gc's positions; every error is expected.

package main

func f() (int, int) {
	return 1, 2
}

func main() {
	x := 1
	y = 2             // ERROR "undefined: y"
	var s string = x  // ERROR "cannot use x \(variable of type int\) as type string in variable declaration"
	z := f()          // ERROR "assignment mismatch: 1 variable but f(\(\))? returns 2 values"
	println(s, z, q) // ERROR "undefined: q"
}
