// errorcheck -0 -m -l

// escape.go: where Go values live — stack or heap — and how to see it.
//
// Every example of the project's notes on memory layout and escape
// analysis (in the order of the notes), as one program. The compiler decides where each value lives;
// ask it with -m:
//
//	build/bin/escgo build -m examples/escape.go   # escgo's decisions
//	go build -gcflags='-m -l' examples/escape.go  # gc's: the same lines
//
// Each ERROR comment holds what -m prints for its line (a regexp, in Go's
// test convention; the first line of the file says how it is checked, and
// tests/errorcheck.py compares escgo's -m output with them). A value with
// no such comment stays on the stack without a word.
//
//	build/bin/escgo run examples/escape.go        # and it runs, of course
package main

import (
	"fmt"
	"sync"
)

// ---- Simple example: stack allocation ---------------------------------------

// a, b and c live in add's frame: nothing points to them.
func add(a, b int) int {
	c := a + b
	return c
}

// ---- Pointer escape ------------------------------------------------------------

// The caller uses x after makePointer returns, so x must outlive the
// frame: it is allocated on the heap.
func makePointer() *int {
	x := 10 // ERROR "moved to heap: x$"
	return &x
}

// ---- "Heap allocation without pointers" -------------------------------------

// The notes say this slice "may escape": it does not. Its backing array
// (1000 ints, under gc's 64 KiB limit) is in the frame.
func bigMake() int {
	s := make([]int, 1000) // ERROR "make\(\[\]int, 1000\) does not escape$"
	return len(s)
}

// ---- Slices -------------------------------------------------------------------

// Case 1: the slice stays, and so does its array.
func sum() int {
	s := []int{1, 2, 3} // ERROR "\[\]int{...} does not escape$"
	return s[0] + s[1]
}

// Case 2: the slice is returned; its array must live on.
func makeSlice() []int {
	s := []int{1, 2, 3} // ERROR "\[\]int{...} escapes to heap$"
	return s
}

// ---- Maps ---------------------------------------------------------------------

// The notes say maps always live on the heap. gc disagrees for a map that
// does not escape: its header and first bucket can be in the frame.
func mapLocal() int {
	m := make(map[string]int) // ERROR "make\(map\[string\]int\) does not escape$"
	m["x"] = 1
	return len(m)
}

// ---- Structs ------------------------------------------------------------------

type User struct {
	Name string
	Age  int
}

// u is on the stack: it is used only here.
func structLocal() int {
	u := User{Name: "A", Age: 10}
	return u.Age
}

// Returning &u moves u to the heap.
func newUser() *User {
	u := User{Name: "A", Age: 10} // ERROR "moved to heap: u$"
	return &u
}

// ---- Interfaces ---------------------------------------------------------------

// fmt.Println keeps its arguments: v leaks, and so a value converted to
// interface{} for log must be boxed on the heap.
func log(v interface{}) { // ERROR "leaking param: v$"
	fmt.Println(v) // ERROR "\.\.\. argument does not escape$"
}

func logInt() {
	x := 10
	log(x) // ERROR "x escapes to heap$"
}

// ---- Closures -----------------------------------------------------------------

// The returned closure keeps x: both are on the heap.
func counter() func() int {
	x := 0              // ERROR "moved to heap: x$"
	return func() int { // ERROR "func literal escapes to heap$"
		x++
		return x
	}
}

// ---- The tooling example --------------------------------------------------------

func f() *int {
	x := 10 // ERROR "moved to heap: x$"
	return &x
}

// ---- Why escape analysis matters ---------------------------------------------------

// The notes warn of "massive heap churn" here. There is none: each x is
// declared in the loop and dies in it, so new(int) is a stack slot.
func loop() int {
	last := 0
	for i := 0; i < 1_000_000; i++ {
		x := new(int) // ERROR "new\(int\) does not escape$"
		*x = i
		last = *x
	}
	return last
}

// Churn needs a pointer that outlives the iteration.
var keep *int

func loopKeep() {
	for i := 0; i < 1_000; i++ {
		x := new(int) // ERROR "new\(int\) escapes to heap$"
		*x = i
		keep = x
	}
}

// ---- How to reduce escapes ----------------------------------------------------------

// 1. Prefer values over pointers. Neither parameter escapes here.
func byValue(u User) int { return u.Age } // ERROR "u does not escape$"

func byPointer(u *User) int { return u.Age } // ERROR "u does not escape$"

// 2. Return values, not pointers to locals.
func newUserValue() User {
	return User{Name: "A"}
}

// 3. Interfaces in hot paths: process(7) needs no box; processAny(7)
// needs one, which stays on the stack only because i does not escape.
func process(i int) int { return i * 2 }

func processAny(i interface{}) int { // ERROR "i does not escape$"
	n, _ := i.(int)
	return n * 2
}

// 4. Reuse memory: a sync.Pool hands back buffers that were put into it,
// so a steady state allocates nothing. What the pool keeps escapes, of
// course (gc prints the make line twice).
var pool = sync.Pool{
	New: func() any {
		return make([]byte, 1024) // ERROR "make\(\[\]byte, 1024\) escapes to heap$"
	},
}

func usePool() int {
	buf := pool.Get().([]byte)
	buf[0] = 'x'
	n := len(buf)
	pool.Put(buf) // ERROR "buf escapes to heap$"
	return n
}

func main() {
	// println is built in: unlike fmt.Println, it boxes nothing.
	println("add:", add(1, 2))
	println("makePointer:", *makePointer())
	println("bigMake:", bigMake())
	println("sum:", sum())
	println("makeSlice:", len(makeSlice()))
	println("mapLocal:", mapLocal())
	println("structLocal:", structLocal())
	println("newUser:", newUser().Name)
	logInt()
	c := counter()
	c()
	println("counter:", c())
	println("f:", *f())
	println("loop:", loop())
	loopKeep()
	println("loopKeep:", *keep)
	u := User{Name: "B", Age: 30}
	println("byValue, byPointer:", byValue(u), byPointer(&u))
	println("newUserValue:", newUserValue().Name)
	println("process, processAny:", process(7), processAny(7)) // ERROR "7 does not escape$"
	println("usePool:", usePool(), usePool())
}
