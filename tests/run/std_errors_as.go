// errors.Is, errors.As and errors.Unwrap over chains built with
// fmt.Errorf's %w and with custom Unwrap, Is and As methods.
package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Name string }

func (e NotFound) Error() string { return "not found: " + e.Name }

type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

type Temporary interface {
	Temporary() bool
}

type timeout struct{}

func (timeout) Error() string   { return "timeout" }
func (timeout) Temporary() bool { return true }

// code is compared with a custom Is method: any code matches code 0.
type code int

func (c code) Error() string { return fmt.Sprintf("code %d", int(c)) }
func (c code) Is(target error) bool {
	t, ok := target.(code)
	return ok && (t == 0 || t == c)
}

// asString fills a *string target through an As method.
type named struct{ s string }

func (n named) Error() string { return "named " + n.s }
func (n named) As(target any) bool {
	if p, ok := target.(*NotFound); ok {
		p.Name = n.s
		return true
	}
	return false
}

// sliceErr has an uncomparable dynamic type; Is must not panic on it.
type sliceErr []string

func (s sliceErr) Error() string { return fmt.Sprint([]string(s)) }

var ErrBase = errors.New("base error")

func main() {
	e1 := fmt.Errorf("layer1: %w", ErrBase)
	e2 := fmt.Errorf("layer2: %w", e1)
	fmt.Println(e2)
	fmt.Println(errors.Is(e2, ErrBase), errors.Is(e1, ErrBase), errors.Is(ErrBase, e1))
	fmt.Println(errors.Unwrap(e2) == e1, errors.Unwrap(e1) == ErrBase, errors.Unwrap(ErrBase))
	fmt.Println(errors.Is(nil, nil), errors.Is(e1, nil), errors.Is(nil, ErrBase))
	fmt.Println(errors.Is(errors.New("base error"), ErrBase))

	// As with a value type
	var nf NotFound
	err := fmt.Errorf("lookup: %w", NotFound{"x.txt"})
	fmt.Println(errors.As(err, &nf), nf.Name)

	// As with a pointer type through a custom Unwrap
	pe := &PathError{"open", "/tmp/f", NotFound{"f"}}
	wrapped := fmt.Errorf("wrapped: %w", pe)
	var target *PathError
	fmt.Println(errors.As(wrapped, &target), target == pe, target.Path)
	fmt.Println(errors.As(wrapped, &nf), nf.Name)
	var target2 *PathError
	fmt.Println(errors.As(ErrBase, &target2), target2 == nil)

	// As with an interface target type
	var tmp Temporary
	fmt.Println(errors.As(fmt.Errorf("op: %w", timeout{}), &tmp), tmp != nil && tmp.Temporary())
	fmt.Println(errors.As(e2, &tmp))
	var anyErr error
	fmt.Println(errors.As(e2, &anyErr), anyErr == e2)
	var anyv any
	fmt.Println(errors.As(pe, &anyv), anyv == any(pe))

	// custom Is and As methods
	fmt.Println(errors.Is(fmt.Errorf("w: %w", code(3)), code(0)), errors.Is(code(3), code(3)), errors.Is(code(3), code(4)))
	var nf2 NotFound
	fmt.Println(errors.As(fmt.Errorf("w: %w", named{"custom"}), &nf2), nf2.Name)

	// uncomparable error values
	se := sliceErr{"a", "b"}
	fmt.Println(errors.Is(se, se), errors.Is(fmt.Errorf("w: %w", se), ErrBase))
	var se2 sliceErr
	fmt.Println(errors.As(fmt.Errorf("w: %w", se), &se2), se2)

	// %v of wrapped errors and %w with a nil error
	fmt.Println(fmt.Errorf("nil: %w", nil))
	fmt.Println(errors.Unwrap(fmt.Errorf("no wrap: %v", ErrBase)) == nil)

	// As's panics
	for i, t := range []any{nil, 42, (*NotFound)(nil), new(int)} {
		func() {
			defer func() { fmt.Println("panic", i, recover()) }()
			errors.As(ErrBase, t)
		}()
	}
	errors.As(ErrBase, NotFound{})
}
