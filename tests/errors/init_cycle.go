// errorcheck

// Package-level initialization cycles (through functions too) and invalid
// recursive types.

package main

var x = g() // ERROR "initialization loop for x\n\t.*x refers to\n\t.*g refers to\n\t.*y refers to\n\t.*h refers to\n\t.*x"

func g() int { return y }

var y = h()

func h() int { return x }

var z = z // ERROR "initialization loop for z"

type T struct{ t T } // ERROR "invalid recursive type T\n\t.*T refers to\n\t.*T"

type A [2]B // ERROR "invalid recursive type A\n\t.*A refers to\n\t.*B refers to\n\t.*A"
type B struct{ a A }

type L struct{ next *L }

func main() {
	type U = []U // ERROR "invalid recursive type U"
}
