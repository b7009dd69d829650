// Integer modulo by zero panics like division (here on a small type).
package main

func main() {
	var a, b int8 = 100, 0
	println("before", a)
	a %= b
	println(a)
}
