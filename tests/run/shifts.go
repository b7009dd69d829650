// Shifts: every integer kind shifted left and right by 0..200 (counts >= the
// width give 0, or -1 for a negative signed value shifted right), signed
// right shifts of negatives, shift counts of every integer type, constant
// shifts and shift-assignment.
package main

func counts(i int) uint {
	switch i {
	case 0:
		return 0
	case 1:
		return 1
	case 2:
		return 3
	case 3:
		return 7
	case 4:
		return 8
	case 5:
		return 9
	case 6:
		return 15
	case 7:
		return 16
	case 8:
		return 17
	case 9:
		return 31
	case 10:
		return 32
	case 11:
		return 33
	case 12:
		return 63
	case 13:
		return 64
	case 14:
		return 65
	case 15:
		return 127
	case 16:
		return 128
	case 17:
		return 200
	case 18:
		return 255
	case 19:
		return 256
	}
	return 1 << 40
}

const ncount = 21

func operand(i int) int64 {
	switch i {
	case 0:
		return 1
	case 1:
		return -1
	case 2:
		return 0x5a5a5a5a5a5a5a5a
	case 3:
		return -0x123456789abcdef
	case 4:
		return 0x7f
	case 5:
		return -128
	}
	return -9223372036854775808
}

const noperand = 7

func shift_int8() {
	println("== int8")
	for i := 0; i < noperand; i++ {
		x := int8(operand(i))
		print(x, ":")
		for j := 0; j < ncount; j++ {
			s := counts(j)
			print(" ", s, "[", x<<s, " ", x>>s, "]")
		}
		println()
	}
}

func shift_int16() {
	println("== int16")
	for i := 0; i < noperand; i++ {
		x := int16(operand(i))
		print(x, ":")
		for j := 0; j < ncount; j++ {
			s := counts(j)
			print(" ", s, "[", x<<s, " ", x>>s, "]")
		}
		println()
	}
}

func shift_int32() {
	println("== int32")
	for i := 0; i < noperand; i++ {
		x := int32(operand(i))
		print(x, ":")
		for j := 0; j < ncount; j++ {
			s := counts(j)
			print(" ", s, "[", x<<s, " ", x>>s, "]")
		}
		println()
	}
}

func shift_int64() {
	println("== int64")
	for i := 0; i < noperand; i++ {
		x := int64(operand(i))
		print(x, ":")
		for j := 0; j < ncount; j++ {
			s := counts(j)
			print(" ", s, "[", x<<s, " ", x>>s, "]")
		}
		println()
	}
}

func shift_int() {
	println("== int")
	for i := 0; i < noperand; i++ {
		x := int(operand(i))
		print(x, ":")
		for j := 0; j < ncount; j++ {
			s := counts(j)
			print(" ", s, "[", x<<s, " ", x>>s, "]")
		}
		println()
	}
}

func shift_uint8() {
	println("== uint8")
	for i := 0; i < noperand; i++ {
		x := uint8(operand(i))
		print(x, ":")
		for j := 0; j < ncount; j++ {
			s := counts(j)
			print(" ", s, "[", x<<s, " ", x>>s, "]")
		}
		println()
	}
}

func shift_uint16() {
	println("== uint16")
	for i := 0; i < noperand; i++ {
		x := uint16(operand(i))
		print(x, ":")
		for j := 0; j < ncount; j++ {
			s := counts(j)
			print(" ", s, "[", x<<s, " ", x>>s, "]")
		}
		println()
	}
}

func shift_uint32() {
	println("== uint32")
	for i := 0; i < noperand; i++ {
		x := uint32(operand(i))
		print(x, ":")
		for j := 0; j < ncount; j++ {
			s := counts(j)
			print(" ", s, "[", x<<s, " ", x>>s, "]")
		}
		println()
	}
}

func shift_uint64() {
	println("== uint64")
	for i := 0; i < noperand; i++ {
		x := uint64(operand(i))
		print(x, ":")
		for j := 0; j < ncount; j++ {
			s := counts(j)
			print(" ", s, "[", x<<s, " ", x>>s, "]")
		}
		println()
	}
}

func shift_uint() {
	println("== uint")
	for i := 0; i < noperand; i++ {
		x := uint(operand(i))
		print(x, ":")
		for j := 0; j < ncount; j++ {
			s := counts(j)
			print(" ", s, "[", x<<s, " ", x>>s, "]")
		}
		println()
	}
}

func shift_uintptr() {
	println("== uintptr")
	for i := 0; i < noperand; i++ {
		x := uintptr(operand(i))
		print(x, ":")
		for j := 0; j < ncount; j++ {
			s := counts(j)
			print(" ", s, "[", x<<s, " ", x>>s, "]")
		}
		println()
	}
}

// countTypes shifts by counts held in each unsigned and (non-negative)
// signed integer type, including counts whose high bits are set.
func countTypes() {
	println("== count types")
	x := int64(-0x0123456789abcdef)
	u := uint64(0xfedcba9876543210)
	for k := 0; k < 300; k += 13 {
		c8 := uint8(k)
		c16 := uint16(k)
		c32 := uint32(k)
		c64 := uint64(k)
		ci8 := int8(k % 128)
		ci := k
		ci64 := int64(k)
		print(k, ": ", x<<c8, " ", x>>c8, " ", u<<c16, " ", u>>c16, " ")
		print(x<<c32, " ", u>>c32, " ", x>>c64, " ", u<<c64, " ")
		println(x>>ci8, u>>ci8, x<<ci, u>>ci, x>>ci64, u<<ci64)
	}
	big := uint64(1)<<32 + 1
	println(x<<big, x>>big, u>>big, u<<big)
	c := uint8(1)
	println(c<<7, c<<8, c<<9, int8(c)<<7, int8(-64)>>1, int8(-64)>>7, int8(-64)>>8)
}

func negatives() {
	println("== signed right shift of negatives")
	for v := -20; v <= 20; v += 3 {
		println(v, v>>1, v>>2, v>>3, v/2, v/4, v/8, int32(v)>>31, int16(v)>>15, int8(v)>>7)
	}
}

func consts() {
	println("== constant shifts")
	const a = 1 << 62
	const b = -1 << 63
	const c = 1 << 100 >> 98
	println(a, b, c, uint64(1<<64-1), 1<<10>>3, -7>>1, -1>>70)
	var s uint = 3
	var f int64 = 1 << s
	var g = int8(1) << s << s
	println(f, g, 5<<s, uint8(1)<<s<<s<<s)
}

func shiftAssign() {
	println("== shift assignment")
	x := int32(-1)
	for i := 0; i < 34; i++ {
		print(x, " ")
		x <<= 1
	}
	println()
	y := int32(-0x40000000)
	for i := 0; i < 34; i++ {
		print(y, " ")
		y >>= 1
	}
	println()
	z := uint16(0xffff)
	for i := 0; i < 18; i++ {
		print(z, " ")
		z >>= uint8(1)
	}
	println()
	n := 0
	for v := uint64(1); v != 0; v <<= 1 {
		n++
	}
	println(n)
}

func main() {
	shift_int8()
	shift_int16()
	shift_int32()
	shift_int64()
	shift_int()
	shift_uint8()
	shift_uint16()
	shift_uint32()
	shift_uint64()
	shift_uint()
	shift_uintptr()
	countTypes()
	negatives()
	consts()
	shiftAssign()
}
