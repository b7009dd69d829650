// sortbench: struct and slice sorting — sort.Slice with a closure comparing
// struct fields, sort.Ints, and sort.Sort through sort.Interface — on data
// from a fixed pseudo-random generator.
package main

import "sort"

type rec struct {
	key  int
	name int
	val  float64
}

type byName []rec

func (s byName) Len() int           { return len(s) }
func (s byName) Less(i, j int) bool { return s[i].name < s[j].name }
func (s byName) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

var seed uint32 = 12345

func rnd() int {
	seed = seed*1664525 + 1013904223
	return int(seed >> 8)
}

func run() {
	const n = 200000
	const rounds = 8
	var sum int64
	ints := make([]int, n)
	recs := make([]rec, n)
	for r := 0; r < rounds; r++ {
		for i := range ints {
			ints[i] = rnd() % 1000000
		}
		sort.Ints(ints)
		for i := 1; i < n; i++ {
			if ints[i-1] > ints[i] {
				println("sort.Ints: not sorted")
				return
			}
		}
		sum += int64(ints[0]) + int64(ints[n/2])*3 + int64(ints[n-1])*7

		for i := range recs {
			// name is a permutation of 0..n-1, so both orders are total and
			// every sort algorithm (gccgo ships an older one) gives the same result.
			recs[i] = rec{key: rnd() % 50000, name: (i*7919 + r*104729) % n, val: float64(i) * 0.5}
		}
		sort.Slice(recs, func(i, j int) bool {
			if recs[i].key != recs[j].key {
				return recs[i].key < recs[j].key
			}
			return recs[i].name < recs[j].name
		})
		for i := 0; i < n; i += 997 {
			sum = sum*31 + int64(recs[i].key) + int64(recs[i].name)
		}
		sort.Sort(byName(recs))
		for i := 0; i < n; i += 991 {
			sum = sum*31 + int64(recs[i].name) + int64(recs[i].val*2)
		}
	}
	println("sort checksum:", sum)
}
