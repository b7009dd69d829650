// errorcheck -0 -m -l

// The seed notes' sync.Pool example (shared/seed/memory-layout-and-escape-
// analysis.md, "Reuse Memory"), used as a program would use it, with the
// decisions gc 1.19 prints. They depend on the escape tags of escgo's own
// sync package (runtime/std/sync), computed from its Go source: Put leaks
// its argument, as gc's does. gc reports the make twice: once for the
// func literal's result, once for its conversion to any.

package main

import "sync"

var pool = sync.Pool{
	New: func() any {
		return make([]byte, 1024) // ERROR "make\(\[\]byte, 1024\) escapes to heap$"
	},
}

func use() int {
	buf := pool.Get().([]byte)
	buf[0] = 1
	n := len(buf)
	pool.Put(buf) // ERROR "buf escapes to heap$"
	return n
}

func main() {
	_ = use()
}
