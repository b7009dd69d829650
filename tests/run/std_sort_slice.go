// sort.Slice, SliceStable and SliceIsSorted on slices of several element
// types (the swap works on any element size), sort.Sort/Stable with
// sort.Interface and sort.Reverse, and the Search functions with closures.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type person struct {
	name string
	age  int
}

type byAge []person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].age < a[j].age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

type big struct {
	key  int
	data [40]int64
	tag  string
}

func main() {
	ints := []int{5, 2, 8, 1, 9, 3, 7, 4, 6, 0}
	sort.Slice(ints, func(i, j int) bool { return ints[i] > ints[j] })
	fmt.Println(ints)
	fmt.Println(sort.SliceIsSorted(ints, func(i, j int) bool { return ints[i] > ints[j] }))
	fmt.Println(sort.SliceIsSorted(ints, func(i, j int) bool { return ints[i] < ints[j] }))

	people := []person{
		{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dave", 25}, {"Eve", 35},
		{"Frank", 30}, {"Grace", 25}, {"Heidi", 40}, {"Ivan", 35}, {"Judy", 30},
		{"Ken", 25}, {"Leo", 30}, {"Mia", 35},
	}
	sort.SliceStable(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people)
	sort.Slice(people, func(i, j int) bool {
		if people[i].age != people[j].age {
			return people[i].age > people[j].age
		}
		return people[i].name < people[j].name
	})
	fmt.Println(people)

	// a large unstable sort: gc's pdqsort order for equal keys
	keys := make([]person, 60)
	for i := range keys {
		keys[i] = person{fmt.Sprint("p", i), (i * 37) % 7}
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].age < keys[j].age })
	var names []string
	for _, p := range keys {
		names = append(names, p.name)
	}
	fmt.Println(strings.Join(names, ","))

	// elements larger than the swap buffer, holding pointers
	bigs := make([]big, 5)
	for i := range bigs {
		bigs[i].key = (i * 3) % 5
		bigs[i].data[39] = int64(i)
		bigs[i].tag = strings.Repeat("x", i)
	}
	sort.Slice(bigs, func(i, j int) bool { return bigs[i].key < bigs[j].key })
	for _, b := range bigs {
		fmt.Print(b.key, ":", b.data[39], ":", b.tag, " ")
	}
	fmt.Println()

	strs := []string{"pear", "apple", "fig", "banana"}
	sort.Slice(strs, func(i, j int) bool { return len(strs[i]) < len(strs[j]) })
	fmt.Println(strs)
	bytes := []byte("sorting")
	sort.Slice(bytes, func(i, j int) bool { return bytes[i] < bytes[j] })
	fmt.Println(string(bytes))
	var empty []int
	sort.Slice(empty, func(i, j int) bool { return true })
	fmt.Println(empty == nil, sort.SliceIsSorted(empty, func(i, j int) bool { return true }))

	// sort.Interface
	a := byAge{{"x", 3}, {"y", 1}, {"z", 2}}
	sort.Sort(a)
	fmt.Println(a)
	sort.Sort(sort.Reverse(a))
	fmt.Println(a, sort.IsSorted(a), sort.IsSorted(sort.Reverse(a)))
	sort.Stable(a)
	fmt.Println(a)

	// Search with closures
	sorted := []int{1, 3, 5, 7, 9, 11}
	x := 7
	i := sort.Search(len(sorted), func(i int) bool { return sorted[i] >= x })
	fmt.Println(i, sort.SearchInts(sorted, 8), sort.SearchInts(sorted, 100))
	j, found := sort.Find(len(sorted), func(i int) int { return x - sorted[i] })
	fmt.Println(j, found)
	fmt.Println(sort.SearchStrings([]string{"a", "c", "e"}, "d"), sort.SearchFloat64s([]float64{1.5, 2.5}, 2))

	// SliceIsSorted takes reflect's Len: strings and arrays work too
	fmt.Println(sort.SliceIsSorted("ba", func(i, j int) bool { return i > j }))

	// a non-slice panics with reflect's error
	for _, v := range []any{3, "str", nil, map[int]int{}, [2]int{}, &ints} {
		func() {
			defer func() {
				r := recover()
				fmt.Println("recovered:", r, r.(error).Error() != "")
			}()
			sort.Slice(v, func(i, j int) bool { return false })
		}()
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		sort.SliceIsSorted(3.5, func(i, j int) bool { return false })
	}()
	sort.SliceStable(true, func(i, j int) bool { return false })
}
