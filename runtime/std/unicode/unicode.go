// Package unicode is escgo's small version of Go's unicode package: the
// character class predicates (IsLetter, IsSpace, IsPrint ...) and simple
// case mapping (ToUpper, ToLower, ToTitle, SimpleFold), with Go 1.19's
// answers for every rune.
//
// Go exports its data as RangeTables; escgo keeps only what these
// functions need, in tables.go, generated from Go's own tables by
// scripts/gen_unicode_tables.go: one sorted table of runs of a general
// category, one of case-mapping runs, and the few SimpleFold orbits the
// case mappings do not imply.
package unicode

const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

// Indices into a delta array (for the case constants of Go's API).
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// The classes of catStarts, numbered as the generator numbers them.
const (
	clOther = iota
	clLu
	clLl
	clLt
	clLm
	clLo
	clMn
	clMc
	clMe
	clNd
	clNl
	clNo
	clP
	clS
	clZs
	clCc
)

// Masks of classes for the predicates.
const (
	mLetter  = 1<<clLu | 1<<clLl | 1<<clLt | 1<<clLm | 1<<clLo
	mMark    = 1<<clMn | 1<<clMc | 1<<clMe
	mNumber  = 1<<clNd | 1<<clNl | 1<<clNo
	mGraphic = mLetter | mMark | mNumber | 1<<clP | 1<<clS | 1<<clZs
	mPrint   = mLetter | mMark | mNumber | 1<<clP | 1<<clS
)

// classOf returns the class of r: the last run starting at or before it.
func classOf(r rune) uint32 {
	if uint32(r) > MaxRune {
		return clOther
	}
	key := uint32(r)<<5 | 31
	lo, hi := 0, len(catStarts)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if catStarts[m] <= key {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return catStarts[lo-1] & 31
}

func inClasses(r rune, mask uint32) bool {
	return mask>>classOf(r)&1 != 0
}

// IsLetter reports whether the rune is a letter (category L).
func IsLetter(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		if 'a' <= r|0x20 && r|0x20 <= 'z' {
			return true
		}
		if r < 0x80 {
			return false
		}
	}
	return inClasses(r, mLetter)
}

// IsUpper reports whether the rune is an upper case letter (category Lu).
func IsUpper(r rune) bool {
	if uint32(r) < 0x80 {
		return 'A' <= r && r <= 'Z'
	}
	return classOf(r) == clLu
}

// IsLower reports whether the rune is a lower case letter (category Ll).
func IsLower(r rune) bool {
	if uint32(r) < 0x80 {
		return 'a' <= r && r <= 'z'
	}
	return classOf(r) == clLl
}

// IsTitle reports whether the rune is a title case letter (category Lt).
func IsTitle(r rune) bool {
	if r <= MaxLatin1 {
		return false
	}
	return classOf(r) == clLt
}

// IsDigit reports whether the rune is a decimal digit (category Nd).
func IsDigit(r rune) bool {
	if r <= MaxLatin1 {
		return '0' <= r && r <= '9'
	}
	return classOf(r) == clNd
}

// IsNumber reports whether the rune is a number (category N).
func IsNumber(r rune) bool {
	if uint32(r) < 0x80 {
		return '0' <= r && r <= '9'
	}
	return inClasses(r, mNumber)
}

// IsMark reports whether the rune is a mark character (category M).
func IsMark(r rune) bool { return inClasses(r, mMark) }

// IsPunct reports whether the rune is a Unicode punctuation character
// (category P).
func IsPunct(r rune) bool { return classOf(r) == clP }

// IsSymbol reports whether the rune is a symbolic character (category S).
func IsSymbol(r rune) bool { return classOf(r) == clS }

// IsControl reports whether the rune is a control character (C0 or C1).
func IsControl(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return classOf(r) == clCc
	}
	return false
}

// IsGraphic reports whether the rune is defined as a Graphic by Unicode:
// letters, marks, numbers, punctuation, symbols, and spaces (categories
// L, M, N, P, S, Zs).
func IsGraphic(r rune) bool { return inClasses(r, mGraphic) }

// IsPrint reports whether the rune is defined as printable by Go: letters,
// marks, numbers, punctuation, symbols, and the ASCII space character. The
// other spaces are not printable.
func IsPrint(r rune) bool {
	if uint32(r) < 0x80 {
		return 0x20 <= r && r < 0x7F
	}
	return inClasses(r, mPrint)
}

// IsSpace reports whether the rune is a space character as defined by
// Unicode's White Space property; in the Latin-1 space this is
// '\t', '\n', '\v', '\f', '\r', ' ', U+0085 (NEL), U+00A0 (NBSP).
func IsSpace(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0:
			return true
		}
		return false
	}
	switch {
	case r == 0x1680, 0x2000 <= r && r <= 0x200A, r == 0x2028, r == 0x2029,
		r == 0x202F, r == 0x205F, r == 0x3000:
		return true
	}
	return false
}

// To maps the rune to the specified case: UpperCase, LowerCase, or
// TitleCase.
func To(_case int, r rune) rune {
	if _case < 0 || MaxCase <= _case {
		return ReplacementChar // as reasonable an error as any
	}
	lo, hi := 0, len(caseRanges)/5
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		e := caseRanges[m*5:]
		if r < e[0] {
			hi = m
		} else if r > e[1] {
			lo = m + 1
		} else {
			d := e[2+_case]
			if d > MaxRune {
				// Alternating Upper, lower pairs: the upper (even offset)
				// form is lo+2k, the lower lo+2k+1; title is upper.
				k := (r - e[0]) &^ 1
				if _case == LowerCase {
					return e[0] + k + 1
				}
				return e[0] + k
			}
			return r + d
		}
	}
	return r
}

// ToUpper maps the rune to upper case.
func ToUpper(r rune) rune {
	if r < 0x80 {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(UpperCase, r)
}

// ToLower maps the rune to lower case.
func ToLower(r rune) rune {
	if r < 0x80 {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	return To(LowerCase, r)
}

// ToTitle maps the rune to title case.
func ToTitle(r rune) rune {
	if r < 0x80 {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(TitleCase, r)
}

// SimpleFold iterates over Unicode code points equivalent under the
// Unicode-defined simple case folding. Among the code points equivalent to
// rune (including rune itself), SimpleFold returns the smallest rune > r
// if one exists, or else the smallest rune >= 0. If r is not a valid rune,
// SimpleFold returns r.
func SimpleFold(r rune) rune {
	if r < 0 || r > MaxRune {
		return r
	}
	lo, hi := 0, len(foldExceptions)/2
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if foldExceptions[2*m] < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(foldExceptions)/2 && foldExceptions[2*lo] == r {
		return foldExceptions[2*lo+1]
	}
	if l := ToLower(r); l != r {
		return l
	}
	return ToUpper(r)
}
