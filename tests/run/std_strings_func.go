// The strings functions that take func values: Map, FieldsFunc,
// IndexFunc, LastIndexFunc and the Trim*Func family, with func literals,
// closures, declared functions and unicode predicates; plus Title and
// Clone.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func rot13(r rune) rune {
	switch {
	case r >= 'a' && r <= 'z':
		return 'a' + (r-'a'+13)%26
	case r >= 'A' && r <= 'Z':
		return 'A' + (r-'A'+13)%26
	}
	return r
}

func main() {
	fmt.Println(strings.Map(rot13, "Hello, World! ünïcödé"))
	dropVowels := func(r rune) rune {
		if strings.ContainsRune("aeiouAEIOU", r) {
			return -1
		}
		return r
	}
	fmt.Println(strings.Map(dropVowels, "Programming in Go"))
	fmt.Println(strings.Map(unicode.ToUpper, "straße ÿ"))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return r }, "unchanged"))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return 'é' }, "abc"))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return -1 }, "gone"))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return r }, "bad\xffutf8"))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return 0x110000 }, "ab"))

	f := func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsNumber(c) }
	fmt.Printf("%q\n", strings.FieldsFunc("  foo1;bar2,baz3...", f))
	fmt.Printf("%q\n", strings.FieldsFunc("", f))
	fmt.Printf("%q\n", strings.FieldsFunc(";;;", f))
	sep := ','
	fmt.Printf("%q\n", strings.FieldsFunc("a,b,,c,", func(r rune) bool { return r == sep }))

	isDigit := func(r rune) bool { return r >= '0' && r <= '9' }
	fmt.Println(strings.IndexFunc("Hello, 世界 42", unicode.IsDigit), strings.IndexFunc("abc", isDigit))
	fmt.Println(strings.IndexFunc("Hello, 世界", func(r rune) bool { return r > unicode.MaxASCII }))
	fmt.Println(strings.LastIndexFunc("go 123 gopher", isDigit), strings.LastIndexFunc("gopher", isDigit))
	fmt.Println(strings.LastIndexFunc("世界x", func(r rune) bool { return r == '界' }))
	fmt.Println(strings.IndexFunc("a\xffb", func(r rune) bool { return r == unicode.ReplacementChar }))

	fmt.Printf("%q\n", strings.TrimFunc("¡¡¡Hello, Gophers!!!", func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r)
	}))
	fmt.Printf("%q\n", strings.TrimLeftFunc("123abc456", isDigit))
	fmt.Printf("%q\n", strings.TrimRightFunc("123abc456", isDigit))
	fmt.Printf("%q\n", strings.TrimFunc("  \t spaces \n", unicode.IsSpace))
	fmt.Printf("%q\n", strings.TrimFunc("0000", isDigit))
	fmt.Printf("%q\n", strings.TrimRightFunc("abc\xff", func(r rune) bool { return r == unicode.ReplacementChar }))

	// a closure counting its calls
	calls := 0
	count := func(r rune) bool { calls++; return r == 'x' }
	fmt.Println(strings.IndexFunc("aaxaa", count), calls)

	fmt.Println(strings.Title("her royal highness, élan vital"))
	s := "clone me"
	c := strings.Clone(s)
	fmt.Println(c, c == s, strings.Clone("") == "")
}
