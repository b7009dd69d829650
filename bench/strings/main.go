// strings: string concatenation (new strings on the heap), equality and
// ordering comparisons, indexing and substrings — the runtime's string
// routines and the allocations concatenation makes.
package main

const nwords = 256

var words [nwords]string

// makeWord concatenates one byte at a time: every step allocates.
func makeWord(i int) string {
	s := "w"
	for k := 0; k < 12+i%9; k++ {
		s += string(rune('a' + (i*7+k*k)%26))
	}
	return s
}

func compareAll() int {
	eq, lt := 0, 0
	for i := 0; i < nwords; i++ {
		for j := 0; j < nwords; j++ {
			if words[i] == words[j] {
				eq++
			}
			if words[i] < words[j] {
				lt++
			}
			if words[i][1:5] == words[j][2:6] {
				eq += 3
			}
		}
	}
	return eq*100003 + lt
}

func concatPairs() int {
	total := 0
	for i := 0; i < nwords; i++ {
		for j := 0; j < nwords; j += 4 {
			s := words[i] + "-" + words[j]
			total += len(s) + int(s[len(s)/2])
		}
	}
	return total
}

func run() {
	checksum := 0
	for r := 0; r < 400; r++ {
		for i := 0; i < nwords; i++ {
			words[i] = makeWord(i + r)
		}
		checksum = checksum*31 + compareAll()
		checksum = checksum*31 + concatPairs()
	}
	println("strings checksum:", checksum)
}
