// fmt on composite values: structs (%v %+v %#v), nested and embedded
// structs, arrays, slices, byte slices, maps printed in key order,
// pointers to composite values at the top level (&{...}), nil forms.
package main

import "fmt"

type Point struct{ X, Y int }

type Line struct {
	From, To Point
	Label    string
}

type inner struct{ a, B int }

type Outer struct {
	inner
	*Point
	Tags []string
	M    map[string]int
	Any  any
	next *Outer
}

type Grid [2][3]int
type Bytes []byte
type ID uint16

func main() {
	p := Point{1, 2}
	l := Line{Point{0, 0}, Point{3, 4}, "diag"}
	fmt.Println(p, l)
	fmt.Printf("%v|%+v|%#v\n", p, p, p)
	fmt.Printf("%v\n%+v\n%#v\n", l, l, l)
	o := Outer{inner: inner{1, 2}, Tags: []string{"a", "b"}, M: map[string]int{"z": 26, "a": 1}, Any: 3.5}
	fmt.Printf("%v\n%+v\n%#v\n", o, o, o)
	var empty Outer
	fmt.Printf("%v\n%+v\n%#v\n", empty, empty, empty)
	fmt.Println(&p, &l, &[]int{1, 2}, &[2]string{"x", "y"}, &map[string]bool{"t": true})
	fmt.Printf("%+v %#v\n", &p, &p)
	var np *Point
	fmt.Println(np)
	fmt.Printf("%v %+v %#v %d\n", np, np, np, np)
	pp := &p
	fmt.Printf("%T %T\n", pp, &pp)

	arr := [3]int{1, 2, 3}
	g := Grid{{1, 2, 3}, {4, 5, 6}}
	fmt.Println(arr, g, [0]int{}, [2]bool{true})
	fmt.Printf("%v %#v %x %5d %02d\n", arr, g, arr, arr, arr)
	s := []int{10, 20, 30}
	var ns []int
	fmt.Println(s, ns, []int{}, len(ns))
	fmt.Printf("%v %#v %#v %#v\n", s, s, ns, []int{})
	fmt.Printf("%v %q %#v\n", []string{"a b", "c"}, []string{"a b", "c"}, []string{"a b", "c"})
	fmt.Println([][]int{{1}, {2, 3}, nil}, []any{1, "a", nil, 2.5, []int{1}})
	fmt.Printf("%#v\n", []any{1, "a", nil, 2.5})
	fmt.Println([]*int{nil}, []Point{{1, 2}, {3, 4}})

	b := []byte("hi!")
	fmt.Println(b, Bytes("ok"), [3]byte{65, 66, 67})
	fmt.Printf("%s %q %x %X % x %#x %v %d %#v\n", b, b, b, b, b, b, b, b, b)
	fmt.Printf("%s %x %#v %s\n", Bytes("ok"), Bytes("ok"), Bytes("ok"), [3]byte{65, 66, 67})
	var nb []byte
	fmt.Printf("%v %s %q %#v\n", nb, nb, nb, nb)

	m := map[string]int{"banana": 3, "apple": 1, "cherry": 2}
	fmt.Println(m)
	fmt.Printf("%v %+v %#v\n", m, m, m)
	var nm map[string]int
	fmt.Printf("%v %#v %d\n", nm, nm, len(nm))
	fmt.Println(map[int]string{3: "c", -1: "neg", 2: "b", 0: "zero"})
	fmt.Println(map[float64]int{2.5: 1, -1: 2, 0: 3})
	fmt.Println(map[bool]string{true: "yes", false: "no"})
	fmt.Println(map[Point]string{{2, 1}: "b", {1, 9}: "a2", {1, 2}: "a1"})
	fmt.Println(map[[2]int]int{{1, 2}: 3, {0, 5}: 1})
	fmt.Println(map[ID][]string{7: {"x"}, 3: nil})
	fmt.Println(map[string]map[string]int{"o": {"b": 2, "a": 1}})
	fmt.Printf("%#v\n", map[string]any{"n": nil, "i": 1, "s": "x"})

	type anon = struct {
		A int
		B string
	}
	fmt.Printf("%v %+v %#v %T\n", anon{1, "x"}, anon{1, "x"}, anon{1, "x"}, anon{})
	fmt.Printf("%v %#v\n", struct{}{}, struct{}{})
	fmt.Printf("%d %x %s\n", p, l, l)
	fmt.Printf("%6v|%-4v|\n", p, s)
}
