// Escape facts reach LLVM as parameter attributes: a pointer parameter that
// does not escape (gc's "p does not escape") is nocapture; one that leaks
// (to the heap or to a result) is not. An array or struct too big for
// registers crosses the call as a pointer to the caller's private copy:
// noalias nocapture readonly. Interfaces hold small integers in a static
// table instead of a heap box (gc's convT64).
//
// RUN: %escgo build -O0 -emit-llvm -o - %s | FileCheck %s

package main

type T struct{ a, b int }
type Big struct{ x [20]int }

var global *T

// CHECK: define i64 @main.sum(ptr nocapture %p)
func sum(p *T) int { return p.a + p.b }

// CHECK: define ptr @main.keep(ptr %p)
func keep(p *T) *T { return p }

// CHECK: define void @main.store(ptr %p)
func store(p *T) { global = p }

// CHECK: define i64 @main.total(ptr noalias nocapture readonly %0)
func total(b Big) int {
	s := 0
	for _, v := range b.x {
		s += v
	}
	return s
}

var sink interface{}

// CHECK-LABEL: define void @main.box(
// CHECK: icmp ult i64 %{{.*}}, 256
// CHECK: getelementptr inbounds i64, ptr @escgo_staticuint64s
// CHECK: call {{.*}}@escgo_alloc_noscan(i64 8)
func box(n int) { sink = n }

func main() {
	t := T{1, 2}
	var b Big
	b.x[3] = 4
	store(&T{})
	box(7)
	println(sum(&t), keep(&t).a, total(b))
}
