package main

import "fmt"

type P struct {
	i int
	s string
	a [3]int
}

func f(name string, v int) int {
	fmt.Println("eval", name)
	return v
}

func try(name string, fn func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	fn()
}

func main() {
	m := map[int]int{}
	var p *int
	try("map then *p", func() { m[1], *p = 42, 2 })
	fmt.Println(m)

	var s []int
	try("map then s[i]", func() { m[2], s[1] = 7, 8 })
	fmt.Println(m)

	var pp *P
	try("map then p.i", func() { m[3], pp.i = 9, 10 })
	try("p.s then map", func() { pp.s, m[4] = "x", 1 })
	try("p.a", func() { pp.a = [3]int{1, 2, 3} })
	fmt.Println(m)

	var nm map[int]int
	a := 0
	q := &a
	try("*q then nil map", func() { *q, nm[1] = 5, 2 })
	fmt.Println(a)

	try("rhs first *p", func() { *p = f("rhs", 1) })
	try("rhs first s[i]", func() { s[f("idx", 3)] = f("rhs", 1) })
	var u uint = 5
	try("unsigned index", func() { s[u] = 1 })
	try("rhs first p.i", func() { pp.i, a = f("rhs1", 1), f("rhs2", 2) })
	fmt.Println(a)

	x := &P{}
	y := x
	y, y.i = nil, 4
	fmt.Println(x.i, y == nil)

	t := []int{1, 2, 3}
	i, j := 0, 2
	t[i], t[j] = t[j], t[i]
	fmt.Println(t)
	i, t[i] = 1, 9
	fmt.Println(i, t)
	z := x
	*z, z = P{i: 11, s: "z"}, nil
	fmt.Println(x.i, x.s, z == nil)
	var ns []string
	ns[f("last", 0)] = "boom"
}
