package main

// Closures: counters, captures by value and by reference, Go 1.19's one
// variable per loop, nested closures, recursive closures through a variable.

func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func adder(base int) func(int) int {
	return func(x int) int { return base + x }
}

type big struct{ a [40]int }

func main() {
	f, g := counter(), counter()
	println(f(), f(), f(), g(), f())

	add5 := adder(5)
	println(add5(1), add5(10))

	// one loop variable shared by every iteration (Go 1.19)
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, h := range fs {
		print(h(), " ")
	}
	println()

	// a variable declared in the body is fresh in each iteration
	fs = fs[:0]
	for i := 0; i < 3; i++ {
		j := i * 10
		fs = append(fs, func() int { return j })
	}
	for _, h := range fs {
		print(h(), " ")
	}
	println()

	// range variables too are one per loop
	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, h := range gs {
		print(h())
	}
	println()

	// modifying captured variables, through nested closures
	x, y := 1, "s"
	func() {
		x = 2
		func() {
			x *= 10
			y += "!"
		}()
	}()
	println(x, y)

	// by value: never reassigned after capture
	v := 7
	b := big{}
	b.a[3] = 33
	get := func() int { return v + b.a[3] }
	println(get())

	// recursive closure through a variable
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	println(fib(25))

	// a closure called at once, returning several values
	q, r := func(a, b int) (int, int) { return a / b, a % b }(17, 5)
	println(q, r)

	// closures sharing a variable
	n := 0
	inc := func() { n++ }
	dec := func() { n-- }
	inc()
	inc()
	dec()
	inc()
	println(n)

	// a closure capturing a parameter and a result
	println(accumulate(4))
}

func accumulate(k int) (total int) {
	step := func(i int) { total += i * k }
	for i := 1; i <= 3; i++ {
		step(i)
	}
	return
}
