// os.Exit(0) ends the program successfully before main returns.
package main

import "os"

func main() {
	print("partial line then exit 0\n")
	os.Exit(0)
	panic("not reached")
}
