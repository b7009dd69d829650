// panic with a bool.
package main

func main() {
	println(1 < 2)
	panic(2 < 1)
}
