// A func literal that does not escape keeps its closure record, and the
// variable it captures by reference, in the frame (k is captured by value); a declared function
// used as a value is a constant record (no allocation). A function with
// defer sets up its jmp_buf with _setjmp; one without defer does not, and a
// defer at the top level keeps its record in the frame.
//
// RUN: %escgo build -O0 -g0 -emit-llvm -o - %s | FileCheck %s

package main

// CHECK: @"main.inc{{.*}}f" = linkonce_odr constant { ptr } { ptr @main.inc-fv }
func apply(f func(int) int, x int) int { return f(x) }

func inc(x int) int { return x + 1 }

// CHECK-LABEL: define {{.*}}@main.local(
// CHECK-NOT: escgo_alloc
// CHECK: %closure = alloca { ptr, ptr, i64 }
// CHECK-NOT: escgo_alloc
// CHECK: ret i64
func local(k int) int {
	n := 0
	add := func(x int) int { n++; return x + k }
	return add(1) + apply(add, 2) + apply(inc, 3) + n
}

// CHECK-LABEL: define {{.*}}@main.plain(
// CHECK-NOT: _setjmp
// CHECK: ret i64
func plain(x int) int { return x * 2 }

// CHECK-LABEL: define {{.*}}@main.deferring(
// CHECK: %defer = alloca
// CHECK: call i32 @_setjmp(
// CHECK: call void @escgo_deferproc(
// CHECK: call void @escgo_deferreturn(
func deferring() (r int) {
	defer func() { r++ }()
	return 1
}

func main() {
	println(local(1), plain(2), deferring())
}
