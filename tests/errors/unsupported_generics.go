// errorcheck

// A valid generic program: escgo names the construct it cannot compile yet
// instead of the errors its undeclared type parameters would cause (gc
// compiles this file; "undefined: T" would be wrong). Not a gc message:
// escgo's own, in gc's format.

package main

type Number interface {
	int | float64
}

func Sum[T Number](xs []T) T { // ERROR "generics not supported by escgo yet"
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Pair[K comparable, V any] struct { // ERROR "generic types not supported by escgo yet"
	Key K
	Val V
}

func main() {
	println(Sum([]int{1, 2, 3})) // ERROR "generic function call not supported by escgo yet"
}
