// os.Exit ends the program at once with the given status.
package main

import "os"

func main() {
	println("exiting")
	os.Exit(3)
	println("not reached")
}
