// unicode/utf8: decoding valid and invalid input, encoding, counting and
// validity, as gc's package computes them.
package main

import "unicode/utf8"

func main() {
	inputs := []string{"", "a", "é", "€", "😀", "\xff", "\xe0\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xf0\x9f\x98", "aé€😀\xffz"}
	for _, s := range inputs {
		r, n := utf8.DecodeRuneInString(s)
		lr, ln := utf8.DecodeLastRuneInString(s)
		b := []byte(s)
		br, bn := utf8.DecodeRune(b)
		println(len(s), r, n, lr, ln, br, bn, utf8.RuneCountInString(s), utf8.RuneCount(b),
			utf8.ValidString(s), utf8.Valid(b), utf8.FullRuneInString(s), utf8.FullRune(b))
	}
	for _, r := range []rune{0, 'a', 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x10ffff, 0x110000, -1} {
		var buf [4]byte
		n := utf8.EncodeRune(buf[:], r)
		println(r, utf8.RuneLen(r), utf8.ValidRune(r), n, buf[0], buf[1], buf[2], buf[3], string(utf8.AppendRune(nil, r)))
	}
	println(utf8.RuneStart(0x80), utf8.RuneStart(0xc3), utf8.RuneStart('a'))
	println(utf8.RuneError, utf8.RuneSelf, utf8.MaxRune, utf8.UTFMax)
	s := "héllo, 世界\xff!"
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		println(i, r, size)
		i += size
	}
}
