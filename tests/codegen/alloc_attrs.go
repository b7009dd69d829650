// escgo_alloc, the one heap entry point, is declared to LLVM as an
// allocator: noalias result, allocsize, allockind("alloc,zeroed") and an
// alloc-family, so LLVM may delete allocations nobody uses. panic(v) boxes
// its non-pointer argument with it.
//
// RUN: %escgo build -O0 -emit-llvm -o - %s | FileCheck %s

package main

// CHECK-LABEL: define {{.*}}@main.main(
// CHECK: %[[BOX:[0-9]+]] = call {{.*}}ptr @escgo_alloc(i64 16)
// CHECK: store { ptr, i64 } {{.*}}, ptr %[[BOX]]
// CHECK: @"type:string"
// CHECK: call void @escgo_gopanic(ptr
// CHECK: declare noalias nonnull align 8 ptr @escgo_alloc(i64) [[A:#[0-9]+]]
// CHECK: attributes [[A]] = {
// CHECK-SAME: allockind("alloc,zeroed")
// CHECK-SAME: allocsize(0)
// CHECK-SAME: memory(inaccessiblemem: readwrite)
// CHECK-SAME: "alloc-family"="escgo"
func main() {
	s := "boom"
	panic(s)
}
