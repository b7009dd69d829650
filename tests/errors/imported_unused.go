// errorcheck

// An import that is never used is an error, reported at the import.

package main

import (
	"os"    // ERROR "imported and not used: \x22os\x22$"
	o2 "os" // ERROR "imported and not used: \x22os\x22 as o2"
	_ "os"
)

func main() {
}
