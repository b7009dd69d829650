// Constants: typed and untyped constants, iota patterns (skips, expressions,
// implicit repetition, several per line), exact arithmetic on huge untyped
// intermediates, constant float-to-int conversion, rune and string
// constants, and the default types untyped constants take in variables.
package main

const (
	A = iota
	B
	_
	D
	E = iota * 10
	F
	G = "str"
	H
	I = iota
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
	TB
	PB
	EB
)

const (
	b0, m0 = 1 << iota, -iota
	b1, m1
	_, _
	b3, m3
)

const (
	Sunday = iota + 1
	Monday
	Tuesday
	_
	_
	Friday = iota * iota
	Saturday
)

const (
	c0 int8 = iota - 3
	c1
	c2
	c3
	c4
)

const (
	x0 = 'a' + iota
	x1
	x2
)

const one = iota // iota is 0 in a new const declaration
const two = iota + 2

const (
	huge     = 1 << 100
	huger    = huge * huge
	back     = huger >> 198
	fromHuge = huge >> 98
	neg      = -huge / (1 << 97)
	maxU64   = 1<<64 - 1
	minI64   = -1 << 63
	maxI64   = 1<<63 - 1
	mixed    = huge/3*3 - huge
)

const (
	third    = 1.0 / 3
	exactOne = third * 3
	bigF     = 1e300 * 1e300 / 1e300
	tiny     = 1e-400 * 1e400
	fInt     = 3.0
	fBig     = 1e18
	intDiv   = 7 / 2
	fltDiv   = 7 / 2.0
	intRune  = 'x' - 'a'
	halfUp   = 5 / 2 * 2.0
)

const (
	typedI   int     = 42
	typedU8  uint8   = 200
	typedF32 float32 = 0.1
	typedF64 float64 = 0.1
	typedS   string  = "typed"
	typedB   bool    = 3 > 2
	typedR   rune    = '€'
	typedBy  byte    = 'A'
)

const (
	greeting = "hello, " + "world"
	glen     = len(greeting)
	escaped  = "tab\there\nnewline \"q\" \\ \x41\101\u00e9\U0001F600"
	raw      = `raw\n\t"x"`
	empty    = ""
	elen     = len(empty)
	cmp1     = "abc" < "abd"
	cmp2     = "abc" == "ab"+"c"
	bigLen   = len(escaped) * 1000
)

const (
	tr = true
	fa = !tr
	an = tr && fa
	or = tr || fa
	eq = 1 == 1.0
)

const (
	r1 = 'a'
	r2 = '\n'
	r3 = '\x7f'
	r4 = '\377'
	r5 = '\u12e4'
	r6 = '\U00101234'
	r7 = '\''
	r8 = '本'
)

func main() {
	println("== iota")
	println(A, B, D, E, F, G, H, I)
	println(KB, MB, GB, TB, PB, EB)
	println(b0, m0, b1, m1, b3, m3)
	println(Sunday, Monday, Tuesday, Friday, Saturday)
	println(c0, c1, c2, c3, c4)
	println(x0, x1, x2, string(rune(x2)))
	println(one, two)

	println("== huge untyped integers")
	println(back, fromHuge, neg, uint64(maxU64), int64(minI64), int64(maxI64), mixed)
	println(huge/huge, huger/huge/(1<<90), huge%1000000007, -huge%1000000007)
	var u uint64 = maxU64
	var i int64 = minI64
	println(u, i, u/3, i/3)

	println("== untyped floats")
	println(exactOne == 1, third, bigF, tiny, int(fInt), int64(fBig), intDiv, fltDiv, intRune, halfUp)
	println(int(1e3), uint8(2.55e2), int32(-1.0e9), int(third*6))
	var f = 3.0
	var fi float32 = 1 << 24
	println(f/2, fi+1, 1/3.0)

	println("== typed constants")
	println(typedI, typedU8, typedF32, typedF64, typedS, typedB, typedR, typedBy)
	v8 := typedU8
	v8 += 100
	println(v8, typedU8+55, typedI/5, typedF32 == 0.1, float64(typedF32) == 0.1)
	println(float64(typedF32), float64(typedF64))

	println("== strings")
	println(greeting, glen, len(escaped), raw, len(raw), "["+empty+"]", elen, cmp1, cmp2, bigLen)
	println(escaped)
	println(greeting[4], escaped[3], "xyz"[1], len("日本語"))

	println("== bools")
	println(tr, fa, an, or, eq, !eq || tr)

	println("== runes")
	println(r1, r2, r3, r4, r5, r6, r7, r8)
	println(string(r1), string(r5), string(r6), string(r8), string(rune(r4)))

	println("== default types")
	a := 1 << 62
	a *= 4
	r := 'a'
	r <<= 25
	fl := 1e308
	fl *= 10
	b := 'a' * 2
	var c = 10 / 4
	var d = 10 / 4.0
	var e = 10 / 4 * 1.0
	var h = 'a' + 1.0
	println(a, r, fl, b, c, d, e, h)
}
