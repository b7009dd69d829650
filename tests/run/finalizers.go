// runtime.SetFinalizer: finalizers run after the object becomes
// unreachable (on their own goroutine), an object's finalizer before that
// of an object it points to, SetFinalizer(x, nil) clears one, and a
// finalizer may take interface{} and return values (which are dropped).
// Conservative collection may keep a few objects alive longer, so the test
// asks for most of them, as Go's own mallocfin.go does.
package main

import (
	"fmt"
	"runtime"
	"time"
)

const N = 500

type A struct {
	b *B
	n int
}

type B struct {
	n int
}

type big struct {
	pad [300]int
}

var final [N]int
var nfinal, nboxed int

func finalA(a *A) (unused big) {
	if final[a.n] != 0 {
		panic("finalA twice")
	}
	final[a.n] = 1
	return
}

func finalB(b *B) {
	if final[b.n] != 1 {
		panic(fmt.Sprint("finalB before finalA: ", b.n))
	}
	final[b.n] = 2
	nfinal++
}

func never(b *B) {
	panic("cleared finalizer ran")
}

func boxed(x interface{}) {
	if _, ok := x.(*B); ok {
		nboxed++
	}
}

func setup() {
	for i := 0; i < N; i++ {
		b := &B{i}
		a := &A{b, i}
		c := new(B)
		runtime.SetFinalizer(c, never)
		runtime.SetFinalizer(b, finalB)
		runtime.SetFinalizer(a, finalA)
		runtime.SetFinalizer(c, nil)
		runtime.SetFinalizer(&B{-1}, boxed)
	}
}

func main() {
	setup()
	for i := 0; i < 200 && (nfinal < N*8/10 || nboxed < N*8/10); i++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	fmt.Println("most A and B finalized, in order:", nfinal >= N*8/10)
	fmt.Println("most interface{} finalizers ran:", nboxed >= N*8/10)
	fmt.Println("finalizer goroutine not counted:", runtime.NumGoroutine())
}
