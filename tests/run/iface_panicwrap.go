package main

import "fmt"

type T int

func (t T) F() { fmt.Println("F", int(t)) }

type S struct{ a, b int }

func (s S) G() int { return s.a + s.b }

type E struct{ *T }

type I interface{ F() }
type J interface{ G() int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			fmt.Println(name, "error:", e.Error())
		} else {
			fmt.Println(name, "value:", r)
		}
	}()
	f()
}

func main() {
	var t *T
	var i I = t
	try("iface T", func() { i.F() })
	var s *S
	var j J = s
	try("iface S", func() { fmt.Println(j.G()) })
	var e E
	i = e
	try("embedded", func() { i.F() })
	i = &e
	try("embedded ptr", func() { i.F() })
	v := T(7)
	i = &v
	i.F()
	j = &S{1, 2}
	fmt.Println(j.G())
	i = nil
	try("nil iface", func() { i.F() })
	i = t
	i.F()
}
