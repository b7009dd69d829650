package strings

import "unicode"

// Title returns a copy of the string s with all Unicode letters that begin
// words mapped to their Unicode title case.
//
// Deprecated: The rule Title uses for word boundaries does not handle
// Unicode punctuation properly.
func Title(s string) string {
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

// Clone returns a fresh copy of s. It guarantees to make a copy of s into
// a new allocation, which can be important when retaining only a small
// substring of a much larger string. Clone("") is "" without allocating.
func Clone(s string) string {
	if len(s) == 0 {
		return ""
	}
	b := make([]byte, len(s))
	copy(b, s)
	return string(b)
}
