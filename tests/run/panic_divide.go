// Integer division by a zero variable is a run-time panic.
package main

func div(a, b int) int {
	return a / b
}

func main() {
	println(div(7, 2), div(-7, 2))
	zero := 0
	println(div(1, zero))
}
