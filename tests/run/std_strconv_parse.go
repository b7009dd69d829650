// strconv parsing: Atoi, ParseInt, ParseUint, ParseBool, ParseFloat and
// Unquote, with gc's values and error messages (*NumError).
package main

import (
	"math"
	"strconv"
)

func errstr(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func main() {
	for _, s := range []string{"0", "42", "-42", "+7", "", "-", "12a", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "99999999999999999999", " 1", "1_000", "0x1f"} {
		n, err := strconv.Atoi(s)
		println("Atoi", strconv.Quote(s), n, errstr(err))
	}
	type pi struct {
		s          string
		base, bits int
	}
	for _, c := range []pi{{"0x1f", 0, 64}, {"0b101", 0, 8}, {"0o17", 0, 16}, {"017", 0, 32}, {"1_000", 0, 64}, {"1__0", 0, 64}, {"_1", 0, 64}, {"ff", 16, 64}, {"FF", 16, 8}, {"-129", 10, 8}, {"127", 10, 8}, {"z", 36, 64}, {"10", 1, 64}, {"10", 37, 64}, {"10", 10, 65}, {"-0x80", 0, 8}} {
		n, err := strconv.ParseInt(c.s, c.base, c.bits)
		u, uerr := strconv.ParseUint(c.s, c.base, c.bits)
		println("ParseInt", c.s, c.base, c.bits, n, errstr(err), u, errstr(uerr))
	}
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "yes", ""} {
		b, err := strconv.ParseBool(s)
		println("ParseBool", s, b, errstr(err))
	}
	for _, s := range []string{"0", "1", "-1.5", "3.14159", "1e10", "1E-10", ".5", "5.", "1e308", "1.7976931348623157e308", "1.7976931348623159e308", "1e309", "-1e309",
		"4.9e-324", "2e-324", "1e-400", "0x1p-2", "0x1.8p1", "0x1p", "inf", "-Inf", "+INFINITY", "infinity", "nan", "NaN", "+nan", "1_000.5", "1e", "e1", "", ".", "0.1e1_0",
		"123456789012345678901234567890", "2.2250738585072011e-308", "9007199254740993", "0.30000000000000004", "1.0000000000000001110223024625156540423631668090820312500000000000001"} {
		f, err := strconv.ParseFloat(s, 64)
		f32, err32 := strconv.ParseFloat(s, 32)
		println("ParseFloat", strconv.Quote(s), math.Float64bits(f), errstr(err), math.Float64bits(f32), errstr(err32))
	}
	for _, s := range []string{`"hello"`, `'x'`, "`raw\\n`", `"\x41\u00e9\U0001F600\n\t\\"`, `"unterminated`, `'ab'`, `"\q"`, `''`, `"a"b`, `'\''`, `"\377"`} {
		u, err := strconv.Unquote(s)
		println("Unquote", s, strconv.Quote(u), errstr(err))
	}
	_, err := strconv.Atoi("x")
	if ne, ok := err.(*strconv.NumError); ok {
		println(ne.Func, ne.Num, ne.Err == strconv.ErrSyntax, ne.Unwrap() == strconv.ErrSyntax)
	}
}
