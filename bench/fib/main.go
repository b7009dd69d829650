// fib: naive doubly recursive Fibonacci — call overhead and integer code,
// no allocation at all.
package main

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func run() {
	println("fib(37) =", fib(37))
}
