// escapeslice: the slice half of issue 4's escape benchmark — slice
// literals and constant-size makes that stay on the stack, and a literal
// that escapes to a global.
// bench: gc-noinline
package main

var sinkS []int

func sumLiteral(i int) int {
	s := []int{i, i + 1, i + 2, i ^ 7}
	t := 0
	for _, v := range s {
		t = t*3 + v
	}
	return t
}

func sumMake(i int) int {
	s := make([]int, 8)
	for j := range s {
		s[j] = i + j
	}
	return s[i&7]
}

func escapingLiteral(i int) int {
	s := []int{i, i}
	if i%64 == 0 {
		sinkS = s
	}
	return s[1]
}

func run() {
	const n = 30000000
	a, b, c := 0, 0, 0
	for i := 0; i < n; i++ {
		a = a*7 + sumLiteral(i)
		b += sumMake(i)
	}
	for i := 0; i < n/10; i++ {
		c += escapingLiteral(i)
	}
	println("literal:", a, "make:", b, "escaping:", c, sinkS[0])
}
