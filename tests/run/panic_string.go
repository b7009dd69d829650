// An unrecovered panic with a string value: the output so far, then
// "panic: " and the string, a blank line, the goroutine header; status 2.
package main

func check(n int) {
	if n > 2 {
		panic("boom: " + "n too big")
	}
	println("ok", n)
}

func main() {
	for i := 0; i < 10; i++ {
		check(i)
	}
	println("not reached")
}
