// escape: the escape-analysis micro-benchmarks of issue 4 (without slices,
// see escapeslice): new(int) in a loop, pointers returned from functions,
// small structs passed by value and by pointer, and one site that really
// escapes. gc's default build inlines newPoint and so keeps its result on
// the stack; with -gcflags=-l it cannot, which is the build escgo (no
// inlining yet) must match in heap allocations.
// bench: gc-noinline
package main

type Point struct{ X, Y int }

var sink *Point

// new(int) in a loop: the pointer never leaves the iteration.
func newInLoop(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		p := new(int)
		*p = i
		s = s*31 + *p
	}
	return s
}

// A constructor: its result leaks to the caller (heap unless inlined).
func newPoint(x, y int) *Point {
	return &Point{x, y}
}

func returnedPointers(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		p := newPoint(i, i+1)
		s = s*31 + p.X + p.Y
	}
	return s
}

func addV(a, b Point) Point {
	return Point{a.X + b.X, a.Y ^ b.Y}
}

func byValue(n int) int {
	acc := Point{}
	for i := 0; i < n; i++ {
		acc = addV(acc, Point{i, i * 3})
	}
	return acc.X + acc.Y
}

// dst and src do not escape: callers may keep both on their stacks.
func addP(dst, src *Point) {
	dst.X += src.X
	dst.Y ^= src.Y
}

func byPointer(n int) int {
	acc := &Point{}
	for i := 0; i < n; i++ {
		q := &Point{i, i * 5}
		addP(acc, q)
	}
	return acc.X + acc.Y
}

// Every 64th point is stored in a global, so the site escapes and every
// iteration allocates, in every compiler.
func escaping(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		p := &Point{i, i}
		if i%64 == 0 {
			sink = p
		}
		s += p.X
	}
	return s
}

func run() {
	const n = 30000000
	println("newInLoop:", newInLoop(n))
	println("returnedPointers:", returnedPointers(n))
	println("byValue:", byValue(n))
	println("byPointer:", byPointer(n))
	println("escaping:", escaping(n/10), sink.X)
}
