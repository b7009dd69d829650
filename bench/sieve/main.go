// sieve: the sieve of Eratosthenes over a global array of bools, repeated —
// array indexing with bounds checks in tight loops, no allocation.
package main

const limit = 4000000

var composite [limit + 1]bool

func sieve() int {
	for i := range composite {
		composite[i] = false
	}
	count := 0
	for i := 2; i <= limit; i++ {
		if !composite[i] {
			count++
			for j := i * i; j <= limit; j += i {
				composite[j] = true
			}
		}
	}
	return count
}

func run() {
	total := 0
	for r := 0; r < 40; r++ {
		total += sieve()
	}
	println("primes below", limit, "x40:", total)
}
