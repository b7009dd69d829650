// sort: Ints, Float64s, Strings, the AreSorted checks and the Search
// functions, on inputs with duplicates and NaNs.
package main

import (
	"math"
	"sort"
)

func main() {
	ints := []int{5, 2, 8, 2, 9, 1, 5, 5, -3, 0, 7, 42, 13, 8, 1, 100, -50, 6, 6, 3, 21, 4, 11, 19, 2, 17}
	println(sort.IntsAreSorted(ints))
	sort.Ints(ints)
	for _, v := range ints {
		print(v, " ")
	}
	println(sort.IntsAreSorted(ints))
	println(sort.SearchInts(ints, 5), sort.SearchInts(ints, 6), sort.SearchInts(ints, 1000), sort.SearchInts(ints, -1000))

	fl := []float64{3.5, -1, math.NaN(), 2, math.Inf(1), 0, math.Inf(-1), 2, math.NaN(), -7.25}
	sort.Float64s(fl)
	for _, v := range fl {
		print(v, " ")
	}
	println(sort.Float64sAreSorted(fl), sort.SearchFloat64s(fl, 2))

	strs := []string{"banana", "apple", "cherry", "apple", "", "Zebra", "zebra", "éclair", "date"}
	sort.Strings(strs)
	for _, s := range strs {
		print("[", s, "] ")
	}
	println(sort.StringsAreSorted(strs), sort.SearchStrings(strs, "cherry"), sort.SearchStrings(strs, "coconut"))

	// A larger input exercises pdqsort's partitioning and pattern breaking.
	big := make([]int, 1000)
	x := uint32(12345)
	for i := range big {
		x = x*1103515245 + 12345
		big[i] = int(x>>16) % 200
	}
	sort.Ints(big)
	sum := 0
	for i, v := range big {
		sum += i * v
	}
	println(sort.IntsAreSorted(big), big[0], big[999], sum)

	rev := make([]int, 300)
	for i := range rev {
		rev[i] = 300 - i
	}
	sort.Ints(rev)
	println(rev[0], rev[150], rev[299])
}
