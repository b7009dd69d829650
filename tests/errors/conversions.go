// errorcheck

// Conversions T(x): constants must be representable in T, non-constant
// values convertible by the spec's rules.

package main

type MyInt int

type I interface{ M() }

type T struct{}

func main() {
	var s string
	var i int
	var f float64
	var e interface{}
	_ = int(s)         // ERROR "cannot convert s \(variable of type string\) to type int"
	_ = string(1.5)    // ERROR "cannot convert 1.5 \(untyped float constant\) to type string"
	_ = int8(300)      // ERROR "cannot convert 300 \(untyped int constant\) to type int8"
	_ = int(1.5)       // ERROR "cannot convert 1.5 \(untyped float constant\) to type int"
	_ = int(1e100)     // ERROR "cannot convert 1e100 \(untyped float constant 1(0)+\) to type int"
	_ = bool(1)        // ERROR "cannot convert 1 \(untyped int constant\) to type bool"
	_ = []int(s)       // ERROR "cannot convert s \(variable of type string\) to type \[\]int"
	_ = I(i)           // ERROR "cannot convert i \(variable of type int\) to type I:\n\tint does not implement I \(missing M method\)"
	_ = T(i)           // ERROR "cannot convert i \(variable of type int\) to type T"
	_ = int()          // ERROR "missing argument in conversion to int"
	_ = int(1, 2)      // ERROR "too many arguments in conversion to int"
	_ = int(e)         // ERROR "cannot convert e \(variable of type interface{}\) to type int:\n\tneed type assertion"
	_ = float32(f)     // ok
	_ = MyInt(i)       // ok
	_ = string(rune(i)) // ok
	_ = []byte(s)      // ok
	_ = string(65)     // ok: "A"
}
