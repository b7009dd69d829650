// The reading and copying helpers of Go's io package: ReadAtLeast,
// ReadFull, Copy, CopyN, CopyBuffer, ReadAll, plus Discard and NopCloser.
// Their buffer sizes and error choices follow gc's io exactly, because
// callers can observe both (how large a p their Read sees, which error
// value comes back).
package io

// ReadAtLeast reads from r into buf until it has read at least min
// bytes. An EOF after some but not enough bytes becomes ErrUnexpectedEOF;
// a buf shorter than min is ErrShortBuffer before any read.
func ReadAtLeast(r Reader, buf []byte, min int) (n int, err error) {
	if len(buf) < min {
		return 0, ErrShortBuffer
	}
	for n < min && err == nil {
		var got int
		got, err = r.Read(buf[n:])
		n += got
	}
	if n >= min {
		err = nil
	} else if n > 0 && err == EOF {
		err = ErrUnexpectedEOF
	}
	return n, err
}

// ReadFull reads exactly len(buf) bytes from r into buf.
func ReadFull(r Reader, buf []byte) (n int, err error) {
	return ReadAtLeast(r, buf, len(buf))
}

// CopyN copies n bytes (or until an error) from src to dst. Running out
// of input early is reported as EOF.
func CopyN(dst Writer, src Reader, n int64) (written int64, err error) {
	written, err = Copy(dst, LimitReader(src, n))
	if written == n {
		return n, nil
	}
	if written < n && err == nil {
		err = EOF
	}
	return written, err
}

// Copy copies from src to dst until EOF on src or an error. A successful
// Copy returns err == nil, not EOF. src's WriteTo or else dst's ReadFrom
// does the work when present.
func Copy(dst Writer, src Reader) (written int64, err error) {
	return copyBuffer(dst, src, nil)
}

// CopyBuffer is Copy through the caller's buffer (when neither side
// implements WriterTo / ReaderFrom). A nil buf means allocate one.
func CopyBuffer(dst Writer, src Reader, buf []byte) (written int64, err error) {
	if buf != nil && len(buf) == 0 {
		panic("empty buffer in CopyBuffer")
	}
	return copyBuffer(dst, src, buf)
}

func copyBuffer(dst Writer, src Reader, buf []byte) (written int64, err error) {
	if wt, ok := src.(WriterTo); ok {
		return wt.WriteTo(dst)
	}
	if rf, ok := dst.(ReaderFrom); ok {
		return rf.ReadFrom(src)
	}
	if buf == nil {
		size := 32 * 1024
		// A LimitedReader will never hand out more than N bytes, so a
		// smaller buffer suffices (at least one byte, to make progress).
		if lr, ok := src.(*LimitedReader); ok && int64(size) > lr.N {
			if lr.N < 1 {
				size = 1
			} else {
				size = int(lr.N)
			}
		}
		buf = make([]byte, size)
	}
	for {
		nr, rerr := src.Read(buf)
		if nr > 0 {
			nw, werr := dst.Write(buf[0:nr])
			if nw < 0 || nr < nw {
				nw = 0
				if werr == nil {
					werr = errInvalidWrite
				}
			}
			written += int64(nw)
			if werr != nil {
				err = werr
				break
			}
			if nr != nw {
				err = ErrShortWrite
				break
			}
		}
		if rerr != nil {
			if rerr != EOF {
				err = rerr
			}
			break
		}
	}
	return written, err
}

// ReadAll reads from r until an error or EOF and returns what it read;
// EOF is success. The buffer starts at 512 bytes and grows the way
// append grows it, as gc's does.
func ReadAll(r Reader) ([]byte, error) {
	b := make([]byte, 0, 512)
	for {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err != nil {
			if err == EOF {
				err = nil
			}
			return b, err
		}
		if len(b) == cap(b) {
			// Let append pick the next capacity.
			b = append(b, 0)[:len(b)]
		}
	}
}

// Discard is a Writer on which every Write succeeds without doing
// anything.
var Discard Writer = discard{}

type discard struct{}

// discard implements ReaderFrom so that Copy(Discard, r) drains r with
// one modest buffer instead of Copy's 32 KiB one.
var _ ReaderFrom = discard{}

func (discard) Write(p []byte) (int, error) {
	return len(p), nil
}

func (discard) WriteString(s string) (int, error) {
	return len(s), nil
}

// ReadFrom drains r. gc recycles the 8 KiB scratch buffer through a
// sync.Pool; a fresh one per call behaves identically to the caller.
func (discard) ReadFrom(r Reader) (n int64, err error) {
	buf := make([]byte, 8192)
	for {
		got, rerr := r.Read(buf)
		n += int64(got)
		if rerr != nil {
			if rerr == EOF {
				return n, nil
			}
			return n, rerr
		}
	}
}

// NopCloser wraps r in a ReadCloser whose Close does nothing. If r
// implements WriterTo the result does too, forwarding to r.
func NopCloser(r Reader) ReadCloser {
	if _, ok := r.(WriterTo); ok {
		return nopCloserWriterTo{r}
	}
	return nopCloser{r}
}

type nopCloser struct {
	Reader
}

func (nopCloser) Close() error { return nil }

type nopCloserWriterTo struct {
	Reader
}

func (nopCloserWriterTo) Close() error { return nil }

func (c nopCloserWriterTo) WriteTo(w Writer) (n int64, err error) {
	return c.Reader.(WriterTo).WriteTo(w)
}
