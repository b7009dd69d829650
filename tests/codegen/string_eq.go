// String equality needs no runtime call: lengths are compared first, then
// the bytes with libc's memcmp, which LLVM knows. Against a constant the
// length is known as well, and the comparison becomes a few inline loads
// and compares: no call at all in the generated code.
//
// RUN: %escgo build -O2 -S -o - %s | FileCheck %s

package main

// CHECK-LABEL: main.isAlpha:
// CHECK-NOT: call
// CHECK: ret
func isAlpha(s string) bool { return s == "alpha" }

// CHECK-LABEL: main.same:
// CHECK: {{call|jmp}}{{.*}}{{memcmp|bcmp}}
func same(a, b string) bool { return a == b }

func main() {
	println(isAlpha("alpha"), same("x", "y"))
}
