// errorcheck

// gc rejects unused variables and imports.

package main

import "os" // ERROR "\x22os\x22 imported but not used|imported and not used"

func main() {
	a := 1 // ERROR "a declared but not used|declared and not used"
	b := 2
	_ = b
}
