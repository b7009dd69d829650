// methods.go: the interfaces fmt honours — Formatter, GoStringer,
// Stringer, error — and the dispatch to them, plus Errorf.
//
// gc's fmt also catches a panic inside such a method and prints it as
// %!v(PANIC=String method: ...), or as <nil> when the receiver is a nil
// pointer. escgo has no recover yet: the one case decided before the call
// is a nil *T whose method has a value receiver (its wrapper would
// certainly panic), which prints <nil>; other panicking methods panic the
// program.

package fmt

import (
	"errors"
	"internal/rtype"
)

// State is what a Formatter sees of the printer: the flags and width and
// precision of the verb, and a writer for its output.
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

// Formatter is implemented by a value that formats itself for every verb.
type Formatter interface {
	Format(f State, verb rune)
}

// Stringer is implemented by a value with a native format, used for %v and
// the other string verbs (%s %q %x %X).
type Stringer interface {
	String() string
}

// GoStringer is implemented by a value that has its own %#v form.
type GoStringer interface {
	GoString() string
}

// handleMethods prints p.arg through its Format, GoString, Error or
// String method when it has the one the verb asks for, and reports
// whether it did.
func (p *pp) handleMethods(verb rune) bool {
	if p.erroring {
		return false
	}
	if verb == 'w' {
		// %w is %v of an error operand, once, in Errorf only.
		err, ok := p.arg.(error)
		if !ok || !p.wrapErrs || p.wrappedErr != nil {
			p.wrappedErr = nil
			p.wrapErrs = false
			p.badVerb(verb)
			return true
		}
		p.wrappedErr = err
		verb = 'v'
	}
	if f, ok := p.arg.(Formatter); ok {
		if p.nilValueReceiver("Format") {
			return true
		}
		f.Format(p, verb)
		return true
	}
	if p.f.sharpV {
		if g, ok := p.arg.(GoStringer); ok {
			if p.nilValueReceiver("GoString") {
				return true
			}
			p.fmtS(g.GoString())
			return true
		}
		return false
	}
	switch verb {
	case 'v', 's', 'x', 'X', 'q':
		// error before Stringer, for a value that is both
		if e, ok := p.arg.(error); ok {
			if p.nilValueReceiver("Error") {
				return true
			}
			p.fmtString(e.Error(), verb)
			return true
		}
		if s, ok := p.arg.(Stringer); ok {
			if p.nilValueReceiver("String") {
				return true
			}
			p.fmtString(s.String(), verb)
			return true
		}
	}
	return false
}

// nilValueReceiver prints <nil> for a method call that would dereference
// a nil pointer to reach a value receiver, and reports whether it did.
func (p *pp) nilValueReceiver(method string) bool {
	if rtype.Kind(p.arg) == rtype.KPointer && rtype.IsNil(p.arg) && rtype.ElemHasMethod(p.arg, method) {
		p.buf = append(p.buf, "<nil>"...)
		return true
	}
	return false
}

// Errorf formats as Sprintf does and returns the string as an error. An
// operand printed with %w (an error) is wrapped: the result's Unwrap
// returns it.
func Errorf(format string, a ...any) error {
	p := newPrinter()
	p.wrapErrs = true
	p.doPrintf(format, a)
	s := string(p.buf)
	if p.wrappedErr == nil {
		return errors.New(s)
	}
	return &wrapError{msg: s, err: p.wrappedErr}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }

func (e *wrapError) Unwrap() error { return e.err }
