// Integer conversions between every pair of integer kinds: truncation,
// sign extension from signed sources and zero extension from unsigned
// ones, and conversions of untyped constants to each kind.
package main

func val(i int) int64 {
	switch i {
	case 0:
		return 0
	case 1:
		return -1
	case 2:
		return 0x7f
	case 3:
		return 0x80
	case 4:
		return 0xff
	case 5:
		return 0x1234
	case 6:
		return -0x8000
	case 7:
		return 0x89abcdef
	case 8:
		return 0x7fffffff
	case 9:
		return -0x0123456789abcdef
	}
	return -9223372036854775808
}

const nval = 11

func from_int8() {
	println("== from int8")
	for i := 0; i < nval; i++ {
		x := int8(val(i))
		println(x, int8(x), int16(x), int32(x), int64(x), int(x), uint8(x), uint16(x), uint32(x), uint64(x), uint(x), uintptr(x))
	}
}

func from_int16() {
	println("== from int16")
	for i := 0; i < nval; i++ {
		x := int16(val(i))
		println(x, int8(x), int16(x), int32(x), int64(x), int(x), uint8(x), uint16(x), uint32(x), uint64(x), uint(x), uintptr(x))
	}
}

func from_int32() {
	println("== from int32")
	for i := 0; i < nval; i++ {
		x := int32(val(i))
		println(x, int8(x), int16(x), int32(x), int64(x), int(x), uint8(x), uint16(x), uint32(x), uint64(x), uint(x), uintptr(x))
	}
}

func from_int64() {
	println("== from int64")
	for i := 0; i < nval; i++ {
		x := int64(val(i))
		println(x, int8(x), int16(x), int32(x), int64(x), int(x), uint8(x), uint16(x), uint32(x), uint64(x), uint(x), uintptr(x))
	}
}

func from_int() {
	println("== from int")
	for i := 0; i < nval; i++ {
		x := int(val(i))
		println(x, int8(x), int16(x), int32(x), int64(x), int(x), uint8(x), uint16(x), uint32(x), uint64(x), uint(x), uintptr(x))
	}
}

func from_uint8() {
	println("== from uint8")
	for i := 0; i < nval; i++ {
		x := uint8(val(i))
		println(x, int8(x), int16(x), int32(x), int64(x), int(x), uint8(x), uint16(x), uint32(x), uint64(x), uint(x), uintptr(x))
	}
}

func from_uint16() {
	println("== from uint16")
	for i := 0; i < nval; i++ {
		x := uint16(val(i))
		println(x, int8(x), int16(x), int32(x), int64(x), int(x), uint8(x), uint16(x), uint32(x), uint64(x), uint(x), uintptr(x))
	}
}

func from_uint32() {
	println("== from uint32")
	for i := 0; i < nval; i++ {
		x := uint32(val(i))
		println(x, int8(x), int16(x), int32(x), int64(x), int(x), uint8(x), uint16(x), uint32(x), uint64(x), uint(x), uintptr(x))
	}
}

func from_uint64() {
	println("== from uint64")
	for i := 0; i < nval; i++ {
		x := uint64(val(i))
		println(x, int8(x), int16(x), int32(x), int64(x), int(x), uint8(x), uint16(x), uint32(x), uint64(x), uint(x), uintptr(x))
	}
}

func from_uint() {
	println("== from uint")
	for i := 0; i < nval; i++ {
		x := uint(val(i))
		println(x, int8(x), int16(x), int32(x), int64(x), int(x), uint8(x), uint16(x), uint32(x), uint64(x), uint(x), uintptr(x))
	}
}

func from_uintptr() {
	println("== from uintptr")
	for i := 0; i < nval; i++ {
		x := uintptr(val(i))
		println(x, int8(x), int16(x), int32(x), int64(x), int(x), uint8(x), uint16(x), uint32(x), uint64(x), uint(x), uintptr(x))
	}
}

func main() {
	from_int8()
	from_int16()
	from_int32()
	from_int64()
	from_int()
	from_uint8()
	from_uint16()
	from_uint32()
	from_uint64()
	from_uint()
	from_uintptr()
	println("== constants")
	println(int8(-128), uint8(255), int16(-32768), uint16(65535), int32(-1<<31), uint32(1<<32-1))
	println(int64(-1<<63), uint64(1<<64-1), uint(1<<64-1), uintptr(0xdeadbeef), byte('A'), rune(0x10ffff))
	var b byte = 'b'
	var r rune = 'r'
	println(b, r, rune(b), byte(r), int(b)-int(r), b-byte(r))
}
