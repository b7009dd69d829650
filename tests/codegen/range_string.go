// for range over a string decodes runes inline for ASCII and calls the
// runtime's decoder (which handles invalid UTF-8 as Go does) only for
// bytes >= 0x80.
//
// RUN: %escgo build -O0 -emit-llvm -o - %s | FileCheck %s

package main

// CHECK-LABEL: define {{.*}}@main.count(
// CHECK: icmp ult i8 %{{.*}}, -128
// CHECK: call i32 @escgo_decoderune(ptr
// CHECK: phi i32
func count(s string) int {
	n := 0
	for _, r := range s {
		n += int(r)
	}
	return n
}

func main() {
	println(count("héllo\xff"))
}
