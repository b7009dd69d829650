// Package variables whose initial value is known at compile time are laid
// out as data, as gc's staticinit does: an LLVM initializer on the global
// and no code in escgo.init. A slice literal gets a writable (not
// constant) backing array, since Go code may store into it.
//
// RUN: %escgo build -O0 -emit-llvm -o - %s | FileCheck %s

package main

// CHECK-DAG: @main.t = global [4 x i64] [i64 1, i64 2, i64 3, i64 4]
var t = [4]int{1, 2, 3, 4}

// CHECK-DAG: @main.s = global { ptr, i64, i64 } { ptr @[[ARR:"go:stmp[.0-9]*"]], i64 2, i64 2 }
// CHECK-DAG: @[[ARR]] = private global [2 x { ptr, i64 }] [{ ptr, i64 } { ptr @[[A:"go:str[.0-9]*"]], i64 1 }, { ptr, i64 } { ptr @[[B:"go:str[.0-9]*"]], i64 1 }]
// CHECK-DAG: @[[A]] = private unnamed_addr constant [1 x i8] c"a"
// CHECK-DAG: @[[B]] = private unnamed_addr constant [1 x i8] c"b"
var s = []string{"a", "b"}

// CHECK-DAG: @main.m = global { i64, { ptr, i64 } } { i64 1, { ptr, i64 } { ptr @{{"go:str[.0-9]*"}}, i64 1 } }
var m = struct {
	a int
	b string
}{1, "x"}

// CHECK-DAG: @main.p = global ptr @main.t
var p = &t

// escgo.init has nothing left to do.
// CHECK-LABEL: define void @escgo.init()
// CHECK-NEXT: entry:
// CHECK-NEXT: ret void

func main() {
	s[0] = "z"
	println(t[3], s[0], s[1], m.a, m.b, p[0])
}
