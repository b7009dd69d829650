// The print and println builtins (they write to stderr): gc's formats for
// every basic type, including integer limits, floats in gc's
// +d.dddddde+ddd form (with its own rounding), NaN and infinities, bools
// and strings; println separates operands with spaces and ends the line,
// print does neither.
package main

func main() {
	println("== integers")
	println(0, 1, -1, 42, -42)
	println(int8(127), int8(-128), int16(32767), int16(-32768))
	println(int32(2147483647), int32(-2147483648))
	println(int64(9223372036854775807), int64(-9223372036854775808))
	println(uint8(255), uint16(65535), uint32(4294967295))
	println(uint64(18446744073709551615), uint(18446744073709551615), uintptr(18446744073709551615))
	var i int = -9223372036854775808
	var u uint64 = 1 << 63
	var by byte = 'z'
	var r rune = '世'
	println(i, u, by, r, 'x')

	println("== floats")
	println(0.0, 1.0, -1.0, 1.5, -2.25, 10.0, 100.0, 0.5, 0.25)
	println(1e100, 1e-100, 1e300, 1e-300, 1e308, 1.7976931348623157e308)
	println(5e-324, 2.2250738585072014e-308, 4.9406564584124654e-320)
	println(3.141592653589793, 2.718281828459045, 1.0/3, 2.0/3)
	println(0.1, 0.2, 0.3, 0.7, 0.95, 0.999999949999, 0.99999995, 0.9999999)
	println(123456789.0, 1234567.85, 9999999.5, 99999995.0, 12345678.5)
	// gc's float printing is its own algorithm, not correctly rounded
	// (these differ from C's %e in the last digit).
	println(57944.885, 46797.595, 95647.655, 72803.435, 13500.925, 96312.895)
	println(23975.465, 98622.735, 34496.485, 68738.675, 1.2345675, 123.45675e-30)
	println(1e23, 1e21, 1e22, 8.41e21, 5e-5, 1.25e-7)
	println(float32(0.1), float32(1.0/3), float32(3.4028235e38), float32(1.4e-45), float32(16777217))
	println(float32(-2.5), float32(1e10), float32(1e-10), float32(65504))
	zero := 0.0
	println(-zero, 1/zero, -1/zero, zero/zero, float32(-zero), float32(1/zero))
	for x := 1.0; x < 1e25; x *= 7.77 {
		print(x, " ", -x/3, " ")
	}
	println()
	for x := 1.0; x > 1e-25; x /= 9.13 {
		print(x, " ")
	}
	println()
	for k := 1; k <= 12; k++ {
		print(float64(k)/10, " ", float64(k)*0.35, " ")
	}
	println()
	v := 0.5
	for k := 0; k < 12; k++ {
		v = v*10 + 0.5
		print(v, " ")
	}
	println()

	println("== bools and strings")
	println(true, false, 1 < 2, "text", "", "with space", "tab\there")
	var t bool
	var s string
	println(t, s, "[", s, "]")

	println("== print")
	print("no", "spaces", 1, 2, true, -3, 1.5, "\n")
	print()
	print("a")
	print(1)
	print(2.5)
	print(false)
	print("\n")
	print("x", "\n", "y\n")

	println("== println")
	println()
	println("one")
	println("two", "args")
	println(1, "mixed", true, 2.0, -7, 'q', uint8(9), "end")
	println("")
	println("", "")
	println(" leading", "trailing ")
}
