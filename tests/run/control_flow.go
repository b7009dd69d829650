// Control flow: if/else chains with init statements and shadowing, every for
// form, break/continue with and without labels, goto forward and backward,
// and nested loops.
package main

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n < 10 {
		return "small"
	} else if n < 100 {
		return "medium"
	} else {
		return "large"
	}
}

func twice(n int) int {
	return n * 2
}

func ifs() {
	println("== if")
	for i := -5; i < 150; i += 17 {
		print(classify(i), " ")
	}
	println()
	x := 1
	if x := twice(x); x > 1 {
		println("inner x", x)
	} else {
		println("else x", x)
	}
	println("outer x", x)
	if y := twice(3); y < 5 {
		println("no", y)
	} else if z := y * 2; z > 10 {
		println("y z", y, z)
	} else {
		println("else", y, z)
	}
	if a, b := 1, 2; a > b {
		println("a > b")
	} else {
		a, b = b, a
		println("swapped", a, b)
	}
	if !(x == 1) || x != 1 && x == 1 {
		println("wrong")
	} else {
		println("precedence ok")
	}
	t := true
	if t {
		x := "shadow"
		{
			x := 3.5
			println(x)
		}
		println(x)
	}
	println(x)
}

func sideEffect(name string, v bool) bool {
	print(name, " ")
	return v
}

func shortCircuit() {
	println("== && and ||")
	if sideEffect("a", false) && sideEffect("b", true) {
		println("yes")
	} else {
		println("no")
	}
	if sideEffect("c", true) || sideEffect("d", true) {
		println("yes")
	}
	if sideEffect("e", true) && sideEffect("f", false) || sideEffect("g", true) {
		println("yes")
	}
	b := sideEffect("h", false) || sideEffect("i", false) && sideEffect("j", true)
	println(b)
}

func loops() {
	println("== for forms")
	sum := 0
	for i := 0; i < 10; i++ {
		sum += i
	}
	println(sum)
	n := 27
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	println("collatz steps", steps)
	k := 0
	for {
		k++
		if k*k > 500 {
			break
		}
	}
	println(k)
	j := 0
	for ; j < 5; j++ {
	}
	println(j)
	m := 1
	for ; m < 1000; {
		m *= 3
	}
	println(m)
	for i, j := 0, 10; i < j; i, j = i+1, j-1 {
		print(i, ",", j, " ")
	}
	println()
	c := 0
	for i := 0; ; i++ {
		if i >= 7 {
			break
		}
		c += i
	}
	println(c)
	for i := 10; i > 0; i -= 3 {
		print(i, " ")
	}
	println()
	var u uint8
	cnt := 0
	for u = 250; u != 4; u++ {
		cnt++
	}
	println(cnt, u)
	total := 0
	for i := 0; i < 20; i++ {
		if i%3 == 0 {
			continue
		}
		if i == 17 {
			break
		}
		total += i
	}
	println(total)
	x := 100
	for x := 0; x < 3; x++ {
		print(x)
	}
	println(" x after", x)
}

func labels() {
	println("== labels")
	found := 0
outer:
	for i := 0; i < 10; i++ {
		for j := 0; j < 10; j++ {
			if i*j == 42 {
				found = i*10 + j
				break outer
			}
		}
	}
	println(found)
	count := 0
rows:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j > i {
				continue rows
			}
			count++
		}
	}
	println(count)
	primes := 0
next:
	for n := 2; n < 100; n++ {
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				continue next
			}
		}
		primes++
	}
	println(primes)
	steps, outers := 0, 0
a:
	for {
		outers++
	b:
		for {
			for {
				steps++
				print(steps, " ")
				if steps == 3 {
					continue b
				}
				if steps == 5 {
					break b
				}
				if steps == 8 {
					break a
				}
				if steps > 5 {
					continue a
				}
			}
		}
		outers += 100
	}
	println(steps, outers)
	n := 0
loop:
	for {
		switch {
		case n < 3:
			n++
			continue
		case n == 3:
			n = 10
			break
		default:
			break loop
		}
		n++
	}
	println(n)
}

func gotos() {
	println("== goto")
	i := 0
back:
	if i < 5 {
		print(i, " ")
		i++
		goto back
	}
	println()
	goto forward
forward:
	println("forward reached")
	n := 0
	j := 0
top:
	j++
	if j%2 == 0 {
		goto top
	}
	n += j
	if j < 20 {
		goto top
	}
	println(n, j)
	x := 3
	if x > 2 {
		goto done
	}
	println("skipped")
done:
	println("done", x)
	for k := 0; k < 3; k++ {
		if k == 1 {
			goto skip
		}
		print("k", k, " ")
	skip:
	}
	println()
}

func nested() {
	println("== nested loops")
	for i := 1; i <= 9; i++ {
		for j := 1; j <= i; j++ {
			print(i*j, " ")
		}
		println()
	}
	triples := 0
	for a := 1; a < 50; a++ {
		for b := a; b < 50; b++ {
			for c := b; c < 50; c++ {
				if a*a+b*b == c*c {
					triples++
				}
			}
		}
	}
	println(triples)
}

func main() {
	ifs()
	shortCircuit()
	loops()
	labels()
	gotos()
	nested()
}
