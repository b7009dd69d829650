// errorcheck

// Redeclarations in one block, method redeclarations, and the names the
// spec reserves at package level.

package main

var x, y int

var x = 2 // ERROR "x redeclared in this block\n\t.*other declaration of x"

type T struct{ a int }

func (t T) a() {} // ERROR "field and method with the same name a\n\t.*other declaration of a"
func (t *T) b() {}
func (t T) b()  {} // ERROR "T.b redeclared in this block\n\t.*other declaration of b"

func f(p int) (q int) {
	p := 1    // ERROR "no new variables on left side of :="
	var q = 2 // ERROR "q redeclared in this block\n\t.*other declaration of q"
	return
}

func g() (r int) {
	{
		r := 3
		_ = r
		return // ERROR "result parameter r not in scope at return\n\t.*inner declaration of var r int"
	}
}

var init = 3 // ERROR "cannot declare init - must be func"

func main() {
	var main int
	_ = main
}
