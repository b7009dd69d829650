package main

func main() {
	var a [10]int
	for i := range a {
		a[i] = i
	}
	s := a[2:5:7]
	println(len(s), cap(s), s[0], s[2])
	s = append(s, 100)
	println(len(s), cap(s), a[5])
	s = append(s, 101)
	println(len(s), cap(s), a[6])
	s = append(s, 102)
	println(len(s), cap(s), a[7])
	s[0] = -1
	println(a[2])

	t := a[:]
	println(len(t), cap(t))
	t2 := t[3:]
	println(len(t2), cap(t2), t2[0])
	t3 := t[:4]
	println(len(t3), cap(t3))
	t4 := t3[2:8]
	println(len(t4), cap(t4), t4[5])
	t5 := t[:1][:0:0]
	println(len(t5), cap(t5), t5 == nil)
	t6 := t[1:1:1]
	println(len(t6), cap(t6))
	t7 := t[10:]
	println(len(t7), cap(t7), t7 == nil)

	p := &a
	u := p[1:3]
	println(len(u), cap(u), u[1])
	u2 := p[:]
	println(len(u2), cap(u2))
	u3 := p[4:6:8]
	println(len(u3), cap(u3))

	lo, hi, max := 1, 3, 5
	v := t[lo:hi:max]
	println(len(v), cap(v), v[0])
	v = v[:cap(v)]
	println(len(v), v[3])
	w := v[1:2:3]
	println(len(w), cap(w))

	str := "hello, world"
	println(str[7:], str[:5], str[3:8], str[:])
	bs := []byte(str)
	b2 := bs[7:9:10]
	println(string(b2), len(b2), cap(b2))

	var un uint = 4
	var i8 int8 = 2
	x := t[i8:un]
	println(len(x), cap(x), x[0])

	// slicing a nil slice
	var n []int
	m := n[:0]
	println(m == nil, len(m))
	m = n[0:0:0]
	println(m == nil)
	// slicing arrays inside structs and slices of arrays
	type S struct{ arr [4]int }
	var st S
	st.arr[3] = 33
	q := st.arr[1:]
	println(len(q), q[2])
	q[0] = 11
	println(st.arr[1])
	grid := make([][3]int, 2)
	row := grid[1][:]
	row[2] = 7
	println(grid[1][2])
}
