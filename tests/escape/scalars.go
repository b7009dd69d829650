// errorcheck -0 -m -l

// Escape analysis of core Go: with -l, code that moves only scalars makes
// gc print nothing at all — no variable moves to the heap.

package main

var total int

func sum(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i
	}
	return s
}

func minmax(a, b int) (lo, hi int) {
	if a < b {
		return a, b
	}
	return b, a
}

func main() {
	x := sum(10)
	lo, hi := minmax(x, 3)
	total += lo * hi
	println(x, lo, hi, total)
}
