// Integer arithmetic on every integer kind: wrapping overflow, division and
// modulo with negative operands, MinInt/-1 and MinInt%-1, comparisons
// (signed vs unsigned), bitwise operators, &^, unary - and ^, and the
// assignment operators. Operands come from a function so nothing folds.
package main

// val returns test value i (as int64; conversion to each type truncates).
func val(i int) int64 {
	switch i {
	case 0:
		return 0
	case 1:
		return 1
	case 2:
		return -1
	case 3:
		return 7
	case 4:
		return -7
	case 5:
		return 3
	case 6:
		return -3
	case 7:
		return 9223372036854775807
	case 8:
		return -9223372036854775808
	case 9:
		return 123456789012345
	case 10:
		return -987654321
	case 11:
		return 0x7f
	case 12:
		return 0x80
	case 13:
		return 0x7fff
	case 14:
		return -32768
	case 15:
		return 0x7fffffff
	}
	return -2147483648
}

const nval = 17

func test_int8() {
	println("== int8")
	for i := 0; i < nval; i++ {
		for j := 0; j < nval; j++ {
			a := int8(val(i))
			b := int8(val(j))
			print(a, " ", b, ":")
			print(" + ", a+b, " - ", a-b, " * ", a*b)
			if b != 0 {
				print(" / ", a/b, " % ", a%b)
			}
			print(" & ", a&b, " | ", a|b, " ^ ", a^b, " &^ ", a&^b)
			println(" neg", -a, " not", ^a, " <", a < b, a <= b, a > b, a >= b, a == b, a != b)
		}
	}
}

func test_int16() {
	println("== int16")
	for i := 0; i < nval; i++ {
		for j := 0; j < nval; j++ {
			a := int16(val(i))
			b := int16(val(j))
			print(a, " ", b, ":")
			print(" + ", a+b, " - ", a-b, " * ", a*b)
			if b != 0 {
				print(" / ", a/b, " % ", a%b)
			}
			print(" & ", a&b, " | ", a|b, " ^ ", a^b, " &^ ", a&^b)
			println(" neg", -a, " not", ^a, " <", a < b, a <= b, a > b, a >= b, a == b, a != b)
		}
	}
}

func test_int32() {
	println("== int32")
	for i := 0; i < nval; i++ {
		for j := 0; j < nval; j++ {
			a := int32(val(i))
			b := int32(val(j))
			print(a, " ", b, ":")
			print(" + ", a+b, " - ", a-b, " * ", a*b)
			if b != 0 {
				print(" / ", a/b, " % ", a%b)
			}
			print(" & ", a&b, " | ", a|b, " ^ ", a^b, " &^ ", a&^b)
			println(" neg", -a, " not", ^a, " <", a < b, a <= b, a > b, a >= b, a == b, a != b)
		}
	}
}

func test_int64() {
	println("== int64")
	for i := 0; i < nval; i++ {
		for j := 0; j < nval; j++ {
			a := int64(val(i))
			b := int64(val(j))
			print(a, " ", b, ":")
			print(" + ", a+b, " - ", a-b, " * ", a*b)
			if b != 0 {
				print(" / ", a/b, " % ", a%b)
			}
			print(" & ", a&b, " | ", a|b, " ^ ", a^b, " &^ ", a&^b)
			println(" neg", -a, " not", ^a, " <", a < b, a <= b, a > b, a >= b, a == b, a != b)
		}
	}
}

func test_int() {
	println("== int")
	for i := 0; i < nval; i++ {
		for j := 0; j < nval; j++ {
			a := int(val(i))
			b := int(val(j))
			print(a, " ", b, ":")
			print(" + ", a+b, " - ", a-b, " * ", a*b)
			if b != 0 {
				print(" / ", a/b, " % ", a%b)
			}
			print(" & ", a&b, " | ", a|b, " ^ ", a^b, " &^ ", a&^b)
			println(" neg", -a, " not", ^a, " <", a < b, a <= b, a > b, a >= b, a == b, a != b)
		}
	}
}

func test_uint8() {
	println("== uint8")
	for i := 0; i < nval; i++ {
		for j := 0; j < nval; j++ {
			a := uint8(val(i))
			b := uint8(val(j))
			print(a, " ", b, ":")
			print(" + ", a+b, " - ", a-b, " * ", a*b)
			if b != 0 {
				print(" / ", a/b, " % ", a%b)
			}
			print(" & ", a&b, " | ", a|b, " ^ ", a^b, " &^ ", a&^b)
			println(" neg", -a, " not", ^a, " <", a < b, a <= b, a > b, a >= b, a == b, a != b)
		}
	}
}

func test_uint16() {
	println("== uint16")
	for i := 0; i < nval; i++ {
		for j := 0; j < nval; j++ {
			a := uint16(val(i))
			b := uint16(val(j))
			print(a, " ", b, ":")
			print(" + ", a+b, " - ", a-b, " * ", a*b)
			if b != 0 {
				print(" / ", a/b, " % ", a%b)
			}
			print(" & ", a&b, " | ", a|b, " ^ ", a^b, " &^ ", a&^b)
			println(" neg", -a, " not", ^a, " <", a < b, a <= b, a > b, a >= b, a == b, a != b)
		}
	}
}

func test_uint32() {
	println("== uint32")
	for i := 0; i < nval; i++ {
		for j := 0; j < nval; j++ {
			a := uint32(val(i))
			b := uint32(val(j))
			print(a, " ", b, ":")
			print(" + ", a+b, " - ", a-b, " * ", a*b)
			if b != 0 {
				print(" / ", a/b, " % ", a%b)
			}
			print(" & ", a&b, " | ", a|b, " ^ ", a^b, " &^ ", a&^b)
			println(" neg", -a, " not", ^a, " <", a < b, a <= b, a > b, a >= b, a == b, a != b)
		}
	}
}

func test_uint64() {
	println("== uint64")
	for i := 0; i < nval; i++ {
		for j := 0; j < nval; j++ {
			a := uint64(val(i))
			b := uint64(val(j))
			print(a, " ", b, ":")
			print(" + ", a+b, " - ", a-b, " * ", a*b)
			if b != 0 {
				print(" / ", a/b, " % ", a%b)
			}
			print(" & ", a&b, " | ", a|b, " ^ ", a^b, " &^ ", a&^b)
			println(" neg", -a, " not", ^a, " <", a < b, a <= b, a > b, a >= b, a == b, a != b)
		}
	}
}

func test_uint() {
	println("== uint")
	for i := 0; i < nval; i++ {
		for j := 0; j < nval; j++ {
			a := uint(val(i))
			b := uint(val(j))
			print(a, " ", b, ":")
			print(" + ", a+b, " - ", a-b, " * ", a*b)
			if b != 0 {
				print(" / ", a/b, " % ", a%b)
			}
			print(" & ", a&b, " | ", a|b, " ^ ", a^b, " &^ ", a&^b)
			println(" neg", -a, " not", ^a, " <", a < b, a <= b, a > b, a >= b, a == b, a != b)
		}
	}
}

func test_uintptr() {
	println("== uintptr")
	for i := 0; i < nval; i++ {
		for j := 0; j < nval; j++ {
			a := uintptr(val(i))
			b := uintptr(val(j))
			print(a, " ", b, ":")
			print(" + ", a+b, " - ", a-b, " * ", a*b)
			if b != 0 {
				print(" / ", a/b, " % ", a%b)
			}
			print(" & ", a&b, " | ", a|b, " ^ ", a^b, " &^ ", a&^b)
			println(" neg", -a, " not", ^a, " <", a < b, a <= b, a > b, a >= b, a == b, a != b)
		}
	}
}

func minDivision() {
	println("== MinInt / -1")
	m8, n8 := int8(-128), int8(-1)
	println(m8/n8, m8%n8, m8*n8, -m8)
	m16, n16 := int16(-32768), int16(-1)
	println(m16/n16, m16%n16, m16*n16, -m16)
	m32, n32 := int32(-2147483648), int32(-1)
	println(m32/n32, m32%n32, m32*n32, -m32)
	m64, n64 := int64(-9223372036854775808), int64(-1)
	println(m64/n64, m64%n64, m64*n64, -m64)
	m, n := int(-9223372036854775808), -1
	println(m/n, m%n, m*n, -m)
	m /= n
	println(m)
	m %= n
	println(m)
}

func wrapping() {
	println("== wrapping")
	var i8 int8 = 127
	i8++
	println(i8)
	i8--
	println(i8)
	var u8 uint8 = 0
	u8--
	println(u8)
	u8++
	println(u8)
	var i16 int16 = 32767
	i16 += 2
	println(i16)
	var u16 uint16 = 65535
	u16 *= u16
	println(u16)
	var i32 int32 = 2147483647
	i32 += i32
	println(i32)
	var u32 uint32 = 4000000000
	u32 += 500000000
	println(u32)
	var i64 int64 = 9223372036854775807
	i64++
	println(i64)
	var u64 uint64 = 18446744073709551615
	u64 += 2
	println(u64)
	var x int = 1
	for k := 0; k < 70; k++ {
		x *= 3
	}
	println(x)
	var y uint32 = 1
	for k := 0; k < 40; k++ {
		y = y*31 + 7
	}
	println(y)
	var z int16 = 1
	for k := 0; k < 20; k++ {
		z = z*7 - 3
	}
	println(z)
	h := uint64(14695981039346656037)
	for k := 0; k < 100; k++ {
		h ^= uint64(k)
		h *= 1099511628211
	}
	println(h)
}

func assignOps() {
	println("== assignment operators")
	a := 1000
	a += 234
	println(a)
	a -= 2000
	println(a)
	a *= -3
	println(a)
	a /= 7
	println(a)
	a %= 100
	println(a)
	a <<= 5
	println(a)
	a >>= 2
	println(a)
	a &= 0x3f5
	println(a)
	a |= 0x1000
	println(a)
	a ^= 0x1234
	println(a)
	a &^= 0xf0
	println(a)
	a++
	a++
	a--
	println(a)
	var b int8 = -100
	b -= 100
	println(b)
	b /= -3
	println(b)
	b %= -7
	println(b)
	var c uint16 = 3
	c -= 5
	println(c)
	c >>= 3
	println(c)
	c <<= 9
	println(c)
}

func divTable() {
	println("== division truncates toward zero")
	for a := -9; a <= 9; a += 3 {
		for b := -4; b <= 4; b++ {
			if b == 0 {
				continue
			}
			print(a, "/", b, "=", a/b, " ", a, "%", b, "=", a%b, "  ")
		}
		println()
	}
	var ua uint8 = 250
	var ub uint8 = 7
	println(ua/ub, ua%ub, int8(ua)/int8(ub), int8(ua)%int8(ub))
}

func main() {
	test_int8()
	test_int16()
	test_int32()
	test_int64()
	test_int()
	test_uint8()
	test_uint16()
	test_uint32()
	test_uint64()
	test_uint()
	test_uintptr()
	minDivision()
	wrapping()
	assignOps()
	divTable()
}
