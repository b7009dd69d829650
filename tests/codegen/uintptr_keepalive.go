// Go's unsafe.Pointer rule 4: a pointer converted to uintptr in a call's
// argument list keeps its object alive until the call returns. escgo keeps
// the pointer in use after the call (an empty inline asm reading it), so
// the collector, which cannot see through the integer, still finds it.
// A uintptr conversion anywhere else gets nothing.
//
// RUN: %escgo build -O0 -g0 -emit-llvm -o - %s | FileCheck %s

package main

import "unsafe"

func use(addr uintptr) int { return int(addr & 1) }

// CHECK-LABEL: define {{.*}}@main.main(
// CHECK: %[[P:[0-9a-z.]+]] = load ptr, ptr %p
// CHECK-NEXT: %[[I:[0-9a-z.]+]] = ptrtoint ptr %[[P]] to i64
// CHECK-NEXT: call i64 @main.use(i64 %[[I]])
// CHECK-NEXT: call void asm sideeffect "", "r,~{memory}"(ptr %[[P]])
// CHECK: call i64 @main.use(i64
// CHECK-NOT: asm sideeffect
// CHECK: ret void
func main() {
	p := unsafe.Pointer(new([8]int))
	r := use(uintptr(p))
	a := uintptr(p)
	r += use(a)
	println(r)
}
