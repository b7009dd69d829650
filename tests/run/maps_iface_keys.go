package main

import "errors"

type S interface{ String() string }
type N int

func (n N) String() string { return "n" }

type K struct {
	I any
	E error
}

func main() {
	e1, e2 := errors.New("a"), errors.New("a")
	m := map[error]int{e1: 1, e2: 2}
	println(len(m), m[e1], m[e2], m[nil])
	sm := map[S]int{N(1): 1, N(2): 2}
	sm[N(1)] += 10
	println(len(sm), sm[N(1)], sm[N(2)])
	km := map[K]int{{1, e1}: 5, {"x", nil}: 6}
	println(km[K{1, e1}], km[K{"x", nil}], km[K{1, e2}])
}
