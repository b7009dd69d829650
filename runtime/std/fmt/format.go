// format.go: the leaf formatters — padding, integers, runes, strings, byte
// strings in hex, floats — shared by every verb. They write into the
// printer's buffer and honour its width, precision and flags exactly as
// gc's fmt does (the fmt package documentation is the specification; the
// comments below note the corner cases it leaves implicit).

package fmt

import (
	"strconv"
	"unicode/utf8"
)

const (
	lowerHex = "0123456789abcdefx"
	upperHex = "0123456789ABCDEFX"
)

// flags holds the state of one verb: what its flags, width and precision
// asked for. plusV and sharpV are %+v and %#v, kept apart from plus and
// sharp so that nested values printed with other verbs do not see them.
type flags struct {
	widPresent  bool
	precPresent bool
	minus       bool
	plus        bool
	sharp       bool
	space       bool
	zero        bool
	plusV       bool
	sharpV      bool

	wid  int
	prec int
}

// writePadding appends n pad bytes: zeros with the 0 flag, else spaces.
func (p *pp) writePadding(n int) {
	if n <= 0 {
		return
	}
	c := byte(' ')
	if p.f.zero {
		c = '0'
	}
	for ; n > 0; n-- {
		p.buf = append(p.buf, c)
	}
}

// padBytes appends b padded to the width, counted in runes.
func (p *pp) padBytes(b []byte) {
	if !p.f.widPresent || p.f.wid == 0 {
		p.buf = append(p.buf, b...)
		return
	}
	n := p.f.wid - utf8.RuneCount(b)
	if p.f.minus {
		p.buf = append(p.buf, b...)
		p.writePadding(n)
		return
	}
	p.writePadding(n)
	p.buf = append(p.buf, b...)
}

// padString is padBytes for a string.
func (p *pp) padString(s string) {
	if !p.f.widPresent || p.f.wid == 0 {
		p.buf = append(p.buf, s...)
		return
	}
	n := p.f.wid - utf8.RuneCountInString(s)
	if p.f.minus {
		p.buf = append(p.buf, s...)
		p.writePadding(n)
		return
	}
	p.writePadding(n)
	p.buf = append(p.buf, s...)
}

// padNoZero pads b with spaces even under the 0 flag: numbers that handle
// zero padding themselves, and things that are not numbers, use it.
func (p *pp) padNoZero(b []byte) {
	z := p.f.zero
	p.f.zero = false
	p.padBytes(b)
	p.f.zero = z
}

func (p *pp) fmtBoolean(v bool) {
	if v {
		p.padString("true")
	} else {
		p.padString("false")
	}
}

// fmtInteger formats u (a two's complement int64 when signed) in base 2, 8,
// 10 or 16. Leading zeros come from the precision, or else from the 0 flag
// with a width (leaving room for a sign); a 0x/0b/0/0o prefix and the sign
// go in front of them, so %#08x of 255 is 0x000000ff, wider than 8.
func (p *pp) fmtInteger(u uint64, base int, signed bool, verb rune, digits string) {
	neg := signed && int64(u) < 0
	if neg {
		u = -u
	}
	zeros := 0
	if p.f.precPresent {
		zeros = p.f.prec
		if zeros == 0 && u == 0 {
			// %.0d of 0 prints nothing at all, but still pads.
			z := p.f.zero
			p.f.zero = false
			p.writePadding(p.f.wid)
			p.f.zero = z
			return
		}
	} else if p.f.zero && p.f.widPresent {
		zeros = p.f.wid
		if neg || p.f.plus || p.f.space {
			zeros--
		}
	}

	var rev [64]byte // the digits, least significant first
	n := 0
	b := uint64(base)
	for {
		rev[n] = digits[u%b]
		n++
		u /= b
		if u == 0 {
			break
		}
	}
	size := n
	if zeros > size {
		size = zeros
	}
	out := make([]byte, 0, size+5)
	if neg {
		out = append(out, '-')
	} else if p.f.plus {
		out = append(out, '+')
	} else if p.f.space {
		out = append(out, ' ')
	}
	if verb == 'O' {
		out = append(out, '0', 'o')
	}
	if p.f.sharp {
		switch base {
		case 2:
			out = append(out, '0', 'b')
		case 8:
			// a leading zero, unless the number already starts with one
			if zeros <= n && rev[n-1] != '0' {
				out = append(out, '0')
			}
		case 16:
			out = append(out, '0', digits[16])
		}
	}
	for i := n; i < zeros; i++ {
		out = append(out, '0')
	}
	for i := n - 1; i >= 0; i-- {
		out = append(out, rev[i])
	}
	p.padNoZero(out)
}

// fmt0x64 prints u in hex with or without a 0x prefix, whatever the #
// flag says: %#v of unsigned integers and pointers use it.
func (p *pp) fmt0x64(u uint64, prefix bool) {
	sharp := p.f.sharp
	p.f.sharp = prefix
	p.fmtInteger(u, 16, false, 'v', lowerHex)
	p.f.sharp = sharp
}

// toRune is what %c and %q make of an integer: values beyond Unicode
// become U+FFFD.
func toRune(c uint64) rune {
	if c > utf8.MaxRune {
		return utf8.RuneError
	}
	return rune(c)
}

// fmtC formats an integer as the character it encodes (%c).
func (p *pp) fmtC(c uint64) {
	p.padBytes(utf8.AppendRune(nil, toRune(c)))
}

// fmtQc formats an integer as a quoted Go character literal (%q); %+q
// escapes everything outside ASCII.
func (p *pp) fmtQc(c uint64) {
	r := toRune(c)
	if p.f.plus {
		p.padBytes(strconv.AppendQuoteRuneToASCII(nil, r))
	} else {
		p.padBytes(strconv.AppendQuoteRune(nil, r))
	}
}

// fmtUnicode formats an integer as U+0078, at least 4 hex digits (more
// with a larger precision); %#U appends the character itself, quoted, when
// it is printable.
func (p *pp) fmtUnicode(u uint64) {
	prec := 4
	if p.f.precPresent && p.f.prec > 4 {
		prec = p.f.prec
	}
	var rev [16]byte
	n := 0
	for v := u; ; {
		rev[n] = upperHex[v&0xF]
		n++
		v >>= 4
		if v == 0 {
			break
		}
	}
	out := make([]byte, 0, prec+n+10)
	out = append(out, 'U', '+')
	for i := n; i < prec; i++ {
		out = append(out, '0')
	}
	for i := n - 1; i >= 0; i-- {
		out = append(out, rev[i])
	}
	if p.f.sharp && u <= utf8.MaxRune && strconv.IsPrint(rune(u)) {
		out = append(out, ' ', '\'')
		out = utf8.AppendRune(out, rune(u))
		out = append(out, '\'')
	}
	p.padNoZero(out)
}

// truncateString cuts s to the precision, counted in runes.
func (p *pp) truncateString(s string) string {
	if p.f.precPresent {
		n := 0
		for i := range s {
			if n == p.f.prec {
				return s[:i]
			}
			n++
		}
	}
	return s
}

// truncateBytes cuts b to the precision, counted in runes.
func (p *pp) truncateBytes(b []byte) []byte {
	if p.f.precPresent {
		n := 0
		for i := 0; i < len(b); {
			if n == p.f.prec {
				return b[:i]
			}
			_, size := utf8.DecodeRune(b[i:])
			i += size
			n++
		}
	}
	return b
}

// fmtS formats a string as is (%s, %v).
func (p *pp) fmtS(s string) {
	p.padString(p.truncateString(s))
}

// fmtBs formats a byte slice as a string (%s).
func (p *pp) fmtBs(b []byte) {
	p.padBytes(p.truncateBytes(b))
}

// fmtQ formats a string as a double-quoted Go string (%q); %#q uses a raw
// `string` when the string allows one, %+q escapes non-ASCII.
func (p *pp) fmtQ(s string) {
	s = p.truncateString(s)
	if p.f.sharp && strconv.CanBackquote(s) {
		p.padString("`" + s + "`")
		return
	}
	if p.f.plus {
		p.padBytes(strconv.AppendQuoteToASCII(nil, s))
	} else {
		p.padBytes(strconv.AppendQuote(nil, s))
	}
}

// fmtHexBytes formats s (or b, when isBytes) as hex, two digits a byte
// (%x, %X). The precision counts input bytes. The space flag separates
// bytes with spaces, and then # puts 0x before every byte, not only the
// first. The whole encoding is padded as a unit.
func (p *pp) fmtHexBytes(s string, b []byte, isBytes bool, digits string) {
	length := len(s)
	if isBytes {
		length = len(b)
	}
	if p.f.precPresent && p.f.prec < length {
		length = p.f.prec
	}
	if length <= 0 {
		if p.f.widPresent {
			p.writePadding(p.f.wid)
		}
		return
	}
	width := 2 * length
	if p.f.space {
		if p.f.sharp {
			width *= 2
		}
		width += length - 1
	} else if p.f.sharp {
		width += 2
	}
	pad := 0
	if p.f.widPresent && p.f.wid > width {
		pad = p.f.wid - width
	}
	if !p.f.minus {
		p.writePadding(pad)
	}
	if p.f.sharp {
		p.buf = append(p.buf, '0', digits[16])
	}
	for i := 0; i < length; i++ {
		if p.f.space && i > 0 {
			p.buf = append(p.buf, ' ')
			if p.f.sharp {
				p.buf = append(p.buf, '0', digits[16])
			}
		}
		var c byte
		if isBytes {
			c = b[i]
		} else {
			c = s[i]
		}
		p.buf = append(p.buf, digits[c>>4], digits[c&0xF])
	}
	if p.f.minus {
		p.writePadding(pad)
	}
}

// fmtFloat formats v, a float of size 32 or 64 bits, with strconv's verb
// ('b', 'e', 'E', 'f', 'g', 'G', 'x', 'X') and default precision prec (-1:
// the shortest representation that reads back exactly); an explicit
// precision overrides it.
func (p *pp) fmtFloat(v float64, size int, verb rune, prec int) {
	if p.f.precPresent {
		prec = p.f.prec
	}
	// num[0] is always a sign: strconv's own, or '+' put there.
	num := strconv.AppendFloat([]byte{'+'}, v, byte(verb), prec, size)
	if num[1] == '-' || num[1] == '+' {
		num = num[1:]
	}
	if p.f.space && num[0] == '+' && !p.f.plus {
		num[0] = ' '
	}
	if num[1] == 'I' || num[1] == 'N' {
		// Infinities and NaN are not numbers to zero-pad, and NaN has
		// no sign unless one was asked for.
		if num[1] == 'N' && !p.f.space && !p.f.plus {
			num = num[1:]
		}
		p.padNoZero(num)
		return
	}
	if p.f.sharp && verb != 'b' {
		num = sharpFloat(num, verb, prec)
	}
	if p.f.plus || num[0] != '+' {
		// With zero padding the sign goes before the zeros.
		if p.f.zero && p.f.widPresent && p.f.wid > len(num) {
			p.buf = append(p.buf, num[0])
			p.writePadding(p.f.wid - len(num))
			p.buf = append(p.buf, num[1:]...)
			return
		}
		p.padBytes(num)
		return
	}
	p.padBytes(num[1:])
}

// sharpFloat applies the # flag to a formatted float (num[0] is its
// sign): a decimal point always, and for %g/%G/%x/%v the trailing zeros
// strconv dropped, up to the precision (6 by default) counted in
// significant digits. The exponent (e+07, p-3) moves to the end again.
// Like gc, every non-'0' character of the mantissa after the first one
// counts as a digit, including the x of a hex float's 0x.
func sharpFloat(num []byte, verb rune, prec int) []byte {
	want := 0
	switch verb {
	case 'v', 'g', 'G', 'x':
		want = prec
		if want == -1 {
			want = 6
		}
	}
	end := len(num)
	dot := false
	seen := false
	for i := 1; i < len(num); i++ {
		c := num[i]
		if c == '.' {
			dot = true
			continue
		}
		if c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X') {
			end = i
			break
		}
		if c != '0' {
			seen = true
		}
		if seen {
			want--
		}
	}
	tail := append([]byte(nil), num[end:]...)
	num = num[:end]
	if !dot {
		if len(num) == 2 && num[1] == '0' {
			want--
		}
		num = append(num, '.')
	}
	for ; want > 0; want-- {
		num = append(num, '0')
	}
	return append(num, tail...)
}
