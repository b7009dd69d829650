// hello.go: a first escgo program. It uses only the built-in println
// (which writes to standard error, as in Go) and a few small functions.
//
//	build/bin/escgo run examples/hello.go
package main

// gcd returns the greatest common divisor of a and b (Euclid).
func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// isPrime reports whether n is prime, by trial division.
func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

// collatz returns how many steps n takes to reach 1.
func collatz(n int) (steps int) {
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return
}

func main() {
	println("hello from escgo")
	println("gcd(1071, 462) =", gcd(1071, 462))
	primes := 0
	for n := 0; n < 100; n++ {
		if isPrime(n) {
			primes++
		}
	}
	println("primes below 100:", primes)
	println("collatz(27) takes", collatz(27), "steps")
}
