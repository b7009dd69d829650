// String comparisons (generated inline: memcmp of the common prefix, then
// the lengths): bytes compare unsigned, a prefix orders first, embedded
// NULs count, and sort.Strings agrees with < on the same data.
package main

import (
	"fmt"
	"sort"
)

func main() {
	words := []string{"", "a", "ab", "abc", "abd", "b", "\xff", "a\x00", "\x80x", "Z", "aa", "ab\x00", "héllo", "hello"}
	for _, x := range words {
		for _, y := range words {
			fmt.Print(b(x < y), b(x <= y), b(x > y), b(x >= y), b(x == y), b(x != y))
		}
		fmt.Println()
	}
	s := append([]string(nil), words...)
	sort.Strings(s)
	fmt.Printf("%q\n", s)
	n := 0
	for i := 0; i < 1000; i++ {
		k := fmt.Sprint(i)
		if k < "5" {
			n++
		}
	}
	fmt.Println(n)
}

func b(v bool) string {
	if v {
		return "1"
	}
	return "0"
}
