// Exponentials and powers: Exp2, Expm1, Pow. (Exp itself is gc's amd64
// assembly algorithm, in runtime/math.c.)
//
// Exp2 and Expm1 follow FreeBSD's msun (from Sun's fdlibm): reduce the
// argument by multiples of ln 2 held in two parts, then a rational
// approximation on [-ln2/2, ln2/2].
package math

const (
	ln2Hi = 6.93147180369123816490e-01 // 0x3fe62e42fee00000: ln 2, high part (exact in k×ln2Hi)
	ln2Lo = 1.90821492927058770002e-10 // 0x3dea39ef35793c76: ln 2 - ln2Hi
)

// Exp2 returns 2**x, the base-2 exponential of x.
//
// Special cases are the same as Exp.
func Exp2(x float64) float64 {
	const (
		overflow  = 1.0239999999999999e+03
		underflow = -1.0740e+03
	)
	switch {
	case IsNaN(x) || IsInf(x, 1):
		return x
	case IsInf(x, -1):
		return 0
	case x > overflow:
		return Inf(1)
	case x < underflow:
		return 0
	}
	// x = k + t, |t| <= 1/2; 2^t = e^(t ln2).
	var k int
	if x > 0 {
		k = int(x + 0.5)
	} else if x < 0 {
		k = int(x - 0.5)
	}
	t := x - float64(k)
	hi := t * ln2Hi
	lo := -t * ln2Lo
	return expmulti(hi, lo, k)
}

// expmulti returns e^r × 2^k for r = hi - lo, |r| <= ln2/2, by fdlibm's
// Remez approximation of r(e^r+1)/(e^r-1).
func expmulti(hi, lo float64, k int) float64 {
	const (
		p1 = 1.66666666666666657415e-01  // 0x3FC55555 55555555
		p2 = -2.77777777770155933842e-03 // 0xBF66C16C 16BEBD93
		p3 = 6.61375632143793436117e-05  // 0x3F11566A AF25DE2C
		p4 = -1.65339022054652515390e-06 // 0xBEBBBD41 C5D26BF1
		p5 = 4.13813679705723846039e-08  // 0x3E663769 72BEA4D0
	)
	r := hi - lo
	rr := r * r
	c := r - rr*(p1+rr*(p2+rr*(p3+rr*(p4+rr*p5))))
	y := 1 - ((lo - (r*c)/(2-c)) - hi)
	return Ldexp(y, k)
}

// Expm1 returns e**x - 1, the base-e exponential of x minus 1. It is more
// accurate than Exp(x) - 1 when x is near zero.
//
// Special cases are:
//
//	Expm1(+Inf) = +Inf
//	Expm1(-Inf) = -1
//	Expm1(NaN) = NaN
//
// Very large values overflow to -1 or +Inf.
func Expm1(x float64) float64 {
	const (
		overflowAt = 7.09782712893383973096e+02 // 0x40862E42FEFA39EF
		ln2x56     = 3.88162421113569373274e+01 // 0x4043687a9f1af2b1
		ln2Half3   = 1.03972077083991796413e+00 // 0x3ff0a2b23f3bab73: 1.5 ln2
		ln2Half    = 3.46573590279972654709e-01 // 0x3fd62e42fefa39ef: 0.5 ln2
		invLn2     = 1.44269504088896338700e+00 // 0x3ff71547652b82fe
		tiny       = 1.0 / (1 << 54)
		// Coefficients of the rational approximation on [0, 0.347].
		q1 = -3.33333333333331316428e-02 // 0xBFA11111111110F4
		q2 = 1.58730158725481460165e-03  // 0x3F5A01A019FE5585
		q3 = -7.93650757867487942473e-05 // 0xBF14CE199EAADBB7
		q4 = 4.00821782732936239552e-06  // 0x3ED0CFCA86E65239
		q5 = -2.01099218183624371326e-07 // 0xBE8AFDB76E09C32D
	)
	if IsInf(x, 1) || IsNaN(x) {
		return x
	}
	if IsInf(x, -1) {
		return -1
	}
	ax := x
	neg := x < 0
	if neg {
		ax = -ax
	}
	if ax >= ln2x56 {
		if neg {
			return -1 // e^x is below half an ulp of 1
		}
		if ax >= overflowAt {
			return Inf(1)
		}
	}

	// Reduce: x = k ln2 + r, |r| <= ln2/2, with c correcting r's rounding.
	var c float64
	var k int
	if ax > ln2Half {
		var hi, lo float64
		if ax < ln2Half3 {
			if !neg {
				hi, lo, k = x-ln2Hi, ln2Lo, 1
			} else {
				hi, lo, k = x+ln2Hi, -ln2Lo, -1
			}
		} else {
			if !neg {
				k = int(invLn2*x + 0.5)
			} else {
				k = int(invLn2*x - 0.5)
			}
			t := float64(k)
			hi = x - t*ln2Hi
			lo = t * ln2Lo
		}
		x = hi - lo
		c = (hi - x) - lo
	} else if ax < tiny {
		return x
	}

	hfx := 0.5 * x
	hxs := x * hfx
	r1 := 1 + hxs*(q1+hxs*(q2+hxs*(q3+hxs*(q4+hxs*q5))))
	t := 3 - r1*hfx
	e := hxs * ((r1 - t) / (6.0 - x*t))
	if k == 0 {
		return x - (x*e - hxs)
	}
	e = x*(e-c) - c
	e -= hxs
	switch {
	case k == -1:
		return 0.5*(x-e) - 0.5
	case k == 1:
		if x < -0.25 {
			return -2 * (e - (x + 0.5))
		}
		return 1 + 2*(x-e)
	case k <= -2 || k > 56:
		// Far from 1: e^x - 1 by scaling e^r, then subtracting 1.
		y := 1 - (e - x)
		y = Float64frombits(Float64bits(y) + uint64(k)<<52)
		return y - 1
	}
	if k < 20 {
		t := Float64frombits(0x3ff0000000000000 - (0x20000000000000 >> uint(k))) // 1 - 2^-k
		y := t - (e - x)
		return Float64frombits(Float64bits(y) + uint64(k)<<52)
	}
	t = Float64frombits(uint64(0x3ff-k) << 52) // 2^-k
	y := x - (e + t)
	y++
	return Float64frombits(Float64bits(y) + uint64(k)<<52)
}

// isOddInt reports whether x is an odd integer.
func isOddInt(x float64) bool {
	i, f := Modf(x)
	return f == 0 && int64(i)&1 == 1
}

// Pow returns x**y, the base-x exponential of y.
//
// Special cases are (in order):
//
//	Pow(x, ±0) = 1 for any x
//	Pow(1, y) = 1 for any y
//	Pow(x, 1) = x for any x
//	Pow(NaN, y) = NaN
//	Pow(x, NaN) = NaN
//	Pow(±0, y) = ±Inf for y an odd integer < 0
//	Pow(±0, -Inf) = +Inf
//	Pow(±0, +Inf) = +0
//	Pow(±0, y) = +Inf for finite y < 0 and not an odd integer
//	Pow(±0, y) = ±0 for y an odd integer > 0
//	Pow(±0, y) = +0 for finite y > 0 and not an odd integer
//	Pow(-1, ±Inf) = 1
//	Pow(x, +Inf) = +Inf for |x| > 1
//	Pow(x, -Inf) = +0 for |x| > 1
//	Pow(x, +Inf) = +0 for |x| < 1
//	Pow(x, -Inf) = +Inf for |x| < 1
//	Pow(+Inf, y) = +Inf for y > 0
//	Pow(+Inf, y) = +0 for y < 0
//	Pow(-Inf, y) = Pow(-0, -y)
//	Pow(x, y) = NaN for finite x < 0 and finite non-integer y
func Pow(x, y float64) float64 {
	switch {
	case y == 0 || x == 1:
		return 1
	case y == 1:
		return x
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0:
		if y < 0 {
			if isOddInt(y) {
				return Copysign(Inf(1), x)
			}
			return Inf(1)
		}
		if y > 0 {
			if isOddInt(y) {
				return x
			}
			return 0
		}
	case IsInf(y, 0):
		if x == -1 {
			return 1
		}
		if (Abs(x) < 1) == IsInf(y, 1) {
			return 0
		}
		return Inf(1)
	case IsInf(x, 0):
		if IsInf(x, -1) {
			return Pow(1/x, -y) // Pow(-0, -y)
		}
		if y < 0 {
			return 0
		}
		if y > 0 {
			return Inf(1)
		}
	case y == 0.5:
		return Sqrt(x)
	case y == -0.5:
		return 1 / Sqrt(x)
	}

	yi, yf := Modf(Abs(y))
	if yf != 0 && x < 0 {
		return NaN()
	}
	if yi >= 1<<63 {
		// y is an even integer too large for the loop below.
		switch {
		case x == -1:
			return 1
		case (Abs(x) < 1) == (y > 0):
			return 0
		}
		return Inf(1)
	}

	// x^|y| = x^yf × x^yi: the fractional part through Exp and Log (with
	// yf moved into [-0.5, 0.5]), the integer part by repeated squaring
	// of x's fraction, keeping the binary exponents apart in ae and xe so
	// that nothing overflows before the final Ldexp.
	a1 := 1.0
	ae := 0
	if yf != 0 {
		if yf > 0.5 {
			yf--
			yi++
		}
		a1 = Exp(yf * Log(x))
	}
	x1, xe := Frexp(x)
	for i := int64(yi); i != 0; i >>= 1 {
		if xe < -1<<12 || 1<<12 < xe {
			// The exponent will overflow or underflow whatever follows.
			ae += xe
			break
		}
		if i&1 == 1 {
			a1 *= x1
			ae += xe
		}
		x1 *= x1
		xe <<= 1
		if x1 < .5 {
			x1 += x1
			xe--
		}
	}
	if y < 0 {
		a1 = 1 / a1
		ae = -ae
	}
	return Ldexp(a1, ae)
}
