package main

import (
	"fmt"
	"strings"
)

// Func values: declared functions as values, comparison with nil, func
// types, maps and slices of funcs, func fields, std functions as values.

type op func(int, int) int

func add(a, b int) int { return a + b }
func sub(a, b int) int { return a - b }

func apply(f op, a, b int) int { return f(a, b) }

type handler struct {
	name string
	fn   func(string) string
}

func twice(f func(int) int) func(int) int {
	return func(x int) int { return f(f(x)) }
}

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func isNil(f func()) bool { return f == nil }

func multi() (int, string) { return 3, "three" }

func main() {
	println(apply(add, 3, 4), apply(sub, 3, 4))
	var f op
	println(f == nil, isNil(nil), isNil(func() {}))
	f = add
	println(f != nil, f(10, 20))

	ops := map[string]op{"+": add, "-": sub, "*": func(a, b int) int { return a * b }}
	for _, k := range []string{"+", "-", "*"} {
		println(k, ops[k](6, 3))
	}

	hs := []handler{{"upper", strings.ToUpper}, {"lower", strings.ToLower},
		{"rev", func(s string) string {
			b := []byte(s)
			for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
				b[i], b[j] = b[j], b[i]
			}
			return string(b)
		}}}
	for _, h := range hs {
		fmt.Println(h.name, h.fn("Hello"))
	}

	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	println(twice(inc)(5), twice(dbl)(5), compose(inc, dbl, inc)(3))

	m := multi
	n, s := m()
	println(n, s)

	var pf = fmt.Sprintf
	fmt.Println(pf("%d-%s", 1, "x"))

	// a func value in an interface
	var i interface{} = inc
	if g, ok := i.(func(int) int); ok {
		println(g(41))
	}
}
