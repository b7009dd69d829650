// Parsing of floating-point numbers: ParseFloat, correctly rounded (the
// float nearest the decimal value, ties to even), accepting Go's syntax:
// optional sign, decimal or 0x hexadecimal mantissa, exponent, '_'
// digit separators, "inf", "infinity" and "nan" in any case.
//
// Decimal inputs take the first of three paths that applies:
//  1. exact float arithmetic, when the mantissa and the power of ten are
//     both exactly representable (most short inputs);
//  2. the Eisel-Lemire algorithm (eisel.go), which settles almost
//     everything else with one or two 64×64-bit products;
//  3. an exact comparison of the input with the halfway points next to a
//     candidate float, in big integers (natural.go).
package strconv

import "math"

func commonPrefixLenIgnoreCase(s, prefix string) int {
	n := len(prefix)
	if n > len(s) {
		n = len(s)
	}
	for i := 0; i < n; i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return i
		}
	}
	return n
}

// special parses "inf", "infinity" (with an optional sign) and "nan" at
// the start of s.
func special(s string) (f float64, n int, ok bool) {
	if len(s) == 0 {
		return 0, 0, false
	}
	sign := 1
	nsign := 0
	c := s[0]
	if c == '+' || c == '-' {
		if c == '-' {
			sign = -1
		}
		nsign = 1
		s = s[1:]
		c = 'i' // only infinities may be signed
	}
	switch c {
	case 'i', 'I':
		n := commonPrefixLenIgnoreCase(s, "infinity")
		if 3 < n && n < 8 {
			n = 3 // "inf" followed by something that is not "inity"
		}
		if n == 3 || n == 8 {
			return math.Inf(sign), nsign + n, true
		}
	case 'n', 'N':
		if commonPrefixLenIgnoreCase(s, "nan") == 3 {
			return math.NaN(), 3, true
		}
	}
	return 0, 0, false
}

// maxDigits is how many significant decimal digits the exact path keeps;
// later non-zero digits only set trunc. 800 digits is more than any
// halfway point between floats needs (at most 768), so that is exact.
const maxDigits = 800

// digitBuf collects the significant decimal digits of the input for the
// exact path: 0.d[0:nd] × 10^dp, plus whether non-zero digits were dropped.
type digitBuf struct {
	d     [maxDigits]byte
	nd    int
	dp    int
	trunc bool
}

// readFloat reads a decimal or hexadecimal floating-point number at the
// start of s: mantissa holds the first 19 decimal (16 hex) significant
// digits, trunc tells whether non-zero digits followed, and the value is
// mantissa × base^exp (base 10, or 2 for hex). When digs is not nil, all
// the decimal digits are collected there too. n is the length read.
func readFloat(s string, digs *digitBuf) (mantissa uint64, exp int, neg, trunc, hex bool, n int, ok bool) {
	underscores := false
	i := 0
	if i >= len(s) {
		return
	}
	if s[i] == '+' {
		i++
	} else if s[i] == '-' {
		neg = true
		i++
	}

	base := uint64(10)
	maxMantDigits := 19
	expChar := byte('e')
	if i+2 < len(s) && s[i] == '0' && lower(s[i+1]) == 'x' {
		base = 16
		maxMantDigits = 16
		i += 2
		expChar = 'p'
		hex = true
	}
	sawDot, sawDigits := false, false
	nd, ndMant, dp := 0, 0, 0
	if digs != nil {
		digs.nd, digs.trunc = 0, false
	}
loop:
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '_':
			underscores = true
		case c == '.':
			if sawDot {
				break loop
			}
			sawDot = true
			dp = nd
		case '0' <= c && c <= '9':
			sawDigits = true
			if c == '0' && nd == 0 {
				dp-- // a leading zero: only moves the point
				continue
			}
			nd++
			if ndMant < maxMantDigits {
				mantissa = mantissa*base + uint64(c-'0')
				ndMant++
			} else if c != '0' {
				trunc = true
			}
			if digs != nil {
				if digs.nd < maxDigits {
					digs.d[digs.nd] = c
					digs.nd++
				} else if c != '0' {
					digs.trunc = true
				}
			}
		case base == 16 && 'a' <= lower(c) && lower(c) <= 'f':
			sawDigits = true
			nd++
			if ndMant < maxMantDigits {
				mantissa = mantissa*16 + uint64(lower(c)-'a'+10)
				ndMant++
			} else {
				trunc = true
			}
		default:
			break loop
		}
	}
	if !sawDigits {
		return
	}
	if !sawDot {
		dp = nd
	}
	if base == 16 {
		dp *= 4
		ndMant *= 4
	}

	if i < len(s) && lower(s[i]) == expChar {
		i++
		if i >= len(s) {
			return
		}
		esign := 1
		if s[i] == '+' {
			i++
		} else if s[i] == '-' {
			i++
			esign = -1
		}
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return
		}
		e := 0
		for ; i < len(s) && ('0' <= s[i] && s[i] <= '9' || s[i] == '_'); i++ {
			if s[i] == '_' {
				underscores = true
				continue
			}
			if e < 10000 { // beyond that the value is 0 or infinite anyway
				e = e*10 + int(s[i]) - '0'
			}
		}
		dp += e * esign
	} else if base == 16 {
		return // hexadecimal floats need a 'p' exponent
	}

	if mantissa != 0 {
		exp = dp - ndMant
	}
	if digs != nil {
		digs.dp = dp
		// Trailing zeros carry no information.
		for digs.nd > 0 && digs.d[digs.nd-1] == '0' {
			digs.nd--
		}
	}
	if underscores && !underscoreOK(s[:i]) {
		return
	}
	return mantissa, exp, neg, trunc, hex, i, true
}

// float64pow10 holds the exactly representable powers of ten.
var float64pow10 = [...]float64{
	1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
	1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
	1e20, 1e21, 1e22,
}

// atof64exact handles mantissa × 10^exp when one IEEE operation on exact
// operands computes it (so the result is correctly rounded).
func atof64exact(mantissa uint64, exp int, neg bool) (f float64, ok bool) {
	if mantissa>>float64info.mantbits != 0 {
		return
	}
	f = float64(mantissa)
	if neg {
		f = -f
	}
	switch {
	case exp == 0:
		return f, true
	case exp > 0 && exp <= 15+22:
		// Move zeros into the mantissa while it stays exact.
		if exp > 22 {
			f *= float64pow10[exp-22]
			exp = 22
		}
		if f > 1e15 || f < -1e15 {
			return
		}
		return f * float64pow10[exp], true
	case exp < 0 && exp >= -22:
		return f / float64pow10[-exp], true
	}
	return
}

// parseDecimal converts a decimal number to the bits of the nearest float
// of format flt; overflow reports rounding to infinity.
func parseDecimal(s string, mantissa uint64, exp int, neg, trunc bool, flt *floatInfo) (bits uint64, overflow bool) {
	ok := false
	if !trunc {
		bits, ok = eiselLemire(mantissa, exp, neg, flt)
	} else {
		// The digits after the first 19 put the value between mantissa
		// and mantissa+1: if both convert alike, so does the value.
		bits, ok = eiselLemire(mantissa, exp, neg, flt)
		if ok {
			up, ok2 := eiselLemire(mantissa+1, exp, neg, flt)
			ok = ok2 && up == bits
		}
	}
	if ok {
		return bits, false
	}
	var digs digitBuf
	readFloat(s, &digs)
	return exactDecimal(&digs, neg, flt)
}

func atof64(s string) (f float64, n int, err *NumError) {
	if val, n, ok := special(s); ok {
		return val, n, nil
	}
	mantissa, exp, neg, trunc, hex, n, ok := readFloat(s, nil)
	if !ok {
		return 0, n, syntaxError("ParseFloat", s)
	}
	if hex {
		bits, ovf := hexToBits(mantissa, exp, neg, trunc, &float64info)
		if ovf {
			err = rangeError("ParseFloat", s)
		}
		return math.Float64frombits(bits), n, err
	}
	if !trunc {
		if f, ok := atof64exact(mantissa, exp, neg); ok {
			return f, n, nil
		}
	}
	bits, ovf := parseDecimal(s[:n], mantissa, exp, neg, trunc, &float64info)
	if ovf {
		err = rangeError("ParseFloat", s)
	}
	return math.Float64frombits(bits), n, err
}

func atof32(s string) (f float32, n int, err *NumError) {
	if val, n, ok := special(s); ok {
		return float32(val), n, nil
	}
	mantissa, exp, neg, trunc, hex, n, ok := readFloat(s, nil)
	if !ok {
		return 0, n, syntaxError("ParseFloat", s)
	}
	var bits uint64
	var ovf bool
	if hex {
		bits, ovf = hexToBits(mantissa, exp, neg, trunc, &float32info)
	} else {
		bits, ovf = parseDecimal(s[:n], mantissa, exp, neg, trunc, &float32info)
	}
	if ovf {
		err = rangeError("ParseFloat", s)
	}
	return math.Float32frombits(uint32(bits)), n, err
}

// ParseFloat converts the string s to a floating-point number with the
// precision specified by bitSize: 32 for float32, or 64 for float64. When
// bitSize=32, the result still has type float64, but it will be
// convertible to float32 without changing its value.
//
// ParseFloat returns the nearest floating-point number rounded using IEEE
// 754 unbiased rounding. If s is syntactically well-formed but is more
// than 1/2 ULP away from the largest floating point number of the given
// size, ParseFloat returns f = ±Inf, err.Err = ErrRange.
func ParseFloat(s string, bitSize int) (float64, error) {
	var f float64
	var n int
	var e *NumError
	if bitSize == 32 {
		var f32 float32
		f32, n, e = atof32(s)
		f = float64(f32)
	} else {
		f, n, e = atof64(s)
	}
	if n != len(s) && (e == nil || e.Err != ErrSyntax) {
		return 0, syntaxError("ParseFloat", s)
	}
	return f, asError(e)
}

// assemble packs a float of format flt from its sign, its mantissa m
// (with the implicit bit, or a denormal's) and its biased exponent be.
func assemble(neg bool, m uint64, be int, flt *floatInfo) uint64 {
	bits := m&(uint64(1)<<flt.mantbits-1) | uint64(be)<<flt.mantbits
	if neg {
		bits |= uint64(1) << (flt.mantbits + flt.expbits)
	}
	return bits
}

// infBits returns the bits of an infinity of format flt.
func infBits(neg bool, flt *floatInfo) uint64 {
	return assemble(neg, 0, 1<<flt.expbits-1, flt)
}

// roundToFloat rounds m × 2^e, plus a sticky non-zero tail below m's last
// bit when sticky, to format flt, half to even.
func roundToFloat(m uint64, e int, sticky, neg bool, flt *floatInfo) (bits uint64, overflow bool) {
	if m == 0 {
		return assemble(neg, 0, 0, flt), false
	}
	mb := int(flt.mantbits)
	// The exponent of the last mantissa bit of a denormal.
	emin := flt.bias + 1 - mb
	// Shift so that m has mb+1 bits, or fewer at the denormal limit,
	// keeping the shifted-out bits as round (half) and sticky.
	shift := bitLen(m) - (mb + 1)
	if e+shift < emin {
		shift = emin - e
	}
	var half bool
	if shift > 0 {
		if shift > 64 {
			sticky = true
			m = 0
		} else {
			rest := m & (uint64(1)<<uint(shift) - 1)
			if shift == 64 {
				rest = m
				m = 0
			} else {
				m >>= uint(shift)
			}
			h := uint64(1) << uint(shift-1)
			half = rest&h != 0
			sticky = sticky || rest&(h-1) != 0
		}
		e += shift
	} else if shift < 0 {
		m <<= uint(-shift)
		e += shift
	}
	if half && (sticky || m&1 == 1) {
		m++
		if m>>(flt.mantbits+1) != 0 {
			m >>= 1
			e++
		}
	}
	if m == 0 {
		return assemble(neg, 0, 0, flt), false
	}
	be := e - emin + 1 // biased exponent of a normal number
	if m>>flt.mantbits == 0 {
		be = 0 // denormal
	}
	if be >= 1<<flt.expbits-1 {
		return infBits(neg, flt), true
	}
	return assemble(neg, m, be, flt), false
}

func bitLen(x uint64) int {
	n := 0
	for ; x >= 1<<16; x >>= 16 {
		n += 16
	}
	for ; x != 0; x >>= 1 {
		n++
	}
	return n
}

// hexToBits converts mantissa × 2^exp (trunc: plus a non-zero tail below
// its last bit) to format flt.
func hexToBits(mantissa uint64, exp int, neg, trunc bool, flt *floatInfo) (uint64, bool) {
	return roundToFloat(mantissa, exp, trunc, neg, flt)
}
