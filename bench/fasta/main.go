// fasta: the benchmarks game's fasta, writing into an in-memory buffer that
// is reduced to a checksum instead of stdout: a linear congruential random
// generator, cumulative-probability lookups in a small table, and []byte
// appends of line-sized chunks.
package main

const (
	im = 139968
	ia = 3877
	ic = 29573
)

var last = 42

func random(max float64) float64 {
	last = (last*ia + ic) % im
	return max * float64(last) / im
}

type acid struct {
	c byte
	p float64
}

const alu = "GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG" +
	"GAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA" +
	"CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAAT" +
	"ACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCA" +
	"GCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGG" +
	"AGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCC" +
	"AGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA"

const lineLen = 60

// out collects the whole output; sum folds every finished line into a hash
// so the buffer can be reused and memory stays bounded.
var out []byte
var sum uint64

func flush() {
	h := sum
	for _, b := range out {
		h = h*1099511628211 + uint64(b)
	}
	sum = h
	out = out[:0]
}

func repeatFasta(s string, n int) {
	pos := 0
	for n > 0 {
		l := lineLen
		if n < l {
			l = n
		}
		for i := 0; i < l; i++ {
			out = append(out, s[pos])
			pos++
			if pos == len(s) {
				pos = 0
			}
		}
		out = append(out, '\n')
		n -= l
		if len(out) > 4096 {
			flush()
		}
	}
	flush()
}

func cumulate(a []acid) {
	p := 0.0
	for i := range a {
		p += a[i].p
		a[i].p = p
	}
}

func randomFasta(a []acid, n int) {
	for n > 0 {
		l := lineLen
		if n < l {
			l = n
		}
		for i := 0; i < l; i++ {
			r := random(1.0)
			c := a[len(a)-1].c
			for j := range a {
				if r < a[j].p {
					c = a[j].c
					break
				}
			}
			out = append(out, c)
		}
		out = append(out, '\n')
		n -= l
		if len(out) > 4096 {
			flush()
		}
	}
	flush()
}

func run() {
	const n = 4000000
	iub := []acid{
		{'a', 0.27}, {'c', 0.12}, {'g', 0.12}, {'t', 0.27},
		{'B', 0.02}, {'D', 0.02}, {'H', 0.02}, {'K', 0.02},
		{'M', 0.02}, {'N', 0.02}, {'R', 0.02}, {'S', 0.02},
		{'V', 0.02}, {'W', 0.02}, {'Y', 0.02},
	}
	homo := []acid{
		{'a', 0.3029549426680}, {'c', 0.1979883004921},
		{'g', 0.1975473066391}, {'t', 0.3015094502008},
	}
	cumulate(iub)
	cumulate(homo)
	out = make([]byte, 0, 8192)
	repeatFasta(alu, 2*n)
	randomFasta(iub, 3*n)
	randomFasta(homo, 5*n)
	println("fasta", n, "checksum:", int64(sum), "last:", last)
}
