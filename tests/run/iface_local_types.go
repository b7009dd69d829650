package main

func f() any {
	type T int
	return T(1)
}

func g() any {
	type T int
	return T(2)
}

func h(x any) string {
	type T int
	switch x.(type) {
	case T:
		return "h.T"
	}
	return "other"
}

func main() {
	a, b := f(), g()
	println(a == b, h(a), h(b))
	type P struct{ x int }
	m := map[any]int{}
	m[P{1}] = 1
	m[f()] = 2
	m[g()] = 3
	println(len(m), m[P{1}], m[f()], m[g()])
	var ps []any
	ps = append(ps, []P{{3}})
	_, ok := ps[0].([]P)
	println(ok)
}
