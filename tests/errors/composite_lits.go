// errorcheck

// Composite literals: struct, array, slice and map literals with keyed
// and positional elements.

package main

type T struct {
	a, b int
	s    string
}

func main() {
	_ = T{1, 2, "x"}                 // ok
	_ = T{1}                         // ERROR "too few values in T{…}"
	_ = T{1, 2, "x", 4}              // ERROR "too many values in T{…}"
	_ = T{c: 1}                      // ERROR "unknown field 'c' in struct literal of type T"
	_ = T{a: 1, 2}                   // ERROR "mixture of field:value and value elements in struct literal"
	_ = T{a: 1, a: 2}                // ERROR "duplicate field name a in struct literal"
	_ = T{s: 1}                      // ERROR "cannot use 1 \(untyped int constant\) as string value in struct literal"
	_ = [3]int{1: 1, 1: 2}           // ERROR "duplicate index 1 in array or slice literal"
	_ = [2]int{1, 2, 3}              // ERROR "index 2 is out of bounds \(>= 2\)"
	_ = [2]int{5: 1}                 // ERROR "invalid argument: index 5 out of bounds \[0:2\]"
	_ = []int{-1: 1}                 // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = []string{1}                  // ERROR "cannot use 1 \(untyped int constant\) as string value in array or slice literal"
	_ = map[string]int{"a": 1, "a": 2} // ERROR "duplicate key \x22a\x22 in map literal"
	_ = map[int]int{1}               // ERROR "missing key in map literal"
	_ = [...]int{1, 2, 3}            // ok
	_ = []T{{1, 2, "a"}, {a: 1}}     // ok: elided element types
	_ = []*T{{1, 2, "a"}}            // ok: &T
	_ = map[T]int{{1, 2, "a"}: 1}    // ok
	_ = T{a: {}}                     // ERROR "missing type in composite literal"
	_ = int{}                        // ERROR "invalid composite literal type int"
}
