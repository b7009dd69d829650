package main

import "fmt"

// Deferred calls run last in, first out, on return and at the end of
// main; defers of every kind of call.

type T struct{ name string }

func (t T) Show(s string)   { println("T.Show", t.name, s) }
func (t *T) PShow(s string) { println("(*T).PShow", t.name, s) }

type Shower interface{ Show(string) }

func f() {
	defer println("f: 1")
	defer println("f: 2")
	defer func() { println("f: 3 (closure)") }()
	println("f: body")
}

func early(b bool) int {
	defer println("early: deferred")
	if b {
		println("early: returning 1")
		return 1
	}
	println("early: returning 2")
	return 2
}

func kinds() {
	t := T{"t"}
	var s Shower = T{"iface"}
	defer t.Show("value method")
	defer t.PShow("pointer method")
	defer s.Show("interface method")
	g := t.Show
	defer g("method value")
	defer T.Show(t, "method expression")
	defer fmt.Println("fmt.Println", 1, 2.5, "three")
	defer fmt.Printf("%s %d\n", "Printf", 42)
	defer print("print builtin\n")
	var fv func(string) = func(s string) { println("func value", s) }
	defer fv("called")
	fv = nil // the deferred call uses the value at the defer
	println("kinds: body")
}

func nested() {
	defer func() {
		defer println("nested: inner deferred")
		println("nested: outer deferred")
	}()
	println("nested: body")
}

func main() {
	defer println("main: last")
	f()
	println(early(true), early(false))
	kinds()
	nested()
	println("main: end")
}
