// unicode: class predicates and case mappings for ASCII, Latin-1 and
// beyond, and the SimpleFold orbits.
package main

import "unicode"

func main() {
	for _, r := range []rune{'a', 'Z', '5', ' ', '\t', '\n', '!', '$', 0x85, 0xa0, 'é', 'ß', 'Σ', 'σ', 'ς', 'ǅ', 0x2000, 0x3000, '世', '٣', 'Ⅻ', 0x300, 0x1f600, 0xe000, 0x10ffff, 0x110000, -1, 0x212a, 0x130, 0x131, 0x1c4, 0x7f} {
		println(r, unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsTitle(r), unicode.IsDigit(r), unicode.IsNumber(r),
			unicode.IsSpace(r), unicode.IsPunct(r), unicode.IsSymbol(r), unicode.IsMark(r), unicode.IsControl(r), unicode.IsPrint(r), unicode.IsGraphic(r),
			unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r))
	}
	// The orbit of 'k': k -> K (Kelvin sign) -> K -> k.
	r := 'k'
	for i := 0; i < 4; i++ {
		print(r, " ")
		r = unicode.SimpleFold(r)
	}
	println()
	n := 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if unicode.IsLetter(r) {
			n++
		}
	}
	println("letters:", n)
}
