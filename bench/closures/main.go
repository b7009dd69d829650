// closures: closure calls in hot loops — function values of different
// bodies called through one variable, closures capturing and updating
// outer variables, and closures returned from a constructor.
// bench: gc-noinline
package main

func makeAdder(k int) func(int) int {
	return func(x int) int { return x + k }
}

func makeCounter() (func() int, func(int)) {
	c := 0
	return func() int { c++; return c }, func(d int) { c += d }
}

func apply(fs []func(int) int, x int) int {
	for _, f := range fs {
		x = f(x)
	}
	return x
}

func run() {
	fs := []func(int) int{
		makeAdder(3),
		func(x int) int { return x ^ (x >> 3) },
		makeAdder(-1),
		func(x int) int { return x * 5 & 0xffffff },
	}
	next, add := makeCounter()
	var sum int64
	acc := 0
	bump := func(v int) { acc += v & 15 }
	for i := 0; i < 60000000; i++ {
		v := apply(fs, i)
		bump(v)
		if i&1023 == 0 {
			add(v & 7)
			sum += int64(next())
		}
		sum += int64(v)
	}
	println("closures checksum:", sum, acc)
}
