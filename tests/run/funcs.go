// Functions: multiple and named results, recursion, package-level
// variables initialized in dependency order, init functions.
package main

var a = b + 1
var b = f()
var c, d = pair()

func f() int {
	println("f")
	return 41
}

func pair() (int, string) {
	return 7, "seven"
}

func init() {
	println("init 1", a, b)
}

func init() {
	println("init 2", c, d)
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func divmod(x, y int) (q, r int) {
	q = x / y
	r = x % y
	return
}

func main() {
	println(fib(20))
	q, r := divmod(17, 5)
	println(q, r)
	_, r = divmod(9, 4)
	println(r)
}
