// Range over strings: index and rune pairs over ASCII, multibyte and invalid
// UTF-8 (each bad byte yields U+FFFD with width 1: stray continuation bytes,
// overlong forms, surrogates, code points above U+10FFFF, truncated
// sequences), and the key-only, blank and no-variable forms.
package main

func show(name, s string) {
	print(name, " len=", len(s), ":")
	for i, r := range s {
		print(" ", i, "=", r)
	}
	println()
}

var calls int

func src() string {
	calls++
	return "héllo"
}

func main() {
	show("ascii", "hello")
	show("empty", "")
	show("latin", "héllo")
	show("cjk", "日本語")
	show("emoji", "a😀b")
	show("mixed", "x\u0080\u07ff\u0800\uffff\U00010000\U0010ffffy")
	show("ff", "\xff")
	show("bad1", "\xff\xc0\xaf")
	show("cont", "\x80\xbf")
	show("surrogate", "\xed\xa0\x80")
	show("surrogate-hi", "\xed\xbf\xbf")
	show("below-surrogate", "\xed\x9f\xbf")
	show("overlong2", "\xc0\x80\xc1\xbf")
	show("overlong3", "\xe0\x80\x80\xe0\x9f\xbf")
	show("overlong4", "\xf0\x80\x80\x80\xf0\x8f\xbf\xbf")
	show("too-big", "\xf4\x90\x80\x80")
	show("f5", "\xf5\x80\x80\x80")
	show("max", "\xf4\x8f\xbf\xbf")
	show("trunc2", "a\xc3")
	show("trunc3", "a\xe2\x82")
	show("trunc4", "a\xf0\x9f\x98")
	show("trunc-mid", "\xe2\x82a\xf0\x9fb")
	show("bad-cont", "\xc3\x28\xe2\x28\xa1")
	show("nul", "\x00a\x00")
	show("replacement", "\uFFFD\xef\xbf\xbd")

	println("== key only")
	for i := range "a€😀b\xff" {
		print(i, " ")
	}
	println()

	println("== blank key")
	for _, r := range "a€😀b\xff" {
		print(r, " ")
	}
	println()

	println("== no variables")
	n := 0
	for range "日本語\xffx" {
		n++
	}
	println(n)

	println("== assign to existing variables")
	var i int
	var r rune
	for i, r = range "añb" {
		print(i, ":", r, " ")
	}
	println("after:", i, r)

	println("== range expression evaluated once")
	s := "abc"
	for i, r := range s {
		s = "zzzzzzzz"
		print(i, ":", r, " ")
	}
	println(s)
	for i, r := range src() {
		print(i, ":", r, " ")
	}
	println("calls", calls)

	println("== break and continue")
	for i, r := range "abcdefgh" {
		if r == 'c' {
			continue
		}
		if i == 6 {
			break
		}
		print(string(r))
	}
	println()
	count := 0
outer:
	for _, a := range "abc" {
		for _, b := range "xyz" {
			if b == 'z' {
				continue outer
			}
			if a == 'c' {
				break outer
			}
			count++
			print(string(a), string(b), " ")
		}
	}
	println(count)

	println("== rune counts")
	total := 0
	for _, r := range "The quick brown 狐 jumps over the lazy 犬 \xf0\x28\x8c\x28" {
		total += int(r)
	}
	println(total)
}
