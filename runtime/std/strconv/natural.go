// Fixed-capacity natural numbers for the exact float conversions:
// formatting expands mant×2^e exactly in decimal (as mant×5^k with the
// decimal point k places from the right), and the slow parsing path
// compares a decimal input exactly with the halfway points between floats.
//
// The largest numbers involved are about 2700 bits (800 input digits, or
// 5^1076 times a 55-bit mantissa), so a fixed array of 32-bit limbs does,
// without any heap allocation.
package strconv

const natLimbs = 100

// nat is a natural number: w[0:n] little-endian 32-bit limbs, no leading
// zero limbs (n == 0 is zero).
type nat struct {
	w [natLimbs]uint32
	n int
}

func (z *nat) setUint64(v uint64) {
	z.n = 0
	for v != 0 {
		z.w[z.n] = uint32(v)
		z.n++
		v >>= 32
	}
}

func (z *nat) set(x *nat) {
	z.n = x.n
	copy(z.w[:x.n], x.w[:x.n])
}

// mulAdd sets z = z*m + a.
func (z *nat) mulAdd(m, a uint32) {
	carry := uint64(a)
	for i := 0; i < z.n; i++ {
		t := uint64(z.w[i])*uint64(m) + carry
		z.w[i] = uint32(t)
		carry = t >> 32
	}
	if carry != 0 {
		if z.n == natLimbs {
			panic("strconv: internal error: number too large")
		}
		z.w[z.n] = uint32(carry)
		z.n++
	}
}

// mulPow5 sets z = z * 5^k.
func (z *nat) mulPow5(k int) {
	const pow5x13 = 1220703125 // 5^13, the largest power of 5 below 2^32
	for ; k >= 13; k -= 13 {
		z.mulAdd(pow5x13, 0)
	}
	m := uint32(1)
	for ; k > 0; k-- {
		m *= 5
	}
	if m != 1 {
		z.mulAdd(m, 0)
	}
}

// shl sets z = z << k.
func (z *nat) shl(k int) {
	if z.n == 0 || k == 0 {
		return
	}
	limbs, bits := k/32, uint(k%32)
	n := z.n + limbs + 1
	if n > natLimbs {
		panic("strconv: internal error: number too large")
	}
	z.w[n-1] = 0
	for i := z.n - 1; i >= 0; i-- {
		v := z.w[i]
		if bits != 0 {
			z.w[i+limbs+1] |= v >> (32 - bits)
		}
		z.w[i+limbs] = v << bits
	}
	for i := 0; i < limbs; i++ {
		z.w[i] = 0
	}
	z.n = n
	for z.n > 0 && z.w[z.n-1] == 0 {
		z.n--
	}
}

// mulNat sets z = x * y; z must not be x or y.
func (z *nat) mulNat(x, y *nat) {
	if x.n == 0 || y.n == 0 {
		z.n = 0
		return
	}
	n := x.n + y.n
	if n > natLimbs {
		panic("strconv: internal error: number too large")
	}
	for i := 0; i < n; i++ {
		z.w[i] = 0
	}
	for i := 0; i < x.n; i++ {
		carry := uint64(0)
		xi := uint64(x.w[i])
		for j := 0; j < y.n; j++ {
			t := xi*uint64(y.w[j]) + uint64(z.w[i+j]) + carry
			z.w[i+j] = uint32(t)
			carry = t >> 32
		}
		z.w[i+y.n] = uint32(carry)
	}
	z.n = n
	for z.n > 0 && z.w[z.n-1] == 0 {
		z.n--
	}
}

// cmpNat returns -1, 0 or +1 as x <, ==, > y.
func cmpNat(x, y *nat) int {
	if x.n != y.n {
		if x.n < y.n {
			return -1
		}
		return +1
	}
	for i := x.n - 1; i >= 0; i-- {
		if x.w[i] != y.w[i] {
			if x.w[i] < y.w[i] {
				return -1
			}
			return +1
		}
	}
	return 0
}

// decimal writes the decimal digits of z (destroying z) into buf,
// right-aligned, and returns the index of the first digit. buf must be
// large enough; zero gives no digits.
func (z *nat) decimal(buf []byte) int {
	i := len(buf)
	for z.n > 0 {
		// Divide by 10^9, most significant limb first.
		var rem uint64
		for j := z.n - 1; j >= 0; j-- {
			t := rem<<32 | uint64(z.w[j])
			q := t / 1000000000
			rem = t - q*1000000000
			z.w[j] = uint32(q)
		}
		for z.n > 0 && z.w[z.n-1] == 0 {
			z.n--
		}
		// Nine digits, or only the significant ones for the last chunk.
		r := uint32(rem)
		for k := 0; k < 9; k++ {
			if z.n == 0 && r == 0 {
				break
			}
			i--
			buf[i] = byte('0' + r%10)
			r /= 10
		}
	}
	return i
}
