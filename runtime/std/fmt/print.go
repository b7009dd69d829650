// Package fmt is escgo's implementation of Go's fmt package: formatted
// printing with the verbs, flags and output of gc's fmt, written from its
// documentation. Values are taken apart with internal/rtype, escgo's
// small stand-in for reflect, which reads codegen's type descriptors.
//
// print.go holds the API, the Printf format parser and the printing of
// operands by kind; format.go the leaf formatters; methods.go the
// Formatter/Stringer/error dispatch and Errorf; sort.go the key order of
// printed maps.
package fmt

import (
	"internal/rtype"
	"io"
	"os"
	"unicode/utf8"
)

// pp is the state of one Print/Printf call.
type pp struct {
	buf []byte
	f   flags

	// arg is the operand being printed by printArg (nil inside
	// printValue); value, when hasValue, the value printValue is on. A bad
	// verb reports whichever is set.
	arg      any
	value    any
	hasValue bool

	// reordered: the format used an explicit argument index [n];
	// goodArgNum: the current one was valid.
	reordered  bool
	goodArgNum bool
	// erroring: printing a %!verb(...) operand; methods are not called
	// then, so that a broken String method cannot recurse.
	erroring bool
	// wrapErrs: this is Errorf, which takes %w; wrappedErr its operand.
	wrapErrs   bool
	wrappedErr error
}

func newPrinter() *pp {
	return &pp{}
}

// Write lets a Formatter append to the output (State).
func (p *pp) Write(b []byte) (n int, err error) {
	p.buf = append(p.buf, b...)
	return len(b), nil
}

// WriteString lets a Formatter append a string to the output.
func (p *pp) WriteString(s string) (n int, err error) {
	p.buf = append(p.buf, s...)
	return len(s), nil
}

// Width returns the width and whether one was given (State).
func (p *pp) Width() (wid int, ok bool) { return p.f.wid, p.f.widPresent }

// Precision returns the precision and whether one was given (State).
func (p *pp) Precision() (prec int, ok bool) { return p.f.prec, p.f.precPresent }

// Flag reports whether the flag c ('-', '+', '#', ' ', '0') was given
// (State); %+v and %#v count as + and #.
func (p *pp) Flag(c int) bool {
	switch c {
	case '-':
		return p.f.minus
	case '+':
		return p.f.plus || p.f.plusV
	case '#':
		return p.f.sharp || p.f.sharpV
	case ' ':
		return p.f.space
	case '0':
		return p.f.zero
	}
	return false
}

// ---- the API ---------------------------------------------------------------

// Fprintf formats according to a format specifier and writes to w.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	p := newPrinter()
	p.doPrintf(format, a)
	return w.Write(p.buf)
}

// Printf formats according to a format specifier and writes to standard
// output.
func Printf(format string, a ...any) (n int, err error) {
	p := newPrinter()
	p.doPrintf(format, a)
	return os.Stdout.Write(p.buf)
}

// Sprintf formats according to a format specifier and returns the string.
func Sprintf(format string, a ...any) string {
	p := newPrinter()
	p.doPrintf(format, a)
	return string(p.buf)
}

// Fprint formats its operands with %v and writes to w, with a space
// between operands when neither is a string.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	p := newPrinter()
	p.doPrint(a)
	return w.Write(p.buf)
}

// Print is Fprint to standard output.
func Print(a ...any) (n int, err error) {
	p := newPrinter()
	p.doPrint(a)
	return os.Stdout.Write(p.buf)
}

// Sprint is Fprint to a string.
func Sprint(a ...any) string {
	p := newPrinter()
	p.doPrint(a)
	return string(p.buf)
}

// Fprintln formats its operands with %v, separated by spaces and followed
// by a newline, and writes to w.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	p := newPrinter()
	p.doPrintln(a)
	return w.Write(p.buf)
}

// Println is Fprintln to standard output.
func Println(a ...any) (n int, err error) {
	p := newPrinter()
	p.doPrintln(a)
	return os.Stdout.Write(p.buf)
}

// Sprintln is Fprintln to a string.
func Sprintln(a ...any) string {
	p := newPrinter()
	p.doPrintln(a)
	return string(p.buf)
}

// Appendf formats according to a format specifier, appends the result to
// b and returns it.
func Appendf(b []byte, format string, a ...any) []byte {
	p := newPrinter()
	p.doPrintf(format, a)
	return append(b, p.buf...)
}

// Append is Sprint appending to b.
func Append(b []byte, a ...any) []byte {
	p := newPrinter()
	p.doPrint(a)
	return append(b, p.buf...)
}

// Appendln is Sprintln appending to b.
func Appendln(b []byte, a ...any) []byte {
	p := newPrinter()
	p.doPrintln(a)
	return append(b, p.buf...)
}

// ---- Print and Println -----------------------------------------------------

func isStringArg(a any) bool {
	return a != nil && rtype.Kind(a) == rtype.KString
}

func (p *pp) doPrint(a []any) {
	prevString := false
	for i := 0; i < len(a); i++ {
		isString := isStringArg(a[i])
		if i > 0 && !isString && !prevString {
			p.buf = append(p.buf, ' ')
		}
		p.printArg(a[i], 'v')
		prevString = isString
	}
}

func (p *pp) doPrintln(a []any) {
	for i := 0; i < len(a); i++ {
		if i > 0 {
			p.buf = append(p.buf, ' ')
		}
		p.printArg(a[i], 'v')
	}
	p.buf = append(p.buf, '\n')
}

// ---- Printf ------------------------------------------------------------------

// tooLarge bounds widths, precisions and argument indexes, as gc does, so
// that a huge number cannot make the printer allocate without limit.
func tooLarge(x int) bool {
	return x > 1e6 || x < -1e6
}

// parseNum reads a decimal number at s[i:end]; ok is false when there is
// none (or it is too large, which also skips to end).
func parseNum(s string, i, end int) (num int, ok bool, next int) {
	if i >= end {
		return 0, false, end
	}
	for next = i; next < end && '0' <= s[next] && s[next] <= '9'; next++ {
		if tooLarge(num) {
			return 0, false, end
		}
		num = num*10 + int(s[next]-'0')
		ok = true
	}
	return num, ok, next
}

// argIndex reads an explicit argument index "[n]" at format[i:]. It
// returns the 0-based operand index it selects (argNum when there is none
// or it is bad), the position after it, and whether a well-formed index
// was read. A bad or out-of-range index makes the verb print BADINDEX.
func (p *pp) argIndex(argNum int, format string, i int, numArgs int) (int, int, bool) {
	if i >= len(format) || format[i] != '[' {
		return argNum, i, false
	}
	p.reordered = true
	close := -1
	if len(format)-i >= 3 {
		for j := i + 1; j < len(format); j++ {
			if format[j] == ']' {
				close = j
				break
			}
		}
	}
	if close < 0 {
		p.goodArgNum = false
		return argNum, i + 1, false
	}
	n, ok, next := parseNum(format, i+1, close)
	if !ok || next != close {
		p.goodArgNum = false
		return argNum, close + 1, false
	}
	n-- // indexes count from 1
	if 0 <= n && n < numArgs {
		return n, close + 1, true
	}
	p.goodArgNum = false
	return argNum, close + 1, true
}

// intArg takes a[argNum] as the int a '*' width or precision asks for; ok
// is false if it is not an integer that fits in int (and within bounds).
func intArg(a []any, argNum int) (num int, ok bool, next int) {
	next = argNum
	if argNum >= len(a) {
		return 0, false, next
	}
	next = argNum + 1
	x := a[argNum]
	if x == nil {
		return 0, false, next
	}
	switch rtype.Kind(x) {
	case rtype.KInt, rtype.KInt8, rtype.KInt16, rtype.KInt32, rtype.KInt64:
		v := rtype.Int(x)
		if int64(int(v)) == v {
			num, ok = int(v), true
		}
	case rtype.KUint, rtype.KUint8, rtype.KUint16, rtype.KUint32, rtype.KUint64, rtype.KUintptr:
		v := rtype.Uint(x)
		if int64(v) >= 0 && uint64(int(v)) == v {
			num, ok = int(v), true
		}
	}
	if tooLarge(num) {
		return 0, false, next
	}
	return num, ok, next
}

func (p *pp) doPrintf(format string, a []any) {
	end := len(format)
	argNum := 0
	afterIndex := false // the last thing parsed was an argument index
	p.reordered = false
	i := 0
	for i < end {
		p.goodArgNum = true
		start := i
		for i < end && format[i] != '%' {
			i++
		}
		if i > start {
			p.buf = append(p.buf, format[start:i]...)
		}
		if i >= end {
			break
		}
		i++ // the '%'
		p.f = flags{}

	flagLoop:
		for ; i < end; i++ {
			switch format[i] {
			case '#':
				p.f.sharp = true
			case '0':
				p.f.zero = !p.f.minus // zeros pad on the left only
			case '+':
				p.f.plus = true
			case '-':
				p.f.minus = true
				p.f.zero = false
			case ' ':
				p.f.space = true
			default:
				break flagLoop
			}
		}

		argNum, i, afterIndex = p.argIndex(argNum, format, i, len(a))

		// width: a number or '*'
		if i < end && format[i] == '*' {
			i++
			p.f.wid, p.f.widPresent, argNum = intArg(a, argNum)
			if !p.f.widPresent {
				p.buf = append(p.buf, "%!(BADWIDTH)"...)
			}
			if p.f.wid < 0 {
				// a negative width means left-justify
				p.f.wid = -p.f.wid
				p.f.minus = true
				p.f.zero = false
			}
			afterIndex = false
		} else {
			p.f.wid, p.f.widPresent, i = parseNum(format, i, end)
			if afterIndex && p.f.widPresent { // "%[3]2d"
				p.goodArgNum = false
			}
		}

		// precision: '.' then a number, '*' or nothing (zero)
		if i+1 < end && format[i] == '.' {
			i++
			if afterIndex { // "%[3].2d"
				p.goodArgNum = false
			}
			argNum, i, afterIndex = p.argIndex(argNum, format, i, len(a))
			if i < end && format[i] == '*' {
				i++
				p.f.prec, p.f.precPresent, argNum = intArg(a, argNum)
				if p.f.prec < 0 {
					p.f.prec = 0
					p.f.precPresent = false
				}
				if !p.f.precPresent {
					p.buf = append(p.buf, "%!(BADPREC)"...)
				}
				afterIndex = false
			} else {
				p.f.prec, p.f.precPresent, i = parseNum(format, i, end)
				if !p.f.precPresent {
					p.f.prec = 0
					p.f.precPresent = true
				}
			}
		}

		if !afterIndex {
			argNum, i, afterIndex = p.argIndex(argNum, format, i, len(a))
		}

		if i >= end {
			p.buf = append(p.buf, "%!(NOVERB)"...)
			break
		}
		verb, size := rune(format[i]), 1
		if verb >= utf8.RuneSelf {
			verb, size = utf8.DecodeRuneInString(format[i:])
		}
		i += size

		switch {
		case verb == '%':
			// %% takes no operand and ignores width and precision
			p.buf = append(p.buf, '%')
		case !p.goodArgNum:
			p.badArg(verb, "(BADINDEX)")
		case argNum >= len(a):
			p.badArg(verb, "(MISSING)")
		default:
			if verb == 'v' {
				p.f.sharpV, p.f.sharp = p.f.sharp, false
				p.f.plusV, p.f.plus = p.f.plus, false
			}
			p.printArg(a[argNum], verb)
			argNum++
		}
	}

	// Operands left over are reported, unless indexes were used: then
	// skipping some is allowed.
	if !p.reordered && argNum < len(a) {
		p.f = flags{}
		p.buf = append(p.buf, "%!(EXTRA "...)
		for j := argNum; j < len(a); j++ {
			if j > argNum {
				p.buf = append(p.buf, ", "...)
			}
			if a[j] == nil {
				p.buf = append(p.buf, "<nil>"...)
			} else {
				p.buf = append(p.buf, rtype.TypeString(a[j])...)
				p.buf = append(p.buf, '=')
				p.printArg(a[j], 'v')
			}
		}
		p.buf = append(p.buf, ')')
	}
}

// badArg prints %!verb followed by what went wrong.
func (p *pp) badArg(verb rune, what string) {
	p.buf = append(p.buf, '%', '!')
	p.buf = utf8.AppendRune(p.buf, verb)
	p.buf = append(p.buf, what...)
}

// badVerb prints %!verb(type=value) for a verb the operand's type does not
// take, or %!verb(<nil>).
func (p *pp) badVerb(verb rune) {
	p.erroring = true
	p.buf = append(p.buf, '%', '!')
	p.buf = utf8.AppendRune(p.buf, verb)
	p.buf = append(p.buf, '(')
	if p.arg != nil {
		p.buf = append(p.buf, rtype.TypeString(p.arg)...)
		p.buf = append(p.buf, '=')
		p.printArg(p.arg, 'v')
	} else if p.hasValue {
		p.buf = append(p.buf, rtype.TypeString(p.value)...)
		p.buf = append(p.buf, '=')
		p.printValue(p.value, 'v', 0, roNone)
	} else {
		p.buf = append(p.buf, "<nil>"...)
	}
	p.buf = append(p.buf, ')')
	p.erroring = false
}

// ---- operands ----------------------------------------------------------------

// printArg prints one operand with one verb.
func (p *pp) printArg(arg any, verb rune) {
	p.arg = arg
	p.value = nil
	p.hasValue = false

	if arg == nil {
		switch verb {
		case 'T', 'v':
			p.padString("<nil>")
		default:
			p.badVerb(verb)
		}
		return
	}
	switch verb {
	case 'T':
		p.fmtS(rtype.TypeString(arg))
		return
	case 'p':
		p.fmtPointer(arg, 'p')
		return
	}

	// Only a type with methods can be a Formatter, Stringer or error;
	// %w goes through handleMethods to be reported (and to end wrapping)
	// for every type but the predeclared ones, as in gc.
	if rtype.NumMethod(arg) > 0 || (verb == 'w' && !predeclared(arg)) {
		if p.handleMethods(verb) {
			return
		}
	}
	// []byte itself (not a type defined on it) is printed by %#v as
	// []byte{...}; its %T is []uint8, which no other type has.
	if rtype.Kind(arg) == rtype.KSlice && rtype.ElemKind(arg) == rtype.KUint8 &&
		rtype.TypeString(arg) == "[]uint8" {
		b := make([]byte, rtype.Len(arg))
		rtype.CopyBytes(arg, b)
		if rtype.IsNil(arg) {
			b = nil
		}
		p.fmtBytes(b, verb, "[]byte")
		return
	}
	p.printValue(arg, verb, 0, roNone)
}

// predeclared reports whether x's type is one of the predeclared
// boolean, numeric or string types (or []byte), which gc's fmt prints
// without looking for methods. Types defined on them print as "pkg.Name".
func predeclared(x any) bool {
	k := rtype.Kind(x)
	if k == rtype.KSlice {
		return rtype.TypeString(x) == "[]uint8"
	}
	if k == rtype.KInvalid || (k > rtype.KComplex128 && k != rtype.KString) {
		return false
	}
	name := rtype.TypeString(x)
	for i := 0; i < len(name); i++ {
		if name[i] == '.' {
			return false
		}
	}
	return true
}

func (p *pp) fmtBool(v bool, verb rune) {
	switch verb {
	case 't', 'v':
		p.fmtBoolean(v)
	default:
		p.badVerb(verb)
	}
}

// fmtInt formats an integer of any size, given as its bits (sign-extended
// when signed).
func (p *pp) fmtInt(v uint64, signed bool, verb rune) {
	switch verb {
	case 'v':
		if p.f.sharpV && !signed {
			p.fmt0x64(v, true)
		} else {
			p.fmtInteger(v, 10, signed, verb, lowerHex)
		}
	case 'd':
		p.fmtInteger(v, 10, signed, verb, lowerHex)
	case 'b':
		p.fmtInteger(v, 2, signed, verb, lowerHex)
	case 'o', 'O':
		p.fmtInteger(v, 8, signed, verb, lowerHex)
	case 'x':
		p.fmtInteger(v, 16, signed, verb, lowerHex)
	case 'X':
		p.fmtInteger(v, 16, signed, verb, upperHex)
	case 'c':
		p.fmtC(v)
	case 'q':
		p.fmtQc(v)
	case 'U':
		p.fmtUnicode(v)
	default:
		p.badVerb(verb)
	}
}

// fmtFloatVerb maps a verb to strconv's: %v is the shortest %g, %F is %f,
// and %e %E %f take 6 digits unless told otherwise.
func (p *pp) fmtFloatVerb(v float64, size int, verb rune) {
	switch verb {
	case 'v':
		p.fmtFloat(v, size, 'g', -1)
	case 'b', 'g', 'G', 'x', 'X':
		p.fmtFloat(v, size, verb, -1)
	case 'f', 'e', 'E':
		p.fmtFloat(v, size, verb, 6)
	case 'F':
		p.fmtFloat(v, size, 'f', 6)
	default:
		p.badVerb(verb)
	}
}

// fmtComplex prints (re+imi); the imaginary part always has a sign.
func (p *pp) fmtComplex(v complex128, size int, verb rune) {
	switch verb {
	case 'v', 'b', 'g', 'G', 'x', 'X', 'f', 'F', 'e', 'E':
		plus := p.f.plus
		p.buf = append(p.buf, '(')
		p.fmtFloatVerb(real(v), size/2, verb)
		p.f.plus = true
		p.fmtFloatVerb(imag(v), size/2, verb)
		p.buf = append(p.buf, 'i', ')')
		p.f.plus = plus
	default:
		p.badVerb(verb)
	}
}

func (p *pp) fmtString(v string, verb rune) {
	switch verb {
	case 'v':
		if p.f.sharpV {
			p.fmtQ(v)
		} else {
			p.fmtS(v)
		}
	case 's':
		p.fmtS(v)
	case 'x':
		p.fmtHexBytes(v, nil, false, lowerHex)
	case 'X':
		p.fmtHexBytes(v, nil, false, upperHex)
	case 'q':
		p.fmtQ(v)
	default:
		p.badVerb(verb)
	}
}

// fmtBytes prints a byte slice or array (typeString is its type, for %#v):
// as a string for %s %q %x %X, as a list of numbers for %v %d; other verbs
// go element by element.
func (p *pp) fmtBytes(v []byte, verb rune, typeString string) {
	switch verb {
	case 'v', 'd':
		if p.f.sharpV {
			p.buf = append(p.buf, typeString...)
			if v == nil {
				p.buf = append(p.buf, "(nil)"...)
				return
			}
			p.buf = append(p.buf, '{')
			for i := 0; i < len(v); i++ {
				if i > 0 {
					p.buf = append(p.buf, ", "...)
				}
				p.fmt0x64(uint64(v[i]), true)
			}
			p.buf = append(p.buf, '}')
		} else {
			p.buf = append(p.buf, '[')
			for i := 0; i < len(v); i++ {
				if i > 0 {
					p.buf = append(p.buf, ' ')
				}
				p.fmtInteger(uint64(v[i]), 10, false, verb, lowerHex)
			}
			p.buf = append(p.buf, ']')
		}
	case 's':
		p.fmtBs(v)
	case 'x':
		p.fmtHexBytes("", v, true, lowerHex)
	case 'X':
		p.fmtHexBytes("", v, true, upperHex)
	case 'q':
		p.fmtQ(string(v))
	default:
		p.printValue(v, verb, 0, roNone)
	}
}

// fmtPointer prints the address a pointer-like value holds.
func (p *pp) fmtPointer(x any, verb rune) {
	var u uintptr
	switch rtype.Kind(x) {
	case rtype.KChan, rtype.KFunc, rtype.KMap, rtype.KPointer, rtype.KSlice, rtype.KUnsafePointer:
		u = rtype.Pointer(x)
	default:
		p.badVerb(verb)
		return
	}
	switch verb {
	case 'v':
		if p.f.sharpV {
			p.buf = append(p.buf, '(')
			p.buf = append(p.buf, rtype.TypeString(x)...)
			p.buf = append(p.buf, ")("...)
			if u == 0 {
				p.buf = append(p.buf, "nil"...)
			} else {
				p.fmt0x64(uint64(u), true)
			}
			p.buf = append(p.buf, ')')
		} else if u == 0 {
			p.padString("<nil>")
		} else {
			p.fmt0x64(uint64(u), !p.f.sharp)
		}
	case 'p':
		p.fmt0x64(uint64(u), !p.f.sharp)
	case 'b', 'o', 'd', 'x', 'X':
		p.fmtInt(uint64(u), false, verb)
	default:
		p.badVerb(verb)
	}
}

// ---- values by kind ------------------------------------------------------------

// Whether a value was reached through an unexported struct field, as
// reflect's read-only flags: its methods are then not called. An
// unexported embedded field (roEmbed) still gives access to its exported
// fields; anything else reached from a read-only value is read-only.
const (
	roNone = iota
	roEmbed
	roSticky
)

func roOf(ro int) int {
	if ro != roNone {
		return roSticky
	}
	return roNone
}

// printNilInterface prints a nil value of interface type found inside a
// composite value.
func (p *pp) printNilInterface(typeString string) {
	if p.f.sharpV {
		p.buf = append(p.buf, typeString...)
		p.buf = append(p.buf, "(nil)"...)
	} else {
		p.buf = append(p.buf, "<nil>"...)
	}
}

// printPart prints an element, field, key or map value x of static kind
// kind (x is its dynamic value when that is an interface).
func (p *pp) printPart(x any, kind int, typeString string, verb rune, depth int, ro int) {
	if kind == rtype.KInterface {
		if x == nil {
			p.printNilInterface(typeString)
			return
		}
		ro = roOf(ro)
	}
	p.printValue(x, verb, depth, ro)
}

// printValue prints x (not nil) by its kind. depth > 0 inside composite
// values: their parts get their String/Error/Format methods called, and
// pointers are printed as addresses (which also stops cycles).
func (p *pp) printValue(x any, verb rune, depth int, ro int) {
	if depth > 0 && ro == roNone && (rtype.NumMethod(x) > 0 || verb == 'w') {
		p.arg = x
		if p.handleMethods(verb) {
			return
		}
	}
	p.arg = nil
	p.value = x
	p.hasValue = true

	switch k := rtype.Kind(x); k {
	case rtype.KBool:
		p.fmtBool(rtype.Bool(x), verb)
	case rtype.KInt, rtype.KInt8, rtype.KInt16, rtype.KInt32, rtype.KInt64:
		p.fmtInt(uint64(rtype.Int(x)), true, verb)
	case rtype.KUint, rtype.KUint8, rtype.KUint16, rtype.KUint32, rtype.KUint64, rtype.KUintptr:
		p.fmtInt(rtype.Uint(x), false, verb)
	case rtype.KFloat32:
		p.fmtFloatVerb(rtype.Float(x), 32, verb)
	case rtype.KFloat64:
		p.fmtFloatVerb(rtype.Float(x), 64, verb)
	case rtype.KComplex64:
		p.fmtComplex(rtype.Complex(x), 64, verb)
	case rtype.KComplex128:
		p.fmtComplex(rtype.Complex(x), 128, verb)
	case rtype.KString:
		p.fmtString(rtype.String(x), verb)
	case rtype.KMap:
		p.printMap(x, verb, depth, ro)
	case rtype.KStruct:
		p.printStruct(x, verb, depth, ro)
	case rtype.KArray, rtype.KSlice:
		p.printList(x, k, verb, depth, ro)
	case rtype.KPointer:
		// Only at the top level does a pointer to a composite value
		// print as &{...}: deeper down it could lead into a cycle.
		if depth == 0 && rtype.Pointer(x) != 0 {
			switch rtype.ElemKind(x) {
			case rtype.KArray, rtype.KSlice, rtype.KStruct, rtype.KMap:
				p.buf = append(p.buf, '&')
				p.printValue(rtype.Elem(x), verb, depth+1, ro)
				return
			}
		}
		p.fmtPointer(x, verb)
	case rtype.KChan, rtype.KFunc, rtype.KUnsafePointer:
		p.fmtPointer(x, verb)
	default:
		p.buf = append(p.buf, '?')
		p.buf = append(p.buf, rtype.TypeString(x)...)
		p.buf = append(p.buf, '?')
	}
}

func (p *pp) printMap(x any, verb rune, depth int, ro int) {
	if p.f.sharpV {
		p.buf = append(p.buf, rtype.TypeString(x)...)
		if rtype.IsNil(x) {
			p.buf = append(p.buf, "(nil)"...)
			return
		}
		p.buf = append(p.buf, '{')
	} else {
		p.buf = append(p.buf, "map["...)
	}
	keys, vals := sortedMap(x)
	kk, ks := rtype.KeyKind(x), rtype.KeyTypeString(x)
	vk, vs := rtype.ElemKind(x), rtype.ElemTypeString(x)
	for i := 0; i < len(keys); i++ {
		if i > 0 {
			if p.f.sharpV {
				p.buf = append(p.buf, ", "...)
			} else {
				p.buf = append(p.buf, ' ')
			}
		}
		p.printPart(keys[i], kk, ks, verb, depth+1, roOf(ro))
		p.buf = append(p.buf, ':')
		p.printPart(vals[i], vk, vs, verb, depth+1, roOf(ro))
	}
	if p.f.sharpV {
		p.buf = append(p.buf, '}')
	} else {
		p.buf = append(p.buf, ']')
	}
}

func (p *pp) printStruct(x any, verb rune, depth int, ro int) {
	if p.f.sharpV {
		p.buf = append(p.buf, rtype.TypeString(x)...)
	}
	p.buf = append(p.buf, '{')
	n := rtype.NumField(x)
	for i := 0; i < n; i++ {
		if i > 0 {
			if p.f.sharpV {
				p.buf = append(p.buf, ", "...)
			} else {
				p.buf = append(p.buf, ' ')
			}
		}
		if p.f.plusV || p.f.sharpV {
			if name := rtype.FieldName(x, i); name != "" {
				p.buf = append(p.buf, name...)
				p.buf = append(p.buf, ':')
			}
		}
		fro := roOf(ro)
		if ro == roEmbed {
			fro = roNone // an exported field of an unexported embedded one
		}
		if !rtype.FieldExported(x, i) {
			if rtype.FieldEmbedded(x, i) {
				if fro == roNone {
					fro = roEmbed
				}
			} else {
				fro = roSticky
			}
		}
		p.printPart(rtype.Field(x, i), rtype.FieldKind(x, i), rtype.FieldTypeString(x, i),
			verb, depth+1, fro)
	}
	p.buf = append(p.buf, '}')
}

// printList prints an array or slice; byte arrays and slices print as
// strings for the string verbs.
func (p *pp) printList(x any, kind int, verb rune, depth int, ro int) {
	switch verb {
	case 's', 'q', 'x', 'X':
		if rtype.ElemKind(x) == rtype.KUint8 {
			b := make([]byte, rtype.Len(x))
			rtype.CopyBytes(x, b)
			p.fmtBytes(b, verb, rtype.TypeString(x))
			return
		}
	}
	n := rtype.Len(x)
	if p.f.sharpV {
		p.buf = append(p.buf, rtype.TypeString(x)...)
		if kind == rtype.KSlice && rtype.IsNil(x) {
			p.buf = append(p.buf, "(nil)"...)
			return
		}
		p.buf = append(p.buf, '{')
	} else {
		p.buf = append(p.buf, '[')
	}
	ek, es := rtype.ElemKind(x), rtype.ElemTypeString(x)
	for i := 0; i < n; i++ {
		if i > 0 {
			if p.f.sharpV {
				p.buf = append(p.buf, ", "...)
			} else {
				p.buf = append(p.buf, ' ')
			}
		}
		p.printPart(rtype.Index(x, i), ek, es, verb, depth+1, roOf(ro))
	}
	if p.f.sharpV {
		p.buf = append(p.buf, '}')
	} else {
		p.buf = append(p.buf, ']')
	}
}
