// os.Exit ends the program at once with the given status, after the
// output already written.
package main

import "os"

func finish(code int) {
	println("exiting with", code)
	os.Exit(code)
	println("not reached")
}

func main() {
	println("before")
	for i := 0; i < 3; i++ {
		if i == 2 {
			finish(i + 1)
		}
		println("loop", i)
	}
	println("not reached either")
}
