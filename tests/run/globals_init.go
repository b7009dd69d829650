// Package initialization: variables are initialized in dependency order
// (dependencies through function bodies count, declaration order breaks
// ties), multi-value initializers, then every init function in source
// order, then main.
package main

var trace string

func note(s string, v int) int {
	trace += s + " "
	println("init var", s, v)
	return v
}

var a = note("a", b+c)
var b = note("b", f())
var c = note("c", 3)
var d = note("d", 4)
var e, g = pair()
var h = note("h", useLater())
var later = note("later", 40)
var unrelated = note("unrelated", 5)
var x = note("x", y*2)
var y = note("y", z+1)
var z = note("z", 1)
var zeroInt int
var zeroStr string
var zeroBool bool
var zeroFloat float64
var constInit = 7 * 6
var str = "s" + strDep
var strDep = "dep"

func f() int {
	return d * 10
}

func useLater() int {
	return later + 1
}

func pair() (int, int) {
	println("init pair")
	return 100, c + 1
}

func init() {
	println("init 1", a, b, c, trace)
}

var counter int

func init() {
	counter++
	println("init 2", counter, e, g, h)
}

func init() {
	counter++
	println("init 3", counter, x, y, z)
}

func main() {
	println("main", a, b, c, d, e, g, h, later, unrelated, x, y, z)
	println(zeroInt, "["+zeroStr+"]", zeroBool, zeroFloat, constInit, str, counter)
	a = 1
	late = late + 1
	println(a, late)
}

var late = note("late", a+100)
