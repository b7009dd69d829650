// Every Go function keeps its frame pointer so that perf can unwind
// through Go frames, and the program's initialization is one function,
// escgo.init, that the runtime calls before main.main.
//
// RUN: %escgo build -O2 -emit-llvm -o - %s | FileCheck %s

package main

var x = f()

// CHECK-DAG: define {{.*}}@main.f() {{.*}}[[FA:#[0-9]+]]
//go:noinline
func f() int {
	println("f")
	return 3
}

// CHECK-DAG: define {{.*}}void @escgo.init()
// CHECK-DAG: attributes [[FA]] = {{{.*}}"frame-pointer"="all"
func main() {
	println(x)
}
