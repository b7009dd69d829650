package main

import "fmt"

// A panic in a deferred call while panicking: gc prints the whole chain,
// with [recovered] on a recovered panic that was re-panicked.

func main() {
	defer func() {
		panic(fmt.Sprint("third: ", recover()))
	}()
	defer func() {
		panic("second")
	}()
	var m map[int]int
	m[1] = 1
}
