// At -O2 arithmetic on values known at compile time is folded away: the
// whole computation in compute() becomes one constant, and the wrapping
// and shift semantics survive folding (no poison, no undefined behaviour).
//
// RUN: %escgo build -O2 -g0 -emit-llvm -o - %s | FileCheck %s

package main

// CHECK-LABEL: define {{.*}}@main.compute(
// CHECK-NEXT: entry:
// CHECK-NEXT: ret i64 42
func compute() int {
	x := 6
	y := 7
	return x * y
}

// int8 arithmetic wraps: 127 + 1 = -128.
// CHECK-LABEL: define {{.*}}@main.wrap(
// CHECK: ret i8 -128
func wrap() int8 {
	var x int8 = 127
	x++
	return x
}

// A shift by 70 of a 64-bit value is 0 in Go.
// CHECK-LABEL: define {{.*}}@main.bigshift(
// CHECK: ret i64 0
func bigshift() int {
	x := 1
	s := uint(70)
	return x << s
}

// Signed >> by more than the width fills with the sign.
// CHECK-LABEL: define {{.*}}@main.signfill(
// CHECK: ret i64 -1
func signfill() int {
	x := -5
	s := uint(100)
	return x >> s
}

func main() {
	println(compute(), wrap(), bigshift(), signfill())
}
