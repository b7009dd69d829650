// Functions: multiple results, passing a multi-valued call straight to
// another function, named results with bare return, blank and unnamed
// parameters, parallel assignment, and recursion (fib, Ackermann, mutual
// recursion, deep recursion).
package main

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func minmax(a, b, c int) (lo, hi int) {
	lo, hi = a, a
	if b < lo {
		lo = b
	}
	if c < lo {
		lo = c
	}
	if b > hi {
		hi = b
	}
	if c > hi {
		hi = c
	}
	return
}

func named(n int) (s string, ok bool, count int) {
	if n < 0 {
		return
	}
	for i := 0; i < n; i++ {
		s += "x"
		count++
	}
	ok = true
	return
}

func shadowResult(n int) (r int) {
	r = n
	{
		r := 100
		_ = r
	}
	return
}

func overrideResult() (r int) {
	r = 5
	return r * 2
}

func sum3(a, b, c int) int {
	return a + b + c
}

func three() (int, int, int) {
	return 1, 20, 300
}

func pair() (string, int) {
	return "pair", 2
}

func ignoreFirst(_ int, x int) int {
	return x
}

func unnamed(int, string) bool {
	return true
}

func noResult(s string) {
	println("noResult", s)
	if s == "early" {
		return
	}
	println("late")
}

func mixed(a int8, b uint16, c float64, d string, e bool) (int64, float32, string) {
	if e {
		return int64(a) * int64(b), float32(c) * 2, d + d
	}
	return -1, 0, ""
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func ack(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

func isEven(n uint) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n uint) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func gcd(a, b int) int {
	if b == 0 {
		return a
	}
	return gcd(b, a%b)
}

func hanoi(n int, from, to, via string) int {
	if n == 0 {
		return 0
	}
	moves := hanoi(n-1, from, via, to)
	if n == 8 {
		println("move disk 8 from", from, "to", to)
	}
	return moves + 1 + hanoi(n-1, via, to, from)
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func fibPair(n int) (int, int) {
	if n == 0 {
		return 0, 1
	}
	a, b := fibPair(n - 1)
	return b, a + b
}

func collatz(n int64) (steps int, peak int64) {
	peak = n
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		if n > peak {
			peak = n
		}
		steps++
	}
	return
}

func main() {
	println("== multiple results")
	q, r := divmod(17, 5)
	println(q, r)
	q, r = divmod(-17, 5)
	println(q, r)
	println(divmod(100, 7))
	lo, hi := minmax(5, -3, 12)
	println(lo, hi)
	println(minmax(7, 7, 7))
	_, only := divmod(9, 4)
	println(only)
	println(sum3(three()))
	println(pair())
	a, b, c := three()
	a, b, c = c, a, b
	println(a, b, c)
	s, n := pair()
	println(s, n)

	println("== named results")
	println(named(3))
	println(named(-1))
	println(named(0))
	println(shadowResult(7), overrideResult())
	println(ignoreFirst(1, 2), unnamed(0, ""))
	noResult("early")
	noResult("x")
	println(mixed(-3, 65535, 1.25, "ab", true))
	println(mixed(1, 1, 1, "", false))

	println("== parallel assignment")
	x, y := 1, 2
	x, y = y, x
	println(x, y)
	x, y = x+y, x*y
	println(x, y)
	i, j, k := 1, 2, 3
	i, j, k = k, i, j
	println(i, j, k)

	println("== recursion")
	println(fib(0), fib(1), fib(2), fib(10), fib(25))
	println(ack(0, 0), ack(1, 2), ack(2, 3), ack(3, 3), ack(3, 5))
	println(isEven(0), isEven(7), isOdd(7), isEven(10000), isOdd(9999))
	println(gcd(1071, 462), gcd(17, 5), gcd(0, 9), gcd(-12, 18))
	println(hanoi(10, "A", "C", "B"))
	println(depth(100000))
	println(fibPair(90))
	println(collatz(27))
	println(collatz(837799))
}
