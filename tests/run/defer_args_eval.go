package main

import "fmt"

// A defer statement evaluates the function value and the arguments at
// once; the call happens later.

type P struct{ x int }

func (p P) Show()   { println("P.Show", p.x) }
func (p *P) PShow() { println("(*P).PShow", p.x) }

func value() int {
	println("evaluating the argument")
	return 5
}

func pick(n int) func(int) {
	println("evaluating the function", n)
	return func(v int) { println("called with", v) }
}

func main() {
	i := 1
	defer println("println sees", i)
	defer fmt.Println("fmt.Println sees", i, "and", []int{i, i})
	defer func(v int) { println("param", v, "captured", i) }(i)
	i = 2
	defer pick(i)(value())
	p := P{1}
	defer p.Show()  // copies p now
	defer p.PShow() // takes &p now
	p.x = 100
	s := []int{1, 2, 3}
	defer fmt.Println("slice", s)
	s[0] = 99
	println("body done", i)
}
