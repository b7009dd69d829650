// errorcheck -0 -m -l

// The examples of the project's seed notes on memory layout and escape
// analysis (shared/seed/memory-layout-and-escape-analysis.md), with the
// decisions gc 1.19 prints for them. examples/escape.go is the same
// examples as a program that runs.

package main

import (
	"fmt"
	"sync"
)

func add(a, b int) int {
	c := a + b
	return c
}

func makePointer() *int {
	x := 10 // ERROR "moved to heap: x$"
	return &x
}

func unusedMake() {
	s := make([]int, 1000) // ERROR "make\(\[\]int, 1000\) does not escape$"
	_ = s
}

func sum() int {
	s := []int{1, 2, 3} // ERROR "\[\]int{...} does not escape$"
	return s[0] + s[1]
}

func makeSlice() []int {
	s := []int{1, 2, 3} // ERROR "\[\]int{...} escapes to heap$"
	return s
}

func mapLocal() {
	m := make(map[string]int) // ERROR "make\(map\[string\]int\) does not escape$"
	m["x"] = 1
}

type User struct {
	Name string
	Age  int
}

func structLocal() {
	u := User{Name: "A", Age: 10}
	_ = u
}

func newUser() *User {
	u := User{Name: "A", Age: 10} // ERROR "moved to heap: u$"
	return &u
}

func log(v interface{}) { // ERROR "leaking param: v$"
	fmt.Println(v) // ERROR "\.\.\. argument does not escape$"
}

func logInt() {
	x := 10
	log(x) // ERROR "x escapes to heap$"
}

func counter() func() int {
	x := 0              // ERROR "moved to heap: x$"
	return func() int { // ERROR "func literal escapes to heap$"
		x++
		return x
	}
}

func loop() {
	for i := 0; i < 1_000_000; i++ {
		x := new(int) // ERROR "new\(int\) does not escape$"
		*x = i
	}
}

var keep *int

func loopKeep() {
	for i := 0; i < 10; i++ {
		x := new(int) // ERROR "new\(int\) escapes to heap$"
		*x = i
		keep = x
	}
}

func byValue(u User) {} // ERROR "u does not escape$"

func byPointer(u *User) {} // ERROR "u does not escape$"

func newUserValue() User {
	return User{Name: "A"}
}

func process(i int) {}

func processAny(i interface{}) {} // ERROR "i does not escape$"

var pool = sync.Pool{
	New: func() any {
		return make([]byte, 1024) // ERROR "make\(\[\]byte, 1024\) escapes to heap$"
	},
}

func usePool() {
	buf := pool.Get().([]byte)
	buf[0] = 1
	pool.Put(buf) // ERROR "buf escapes to heap$"
}

func main() {
	_ = add(1, 2)
	_ = makePointer()
	unusedMake()
	_ = sum()
	_ = makeSlice()
	mapLocal()
	structLocal()
	_ = newUser()
	logInt()
	c := counter()
	_ = c()
	loop()
	loopKeep()
	u := User{Name: "B"}
	byValue(u)
	byPointer(&u)
	_ = newUserValue()
	process(1)
	processAny(2) // ERROR "2 does not escape$"
	usePool()
}
