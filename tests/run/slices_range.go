package main

type T struct {
	n int
	s string
}

func get(calls *int) []int {
	*calls++
	return []int{1, 2, 3}
}

func main() {
	s := []int{10, 20, 30}
	for i := range s {
		print(i, " ")
	}
	println()
	for i, v := range s {
		print(i, ":", v, " ")
	}
	println()
	for _, v := range s {
		print(v, " ")
	}
	println()
	n := 0
	for range s {
		n++
	}
	println(n)

	// the range expression is evaluated once; len is fixed at the start
	calls := 0
	for _, v := range get(&calls) {
		print(v, " ")
	}
	println(calls)
	for i := range s {
		s = append(s, i)
	}
	println(len(s))

	// v is a copy; element writes during the loop are seen by later iterations
	ts := []T{{1, "a"}, {2, "b"}, {3, "c"}}
	for _, t := range ts {
		t.n = 100
	}
	println(ts[0].n, ts[1].n, ts[2].n)
	for i := range ts {
		ts[i].n *= 10
	}
	println(ts[0].n, ts[1].n, ts[2].n)
	a := []int{1, 2, 3, 4}
	for i, v := range a {
		if i+1 < len(a) {
			a[i+1] += v
		}
	}
	println(a[0], a[1], a[2], a[3])

	// reassigning the slice variable inside the loop does not change the loop
	b := []int{1, 2, 3}
	cnt := 0
	for _, v := range b {
		b = nil
		cnt += v
	}
	println(cnt, b == nil)

	// assignment form
	var i, v int
	for i, v = range []int{7, 8, 9} {
	}
	println(i, v)
	var k int
	for k = range []string{"a", "b"} {
	}
	println(k)

	// nil slice
	var ns []int
	for range ns {
		println("never")
	}

	// break/continue, nested
	grid := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	sum := 0
outer:
	for _, row := range grid {
		for _, x := range row {
			if x == 5 {
				continue outer
			}
			if x == 8 {
				break outer
			}
			sum += x
		}
	}
	println(sum)

	// range over bytes and strings of a slice
	words := []string{"go", "is", "fun"}
	total := 0
	for _, w := range words {
		for range w {
			total++
		}
	}
	println(total)

	// range over a slice of named type with typed index/value variables
	type Floats []float64
	fl := Floats{1.5, 2.5}
	var fsum float64
	for _, f := range fl {
		fsum += f
	}
	println(fsum)
}
