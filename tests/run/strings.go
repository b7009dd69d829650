// Strings: literals with every escape, raw strings, concatenation (also in
// loops), comparison (bytewise, unsigned), indexing, slicing, len, and
// string(rune) conversions including invalid code points (U+FFFD).
package main

// dump prints a string's length and bytes, so invisible bytes are checked.
func dump(s string) {
	print(len(s), ":")
	for i := 0; i < len(s); i++ {
		print(" ", s[i])
	}
	println()
}

func pick(i int) string {
	switch i {
	case 0:
		return ""
	case 1:
		return "a"
	case 2:
		return "ab"
	case 3:
		return "abc"
	case 4:
		return "abd"
	case 5:
		return "b"
	case 6:
		return "\xff"
	case 7:
		return "a\x00"
	case 8:
		return "A"
	}
	return "é"
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	s := ""
	for n != 0 {
		d := n % 10
		if d < 0 {
			d = -d
		}
		s = string(rune('0'+d)) + s
		n /= 10
	}
	if neg {
		s = "-" + s
	}
	return s
}

func main() {
	println("== escapes")
	dump("\a\b\f\n\r\t\v\\\"'")
	dump("\x00\x01\x7f\x80\xfe\xff\xAb")
	dump("\000\001\177\200\376\377\101")
	dump("\u0000\u007f\u0080\u00e9\u07ff\u0800\uffff\u20AC")
	dump("\U00000041\U00010000\U0010FFFF\U0001f600")
	dump("日本語 ü")
	dump("")
	dump("'\x41'")
	println("[\a\b\f\n\r\t\v\\\"]")

	println("== raw strings")
	raw := `a\nb\t\x41"'
second line	with tab
	indented` + `` + "!"
	dump(raw)
	println(raw)
	println(`\` == "\\", `"` == "\"", len(`
`))

	println("== concatenation")
	s := "foo" + "bar"
	t := s + s
	t += "!"
	println(s, t, len(t), s+""+s, ""+"")
	acc := ""
	for i := 0; i < 200; i++ {
		acc += itoa(i)
		if i%7 == 0 {
			acc = acc + ","
		}
	}
	println(len(acc), acc[:40], acc[len(acc)-20:])
	x := ""
	for i := 0; i < 1000; i++ {
		x = "ab" + x + "c"
	}
	println(len(x), x[1998:2003], x[0:4], x[2996:])
	println(itoa(0), itoa(-1), itoa(1234567890), itoa(-9223372036854775807-1))

	println("== comparisons")
	for i := 0; i < 10; i++ {
		a := pick(i)
		print("[", a, "]")
		for j := 0; j < 10; j++ {
			b := pick(j)
			c := 0
			if a < b {
				c = -1
			} else if a > b {
				c = 1
			}
			if a == b != (c == 0) || (a <= b) != (c <= 0) || (a >= b) != (c >= 0) || (a != b) != (c != 0) {
				print(" BAD")
			}
			print(" ", c)
		}
		println()
	}
	println("abc" < "abcd", "abcd" < "abc", "Z" < "a", "\x7f" < "\x80", "a\xff" > "ab")

	println("== indexing and slicing")
	h := "hello, 世界"
	println(len(h), h[0], h[4], h[7], h[len(h)-1])
	for i := 0; i <= len(h); i += 2 {
		for j := i; j <= len(h); j += 3 {
			print("[", h[i:j], "]")
		}
		println()
	}
	println(h[:5], h[7:], h[:], h[3:3], h[len(h):], len(h[7:10]))
	lo, hi := 2, 9
	sub := h[lo:hi]
	println(sub, len(sub), sub[0], sub[lo:hi-lo], len(sub[:0]))
	var b byte = h[1]
	b++
	println(b, h[1]+1, h[1]<<1, int(h[8])+int(h[9]))
	println("xyz"[2], "xyz"[1:], len("xyz"[:2]))

	println("== string(rune)")
	for _, r := range "Aé€😀" {
		dump(string(r))
	}
	dump(string(rune(0)))
	dump(string(rune(0x7f)))
	dump(string(rune(0x80)))
	dump(string(rune(0x7ff)))
	dump(string(rune(0x800)))
	dump(string(rune(0xffff)))
	dump(string(rune(0x10000)))
	dump(string(rune(0x10ffff)))
	dump(string(rune(0x110000)))
	dump(string(rune(-1)))
	dump(string(rune(0xd800)))
	dump(string(rune(0xdfff)))
	dump(string(rune(0xe000)))
	v := 0x1f600
	dump(string(rune(v)))
	var n64 int64 = 0x100000041
	dump(string(rune(n64)))
	var by byte = 200
	dump(string(by))
	var u32 uint32 = 0xd7ff
	dump(string(rune(u32)))
	var r32 rune = -2147483648
	dump(string(r32))
	dump(string(rune(0x20ac)) + string(rune(0x41)))

	println("== string variables")
	var zero string
	println(len(zero), zero == "", "["+zero+"]")
	p, q := "p", "q"
	p, q = q, p
	println(p, q, p < q)
	empty := 0
	for i := 0; i < 10; i++ {
		if pick(i) == "" {
			empty++
		}
	}
	println(empty)
}
