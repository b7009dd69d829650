// errors: New, Is, As and Unwrap through a chain of wrapping errors.
package main

import (
	"errors"
	"strconv"
)

type wrapped struct {
	msg string
	err error
}

func (w *wrapped) Error() string { return w.msg + ": " + w.err.Error() }
func (w *wrapped) Unwrap() error { return w.err }

var ErrNotFound = errors.New("not found")

func main() {
	e1 := errors.New("boom")
	e2 := errors.New("boom")
	println(e1.Error(), e1 == e2, errors.Is(e1, e1), errors.Is(e1, e2))
	w := &wrapped{"lookup", ErrNotFound}
	ww := &wrapped{"outer", w}
	println(ww.Error())
	println(errors.Is(ww, ErrNotFound), errors.Is(ww, e1), errors.Unwrap(ww) == error(w), errors.Unwrap(e1) == nil)
	var target *wrapped
	println(errors.As(ww, &target), target.msg)
	_, err := strconv.Atoi("12x")
	var ne *strconv.NumError
	println(errors.As(err, &ne), ne.Func, errors.Is(err, strconv.ErrSyntax))
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	println(err.Error(), errors.Is(err, strconv.ErrRange))
}
