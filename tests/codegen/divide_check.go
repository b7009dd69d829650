// Integer division checks its divisor: zero calls escgo_panic_divide
// (gc's "integer divide by zero"), and a signed divisor of -1 never reaches
// sdiv (MinInt / -1 would trap on x86; Go defines it as MinInt).
//
// RUN: %escgo build -O0 -emit-llvm -o - %s | FileCheck %s
// RUN: %escgo build -O2 -emit-llvm -o - %s | FileCheck %s --check-prefix=OPT

package main

// CHECK-LABEL: define {{.*}}@main.quo(
// CHECK: icmp eq i64 %{{.*}}, 0
// CHECK: call void @escgo_panic_divide()
// CHECK-NEXT: unreachable
// CHECK: icmp eq i64 %{{.*}}, -1
// CHECK: sdiv i64
// OPT-LABEL: define {{.*}}@main.quo(
// OPT: call void @escgo_panic_divide()
func quo(a, b int) int {
	return a / b
}

// Unsigned division has no -1 case.
// CHECK-LABEL: define {{.*}}@main.uquo(
// CHECK: call void @escgo_panic_divide()
// CHECK-NOT: icmp eq i32 %{{.*}}, -1
// CHECK: udiv i32
func uquo(a, b uint32) uint32 {
	return a / b
}

// A constant divisor needs no check at all.
// OPT-LABEL: define {{.*}}@main.byseven(
// OPT-NOT: escgo_panic_divide
// OPT: ret i64
func byseven(a int) int {
	return a / 7
}

// CHECK: declare void @escgo_panic_divide() [[ATTR:#[0-9]+]]
// CHECK: attributes [[ATTR]] = { cold noreturn nounwind }

func main() {
	println(quo(7, 2), uquo(9, 2), byseven(50))
}
