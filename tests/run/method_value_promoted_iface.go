// Method values and defers of methods promoted from an embedded interface
// field, and gc's panicwrap text for (*T).F(nil) with a value method F.
package main

import "fmt"

type I interface{ M() string }
type A struct{ n int }

func (a A) M() string { return fmt.Sprint("A", a.n) }

type S struct {
	I
	x int
}
type P struct{ *S }

type T struct{ v int }

func (t T) F() int { return t.v }

func main() {
	s := S{A{3}, 1}
	f := s.M
	fmt.Println(f())
	p := P{&s}
	g := p.M
	s.I = A{4}
	fmt.Println(g(), p.M())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		defer s.M()
		var z S
		h := z.M
		fmt.Println("unreachable", h)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println((*T).F(&T{7}))
		fmt.Println((*T).F(nil))
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var q P
		fmt.Println(q.x)
	}()
}
