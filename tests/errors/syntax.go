// errorcheck

// Syntax errors are reported by the parser in gc's wording.

package main

func main() {
	x := (1 + 2 // ERROR "syntax error: unexpected newline, expecting \)"
	println(x)  // ERROR "syntax error: unexpected println at end of statement"
}
