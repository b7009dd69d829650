// errorcheck

// Variables that are declared but never used are errors (gc reports them at
// the declaration). Assignments are not uses; reads inside closures are.

package main

func two() (int, int) { return 1, 2 }

func main() {
	a := 1 // ERROR "a declared but not used"
	a = 2

	b := 1 // ERROR "b declared but not used"
	func() {
		b = 3
	}()

	c := 1
	func() {
		_ = c
	}()

	var d int
	d++

	var e, f = two() // ERROR "e declared but not used" "f declared but not used"

	for i := 0; i < 3; {
	}
	for j := range "abc" { // ERROR "j declared but not used"
	}

	var p [3]int
	p[0] = 1

	var x interface{}
	switch t := x.(type) { // ERROR "t declared but not used"
	case int:
	}
	switch u := x.(type) {
	case int, string:
		_ = u
	}

	g := func(param int) (result int) { return }
	_ = g
}
