package main

type MyBytes []byte
type MyRunes []rune
type MyString string

func dump(b []byte) {
	for _, c := range b {
		print(c, " ")
	}
	println(len(b))
}

func dumpr(r []rune) {
	for _, c := range r {
		print(c, " ")
	}
	println(len(r))
}

var sink []byte
var rsink []rune

func escapeB(s string) []byte {
	return []byte(s)
}

func escapeR(s string) []rune {
	return []rune(s)
}

func main() {
	s := "héllo, 世界!"
	b := []byte(s)
	dump(b)
	println(string(b))
	r := []rune(s)
	dumpr(r)
	println(string(r), len(string(r)))

	// invalid UTF-8
	bad := "a\xffb\xe4\xb8c\xf0\x9f\x98\x80d\xed\xa0\x80e\xc0\xaf"
	rb := []rune(bad)
	dumpr(rb)
	println(string(rb))
	dump([]byte(string(rb)))

	// invalid runes to string
	rs := []rune{0x41, -1, 0xD800, 0x10FFFF, 0x110000, 0x4E16, 0xFFFD}
	str := string(rs)
	dump([]byte(str))
	println(len(str))

	// empty
	var nb []byte
	println(string(nb) == "", len(string(nb)))
	e := []byte("")
	println(e == nil, len(e), cap(e))
	var nr []rune
	println(string(nr) == "")
	er := []rune("")
	println(er == nil, len(er))

	// named types
	mb := MyBytes("abc")
	println(len(mb), string(mb))
	mr := MyRunes("δx")
	println(len(mr), string(mr))
	ms := MyString(mb)
	println(ms)
	ms2 := MyString("mine")
	println(string([]byte(ms2)))

	// caps, as gc: constant strings get exact caps; escaping conversions round up
	c1 := []byte("abc")
	println(len(c1), cap(c1))
	sink = escapeB("hello")
	println(len(sink), cap(sink))
	sink = escapeB("hello, world, this is long enough to skip the buffer")
	println(len(sink), cap(sink))
	rsink = escapeR("héllo")
	println(len(rsink), cap(rsink))
	rsink = escapeR(s + s + s + s)
	println(len(rsink), cap(rsink))

	// modifying the copy does not change the string
	b[0] = 'H'
	println(s, string(b))

	// string(byteslice) in concatenation, comparison
	println(string(b[:5])+"!", string(b) == s, string(b[1:3]) == "\xc3\xa9")

	// conversion of a slice expression and of append results
	x := string(append([]byte("ab"), 'c', 'd'))
	println(x)
	y := append([]byte("ab"), "cdef"...)
	println(string(y), len(y))
	z := append([]rune("ab"), 'é')
	println(string(z), len(z))

	// string(rune) and range over []byte(s)
	total := 0
	for i, c := range []byte("xyz") {
		total += i * int(c)
	}
	println(total)
}
