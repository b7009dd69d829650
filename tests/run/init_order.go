// Package-level variables are initialized in dependency order (through
// function bodies too), then init functions run in source order.
package main

var (
	a = trace("a", c+b)
	b = f()
	c = f()
	d = trace("d", 3)
)

var x = g()
var y = trace("y", 7)

var p, q = pair()

func g() int { return trace("g", y) }

func pair() (int, int) {
	trace("pair", 0)
	return 1, 2
}

func f() int {
	d++
	return trace("f", d)
}

func trace(name string, v int) int {
	println("init", name, v)
	return v
}

func init() {
	println("init func 1", a, b, c, d, x, y, p, q)
}

func init() {
	println("init func 2")
}

func main() {
	println("main")
}
