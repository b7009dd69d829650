// The two decimal-to-float converters behind ParseFloat's fast exact
// path: the Eisel-Lemire algorithm, and the exact big-integer comparison
// it falls back on.
package strconv

import "math/bits"

// eiselLemire converts man × 10^exp10 to the nearest float of format flt,
// following Daniel Lemire, "Number Parsing at a Gigabyte per Second"
// (Software: Practice and Experience 51(8), 2021), after Michael Eisel's
// idea: multiply the normalized mantissa by a 128-bit truncated
// approximation of 10^exp10, and use the product's high bits unless they
// are too close to a rounding boundary for the approximation to decide
// (then ok is false). It also gives up on denormals and overflow.
func eiselLemire(man uint64, exp10 int, neg bool, flt *floatInfo) (b uint64, ok bool) {
	if man == 0 {
		return assemble(neg, 0, 0, flt), true
	}
	if exp10 < pow10Min || exp10 > pow10Max {
		return 0, false
	}
	clz := bits.LeadingZeros64(man)
	w := man << uint(clz)
	idx := 2 * (exp10 - pow10Min)
	hi, lo := bits.Mul64(w, pow10Mant[idx])

	// The product keeps mantbits+3 bits (the mantissa, a rounding bit and
	// one more in case the top bit is clear); below them are shift bits.
	shift := uint(64 - flt.mantbits - 3)
	mask := uint64(1)<<shift - 1
	if hi&mask == mask && lo+w < w {
		// The truncated low half of 10^exp10 might carry into the kept
		// bits: include it.
		yHi, yLo := bits.Mul64(w, pow10Mant[idx+1])
		mHi, mLo := hi, lo+yHi
		if mLo < lo {
			mHi++
		}
		if mHi&mask == mask && mLo+1 == 0 && yLo+w < w {
			return 0, false
		}
		hi, lo = mHi, mLo
	}
	top := hi >> 63
	m := hi >> (uint(top) + shift)
	// 217706/2^16 approximates log2(10): floor(exp10 × log2 10), exact
	// over the table's range, is the binary exponent of 10^exp10.
	be := (217706*exp10)>>16 - flt.bias + 63 + int(top) - clz
	if lo == 0 && hi&mask == 0 && m&3 == 1 {
		return 0, false // maybe exactly halfway: the tie needs the exact value
	}
	m += m & 1
	m >>= 1
	if m>>(flt.mantbits+1) != 0 {
		m >>= 1
		be++
	}
	if be < 1 || be >= 1<<flt.expbits-1 {
		return 0, false
	}
	return assemble(neg, m, be, flt), true
}

// exactDecimal converts 0.d[0:nd] × 10^dp (plus a non-zero tail if
// trunc) to the nearest float of format flt: it takes a candidate within
// an ulp or two and moves it while the input lies beyond one of the
// halfway points to its neighbours, comparing in exact integers.
func exactDecimal(digs *digitBuf, neg bool, flt *floatInfo) (uint64, bool) {
	if digs.nd == 0 {
		return assemble(neg, 0, 0, flt), false
	}
	// Values at least 10^(maxDp-1) overflow, below 10^minDp they round
	// to zero.
	maxDp, minDp := 310, -323
	if flt.mantbits == 23 {
		maxDp, minDp = 40, -45
	}
	if digs.dp >= maxDp {
		return infBits(neg, flt), true
	}
	if digs.dp < minDp {
		return assemble(neg, 0, 0, flt), false
	}

	// Candidate: the first 19 digits times the table's 10^e10.
	n19 := digs.nd
	if n19 > 19 {
		n19 = 19
	}
	var man uint64
	for i := 0; i < n19; i++ {
		man = man*10 + uint64(digs.d[i]-'0')
	}
	e10 := digs.dp - n19
	clz := bits.LeadingZeros64(man)
	hi, _ := bits.Mul64(man<<uint(clz), pow10Mant[2*(e10-pow10Min)])
	cand, ovf := roundToFloat(hi, (217706*e10)>>16+1-clz, false, false, flt)
	if ovf {
		cand-- // the largest finite float
	}
	mb := flt.mantbits
	emin := flt.bias + 1 - int(mb)
	maxM := uint64(1)<<(mb+1) - 1
	emax := emin + (1<<flt.expbits - 2) - 1
	m := cand & (uint64(1)<<mb - 1)
	e := emin
	if be := int(cand >> mb); be != 0 {
		m |= uint64(1) << mb
		e = emin + be - 1
	}

	var c cmpState
	c.init(digs)
	for {
		// Above the upper halfway point (or on it, with m odd): go up.
		r := c.cmp(2*m+1, e-1)
		if r > 0 || r == 0 && m&1 == 1 {
			if m == maxM && e == emax {
				return infBits(neg, flt), true
			}
			m++
			if m > maxM {
				m >>= 1
				e++
			}
			continue
		}
		if m == 0 {
			break
		}
		// Below the lower halfway point: go down. Below a power of two
		// the spacing halves.
		pow2 := m == uint64(1)<<mb && e > emin
		if pow2 {
			r = c.cmp(4*m-1, e-2)
		} else {
			r = c.cmp(2*m-1, e-1)
		}
		if r < 0 || r == 0 && m&1 == 1 {
			if pow2 {
				m = maxM
				e--
			} else {
				m--
			}
			continue
		}
		break
	}
	be := 0
	if m>>mb != 0 {
		be = e - emin + 1
	}
	return assemble(neg, m, be, flt), false
}

// cmpState compares the decimal input V = D × 10^E with numbers X × 2^k.
// Writing 10^E as 5^E × 2^E, both sides become integers times powers of
// two: a = D × 5^E (E >= 0) or p = 5^-E (E < 0, moved to the other side).
type cmpState struct {
	a     nat  // D, times 5^E when E >= 0
	p     nat  // 5^-E when E < 0, else 1
	a2    int  // the power of two on the a side
	negE  int  // -E when E < 0, else 0
	trunc bool // the input has a non-zero tail beyond D
	t, u  nat  // scratch
}

func (c *cmpState) init(digs *digitBuf) {
	c.a.n = 0
	i := 0
	for i < digs.nd {
		// Nine digits at a time.
		chunk, mul := uint32(0), uint32(1)
		for j := 0; j < 9 && i < digs.nd; j++ {
			chunk = chunk*10 + uint32(digs.d[i]-'0')
			mul *= 10
			i++
		}
		if c.a.n == 0 {
			c.a.setUint64(uint64(chunk))
		} else {
			c.a.mulAdd(mul, chunk)
		}
	}
	E := digs.dp - digs.nd
	c.p.setUint64(1)
	c.a2, c.negE = 0, 0
	if E >= 0 {
		c.a.mulPow5(E)
		c.a2 = E
	} else {
		c.p.mulPow5(-E)
		c.negE = -E
	}
	c.trunc = digs.trunc
}

// cmp returns the sign of V - X × 2^k.
func (c *cmpState) cmp(x uint64, k int) int {
	var xs nat
	xs.setUint64(x)
	c.u.mulNat(&c.p, &xs) // X × 5^-E
	b2 := k + c.negE
	c.t.set(&c.a)
	if c.a2 > b2 {
		c.t.shl(c.a2 - b2)
	} else {
		c.u.shl(b2 - c.a2)
	}
	r := cmpNat(&c.t, &c.u)
	if r == 0 && c.trunc {
		r = 1
	}
	return r
}
