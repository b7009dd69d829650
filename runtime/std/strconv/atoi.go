// Parsing of integers: ParseUint, ParseInt, Atoi, following Go's syntax
// (base prefixes and underscores when base is 0) and its error values.
package strconv

// IntSize is the size in bits of an int or uint value.
const IntSize = 64

const maxUint64 = 1<<64 - 1

func lower(c byte) byte { return c | ('x' - 'X') }

// ParseUint is like ParseInt but for unsigned numbers. A sign prefix is
// not permitted.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	n, e := parseUint("ParseUint", s, base, bitSize)
	return n, asError(e)
}

func parseUint(fn, s string, base int, bitSize int) (uint64, *NumError) {
	if s == "" {
		return 0, syntaxError(fn, s)
	}
	prefixed := base == 0
	s0 := s
	switch {
	case 2 <= base && base <= 36:
	case base == 0:
		base = 10
		if s[0] == '0' {
			if len(s) >= 3 && lower(s[1]) == 'b' {
				base, s = 2, s[2:]
			} else if len(s) >= 3 && lower(s[1]) == 'o' {
				base, s = 8, s[2:]
			} else if len(s) >= 3 && lower(s[1]) == 'x' {
				base, s = 16, s[2:]
			} else {
				base, s = 8, s[1:]
			}
		}
	default:
		return 0, baseError(fn, s0, base)
	}
	if bitSize == 0 {
		bitSize = IntSize
	} else if bitSize < 0 || bitSize > 64 {
		return 0, bitSizeError(fn, s0, bitSize)
	}
	// n*base overflows when n >= limit.
	limit := uint64(maxUint64)/uint64(base) + 1
	maxVal := uint64(1)<<uint(bitSize) - 1
	sawUnderscore := false
	var n uint64
	for i := 0; i < len(s); i++ {
		c := s[i]
		var d byte
		if c == '_' && prefixed {
			sawUnderscore = true
			continue
		} else if '0' <= c && c <= '9' {
			d = c - '0'
		} else if 'a' <= lower(c) && lower(c) <= 'z' {
			d = lower(c) - 'a' + 10
		} else {
			return 0, syntaxError(fn, s0)
		}
		if d >= byte(base) {
			return 0, syntaxError(fn, s0)
		}
		if n >= limit {
			return maxVal, rangeError(fn, s0)
		}
		n *= uint64(base)
		n1 := n + uint64(d)
		if n1 < n || n1 > maxVal {
			return maxVal, rangeError(fn, s0)
		}
		n = n1
	}
	if sawUnderscore && !underscoreOK(s0) {
		return 0, syntaxError(fn, s0)
	}
	return n, nil
}

// ParseInt interprets a string s in the given base (0, 2 to 36) and bit
// size (0 to 64) and returns the corresponding value i.
func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	n, e := parseInt("ParseInt", s, base, bitSize)
	return n, asError(e)
}

func parseInt(fn, s string, base int, bitSize int) (int64, *NumError) {
	if s == "" {
		return 0, syntaxError(fn, s)
	}
	s0 := s
	neg := false
	if s[0] == '+' {
		s = s[1:]
	} else if s[0] == '-' {
		neg = true
		s = s[1:]
	}
	un, e := parseUint(fn, s, base, bitSize)
	if e != nil && e.Err != ErrRange {
		e.Num = cloneString(s0)
		return 0, e
	}
	if bitSize == 0 {
		bitSize = IntSize
	}
	cutoff := uint64(1) << uint(bitSize-1)
	if !neg && un >= cutoff {
		return int64(cutoff - 1), rangeError(fn, s0)
	}
	if neg && un > cutoff {
		return -int64(cutoff), rangeError(fn, s0)
	}
	n := int64(un)
	if neg {
		n = -n
	}
	return n, nil
}

// Atoi is equivalent to ParseInt(s, 10, 0), converted to type int.
func Atoi(s string) (int, error) {
	const fn = "Atoi"
	if 0 < len(s) && len(s) < 19 {
		// Fits in an int64 whatever the digits: no overflow checks needed.
		s0 := s
		if s[0] == '-' || s[0] == '+' {
			s = s[1:]
			if len(s) < 1 {
				return 0, syntaxError(fn, s0)
			}
		}
		n := 0
		for i := 0; i < len(s); i++ {
			d := s[i] - '0'
			if d > 9 {
				return 0, syntaxError(fn, s0)
			}
			n = n*10 + int(d)
		}
		if s0[0] == '-' {
			n = -n
		}
		return n, nil
	}
	i64, e := parseInt(fn, s, 10, 0)
	return int(i64), asError(e)
}

// underscoreOK reports whether the underscores in s are allowed: each one
// must sit between two digits, or between a base prefix and a digit.
func underscoreOK(s string) bool {
	// prev is what came before: 'd' a digit or the base prefix, '_' an
	// underscore, 'x' anything else (including the start).
	prev := byte('x')
	i := 0
	if len(s) >= 1 && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	}
	hex := false
	if len(s) >= 2 && s[0] == '0' {
		switch lower(s[1]) {
		case 'b', 'o', 'x':
			hex = lower(s[1]) == 'x'
			i = 2
			prev = 'd'
		}
	}
	for ; i < len(s); i++ {
		c := s[i]
		if '0' <= c && c <= '9' || hex && 'a' <= lower(c) && lower(c) <= 'f' {
			prev = 'd'
			continue
		}
		if c == '_' {
			if prev != 'd' {
				return false
			}
			prev = '_'
			continue
		}
		if prev == '_' {
			return false
		}
		prev = 'x'
	}
	return prev != '_'
}
