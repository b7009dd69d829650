// fannkuch: the benchmarks game's fannkuch-redux on fixed-size arrays —
// permutations, small integer loops and array copies, no allocation.
package main

const n = 10

func fannkuch() (int, int) {
	var perm, perm1, count [n]int
	for i := range perm1 {
		perm1[i] = i
	}
	maxFlips, checksum, permCount := 0, 0, 0
	r := n
	for {
		for ; r != 1; r-- {
			count[r-1] = r
		}
		perm = perm1
		flips := 0
		for k := perm[0]; k != 0; k = perm[0] {
			for i, j := 0, k; i < j; i, j = i+1, j-1 {
				perm[i], perm[j] = perm[j], perm[i]
			}
			flips++
		}
		if flips > maxFlips {
			maxFlips = flips
		}
		if permCount%2 == 0 {
			checksum += flips
		} else {
			checksum -= flips
		}
		for {
			if r == n {
				return checksum, maxFlips
			}
			perm0 := perm1[0]
			for i := 0; i < r; i++ {
				perm1[i] = perm1[i+1]
			}
			perm1[r] = perm0
			count[r]--
			if count[r] > 0 {
				break
			}
			r++
		}
		permCount++
	}
}

func run() {
	sum, flips := 0, 0
	for rep := 0; rep < 2; rep++ {
		c, f := fannkuch()
		sum += c
		flips = f
	}
	println(sum, "Pfannkuchen(", n, ") =", flips)
}
