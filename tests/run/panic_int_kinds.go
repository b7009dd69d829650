// panic with a negative int64: gc prints the value, not a type name.
package main

func main() {
	var v int64 = -9223372036854775808
	println("panicking with", v)
	panic(v)
}
