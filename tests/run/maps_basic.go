package main

type Point struct{ X, Y int }

type Inner struct {
	M map[string]int
}

func count(words [8]string) map[string]int {
	m := map[string]int{}
	for _, w := range words {
		m[w]++
	}
	return m
}

func main() {
	m := make(map[string]int, 10)
	println(len(m))
	m["one"] = 1
	m["two"] = 2
	m["three"] = 3
	println(len(m), m["one"], m["two"], m["three"], m["four"])
	m["two"] *= 10
	m["two"] -= 5
	m["four"] += 4
	println(m["two"], m["four"], len(m))
	v, ok := m["three"]
	println(v, ok)
	v, ok = m["five"]
	println(v, ok)
	_, ok = m["one"]
	println(ok)
	delete(m, "one")
	delete(m, "nothing")
	println(len(m), m["one"])

	c := count([8]string{"a", "b", "a", "c", "b", "a", "d", "a"})
	println(c["a"], c["b"], c["c"], c["d"], len(c))

	// struct values, map of maps, pointer values
	pts := map[string]Point{"o": {0, 0}, "p": {1, 2}}
	p := pts["p"]
	println(p.X, p.Y, pts["missing"].X)
	mm := map[int]map[int]int{}
	for i := 0; i < 3; i++ {
		mm[i] = map[int]int{}
		for j := 0; j < 3; j++ {
			mm[i][j] = i * j
		}
	}
	println(mm[2][2], mm[1][2], len(mm[0]))
	pm := map[int]*Point{1: {5, 6}}
	pm[1].X = 50
	println(pm[1].X, pm[2] == nil)
	in := Inner{M: map[string]int{"k": 7}}
	in.M["j"] = 8
	println(in.M["k"] + in.M["j"])

	// many entries: growth
	big := make(map[int]int)
	for i := 0; i < 100000; i++ {
		big[i] = i * 2
	}
	sum := 0
	for i := 0; i < 100000; i += 1000 {
		sum += big[i]
	}
	println(len(big), sum)
	for i := 0; i < 100000; i += 2 {
		delete(big, i)
	}
	println(len(big), big[1], big[2])

	// range sums (order independent)
	ks, vs := 0, 0
	for k, v := range big {
		ks += k
		vs += v
	}
	println(ks, vs)
	n := 0
	for range big {
		n++
	}
	println(n)

	// map values are copies; maps are references
	a := map[string]int{"x": 1}
	b := a
	b["x"] = 2
	println(a["x"])
	var bools = map[bool]string{true: "yes", false: "no"}
	println(bools[1 < 2], bools[2 < 1])
	bs := map[byte]int{'a': 1}
	bs['b'] = 2
	println(bs['a'] + bs['b'])
	r := map[rune]string{'é': "e-acute"}
	println(r['é'])
	var i8 = map[int8]int8{-1: 1, 127: -128}
	println(i8[-1], i8[127])
}
