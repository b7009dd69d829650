package main

import "fmt"

// Runtime errors are recoverable error values whose Error() strings are
// gc's.

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			fmt.Printf("%s: %s\n", name, e.Error())
			return
		}
		fmt.Println(name, "no error:", r)
	}()
	f()
}

type S struct{ x int }

var zero int

func main() {
	try("index", func() {
		a := []int{1, 2, 3}
		i := 5
		_ = a[i]
	})
	try("array index", func() {
		var a [4]int
		i := -1
		a[i%8] = 1
	})
	try("slice bounds", func() {
		s := "hello"
		j := 10
		_ = s[2:j]
	})
	try("nil map", func() {
		var m map[string]int
		m["a"] = 1
	})
	try("nil pointer", func() {
		var p *S
		p.x = 1
	})
	try("nil pointer read", func() {
		var p *int
		println(*p)
	})
	try("divide", func() {
		println(10 / zero)
	})
	try("modulo", func() {
		println(10 % zero)
	})
	try("nil func", func() {
		var f func()
		f()
	})
	try("type assertion", func() {
		var i interface{} = "str"
		_ = i.(int)
	})
	try("conversion to interface", func() {
		var i interface{} = 3
		_ = i.(fmt.Stringer)
	})
	try("shift", func() {
		s := -1
		_ = 1 << s
	})
	try("make", func() {
		n := -1
		_ = make([]int, n)
	})
	try("ok", func() {})
	// printed through fmt as well
	func() {
		defer func() { fmt.Println("fmt:", recover()) }()
		var a []string
		_ = a[zero]
	}()
}
