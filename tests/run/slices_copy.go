package main

func show(s []int) {
	for i, v := range s {
		if i > 0 {
			print(" ")
		}
		print(v)
	}
	println()
}

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	println(n)
	show(dst)
	dst = make([]int, 8)
	n = copy(dst, src)
	println(n)
	show(dst)

	// overlapping: memmove semantics
	s := []int{1, 2, 3, 4, 5, 6, 7, 8}
	n = copy(s[2:], s)
	println(n)
	show(s)
	s = []int{1, 2, 3, 4, 5, 6, 7, 8}
	n = copy(s, s[3:])
	println(n)
	show(s)

	// string source
	b := make([]byte, 5)
	n = copy(b, "hello, world")
	println(n, string(b))
	n = copy(b[3:], "XYZ")
	println(n, string(b))
	n = copy(b, "")
	println(n)

	// nil and empty
	var nilS []int
	println(copy(nilS, src), copy(src, nilS))
	println(copy(dst[:0], src))

	// structs and strings
	type T struct {
		a int
		s string
	}
	ts := []T{{1, "a"}, {2, "b"}, {3, "c"}}
	td := make([]T, 2)
	println(copy(td, ts[1:]))
	println(td[0].a, td[0].s, td[1].a, td[1].s)
	ss := []string{"x", "y"}
	sd := make([]string, 3)
	println(copy(sd, ss), sd[0], sd[1], sd[2] == "")

	// copy into an array through a slice
	var arr [4]byte
	println(copy(arr[:], "abcdef"), string(arr[:]))

	// copy does not change src after dst modified
	a1 := []int{1, 2, 3}
	a2 := make([]int, 3)
	copy(a2, a1)
	a2[0] = 99
	println(a1[0], a2[0])

	// self copy
	println(copy(a1, a1))
	show(a1)
	// floats and large
	fs := make([]float64, 1000)
	for i := range fs {
		fs[i] = float64(i) / 2
	}
	fd := make([]float64, 500)
	println(copy(fd, fs[500:]), fd[499] == 999.5)
}
