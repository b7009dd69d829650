package main

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func count(xs ...int) (int, bool) {
	return len(xs), xs == nil
}

func join(sep string, parts ...string) string {
	r := ""
	for i, p := range parts {
		if i > 0 {
			r += sep
		}
		r += p
	}
	return r
}

func first(xs ...int) int {
	xs[0] = 99 // writes through to the caller's slice with f(s...)
	return len(xs)
}

func pair() (int, int) { return 3, 4 }

func triple() (string, string, string) { return "a", "b", "c" }

var kept []int

func keep(xs ...int) {
	kept = xs
}

type Acc struct{ total int }

func (a *Acc) Add(xs ...int) *Acc {
	for _, x := range xs {
		a.total += x
	}
	return a
}

func bytesOf(bs ...byte) string { return string(bs) }

func floats(scale float64, fs ...float64) float64 {
	t := 0.0
	for _, f := range fs {
		t += f * scale
	}
	return t
}

func nested(xs ...[]int) int {
	n := 0
	for _, x := range xs {
		n += len(x)
	}
	return n
}

func main() {
	println(sum(), sum(1), sum(1, 2, 3))
	s := []int{4, 5, 6}
	println(sum(s...))
	println(sum(s[1:]...))
	n, isnil := count()
	println(n, isnil)
	n, isnil = count(1, 2)
	println(n, isnil)
	var nilS []int
	n, isnil = count(nilS...)
	println(n, isnil)
	n, isnil = count([]int{}...)
	println(n, isnil)

	println(join(", "), join(", ", "a"), join("-", "a", "b", "c"))
	parts := []string{"x", "y"}
	println(join("+", parts...))

	println(first(s...), s[0])
	t := []int{1, 2}
	println(first(t[0], t[1]), t[0])

	println(sum(pair()))
	println(join(triple()))

	for i := 0; i < 3; i++ {
		keep(i, i*2)
	}
	println(len(kept), kept[0], kept[1])

	a := &Acc{}
	a.Add(1, 2).Add().Add(s...)
	println(a.total)

	println(bytesOf('h', 'i'), bytesOf([]byte("yo")...))
	println(floats(2, 1, 2.5), floats(1))
	println(nested([]int{1}, nil, []int{2, 3}))

	// untyped constants converted to the element type
	var f32 float32 = 1.5
	println(floats(2, 1, float64(f32)))
}
