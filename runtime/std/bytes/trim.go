// The trimming functions of package bytes, and IndexFunc/LastIndexFunc
// that the Func variants build on. Which results are nil is gc's: Trim,
// TrimLeft, TrimLeftFunc, TrimFunc and TrimSpace return nil when nothing
// is left, TrimRight and TrimRightFunc an empty slice of s.
package bytes

import (
	"unicode"
	"unicode/utf8"
)

// TrimPrefix returns s without the provided leading prefix string. If s
// doesn't start with prefix, s is returned unchanged.
func TrimPrefix(s, prefix []byte) []byte {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without the provided trailing suffix string. If s
// doesn't end with suffix, s is returned unchanged.
func TrimSuffix(s, suffix []byte) []byte {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// indexFunc is the index of the first code point r of s with f(r) ==
// truth, or -1.
func indexFunc(s []byte, f func(rune) bool, truth bool) int {
	for i := 0; i < len(s); {
		r, wid := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, wid = utf8.DecodeRune(s[i:])
		}
		if f(r) == truth {
			return i
		}
		i += wid
	}
	return -1
}

// lastIndexFunc is the index of the last code point r of s with f(r) ==
// truth, or -1.
func lastIndexFunc(s []byte, f func(rune) bool, truth bool) int {
	for i := len(s); i > 0; {
		r, size := rune(s[i-1]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeLastRune(s[0:i])
		}
		i -= size
		if f(r) == truth {
			return i
		}
	}
	return -1
}

// IndexFunc interprets s as a sequence of UTF-8-encoded code points. It
// returns the byte index in s of the first Unicode code point satisfying
// f(c), or -1 if none do.
func IndexFunc(s []byte, f func(r rune) bool) int { return indexFunc(s, f, true) }

// LastIndexFunc interprets s as a sequence of UTF-8-encoded code points.
// It returns the byte index in s of the last Unicode code point satisfying
// f(c), or -1 if none do.
func LastIndexFunc(s []byte, f func(r rune) bool) int { return lastIndexFunc(s, f, true) }

// TrimLeftFunc treats s as UTF-8-encoded bytes and returns a subslice of
// s by slicing off all leading UTF-8-encoded code points c that satisfy
// f(c).
func TrimLeftFunc(s []byte, f func(r rune) bool) []byte {
	i := indexFunc(s, f, false)
	if i == -1 {
		return nil
	}
	return s[i:]
}

// TrimRightFunc returns a subslice of s by slicing off all trailing
// UTF-8-encoded code points c that satisfy f(c).
func TrimRightFunc(s []byte, f func(r rune) bool) []byte {
	i := lastIndexFunc(s, f, false)
	if i >= 0 && s[i] >= utf8.RuneSelf {
		_, wid := utf8.DecodeRune(s[i:])
		i += wid
	} else {
		i++
	}
	return s[0:i]
}

// TrimFunc returns a subslice of s by slicing off all leading and trailing
// UTF-8-encoded code points c that satisfy f(c).
func TrimFunc(s []byte, f func(r rune) bool) []byte {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// trimLeftSet drops the leading code points of s that are in cutset; nil
// when none are left.
func trimLeftSet(s []byte, cutset string) []byte {
	if len(cutset) == 1 && cutset[0] < utf8.RuneSelf {
		c := cutset[0]
		for len(s) > 0 && s[0] == c {
			s = s[1:]
		}
	} else if as, ok := makeASCIISet(cutset); ok {
		for len(s) > 0 && as.contains(s[0]) {
			s = s[1:]
		}
	} else {
		for len(s) > 0 {
			r, n := rune(s[0]), 1
			if r >= utf8.RuneSelf {
				r, n = utf8.DecodeRune(s)
			}
			if !inChars(cutset, r) {
				break
			}
			s = s[n:]
		}
	}
	if len(s) == 0 {
		return nil
	}
	return s
}

// trimRightSet drops the trailing code points of s that are in cutset.
func trimRightSet(s []byte, cutset string) []byte {
	if len(cutset) == 1 && cutset[0] < utf8.RuneSelf {
		c := cutset[0]
		for len(s) > 0 && s[len(s)-1] == c {
			s = s[:len(s)-1]
		}
		return s
	}
	if as, ok := makeASCIISet(cutset); ok {
		for len(s) > 0 && as.contains(s[len(s)-1]) {
			s = s[:len(s)-1]
		}
		return s
	}
	for len(s) > 0 {
		r, n := rune(s[len(s)-1]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeLastRune(s)
		}
		if !inChars(cutset, r) {
			break
		}
		s = s[:len(s)-n]
	}
	return s
}

// Trim returns a subslice of s by slicing off all leading and trailing
// UTF-8-encoded code points contained in cutset.
func Trim(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	return trimLeftSet(trimRightSet(s, cutset), cutset)
}

// TrimLeft returns a subslice of s by slicing off all leading
// UTF-8-encoded code points contained in cutset.
func TrimLeft(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	return trimLeftSet(s, cutset)
}

// TrimRight returns a subslice of s by slicing off all trailing
// UTF-8-encoded code points that are contained in cutset.
func TrimRight(s []byte, cutset string) []byte {
	if len(s) == 0 || cutset == "" {
		return s
	}
	return trimRightSet(s, cutset)
}

// TrimSpace returns a subslice of s by slicing off all leading and
// trailing white space, as defined by Unicode.
func TrimSpace(s []byte) []byte {
	start := 0
	for ; start < len(s); start++ {
		c := s[start]
		if c >= utf8.RuneSelf {
			return trimSpaceUnicode(s[start:])
		}
		if !isASCIISpace(c) {
			break
		}
	}
	stop := len(s)
	for ; stop > start; stop-- {
		c := s[stop-1]
		if c >= utf8.RuneSelf {
			return trimSpaceUnicode(s[start:stop])
		}
		if !isASCIISpace(c) {
			break
		}
	}
	if start == stop {
		return nil
	}
	return s[start:stop]
}

// trimSpaceUnicode is TrimFunc(s, unicode.IsSpace) without the function
// value: nil when only space is left.
func trimSpaceUnicode(s []byte) []byte {
	for len(s) > 0 {
		r, w := rune(s[0]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRune(s)
		}
		if !unicode.IsSpace(r) {
			break
		}
		s = s[w:]
	}
	if len(s) == 0 {
		return nil
	}
	for len(s) > 0 {
		r, w := rune(s[len(s)-1]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeLastRune(s)
		}
		if !unicode.IsSpace(r) {
			break
		}
		s = s[:len(s)-w]
	}
	return s
}
