// The smallest program: println writes to standard error.
package main

func main() {
	println("hello, world")
	println(1, true, "two", 3.5)
}
