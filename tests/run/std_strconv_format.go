// strconv formatting: integers in every base, floats in every format and
// precision (including the shortest representation), quoting.
package main

import (
	"math"
	"strconv"
)

func main() {
	for _, v := range []int64{0, 1, -1, 42, -42, 255, 1000000007, math.MaxInt64, math.MinInt64} {
		println(strconv.Itoa(int(v)), strconv.FormatInt(v, 2), strconv.FormatInt(v, 16), strconv.FormatInt(v, 36), strconv.FormatUint(uint64(v), 10), strconv.FormatUint(uint64(v), 7))
	}
	println(string(strconv.AppendInt([]byte("n="), -12, 10)), string(strconv.AppendUint(nil, 12, 2)), string(strconv.AppendBool([]byte("b:"), true)), strconv.FormatBool(false))

	floats := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 100, 1e21, 1e20, 123456789, 1.5, 2.5, 0.000123, 1e-7,
		math.Pi, math.E, math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32, 5e-324, 2.2250738585072014e-308,
		math.Inf(1), math.Inf(-1), math.NaN(), 9007199254740993, 0.1 + 0.2, 1234.5678, 9.999999999999999e22, 5e-7, 123e-20}
	fmts := []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'}
	for _, f := range floats {
		for _, fm := range fmts {
			for _, prec := range []int{-1, 0, 1, 3, 6, 17} {
				print(strconv.FormatFloat(f, fm, prec, 64), " ")
			}
			println()
		}
		println(strconv.FormatFloat(f, 'g', -1, 32), strconv.FormatFloat(f, 'e', 3, 32), strconv.FormatFloat(f, 'f', -1, 32))
	}
	println(strconv.FormatFloat(1e-300, 'f', 320, 64))
	println(strconv.FormatFloat(5e-324, 'e', 760, 64))
	println(strconv.FormatFloat(0.5, 'f', 0, 64), strconv.FormatFloat(1.5, 'f', 0, 64), strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(0.125, 'f', 2, 64), strconv.FormatFloat(0.375, 'f', 2, 64))
	println(strconv.FormatFloat(3, 'z', -1, 64), string(strconv.AppendFloat([]byte("f="), 1.25, 'g', -1, 64)))

	for _, s := range []string{"", "hello", "tab\there", "quote\"s", `back\slash`, "nl\n", "\x00\x07\x7f", "\xff\xfe", "héllo", "世界", "\u2028", "😀", "\ufeff"} {
		println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), strconv.CanBackquote(s))
	}
	for _, r := range []rune{'a', '\'', '"', '\n', 0, 0x7f, 'é', 0x2028, 0x1f600, 0xd800, 0x110000, -1} {
		println(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.QuoteRuneToGraphic(r), strconv.IsPrint(r), strconv.IsGraphic(r))
	}
	println(string(strconv.AppendQuote([]byte("q="), "x\ty")), string(strconv.AppendQuoteRune(nil, 'é')), string(strconv.AppendQuoteToASCII(nil, "é")))
}
