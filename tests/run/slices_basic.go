package main

type P struct {
	X, Y int
	Name string
}

func sum(s []int) int {
	t := 0
	for i := 0; i < len(s); i++ {
		t += s[i]
	}
	return t
}

func fill(s []int, v int) {
	for i := range s {
		s[i] = v
	}
}

func makeGrid(n, m int) [][]int {
	g := make([][]int, n)
	for i := range g {
		g[i] = make([]int, m)
		for j := range g[i] {
			g[i][j] = i * j
		}
	}
	return g
}

func rev(s []string) []string {
	r := make([]string, 0, len(s))
	for i := len(s) - 1; i >= 0; i-- {
		r = append(r, s[i])
	}
	return r
}

var global = []int{10, 20, 30}
var gstr []string

func main() {
	// nil vs empty
	var a []int
	b := []int{}
	c := make([]int, 0)
	println(a == nil, b == nil, c == nil, len(a), cap(a), len(b), cap(b))
	println(a)
	var d []int = nil
	println(d == nil, nil == d, d != nil)

	// make
	m := make([]int, 3)
	println(len(m), cap(m), m[0], m[1], m[2])
	m2 := make([]int, 2, 5)
	println(len(m2), cap(m2))
	n := 7
	m3 := make([]float64, n, n*2)
	println(len(m3), cap(m3), m3[6])

	// literals
	l := []int{1, 2, 3, 4, 5}
	println(len(l), cap(l), sum(l))
	idx := []int{5: 1, 2, 1: 7}
	println(len(idx), cap(idx), idx[0], idx[1], idx[5], idx[6])
	strs := []string{"a", "bb", "ccc"}
	println(len(strs), strs[0], strs[1], strs[2])
	ps := []P{{1, 2, "p1"}, {X: 3, Name: "p2"}}
	println(ps[0].X, ps[0].Y, ps[0].Name, ps[1].X, ps[1].Y, ps[1].Name)
	pp := []*P{{X: 9}, &P{Y: 8}}
	println(pp[0].X, pp[1].Y)
	nested := [][]int{{1}, {2, 3}, {}, nil}
	println(len(nested), len(nested[0]), len(nested[1]), len(nested[2]), nested[2] == nil, nested[3] == nil)
	arrs := [][2]int{{1, 2}, {3, 4}}
	println(arrs[1][0], arrs[1][1])

	// indexing and assignment
	l[2] = 30
	l[0] += 100
	l[4]++
	println(l[0], l[2], l[4])
	ps[1].Y = 42
	p := &ps[0]
	p.X = 11
	println(ps[0].X, ps[1].Y)

	// functions share the backing array
	fill(l[1:3], 9)
	println(l[0], l[1], l[2], l[3])

	// slices of slices
	g := makeGrid(3, 4)
	println(len(g), len(g[2]), g[2][3], g[1][2])
	g[0] = append(g[0], 99)
	println(len(g[0]), g[0][4])

	r := rev([]string{"x", "y", "z"})
	println(r[0], r[1], r[2], len(r), cap(r))

	// globals
	println(len(global), global[2])
	global = append(global, 40)
	println(len(global), global[3])
	gstr = append(gstr, "g")
	println(len(gstr), gstr[0])

	// arrays of slices, structs with slices
	type S struct {
		vals []int
		n    int
	}
	s := S{vals: []int{1, 2}}
	s.vals = append(s.vals, 3)
	println(len(s.vals), s.vals[2])
	var arr [3][]byte
	arr[1] = []byte("hi")
	println(len(arr[0]), len(arr[1]), string(arr[1]))

	// slice element pointers and aliasing
	x := []int{1, 2, 3}
	y := x
	y[0] = 100
	println(x[0])
	q := &x[1]
	*q = 200
	println(x[1], y[1])

	// bools and bytes
	bs := []bool{true, false, true}
	println(bs[0], bs[1], bs[2])
	by := []byte{'a', 'b', 255}
	println(by[0], by[2])
	var u8 uint8 = 2
	println(by[u8])

	// print of a nil slice
	var ns []string
	println(ns)
	println(len(ns), cap(ns))
}
