// Package runtime: ReadMemStats counts allocations between two calls, GC
// runs a collection, GOMAXPROCS/NumCPU, the build constants, runtime.Error
// on a recovered runtime panic, KeepAlive.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	var m1, m2 runtime.MemStats
	runtime.ReadMemStats(&m1)
	var sink []*int
	for i := 0; i < 100; i++ {
		sink = append(sink, new(int))
	}
	runtime.GC()
	runtime.ReadMemStats(&m2)
	fmt.Println(m2.Mallocs-m1.Mallocs >= 100, m2.NumGC > m1.NumGC, len(sink))
	fmt.Println(runtime.GOMAXPROCS(0) == runtime.NumCPU(), runtime.Compiler, runtime.GOOS, runtime.GOARCH)
	var e error
	func() {
		defer func() { e = recover().(runtime.Error) }()
		var a []int
		_ = a[5]
	}()
	fmt.Println(e)
	runtime.KeepAlive(sink)
}
