// sort.Sort, sort.Stable, sort.Reverse, sort.Slice and sort.SliceStable:
// the order of equal elements after an unstable sort is gc's too.
package main

import "sort"

type pair struct{ key, id int }

type byKey []pair

func (s byKey) Len() int           { return len(s) }
func (s byKey) Less(i, j int) bool { return s[i].key < s[j].key }
func (s byKey) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func gen(n, keys int) []pair {
	s := make([]pair, n)
	x := uint32(7)
	for i := range s {
		x = x*1664525 + 1013904223
		s[i] = pair{int(x>>20) % keys, i}
	}
	return s
}

func dump(s []pair) {
	for _, p := range s {
		print(p.key, ":", p.id, " ")
	}
	println()
}

func main() {
	a := gen(60, 5)
	sort.Sort(byKey(a))
	dump(a)
	b := gen(60, 5)
	sort.Stable(byKey(b))
	dump(b)
	c := gen(60, 5)
	sort.Sort(sort.Reverse(byKey(c)))
	dump(c)
	d := gen(60, 5)
	sort.Slice(d, func(i, j int) bool { return d[i].key < d[j].key })
	dump(d)
	e := gen(60, 5)
	sort.SliceStable(e, func(i, j int) bool { return e[i].key > e[j].key })
	dump(e)
	println(sort.IsSorted(byKey(a)), sort.SliceIsSorted(d, func(i, j int) bool { return d[i].key < d[j].key }))
	i := sort.Search(len(a), func(i int) bool { return a[i].key >= 3 })
	println(i)
	j, found := sort.Find(len(a), func(i int) int { return 2 - a[i].key })
	println(j, found)
	big := gen(2000, 50)
	sort.Sort(byKey(big))
	sum := 0
	for i, p := range big {
		sum += i * p.id
	}
	println(sum)
}
