// errorcheck

// Constant declarations: iota, implicit repetition (errors in a repeated
// initializer are reported at the constant), and their arity.

package main

const (
	a int8 = iota * 100
	b
	c // ERROR "cannot use iota \* 100 \(untyped int constant 200\) as int8 value in constant declaration \(overflows\)"
)

const d, e = 1 // ERROR "missing init expr for e"

const (
	f, g = 1, 2
	h    // ERROR "extra init expr at .*"
)

const k [2]int = 1 // ERROR "invalid constant type \[2\]int"

func one() int { return 1 }

const l = one() // ERROR "one\(\) \(value of type int\) is not constant"

func main() {
}
