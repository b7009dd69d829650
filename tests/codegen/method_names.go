// Methods keep gc's symbol names, main.T.M and main.(*T).M, and take
// their receiver as the first argument; package variables are globals
// named main.x.
//
// RUN: %escgo build -O0 -emit-llvm -o - %s | FileCheck %s

package main

type T struct{ a, b int }

// CHECK-DAG: @main.g = {{.*}}global i64 7
var g = 7

// CHECK-DAG: define {{.*}}i64 @main.T.Sum({ i64, i64 }
func (t T) Sum() int { return t.a + t.b }

// CHECK-DAG: define {{.*}}void @"main.(*T).Add"(ptr
func (t *T) Add(k int) { t.a += k }

func main() {
	t := T{1, 2}
	t.Add(g)
	println(t.Sum())
}
