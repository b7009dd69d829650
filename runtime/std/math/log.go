// Logarithms: Log, Log10, Log2, Log1p.
//
// Log is fdlibm's algorithm as gc's amd64 assembly computes it: the
// exponent and fraction come straight from the bits (so a denormal's
// fraction is taken as if it were normal, as the assembly does), and a
// fraction of exactly √2/2 is doubled, as the assembly's comparison does.
package math

// Log returns the natural logarithm of x.
//
// Special cases are:
//
//	Log(+Inf) = +Inf
//	Log(0) = -Inf
//	Log(x < 0) = NaN
//	Log(NaN) = NaN
func Log(x float64) float64 {
	const (
		hsqrt2 = 7.07106781186547524401e-01 // √2/2
		// Remez polynomial for log((1+s)/(1-s)) on [0, 0.1716].
		l1 = 6.666666666666735130e-01 // 0x3FE5555555555593
		l2 = 3.999999999940941908e-01 // 0x3FD999999997FA04
		l3 = 2.857142874366239149e-01 // 0x3FD2492494229359
		l4 = 2.222219843214978396e-01 // 0x3FCC71C51D8E78AF
		l5 = 1.818357216161805012e-01 // 0x3FC7466496CB03DE
		l6 = 1.531383769920937332e-01 // 0x3FC39A09D078C69F
		l7 = 1.479819860511658591e-01 // 0x3FC2F112DF3E5244
	)
	b := Float64bits(x)
	switch {
	case b&^signMask == 0:
		return Inf(-1)
	case int64(b) < 0:
		return NaN() // negative, -Inf and NaNs with the sign bit
	case b >= uvinf:
		return x // +Inf, NaN
	}
	// x = f1 × 2^k with f1 in [0.5, 1) read off the bits.
	f1 := Float64frombits(b&fracMask | 0x3FE0000000000000)
	k := float64(int32((b>>shift)&mask) - 0x3FE)
	if !(hsqrt2 < f1) {
		k -= 1
		f1 *= 2
	}
	f := f1 - 1
	s := f / (2 + f)
	s2 := s * s
	s4 := s2 * s2
	t1 := s2 * (l1 + s4*(l3+s4*(l5+s4*l7)))
	t2 := s4 * (l2 + s4*(l4+s4*l6))
	R := t1 + t2
	hfsq := 0.5 * f * f
	return k*ln2Hi - ((hfsq - (s*(hfsq+R) + k*ln2Lo)) - f)
}

// Log10 returns the decimal logarithm of x. The special cases are the
// same as for Log.
func Log10(x float64) float64 { return Log(x) * (1 / Ln10) }

// Log2 returns the binary logarithm of x. The special cases are the same
// as for Log.
func Log2(x float64) float64 {
	frac, exp := Frexp(x)
	// Exact powers of two give exact results.
	if frac == 0.5 {
		return float64(exp - 1)
	}
	return Log(frac)*(1/Ln2) + float64(exp)
}

// Log1p returns the natural logarithm of 1 plus its argument x. It is
// more accurate than Log(1 + x) when x is near zero.
//
// Special cases are:
//
//	Log1p(+Inf) = +Inf
//	Log1p(±0) = ±0
//	Log1p(-1) = -Inf
//	Log1p(x < -1) = NaN
//	Log1p(NaN) = NaN
func Log1p(x float64) float64 {
	const (
		sqrt2M1     = 4.142135623730950488017e-01  // √2-1
		sqrt2HalfM1 = -2.928932188134524755992e-01 // √2/2-1
		small       = 1.0 / (1 << 29)
		tiny        = 1.0 / (1 << 54)
		two53       = 1 << 53
		lp1         = 6.666666666666735130e-01 // 3FE5555555555593
		lp2         = 3.999999999940941908e-01 // 3FD999999997FA04
		lp3         = 2.857142874366239149e-01 // 3FD2492494229359
		lp4         = 2.222219843214978396e-01 // 3FCC71C51D8E78AF
		lp5         = 1.818357216161805012e-01 // 3FC7466496CB03DE
		lp6         = 1.531383769920937332e-01 // 3FC39A09D078C69F
		lp7         = 1.479819860511658591e-01 // 3FC2F112DF3E5244
	)
	switch {
	case x < -1 || IsNaN(x):
		return NaN()
	case x == -1:
		return Inf(-1)
	case IsInf(x, 1):
		return Inf(1)
	}
	ax := Abs(x)
	var f float64
	var iu uint64
	k := 1
	if ax < sqrt2M1 {
		if ax < small {
			if ax < tiny {
				return x
			}
			return x - x*x*0.5
		}
		if x > sqrt2HalfM1 {
			// 1+x in (√2/2, √2): no reduction.
			k = 0
			f = x
			iu = 1
		}
	}
	var c float64 // correction for the rounding of 1+x
	if k != 0 {
		var u float64
		if ax < two53 {
			u = 1.0 + x
			iu = Float64bits(u)
			k = int((iu >> 52) - 1023)
			if k > 0 {
				c = 1.0 - (u - x)
			} else {
				c = x - (u - 1.0)
			}
			c /= u
		} else {
			u = x
			iu = Float64bits(u)
			k = int((iu >> 52) - 1023)
			c = 0
		}
		iu &= 0x000fffffffffffff
		if iu < 0x0006a09e667f3bcd { // the fraction bits of √2
			u = Float64frombits(iu | 0x3ff0000000000000)
		} else {
			k++
			u = Float64frombits(iu | 0x3fe0000000000000)
			iu = (0x0010000000000000 - iu) >> 2
		}
		f = u - 1.0
	}
	hfsq := 0.5 * f * f
	var s, R, z float64
	if iu == 0 {
		// |f| < 2^-20.
		if f == 0 {
			if k == 0 {
				return 0
			}
			c += float64(k) * ln2Lo
			return float64(k)*ln2Hi + c
		}
		R = hfsq * (1.0 - 0.66666666666666666*f)
		if k == 0 {
			return f - R
		}
		return float64(k)*ln2Hi - ((R - (float64(k)*ln2Lo + c)) - f)
	}
	s = f / (2.0 + f)
	z = s * s
	R = z * (lp1 + z*(lp2+z*(lp3+z*(lp4+z*(lp5+z*(lp6+z*lp7))))))
	if k == 0 {
		return f - (hfsq - s*(hfsq+R))
	}
	return float64(k)*ln2Hi - ((hfsq - (s*(hfsq+R) + (float64(k)*ln2Lo + c))) - f)
}
