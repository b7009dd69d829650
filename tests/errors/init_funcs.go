// errorcheck

// init and main must be functions without arguments or results; init
// cannot be referred to.

package main

func init() {}
func init() {}

func init(x int) {} // ERROR "func init must have no arguments and no return values"

func main() int { // ERROR "func main must have no arguments and no return values"
	init() // ERROR "undefined: init"
	return 0
}
