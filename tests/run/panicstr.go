// panic with a string value: gc prints the value, a blank line and the
// goroutine header, and exits with status 2.
package main

func check(n int) {
	if n > 2 {
		panic("n too big")
	}
	println("ok", n)
}

func main() {
	for i := 0; i < 5; i++ {
		check(i)
	}
}
