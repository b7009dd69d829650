// Package errors is escgo's version of Go's errors package: New, and the
// Is/As/Unwrap helpers for wrapped errors.
//
// As needs to know at run time whether an error's dynamic type is
// assignable to *target's type; Go does that with reflection, escgo with a
// small C function (asTarget) that reads the type descriptors.
package errors

// New returns an error that formats as the given text. Each call to New
// returns a distinct error value even if the text is identical.
func New(text string) error {
	return &errorString{text}
}

// errorString is a trivial implementation of error.
type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

// Unwrap returns the result of calling the Unwrap method on err, if err's
// type contains an Unwrap method returning error. Otherwise, Unwrap
// returns nil.
func Unwrap(err error) error {
	u, ok := err.(interface {
		Unwrap() error
	})
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether any error in err's chain matches target.
//
// An error is considered to match a target if it is equal to that target
// or if it implements a method Is(error) bool such that Is(target)
// returns true.
func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	isComparable := comparable(target)
	for {
		if isComparable && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		if err = Unwrap(err); err == nil {
			return false
		}
	}
}

// As finds the first error in err's chain that matches target, and if one
// is found, sets target to that error value and returns true. Otherwise,
// it returns false.
//
// As panics if target is not a non-nil pointer to either a type that
// implements error, or to any interface type.
func As(err error, target any) bool {
	if target == nil {
		panic("errors: target cannot be nil")
	}
	switch checkAsTarget(target) {
	case 1:
		panic("errors: target must be a non-nil pointer")
	case 2:
		panic("errors: *target must be interface or implement error")
	}
	for err != nil {
		if asTarget(err, target) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		err = Unwrap(err)
	}
	return false
}

// comparable reports whether the dynamic type of err supports ==
// (comparing interfaces holding, say, a slice panics).
//
// Implemented in C (runtime/errors_support.c): it reads the comparable flag
// of the type descriptor. Like gc's reflectlite.TypeOf, it keeps nothing.
//
//go:noescape
func comparable(err error) bool

// checkAsTarget returns 1 when target is not a non-nil pointer, 2 when it
// points to neither an interface type nor a type implementing error, and 0
// otherwise; As panics with Go's messages for 1 and 2, so that the panic
// values are ordinary Go strings.
//
// Implemented in C (runtime/errors_support.c).
func checkAsTarget(target any) int

// asTarget stores err in *target and returns true if err's dynamic type is
// assignable to *target's type (target is known to be a valid pointer).
//
// Implemented in C (runtime/errors_support.c).
func asTarget(err error, target any) bool
