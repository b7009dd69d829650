// errorcheck

// Binary operands and comparison operands must have matching types; gc
// names both types, untyped ones included.

package main

type MyInt int

func main() {
	var i int
	var s string
	var m MyInt
	var f float64
	_ = i + s        // ERROR "invalid operation: i \+ s \(mismatched types int and string\)"
	_ = s + 1        // ERROR "invalid operation: s \+ 1 \(mismatched types string and untyped int\)"
	_ = 1 + s        // ERROR "invalid operation: 1 \+ s \(mismatched types untyped int and string\)"
	_ = i + m        // ERROR "invalid operation: i \+ m \(mismatched types int and MyInt\)"
	_ = i + f        // ERROR "invalid operation: i \+ f \(mismatched types int and float64\)"
	_ = i == s       // ERROR "invalid operation: i == s \(mismatched types int and string\)"
	_ = i < m        // ERROR "invalid operation: i < m \(mismatched types int and MyInt\)"
	_ = 'a' + "b"    // ERROR "invalid operation: 'a' \+ \x22b\x22 \(mismatched types untyped rune and untyped string\)"
	_ = true + 1     // ERROR "invalid operation: true \+ 1 \(mismatched types untyped bool and untyped int\)"
	_ = i + nil      // ERROR "invalid operation: i \+ nil \(mismatched types int and untyped nil\)"
	_ = (i + 1) * s  // ERROR "invalid operation: \(i \+ 1\) \* s \(mismatched types int and string\)"
	i += s           // ERROR "invalid operation: i \+= s \(mismatched types int and string\)"
	_ = i + 1.5      // ERROR "1.5 \(untyped float constant\) truncated to int"
	_ = m + 2        // ok: untyped constant takes the type MyInt
}
