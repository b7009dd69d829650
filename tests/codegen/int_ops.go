// int is i64; an integer division checks its divisor for zero (Go panics)
// and is a real sdiv at -O0.
//
// RUN: %escgo build -O0 -emit-llvm -o - %s | FileCheck %s

package main

// CHECK-LABEL: define {{.*}}@main.quo(
// CHECK-SAME: i64
// CHECK: icmp {{.*}}0
// CHECK: sdiv i64
func quo(a, b int) int {
	return a / b
}

func main() {
	println(quo(7, 2))
}
