// Package io is escgo's minimal version of Go's io package: the basic
// interfaces (Reader, Writer, StringWriter) that fmt and os need, EOF,
// and WriteString.
package io

import "errors"

// EOF is the error Read returns when no more input is available.
var EOF = errors.New("EOF")

// Seek whence values: relative to the origin of the file, to the current
// offset, to the end.
const (
	SeekStart   = 0
	SeekCurrent = 1
	SeekEnd     = 2
)

// ErrShortWrite means that a write accepted fewer bytes than requested
// but failed to return an explicit error.
var ErrShortWrite = errors.New("short write")

// Writer is the interface that wraps the basic Write method: it writes
// len(p) bytes from p and returns how many it wrote and, if fewer than
// len(p), an error.
type Writer interface {
	Write(p []byte) (n int, err error)
}

// Reader is the interface that wraps the basic Read method.
type Reader interface {
	Read(p []byte) (n int, err error)
}

// StringWriter is the interface that wraps the WriteString method.
type StringWriter interface {
	WriteString(s string) (n int, err error)
}

// WriteString writes s to w, through its WriteString method if it has one.
func WriteString(w Writer, s string) (n int, err error) {
	if sw, ok := w.(StringWriter); ok {
		return sw.WriteString(s)
	}
	return w.Write([]byte(s))
}
