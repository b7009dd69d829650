// Floating point: float64 and float32 arithmetic (float32 must round to
// single precision after every operation), comparisons involving NaN,
// infinities and negative zero, division by zero, and conversions between
// floats and integers (truncation toward zero, rounding of large integers).
package main

func f64(i int) float64 {
	switch i {
	case 0:
		return 0
	case 1:
		return 1
	case 2:
		return -1
	case 3:
		return 0.1
	case 4:
		return -2.5
	case 5:
		return 3.75
	case 6:
		return 1e300
	case 7:
		return -1e-300
	case 8:
		return 123456789.125
	case 9:
		return 0.3333333333333333
	case 10:
		return 5e-324
	}
	return 1.7976931348623157e308
}

const nf = 12

// exact prints x exactly as mantissa*2^exponent (println shows only 7
// digits); only multiplication and division by 2 are used, which are exact
// for the normal values it is used on.
func exact(x float64) {
	if x != x {
		print("NaN")
		return
	}
	if x == 0 || x+x == x {
		print(x)
		return
	}
	e := 0
	for x >= 9007199254740992 || x <= -9007199254740992 {
		x /= 2
		e++
	}
	for x < 4503599627370496 && x > -4503599627370496 && e > -1074 {
		x *= 2
		e--
	}
	print(int64(x), "p", e)
}

func exacts(a, b, c, d float64) {
	exact(a)
	print(" ")
	exact(b)
	print(" ")
	exact(c)
	print(" ")
	exact(d)
	println()
}

func arith64() {
	println("== float64")
	for i := 0; i < nf; i++ {
		for j := 0; j < nf; j++ {
			a, b := f64(i), f64(j)
			println(a, b, a+b, a-b, a*b, a/b, a < b, a <= b, a == b, a != b, a > b, a >= b)
			exacts(a+b, a-b, a*b, a/b)
		}
	}
}

func arith32() {
	println("== float32")
	for i := 0; i < nf; i++ {
		for j := 0; j < nf; j++ {
			a, b := float32(f64(i)), float32(f64(j))
			println(a, b, a+b, a-b, a*b, a/b, a < b, a == b, a > b)
			exacts(float64(a+b), float64(a-b), float64(a*b), float64(a/b))
		}
	}
}

func specials() {
	println("== NaN, Inf, negative zero")
	zero := 0.0
	inf := 1 / zero
	ninf := -1 / zero
	nan := zero / zero
	negz := -zero
	println(inf, ninf, nan, negz, zero)
	println(inf+ninf, inf*zero, inf-inf, inf+1, ninf*-1, inf/inf, 1/inf, -1/inf)
	println(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, nan >= nan, nan == 0)
	println(negz == zero, negz < zero, 1/negz, 1/zero, negz*negz, negz+negz, negz-negz, negz*-1)
	println(inf == inf, ninf < inf, ninf < -1e308, inf > 1e308)
	x := nan
	println(x == x, x != x)
	f := float32(zero)
	big, small := 1e300, 1e-300
	println(1/f, -1/f, f/f, -f, float32(inf), float32(big), float32(-big), float32(small), float32(-small))
	big = 1e308
	println(big*10, -big*10, big*10-big*10)
	m := 1.0
	for k := 0; k < 1100; k++ {
		m /= 2
	}
	println(m, -m)
}

func rounding() {
	println("== rounding")
	a := 0.1
	b := 0.2
	println(a+b, a+b == 0.3, a*3, 1-0.9)
	a32 := float32(0.1)
	b32 := float32(0.2)
	println(a32+b32, a32+b32 == 0.3, a32*3, float64(a32), float64(a32+b32))
	f := float32(16777216)
	println(f+1, f+1 == f, f+2, float64(f)+1)
	s := float32(0)
	for k := 0; k < 1000; k++ {
		s += 0.001
	}
	d := 0.0
	for k := 0; k < 1000; k++ {
		d += 0.001
	}
	println(s, d, float64(s))
	x := 1.0
	for k := 0; k < 60; k++ {
		x = x*1.1 + 0.3
	}
	y := float32(1)
	for k := 0; k < 60; k++ {
		y = y*1.1 + 0.3
	}
	println(x, y)
	exacts(x, float64(y), float64(s), d)
	h := 1.0
	n := 0
	for 1+h != 1 {
		h /= 2
		n++
	}
	h32 := float32(1)
	n32 := 0
	for 1+h32 != 1 {
		h32 /= 2
		n32++
	}
	println(h, n, h32, n32)
	third := float32(1) / 3
	println(third, third*3, float64(third)*3, 2/third)
	exacts(float64(third), float64(third*3), float64(third)*3, float64(2/third))
	exacts(a+b, 1-0.9, float64(a32+b32), float64(a32*3))
}

func fti(i int) float64 {
	switch i {
	case 0:
		return 0.5
	case 1:
		return -0.5
	case 2:
		return 1.9999
	case 3:
		return -1.9999
	case 4:
		return 127.9
	case 5:
		return -128.9
	case 6:
		return 255.5
	case 7:
		return 2147483647.9
	case 8:
		return -2147483648.9
	case 9:
		return 4294967295.5
	case 10:
		return 9007199254740993
	case 11:
		return -9.2233720368547748e18
	}
	return 0
}

func conversions() {
	println("== float -> int (truncation toward zero, in-range values)")
	for i := 0; i < 12; i++ {
		v := fti(i)
		print(v, " -> int64 ", int64(v), " int ", int(v))
		if v > -2147483649 && v < 2147483648 {
			print(" int32 ", int32(v))
		}
		if v > -129 && v < 128 {
			print(" int8 ", int8(v))
		}
		if v > -1 && v < 256 {
			print(" uint8 ", uint8(v))
		}
		if v > -1 && v < 4294967296 {
			print(" uint32 ", uint32(v))
		}
		if v > -1 {
			print(" uint64 ", uint64(v))
		}
		println()
	}
	u := 18446744073709549568.0
	println(uint64(u), uint64(9223372036854775808.0+u*0), uint64(u/2), uint(u/3))
	f32 := float32(-3.99)
	println(int(f32), int16(f32), uint16(-f32), int64(float32(1e18)))

	println("== int -> float")
	i64 := int64(9007199254740993)
	println(float64(i64), float32(i64), float64(-i64))
	m64 := int64(-9223372036854775808)
	println(float64(m64), float32(m64))
	u64 := uint64(18446744073709551615)
	println(float64(u64), float32(u64), float64(u64>>1), float64(uint64(1)<<63+1025))
	u64 = 9223372036854777856
	println(float64(u64), float64(u64+1), float64(u64-1))
	exacts(float64(u64), float64(u64+1), float64(u64-1), float64(uint64(1)<<63+1025))
	exacts(float64(i64), float64(float32(i64)), float64(m64), float64(float32(uint64(18446744073709551615))))
	i32 := int32(16777217)
	println(float32(i32), float64(i32), float32(int8(-128)), float64(uint8(255)))
	for k := int64(1); k < 1<<62; k = k*7 + 3 {
		print(float32(k), " ")
		exact(float64(float32(k)))
		print(" ")
		exact(float64(k))
		print(" ")
	}
	println()
	println(float64(uint32(4294967295)), float32(uint32(4294967295)), float64(uint16(65535)), float32(int16(-32768)))

	println("== float64 <-> float32")
	d := 0.1
	println(float32(d), float64(float32(d)), float32(1.0000001), float32(3.4028235e38), float32(1e-45), float32(1e-46))
	d = 3.4028235677973366e38
	println(float32(d), float32(d*1.0000001), float32(-d*1.0000001))
}

func compound() {
	println("== compound assignment")
	x := 10.0
	x += 0.5
	x *= -3
	x /= 7
	x -= 1e-3
	println(x)
	y := float32(10)
	y += 0.5
	y *= -3
	y /= 7
	y -= 1e-3
	println(y)
	x++
	y--
	println(x, y, -x, -y, +x)
}

func main() {
	arith64()
	arith32()
	specials()
	rounding()
	conversions()
	compound()
}
