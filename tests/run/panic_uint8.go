// panic with a byte value prints it as a number.
package main

func main() {
	s := "hello"
	panic(s[1])
}
