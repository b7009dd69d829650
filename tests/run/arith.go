// Integer arithmetic with Go's semantics: wrapping, shifts by any count,
// truncated division, MinInt / -1.
package main

const MaxInt64 = 1<<63 - 1

func shl(x int64, s uint) int64   { return x << s }
func shr(x int64, s uint) int64   { return x >> s }
func ushr(x uint32, s uint) uint32 { return x >> s }
func div(a, b int64) (int64, int64) {
	return a / b, a % b
}

func main() {
	var i8 int8 = 127
	i8++
	println(i8)
	var u8 uint8 = 0
	u8--
	println(u8)
	var big int64 = MaxInt64
	big++
	println(big)
	var u16 uint16 = 65535
	u16 += 2
	println(u16)
	println(shl(1, 63), shl(1, 64), shl(3, 200))
	println(shr(-8, 1), shr(-8, 70), shr(8, 70))
	println(ushr(0x80000000, 31), ushr(0x80000000, 32))
	q, r := div(-7, 2)
	println(q, r)
	q, r = div(7, -2)
	println(q, r)
	min := int64(-1 << 63)
	q, r = div(min, -1)
	println(q, r)
	var x int32 = -2147483648
	x = x / int32(-1+len(""))
	println(x)
	var m uint64 = 1<<64 - 1
	println(m, m*m, m+1)
	println(^0, ^uint8(5), 6&^3, 6|9, 6^3)
	var f float64 = 7
	println(f/2, int(f)/2)
}
