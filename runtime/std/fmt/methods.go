// methods.go: the interfaces fmt honours — Formatter, GoStringer,
// Stringer, error — and the dispatch to them, plus Errorf.
//
// gc's fmt also catches a panic inside such a method and prints it as
// %!v(PANIC=String method: ...), or <nil> for a nil pointer receiver;
// escgo has no recover yet, so a panicking method panics the program.

package fmt

import "errors"

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
		f.Format(p, verb)
		return true
	}
	if p.f.sharpV {
		if g, ok := p.arg.(GoStringer); ok {
			p.fmtS(g.GoString())
			return true
		}
		return false
	}
	switch verb {
	case 'v', 's', 'x', 'X', 'q':
		switch v := p.arg.(type) {
		case error:
			p.fmtString(v.Error(), verb)
			return true
		case Stringer:
			p.fmtString(v.String(), verb)
			return true
		}
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
