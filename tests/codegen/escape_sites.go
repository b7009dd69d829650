// Every allocation site is lowered as escape analysis decided (the -m
// verdicts in the comments are gc 1.19's, and escgo's): a new(int), &T{}
// or []int{1, 2, 3} that does not escape is an alloca and no call to the
// allocator (a map's header and first group: a frame buffer); one that escapes calls escgo_alloc (escgo_alloc_noscan when
// the object holds no pointers). The IR is checked at -O0, before any LLVM
// pass, so it shows escgo's own decision and not LLVM's cleanup. gc's size
// limits come with the decisions: a 64 KiB+ new, or a slice literal whose
// backing array is over 64 KiB although -m says it does not escape, and a
// variable over 10 MiB, are heap allocations.
//
// -d=noescape turns the analysis off (everything on the heap), and
// -d=checkescape poisons the frame's addressable slots before each return.
//
// RUN: %escgo build -O0 -emit-llvm -o - %s | FileCheck %s
// RUN: %escgo build -O0 -d=noescape -emit-llvm -o - %s | FileCheck --check-prefix=NOESC %s
// RUN: %escgo build -O0 -d=checkescape -emit-llvm -o - %s | FileCheck --check-prefix=POISON %s
// RUN: %escgo build -O2 -d=checkescape -emit-llvm -o - %s | FileCheck --check-prefix=POISON2 %s

package main

type T struct{ a, b int }

type P struct{ p *int }

// CHECK-LABEL: define {{.*}}@main.newLocal(
// CHECK: %new = alloca i64
// CHECK-NOT: @escgo_alloc
// CHECK: ret i64
// NOESC-LABEL: define {{.*}}@main.newLocal(
// NOESC: call {{.*}}@escgo_alloc_noscan(i64 8)
// POISON-LABEL: define {{.*}}@main.newLocal(
// POISON: %new = alloca i64
// POISON: call void @llvm.memset.p0.i64(ptr %new, i8 -86, i64 8, i1 true)
// POISON-NEXT: ret i64
// POISON2-LABEL: define {{.*}}@main.newLocal(
// POISON2: store volatile i64 -6148914691236517206
// POISON2-NEXT: ret i64
func newLocal() int {
	p := new(int) // new(int) does not escape
	*p = 1
	return *p
}

// CHECK-LABEL: define {{.*}}@main.ptrLitLocal(
// CHECK: %new = alloca { i64, i64 }
// CHECK-NOT: @escgo_alloc
// CHECK: ret i64
// NOESC-LABEL: define {{.*}}@main.ptrLitLocal(
// NOESC: call {{.*}}@escgo_alloc_noscan(i64 16)
func ptrLitLocal() int {
	t := &T{1, 2} // &T{...} does not escape
	return t.a + t.b
}

// CHECK-LABEL: define {{.*}}@main.sliceLitLocal(
// CHECK: %backing = alloca [3 x i64]
// CHECK-NOT: @escgo_alloc
// CHECK: ret i64
// NOESC-LABEL: define {{.*}}@main.sliceLitLocal(
// NOESC: call {{.*}}@escgo_alloc_noscan(i64 24)
func sliceLitLocal() int {
	s := []int{1, 2, 3} // []int{...} does not escape
	return s[0] + s[2]
}

// CHECK-LABEL: define {{.*}}@main.makeLocal(
// CHECK: %backing = alloca [10 x i64]
// CHECK-NOT: @escgo_alloc
// CHECK-NOT: @escgo_makeslice
// CHECK: ret i64
func makeLocal() int {
	s := make([]int, 10) // make([]int, 10) does not escape
	s[3] = 4
	return s[3]
}

// A map that does not escape keeps its header and first group in a frame
// buffer, as gc keeps hmap and a bucket on the stack.
// CHECK-LABEL: define {{.*}}@main.mapLocal(
// CHECK: %mapbuf = alloca [512 x i8]
// CHECK: call ptr @escgo_makemap_stack(ptr @"type:map[string]int", i64 0, ptr %mapbuf)
// CHECK: ret i64
// NOESC-LABEL: define {{.*}}@main.mapLocal(
// NOESC: call ptr @escgo_makemap(
func mapLocal() int {
	m := make(map[string]int) // make(map[string]int) does not escape
	m["x"] = 1
	return len(m)
}

var gm map[int]int

// CHECK-LABEL: define {{.*}}@main.mapEscapes(
// CHECK-NOT: alloca [512 x i8]
// CHECK: call ptr @escgo_makemap(ptr @"type:map[int]int", i64 0)
func mapEscapes() {
	gm = map[int]int{} // map[int]int{} escapes to heap
}

// CHECK-LABEL: define {{.*}}@main.newEscapes(
// CHECK: call {{.*}}ptr @escgo_alloc_noscan(i64 8)
// CHECK: ret ptr
func newEscapes() *int { return new(int) } // new(int) escapes to heap

// CHECK-LABEL: define {{.*}}@main.ptrLitEscapes(
// CHECK: call {{.*}}ptr @escgo_alloc_noscan(i64 16)
// CHECK: ret ptr
func ptrLitEscapes() *T { return &T{1, 2} } // &T{...} escapes to heap

// A P holds a pointer: the scanned allocator.
// CHECK-LABEL: define {{.*}}@main.ptrLitPointers(
// CHECK: call {{.*}}ptr @escgo_alloc(i64 8)
// CHECK: ret ptr
func ptrLitPointers(x *int) *P { return &P{x} } // &P{...} escapes to heap

// CHECK-LABEL: define {{.*}}@main.sliceLitEscapes(
// CHECK: call {{.*}}ptr @escgo_alloc_noscan(i64 24)
// CHECK: ret { ptr, i64, i64 }
func sliceLitEscapes() []int { return []int{1, 2, 3} } // []int{...} escapes to heap

// CHECK-LABEL: define {{.*}}@main.tooLarge(
// CHECK-NOT: alloca [70000 x i8]
// CHECK: call {{.*}}ptr @escgo_alloc_noscan(i64 70000)
func tooLarge() byte {
	p := new([70000]byte) // new([70000]byte) escapes to heap
	p[5] = 1
	return p[5]
}

// CHECK-LABEL: define {{.*}}@main.bigSliceLit(
// CHECK-NOT: alloca [8201 x i64]
// CHECK: call {{.*}}ptr @escgo_alloc_noscan(i64 65608)
func bigSliceLit() int {
	s := []int{8200: 1} // []int{...} does not escape (but 64 KiB+: heap)
	return s[8200]
}

// CHECK-LABEL: define {{.*}}@main.bigVar(
// CHECK-NOT: alloca [11534336 x i8]
// CHECK: call {{.*}}ptr @escgo_alloc_noscan(i64 11534336)
func bigVar(i int) byte {
	var a [11 << 20]byte // moved to heap: a
	a[i] = 1
	return a[i]
}

func main() {
	mapEscapes()
	println(newLocal(), ptrLitLocal(), sliceLitLocal(), makeLocal(), mapLocal(), *newEscapes(),
		ptrLitEscapes().a)
	x := 1
	println(ptrLitPointers(&x).p != nil, len(sliceLitEscapes()), tooLarge(), bigSliceLit(),
		bigVar(4))
}
