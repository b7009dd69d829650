// Codegen follows escape analysis: a new(int) and an address-taken
// variable that stay in their function are allocas; a variable whose
// address is returned is allocated with escgo_alloc_noscan (int holds no
// pointers) at its declaration.
//
// RUN: %escgo build -O0 -emit-llvm -o - %s | FileCheck %s

package main

// CHECK-LABEL: define {{.*}}@main.local(
// CHECK-NOT: escgo_alloc
// CHECK: ret i64
func local() int {
	p := new(int)
	*p = 5
	x := 3
	q := &x
	*q += *p
	return x
}

// CHECK-LABEL: define {{.*}}@main.escapes(
// CHECK: call {{.*}}ptr @escgo_alloc_noscan(i64 8)
// CHECK: ret ptr
func escapes() *int {
	y := 7
	return &y
}

func main() {
	println(local(), *escapes())
}
