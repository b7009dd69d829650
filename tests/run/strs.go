// Strings: concatenation, comparison, indexing, slicing, len, range over
// runes (invalid UTF-8 gives U+FFFD one byte at a time), string(rune).
package main

func main() {
	s := "héllo"
	t := s + ", wörld"
	println(t, len(t))
	println(s[1], s[0], s[1:3] == "é", s[:2] < s[2:])
	for i, r := range "a\xffé\xe2\x82" {
		println(i, r)
	}
	n := 0
	for range t {
		n++
	}
	println(n)
	println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)))
	println("abc" < "abd", "ab" < "abc", "b" > "abc", "x" == "x")
	var e string
	println(len(e), e == "")
}
