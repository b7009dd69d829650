// The mapping functions of package bytes: Map, the case conversions, Title
// and ToValidUTF8. Unlike their strings counterparts they always return a
// new slice, and its capacity follows gc's (Map's buffer starts at len(s)
// and doubles plus utf8.UTFMax when it runs out).
//
// The case conversions go through mapCase rather than a function value so
// that the common paths need no closures.
package bytes

import (
	"unicode"
	"unicode/utf8"
)

const (
	caseUpper = iota
	caseLower
	caseTitle
	caseFunc // the mapping is a function value
)

// mapRune applies case mapping c, or mapping when c is caseFunc.
func mapRune(c int, mapping func(rune) rune, r rune) rune {
	switch c {
	case caseUpper:
		return unicode.ToUpper(r)
	case caseLower:
		return unicode.ToLower(r)
	case caseTitle:
		return unicode.ToTitle(r)
	}
	return mapping(r)
}

// mapBytes is Map for case mapping c (mapping is used only for caseFunc).
// Invalid bytes are passed to the mapping as utf8.RuneError one at a time;
// a mapped value that is not a valid rune is written as U+FFFD.
func mapBytes(c int, mapping func(rune) rune, s []byte) []byte {
	maxbytes := len(s)
	nbytes := 0
	b := make([]byte, maxbytes)
	for i := 0; i < len(s); {
		r, wid := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, wid = utf8.DecodeRune(s[i:])
		}
		r = mapRune(c, mapping, r)
		if r >= 0 {
			rl := utf8.RuneLen(r)
			if rl < 0 {
				rl = 3 // the length of U+FFFD, which replaces it
			}
			if nbytes+rl > maxbytes {
				maxbytes = maxbytes*2 + utf8.UTFMax
				nb := make([]byte, maxbytes)
				copy(nb, b[0:nbytes])
				b = nb
			}
			nbytes += utf8.EncodeRune(b[nbytes:maxbytes], r)
		}
		i += wid
	}
	return b[0:nbytes]
}

// Map returns a copy of the byte slice s with all its characters modified
// according to the mapping function. If mapping returns a negative value,
// the character is dropped from the byte slice with no replacement.
func Map(mapping func(r rune) rune, s []byte) []byte {
	return mapBytes(caseFunc, mapping, s)
}

// ToUpper returns a copy of the byte slice s with all Unicode letters
// mapped to their upper case.
func ToUpper(s []byte) []byte {
	ascii, hasLower := true, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		hasLower = hasLower || 'a' <= c && c <= 'z'
	}
	if !ascii {
		return mapBytes(caseUpper, nil, s)
	}
	if !hasLower {
		return append([]byte(""), s...)
	}
	b := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		b[i] = c
	}
	return b
}

// ToLower returns a copy of the byte slice s with all Unicode letters
// mapped to their lower case.
func ToLower(s []byte) []byte {
	ascii, hasUpper := true, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		hasUpper = hasUpper || 'A' <= c && c <= 'Z'
	}
	if !ascii {
		return mapBytes(caseLower, nil, s)
	}
	if !hasUpper {
		return append([]byte(""), s...)
	}
	b := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return b
}

// ToTitle treats s as UTF-8-encoded bytes and returns a copy with all the
// Unicode letters mapped to their title case.
func ToTitle(s []byte) []byte { return mapBytes(caseTitle, nil, s) }

// isSeparator reports whether r may end a word for Title: ASCII
// alphanumerics and underscore do not; other ASCII characters do; beyond
// ASCII, letters and digits do not, and only spaces do.
func isSeparator(r rune) bool {
	if r <= 0x7F {
		return !('0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r == '_')
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return unicode.IsSpace(r)
}

// Title treats s as UTF-8-encoded bytes and returns a copy with all
// Unicode letters that begin words mapped to their title case.
//
// Deprecated: The rule Title uses for word boundaries does not handle
// Unicode punctuation properly.
func Title(s []byte) []byte {
	// prev is the rune before the current one; a word starts after a
	// separator, and the start of s counts as following a space.
	prev := ' '
	return Map(func(r rune) rune {
		start := isSeparator(prev)
		prev = r
		if start {
			return unicode.ToTitle(r)
		}
		return r
	}, s)
}

// ToValidUTF8 treats s as UTF-8-encoded bytes and returns a copy with each
// run of bytes representing invalid UTF-8 replaced with the bytes in
// replacement, which may be empty.
func ToValidUTF8(s, replacement []byte) []byte {
	b := make([]byte, 0, len(s)+len(replacement))
	invalid := false // previous byte was from an invalid UTF-8 sequence
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			invalid = false
			b = append(b, c)
			continue
		}
		_, wid := utf8.DecodeRune(s[i:])
		if wid == 1 {
			i++
			if !invalid {
				invalid = true
				b = append(b, replacement...)
			}
			continue
		}
		invalid = false
		b = append(b, s[i:i+wid]...)
		i += wid
	}
	return b
}
