// Package bytes is escgo's version of Go's bytes package: the functions of
// package strings for byte slices, plus Buffer (buffer.go) and Reader
// (reader.go). Results match Go 1.19 exactly, including which results are
// nil, which share the argument's memory and the capacities of subslices
// (Split, Fields and friends return full slice expressions, as gc's do),
// because programs can observe all three.
//
// The searches follow strings.go (scan for the first byte, Rabin-Karp when
// that degenerates) so that the two packages behave and perform alike.
// Nothing here stores a parameter anywhere but in a result: escape analysis
// sees these bodies, and a caller's slices must stay where gc keeps them.
package bytes

import (
	"unicode"
	"unicode/utf8"
)

// Equal reports whether a and b are the same length and contain the same
// bytes. A nil argument is equivalent to an empty slice.
func Equal(a, b []byte) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Compare returns an integer comparing two byte slices lexicographically:
// 0 if a == b, -1 if a < b, and +1 if a > b. A nil argument is equivalent
// to an empty slice.
func Compare(a, b []byte) int {
	n := len(a)
	if len(b) < n {
		n = len(b)
	}
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return +1
		}
	}
	switch {
	case len(a) < len(b):
		return -1
	case len(a) > len(b):
		return +1
	}
	return 0
}

// explode splits s into a slice of UTF-8 sequences, one per Unicode code
// point (invalid bytes one each), up to a maximum of n (n <= 0 means no
// limit); the last piece holds the unsplit rest.
func explode(s []byte, n int) [][]byte {
	if n <= 0 || n > len(s) {
		n = len(s)
	}
	a := make([][]byte, n)
	na := 0
	for len(s) > 0 {
		if na+1 >= n {
			a[na] = s
			na++
			break
		}
		_, size := utf8.DecodeRune(s)
		a[na] = s[0:size:size]
		s = s[size:]
		na++
	}
	return a[0:na]
}

// Count counts the number of non-overlapping instances of sep in s. If
// sep is empty, Count returns 1 + the number of UTF-8-encoded code points
// in s.
func Count(s, sep []byte) int {
	if len(sep) == 0 {
		return utf8.RuneCount(s) + 1
	}
	if len(sep) == 1 {
		c := sep[0]
		n := 0
		for i := 0; i < len(s); i++ {
			if s[i] == c {
				n++
			}
		}
		return n
	}
	n := 0
	for {
		i := Index(s, sep)
		if i == -1 {
			return n
		}
		n++
		s = s[i+len(sep):]
	}
}

// Contains reports whether subslice is within b.
func Contains(b, subslice []byte) bool { return Index(b, subslice) != -1 }

// ContainsAny reports whether any of the UTF-8-encoded code points in
// chars are within b.
func ContainsAny(b []byte, chars string) bool { return IndexAny(b, chars) >= 0 }

// ContainsRune reports whether the rune is contained in the UTF-8-encoded
// byte slice b.
func ContainsRune(b []byte, r rune) bool { return IndexRune(b, r) >= 0 }

// IndexByte returns the index of the first instance of c in b, or -1 if c
// is not present in b.
func IndexByte(b []byte, c byte) int {
	for i := 0; i < len(b); i++ {
		if b[i] == c {
			return i
		}
	}
	return -1
}

// LastIndexByte returns the index of the last instance of c in s, or -1
// if c is not present in s.
func LastIndexByte(s []byte, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// IndexRune interprets s as a sequence of UTF-8-encoded code points. It
// returns the byte index of the first occurrence in s of the given rune,
// or -1 if rune is not present in s. If r is utf8.RuneError, it returns
// the first instance of any invalid UTF-8 byte sequence.
func IndexRune(s []byte, r rune) int {
	switch {
	case 0 <= r && r < utf8.RuneSelf:
		return IndexByte(s, byte(r))
	case r == utf8.RuneError:
		for i := 0; i < len(s); {
			r1, n := utf8.DecodeRune(s[i:])
			if r1 == utf8.RuneError {
				return i
			}
			i += n
		}
		return -1
	case !utf8.ValidRune(r):
		return -1
	}
	var b [utf8.UTFMax]byte
	n := utf8.EncodeRune(b[:], r)
	return Index(s, b[:n])
}

// Index returns the index of the first instance of sep in s, or -1 if sep
// is not present in s.
func Index(s, sep []byte) int {
	n := len(sep)
	switch {
	case n == 0:
		return 0
	case n == 1:
		return IndexByte(s, sep[0])
	case n == len(s):
		if Equal(sep, s) {
			return 0
		}
		return -1
	case n > len(s):
		return -1
	}
	// Scan for the first byte, then compare; switch to Rabin-Karp when the
	// first byte matches too often for the naive search to stay linear.
	c0, c1 := sep[0], sep[1]
	fails := 0
	last := len(s) - n
	for i := 0; i <= last; i++ {
		if s[i] != c0 {
			j := IndexByte(s[i+1:last+1], c0)
			if j < 0 {
				return -1
			}
			i += j + 1
		}
		if s[i+1] == c1 && Equal(s[i:i+n], sep) {
			return i
		}
		fails++
		if fails > 16+i>>4 && i < last {
			if j := indexRabinKarp(s[i+1:], sep); j >= 0 {
				return i + 1 + j
			}
			return -1
		}
	}
	return -1
}

const primeRK = 16777619

// hashRK returns the Rabin-Karp hash of sep and primeRK**len(sep), the
// factor that takes a byte out of a rolling hash of len(sep) bytes.
func hashRK(sep []byte) (uint32, uint32) {
	hash := uint32(0)
	for i := 0; i < len(sep); i++ {
		hash = hash*primeRK + uint32(sep[i])
	}
	var pow, sq uint32 = 1, primeRK
	for i := len(sep); i > 0; i >>= 1 {
		if i&1 != 0 {
			pow *= sq
		}
		sq *= sq
	}
	return hash, pow
}

func indexRabinKarp(s, sep []byte) int {
	n := len(sep)
	if len(s) < n {
		return -1
	}
	hashsep, pow := hashRK(sep)
	var h uint32
	for i := 0; i < n; i++ {
		h = h*primeRK + uint32(s[i])
	}
	if h == hashsep && Equal(s[:n], sep) {
		return 0
	}
	for i := n; i < len(s); {
		h *= primeRK
		h += uint32(s[i])
		h -= pow * uint32(s[i-n])
		i++
		if h == hashsep && Equal(s[i-n:i], sep) {
			return i - n
		}
	}
	return -1
}

// LastIndex returns the index of the last instance of sep in s, or -1 if
// sep is not present in s.
func LastIndex(s, sep []byte) int {
	n := len(sep)
	switch {
	case n == 0:
		return len(s)
	case n == 1:
		return LastIndexByte(s, sep[0])
	case n == len(s):
		if Equal(s, sep) {
			return 0
		}
		return -1
	case n > len(s):
		return -1
	}
	c0 := sep[0]
	for i := len(s) - n; i >= 0; i-- {
		if s[i] == c0 && Equal(s[i:i+n], sep) {
			return i
		}
	}
	return -1
}

// asciiSet is a 256-bit set of bytes; only ASCII bytes are ever added.
type asciiSet [8]uint32

// makeASCIISet returns the set of the bytes of chars, and false if chars
// holds a non-ASCII byte (then the set is not usable).
func makeASCIISet(chars string) (as asciiSet, ok bool) {
	for i := 0; i < len(chars); i++ {
		c := chars[i]
		if c >= utf8.RuneSelf {
			return as, false
		}
		as[c/32] |= 1 << (c % 32)
	}
	return as, true
}

func (as *asciiSet) contains(c byte) bool {
	return as[c/32]&(1<<(c%32)) != 0
}

// inChars reports whether r is one of the code points of chars as a range
// loop decodes them (so utf8.RuneError also matches an invalid byte).
func inChars(chars string, r rune) bool {
	if r < utf8.RuneSelf {
		for i := 0; i < len(chars); i++ {
			if rune(chars[i]) == r {
				return true
			}
		}
		return false
	}
	for _, c := range chars {
		if c == r {
			return true
		}
	}
	return false
}

// IndexAny interprets s as a sequence of UTF-8-encoded Unicode code
// points. It returns the byte index of the first occurrence in s of any
// of the Unicode code points in chars, or -1 if none is there.
func IndexAny(s []byte, chars string) int {
	if chars == "" {
		return -1
	}
	if len(s) > 8 {
		if as, isASCII := makeASCIISet(chars); isASCII {
			for i := 0; i < len(s); i++ {
				if as.contains(s[i]) {
					return i
				}
			}
			return -1
		}
	}
	for i := 0; i < len(s); {
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRune(s[i:])
		}
		if inChars(chars, r) {
			return i
		}
		i += w
	}
	return -1
}

// LastIndexAny interprets s as a sequence of UTF-8-encoded Unicode code
// points. It returns the byte index of the last occurrence in s of any of
// the Unicode code points in chars, or -1 if none is there.
func LastIndexAny(s []byte, chars string) int {
	if chars == "" {
		return -1
	}
	if len(s) > 8 {
		if as, isASCII := makeASCIISet(chars); isASCII {
			for i := len(s) - 1; i >= 0; i-- {
				if as.contains(s[i]) {
					return i
				}
			}
			return -1
		}
	}
	for i := len(s); i > 0; {
		r, w := rune(s[i-1]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeLastRune(s[:i])
		}
		i -= w
		if inChars(chars, r) {
			return i
		}
	}
	return -1
}

// genSplit cuts s at the first n-1 instances of sep (all when n < 0); the
// first sepSave bytes of each separator stay at the end of the piece
// before it. Every piece but the last has its length as capacity.
func genSplit(s, sep []byte, sepSave, n int) [][]byte {
	if n == 0 {
		return nil
	}
	if len(sep) == 0 {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	a := make([][]byte, n)
	n--
	i := 0
	for i < n {
		m := Index(s, sep)
		if m < 0 {
			break
		}
		a[i] = s[: m+sepSave : m+sepSave]
		s = s[m+len(sep):]
		i++
	}
	a[i] = s
	return a[:i+1]
}

// SplitN slices s into subslices separated by sep and returns a slice of
// the subslices between those separators. n > 0: at most n subslices;
// n == 0: the result is nil; n < 0: all subslices.
func SplitN(s, sep []byte, n int) [][]byte { return genSplit(s, sep, 0, n) }

// SplitAfterN slices s into subslices after each instance of sep and
// returns a slice of those subslices, at most n as for SplitN.
func SplitAfterN(s, sep []byte, n int) [][]byte { return genSplit(s, sep, len(sep), n) }

// Split slices s into all subslices separated by sep and returns a slice
// of the subslices between those separators.
func Split(s, sep []byte) [][]byte { return genSplit(s, sep, 0, -1) }

// SplitAfter slices s into all subslices after each instance of sep.
func SplitAfter(s, sep []byte) [][]byte { return genSplit(s, sep, len(sep), -1) }

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// Fields interprets s as a sequence of UTF-8-encoded code points. It
// splits s around each run of white space characters, as defined by
// unicode.IsSpace, returning a slice of subslices of s or an empty slice
// if s contains only white space.
func Fields(s []byte) [][]byte {
	n := 0
	inField := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return fieldsUnicode(s)
		}
		sp := isASCIISpace(c)
		if !sp && !inField {
			n++
		}
		inField = !sp
	}
	a := make([][]byte, n)
	na := 0
	start := -1
	for i := 0; i < len(s); i++ {
		if isASCIISpace(s[i]) {
			if start >= 0 {
				a[na] = s[start:i:i]
				na++
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		a[na] = s[start:len(s):len(s)]
	}
	return a
}

// fieldsUnicode is Fields for input with non-ASCII bytes (invalid ones
// decode as U+FFFD, which is not a space).
func fieldsUnicode(s []byte) [][]byte {
	n := 0
	inField := false
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRune(s[i:])
		sp := unicode.IsSpace(r)
		if !sp && !inField {
			n++
		}
		inField = !sp
		i += w
	}
	a := make([][]byte, n)
	na := 0
	start := -1
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRune(s[i:])
		if unicode.IsSpace(r) {
			if start >= 0 {
				a[na] = s[start:i:i]
				na++
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += w
	}
	if start >= 0 {
		a[na] = s[start:len(s):len(s)]
	}
	return a
}

// FieldsFunc interprets s as a sequence of UTF-8-encoded code points. It
// splits s at each run of code points c satisfying f(c) and returns a
// slice of subslices of s; f is called once per code point, in order.
func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	// Remember the field bounds in one pass (f may have state), then cut.
	bounds := make([]int, 0, 64)
	start := -1
	for i := 0; i < len(s); {
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRune(s[i:])
		}
		if f(r) {
			if start >= 0 {
				bounds = append(bounds, start, i)
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += w
	}
	if start >= 0 {
		bounds = append(bounds, start, len(s))
	}
	a := make([][]byte, len(bounds)/2)
	for i := range a {
		lo, hi := bounds[2*i], bounds[2*i+1]
		a[i] = s[lo:hi:hi]
	}
	return a
}

// Join concatenates the elements of s to create a new byte slice. The
// separator sep is placed between elements in the resulting slice.
func Join(s [][]byte, sep []byte) []byte {
	if len(s) == 0 {
		return []byte{}
	}
	if len(s) == 1 {
		return append([]byte(nil), s[0]...)
	}
	n := len(sep) * (len(s) - 1)
	for _, v := range s {
		n += len(v)
	}
	b := make([]byte, n)
	bp := copy(b, s[0])
	for _, v := range s[1:] {
		bp += copy(b[bp:], sep)
		bp += copy(b[bp:], v)
	}
	return b
}

// HasPrefix tests whether the byte slice s begins with prefix.
func HasPrefix(s, prefix []byte) bool {
	return len(s) >= len(prefix) && Equal(s[0:len(prefix)], prefix)
}

// HasSuffix tests whether the byte slice s ends with suffix.
func HasSuffix(s, suffix []byte) bool {
	return len(s) >= len(suffix) && Equal(s[len(s)-len(suffix):], suffix)
}

// Repeat returns a new byte slice consisting of count copies of b. It
// panics if count is negative or if the result of (len(b) * count)
// overflows.
func Repeat(b []byte, count int) []byte {
	if count == 0 {
		return []byte{}
	}
	if count < 0 {
		panic("bytes: negative Repeat count")
	} else if len(b)*count/count != len(b) {
		panic("bytes: Repeat count causes overflow")
	}
	nb := make([]byte, len(b)*count)
	// Doubling copies: log2(count) calls to copy.
	bp := copy(nb, b)
	for bp < len(nb) {
		copy(nb[bp:], nb[:bp])
		bp *= 2
	}
	return nb
}

// Runes interprets s as a sequence of UTF-8-encoded code points. It
// returns a slice of runes (Unicode code points) equivalent to s.
func Runes(s []byte) []rune {
	t := make([]rune, utf8.RuneCount(s))
	i := 0
	for len(s) > 0 {
		r, l := utf8.DecodeRune(s)
		t[i] = r
		i++
		s = s[l:]
	}
	return t
}

// Replace returns a copy of the slice s with the first n non-overlapping
// instances of old replaced by new. If old is empty, it matches at the
// beginning of the slice and after each UTF-8 sequence, yielding up to
// k+1 replacements for a k-rune slice. If n < 0, there is no limit on the
// number of replacements.
func Replace(s, old, new []byte, n int) []byte {
	m := 0
	if n != 0 {
		m = Count(s, old)
	}
	if m == 0 {
		// Nothing to replace: a copy all the same.
		return append([]byte(nil), s...)
	}
	if n < 0 || m < n {
		n = m
	}
	t := make([]byte, len(s)+n*(len(new)-len(old)))
	w := 0
	start := 0
	for i := 0; i < n; i++ {
		j := start
		if len(old) == 0 {
			if i > 0 {
				_, wid := utf8.DecodeRune(s[start:])
				j += wid
			}
		} else {
			j += Index(s[start:], old)
		}
		w += copy(t[w:], s[start:j])
		w += copy(t[w:], new)
		start = j + len(old)
	}
	w += copy(t[w:], s[start:])
	return t[0:w]
}

// ReplaceAll returns a copy of the slice s with all non-overlapping
// instances of old replaced by new.
func ReplaceAll(s, old, new []byte) []byte { return Replace(s, old, new, -1) }

// EqualFold reports whether s and t, interpreted as UTF-8 strings, are
// equal under simple Unicode case-folding, which is a more general form of
// case-insensitivity.
func EqualFold(s, t []byte) bool {
	for len(s) != 0 && len(t) != 0 {
		var sr, tr rune
		if s[0] < utf8.RuneSelf {
			sr, s = rune(s[0]), s[1:]
		} else {
			r, size := utf8.DecodeRune(s)
			sr, s = r, s[size:]
		}
		if t[0] < utf8.RuneSelf {
			tr, t = rune(t[0]), t[1:]
		} else {
			r, size := utf8.DecodeRune(t)
			tr, t = r, t[size:]
		}
		if tr == sr {
			continue
		}
		if tr < sr {
			tr, sr = sr, tr
		}
		// ASCII letters fold only to each other.
		if tr < utf8.RuneSelf {
			if 'A' <= sr && sr <= 'Z' && tr == sr+'a'-'A' {
				continue
			}
			return false
		}
		// Walk sr's fold orbit (a cycle) looking for tr.
		r := unicode.SimpleFold(sr)
		for r != sr && r < tr {
			r = unicode.SimpleFold(r)
		}
		if r == tr {
			continue
		}
		return false
	}
	return len(s) == len(t)
}

// Cut slices s around the first instance of sep, returning the text before
// and after sep. The found result reports whether sep appears in s. If sep
// does not appear in s, cut returns s, nil, false. Cut returns slices of
// the original slice s, not copies.
func Cut(s, sep []byte) (before, after []byte, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}
