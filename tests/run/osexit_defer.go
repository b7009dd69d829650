package main

import "os"

// os.Exit does not run deferred calls.

func main() {
	defer println("must not print")
	func() {
		defer println("inner deferred runs")
	}()
	os.Exit(3)
}
