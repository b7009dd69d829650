// Package runtime/debug: SetGCPercent returns the previous setting (100 by
// default, -1 while disabled), the limits read back what was set, and a
// program keeps working with collection off, slowed or forced.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

type node struct {
	next *node
	v    [4]int
}

func churn(n int) int {
	var head *node
	s := 0
	for i := 0; i < n; i++ {
		head = &node{next: head}
		head.v[0] = i
		if i%1000 == 0 {
			head = nil
		}
		if head != nil {
			s += head.v[0]
		}
	}
	return s
}

func main() {
	fmt.Println(debug.SetGCPercent(50))
	fmt.Println(churn(100000))
	fmt.Println(debug.SetGCPercent(-1))
	fmt.Println(churn(100000))
	fmt.Println(debug.SetGCPercent(200))
	fmt.Println(debug.SetGCPercent(100))
	runtime.GC()
	debug.FreeOSMemory()
	fmt.Println(churn(100000))
	fmt.Println(debug.SetMaxStack(1<<20), debug.SetMaxStack(1<<30))
	fmt.Println(debug.SetMaxThreads(100), debug.SetMaxThreads(10000))
	fmt.Println(debug.SetPanicOnFault(true), debug.SetPanicOnFault(false))
}
