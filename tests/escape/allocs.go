// errorcheck -0 -m -l

// Allocation sites: where gc reports each kind of allocating expression,
// how it spells it, and which stay on the stack.

package p

type T struct {
	a, b *int
	s    []int
}

var sink interface{}
var gp *int
var gs string
var gb []byte

func sites(n int, r rune) {
	p := new(int) // ERROR "new\(int\) does not escape$"
	_ = p
	t := &T{} // ERROR "&T\{\} does not escape$"
	_ = t
	u := &T{a: p} // ERROR "&T\{\.\.\.\} does not escape$"
	_ = u
	s := []int{1, 2, 3} // ERROR "\[\]int\{\.\.\.\} does not escape$"
	_ = s
	e := []int{} // ERROR "\[\]int\{\} does not escape$"
	_ = e
	m := map[string]int{"a": 1} // ERROR "map\[string\]int\{\.\.\.\} does not escape$"
	_ = m
	mk := make([]int, 1000) // ERROR "make\(\[\]int, 1000\) does not escape$"
	_ = mk
	mn := make([]int, n) // ERROR "make\(\[\]int, n\) escapes to heap$"
	_ = mn
	mm := make(map[int]*int, 10) // ERROR "make\(map\[int\]\*int, 10\) does not escape$"
	_ = mm
	big := make([]byte, 100000) // ERROR "make\(\[\]byte, 100000\) escapes to heap$"
	_ = big
	str := "a" + gs + gs // ERROR ".a. \+ gs \+ gs does not escape$"
	_ = str
	bs := []byte(gs) // ERROR "\(\[\]byte\)\(gs\) does not escape$"
	_ = bs
	rs := []rune(gs) // ERROR "\(\[\]rune\)\(gs\) does not escape$"
	_ = rs
	s2 := string(gb) // ERROR "string\(gb\) does not escape$"
	_ = s2
	s3 := string(r) // ERROR "string\(r\) does not escape$"
	_ = s3
	huge := new([70000]byte) // ERROR "new\(\[70000\]byte\) escapes to heap$"
	_ = huge
}

func escaping(x int) {
	gp = new(int) // ERROR "new\(int\) escapes to heap$"
	sink = &T{} // ERROR "&T\{\} escapes to heap$"
	sink = []int{x} // ERROR "\[\]int\{\.\.\.\} escapes to heap$"
	sink = map[int]int{} // ERROR "map\[int\]int\{\} escapes to heap$"
	sink = x // ERROR "x escapes to heap$"
	sink = x + 1 // ERROR "x \+ 1 escapes to heap$"
	sink = T{} // ERROR "T\{\} escapes to heap$"
	sink = "str" // ERROR ".str. escapes to heap$"
}

func arrays() int {
	var a [4]int
	s := a[:]
	return s[0]
}

func arrayEscapes() []int {
	var a [4]int // ERROR "moved to heap: a$"
	return a[:]
}

var big [11 << 20]byte

func largeVar() byte {
	var v [11 << 20]byte // ERROR "moved to heap: v$"
	return v[0]
}
