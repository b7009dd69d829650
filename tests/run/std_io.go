// Package io beyond Reader/Writer: ReadAtLeast/ReadFull (short buffers,
// EOF vs ErrUnexpectedEOF), Copy/CopyN/CopyBuffer (the WriterTo and
// ReaderFrom shortcuts, short and invalid writes, buffer sizes seen by
// Read), ReadAll growth, LimitReader, SectionReader (Seek and ReadAt
// errors), TeeReader, MultiReader, MultiWriter, Discard and NopCloser.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// chunkReader hands out at most chunk bytes per Read, records the len(p)
// it was offered, and returns err (EOF by default) once empty; with
// eofWithData the last chunk comes together with the error.
type chunkReader struct {
	data        []byte
	chunk       int
	err         error
	eofWithData bool
	sizes       []int
}

func (r *chunkReader) Read(p []byte) (int, error) {
	r.sizes = append(r.sizes, len(p))
	err := r.err
	if err == nil {
		err = io.EOF
	}
	if len(r.data) == 0 {
		return 0, err
	}
	n := r.chunk
	if n > len(r.data) {
		n = len(r.data)
	}
	n = copy(p, r.data[:n])
	r.data = r.data[n:]
	if r.eofWithData && len(r.data) == 0 {
		return n, err
	}
	return n, nil
}

func newChunk(s string, chunk int) *chunkReader {
	return &chunkReader{data: []byte(s), chunk: chunk}
}

// limitWriter accepts at most max bytes per Write; bad reports a bogus
// count instead.
type limitWriter struct {
	buf []byte
	max int
	bad int
	err error
}

func (w *limitWriter) Write(p []byte) (int, error) {
	if w.bad != 0 {
		return w.bad, nil
	}
	n := len(p)
	if w.max > 0 && n > w.max {
		n = w.max
	}
	w.buf = append(w.buf, p[:n]...)
	return n, w.err
}

// plainWriter hides bytes.Buffer's ReaderFrom.
type plainWriter struct{ b bytes.Buffer }

func (w *plainWriter) Write(p []byte) (int, error) { return w.b.Write(p) }

// wt implements WriterTo to show Copy prefers it.
type wt struct{ s string }

func (w wt) Read(p []byte) (int, error) { return 0, errors.New("wt.Read called") }
func (w wt) WriteTo(dst io.Writer) (int64, error) {
	n, err := io.WriteString(dst, "[WriteTo:"+w.s+"]")
	return int64(n), err
}

// rf implements ReaderFrom.
type rf struct{ got []byte }

func (r *rf) Write(p []byte) (int, error) { return 0, errors.New("rf.Write called") }
func (r *rf) ReadFrom(src io.Reader) (int64, error) {
	b, err := io.ReadAll(src)
	r.got = append(r.got, "[ReadFrom:"...)
	r.got = append(r.got, b...)
	r.got = append(r.got, ']')
	return int64(len(b)), err
}

type closeCounter struct {
	io.Reader
	closed int
}

func (c *closeCounter) Close() error { c.closed++; return nil }

// sr is a strings.Reader stand-in (bytes.Reader has the same methods:
// ReadAt, Seek, WriteTo, the byte and rune scanners).
func sr(s string) *bytes.Reader { return bytes.NewReader([]byte(s)) }

func showErr(err error) string {
	switch err {
	case nil:
		return "nil"
	case io.EOF:
		return "io.EOF"
	case io.ErrUnexpectedEOF:
		return "io.ErrUnexpectedEOF"
	case io.ErrShortBuffer:
		return "io.ErrShortBuffer"
	case io.ErrShortWrite:
		return "io.ErrShortWrite"
	}
	return fmt.Sprintf("other(%q)", err.Error())
}

func testErrors() {
	fmt.Println("-- errors")
	for _, e := range []error{io.EOF, io.ErrUnexpectedEOF, io.ErrNoProgress, io.ErrShortBuffer,
		io.ErrShortWrite, io.ErrClosedPipe} {
		fmt.Printf("%q\n", e.Error())
	}
	fmt.Println(io.SeekStart, io.SeekCurrent, io.SeekEnd)
	fmt.Println(errors.Is(fmt.Errorf("wrap: %w", io.ErrUnexpectedEOF), io.ErrUnexpectedEOF))
}

func testReadAtLeast() {
	fmt.Println("-- ReadAtLeast / ReadFull")
	buf := make([]byte, 8)
	n, err := io.ReadAtLeast(newChunk("hello world", 3), buf, 5)
	fmt.Println(n, showErr(err), string(buf[:n]))
	n, err = io.ReadAtLeast(newChunk("hello", 3), buf, 10)
	fmt.Println(n, showErr(err))
	n, err = io.ReadAtLeast(newChunk("hi", 3), buf, 5)
	fmt.Println(n, showErr(err), string(buf[:n]))
	n, err = io.ReadAtLeast(newChunk("", 3), buf, 5)
	fmt.Println(n, showErr(err))
	n, err = io.ReadAtLeast(newChunk("", 3), buf, 0)
	fmt.Println(n, showErr(err))
	r := &chunkReader{data: []byte("abcde"), chunk: 5, eofWithData: true}
	n, err = io.ReadAtLeast(r, buf, 5)
	fmt.Println(n, showErr(err), "data+EOF reaching min")
	r = &chunkReader{data: []byte("abc"), chunk: 2, err: errors.New("boom")}
	n, err = io.ReadAtLeast(r, buf, 5)
	fmt.Println(n, showErr(err), "sizes", r.sizes)

	b4 := make([]byte, 4)
	n, err = io.ReadFull(sr("abcdef"), b4)
	fmt.Println(n, showErr(err), string(b4))
	n, err = io.ReadFull(sr("ab"), b4)
	fmt.Println(n, showErr(err))
	n, err = io.ReadFull(sr(""), b4)
	fmt.Println(n, showErr(err))
	n, err = io.ReadFull(sr(""), nil)
	fmt.Println(n, showErr(err))
	n, err = io.ReadFull(newChunk("abcd", 1), b4)
	fmt.Println(n, showErr(err), string(b4))
}

func testCopy() {
	fmt.Println("-- Copy")
	var pw plainWriter
	src := &chunkReader{data: []byte("copy through buffer"), chunk: 4}
	n, err := io.Copy(&pw, src)
	fmt.Println(n, showErr(err), pw.b.String(), "first read size", src.sizes[0], "reads", len(src.sizes))

	pw = plainWriter{}
	n, err = io.Copy(&pw, wt{"x"})
	fmt.Println(n, showErr(err), pw.b.String())

	dst := &rf{}
	n, err = io.Copy(dst, sr("abc"))
	fmt.Println(n, showErr(err), "bytes.Reader is a WriterTo: got", string(dst.got))
	dst = &rf{}
	n, err = io.Copy(dst, newChunk("via readfrom", 5))
	fmt.Println(n, showErr(err), string(dst.got))

	var bb bytes.Buffer
	n, err = io.Copy(&bb, newChunk("into bytes.Buffer", 3))
	fmt.Println(n, showErr(err), bb.String())

	lw := &limitWriter{max: 3}
	n, err = io.Copy(lw, newChunk("abcdefgh", 8))
	fmt.Println(n, showErr(err), string(lw.buf))
	lw = &limitWriter{bad: -1}
	n, err = io.Copy(lw, newChunk("abc", 8))
	fmt.Println(n, showErr(err))
	lw = &limitWriter{bad: 100}
	n, err = io.Copy(lw, newChunk("abc", 8))
	fmt.Println(n, showErr(err))
	lw = &limitWriter{err: errors.New("disk full")}
	n, err = io.Copy(lw, newChunk("abcdef", 4))
	fmt.Println(n, showErr(err), string(lw.buf))
	pw = plainWriter{}
	r := &chunkReader{data: []byte("partial"), chunk: 3, err: errors.New("read fail")}
	n, err = io.Copy(&pw, r)
	fmt.Println(n, showErr(err), pw.b.String())

	// LimitedReader sources shrink Copy's buffer.
	for _, lim := range []int64{-5, 0, 1, 10, 40000} {
		r := newChunk(strings.Repeat("z", 50), 100)
		pw = plainWriter{}
		n, err = io.Copy(&pw, &io.LimitedReader{R: r, N: lim})
		fmt.Println("limit", lim, n, showErr(err), "sizes", r.sizes)
	}

	fmt.Println("-- CopyBuffer")
	pw = plainWriter{}
	r = newChunk("buffered copy", 100)
	n, err = io.CopyBuffer(&pw, r, make([]byte, 5))
	fmt.Println(n, showErr(err), pw.b.String(), r.sizes)
	pw = plainWriter{}
	r = newChunk("nil buffer", 100)
	n, err = io.CopyBuffer(&pw, r, nil)
	fmt.Println(n, showErr(err), pw.b.String(), r.sizes[0])
	pw = plainWriter{}
	n, err = io.CopyBuffer(&pw, wt{"cb"}, make([]byte, 1))
	fmt.Println(n, showErr(err), pw.b.String())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		io.CopyBuffer(&pw, newChunk("x", 1), make([]byte, 0))
	}()
	func() {
		defer func() { fmt.Println("no panic for nil:", recover()) }()
		io.CopyBuffer(&plainWriter{}, newChunk("x", 1), nil)
	}()

	fmt.Println("-- CopyN")
	pw = plainWriter{}
	n, err = io.CopyN(&pw, sr("0123456789"), 4)
	fmt.Println(n, showErr(err), pw.b.String())
	pw = plainWriter{}
	n, err = io.CopyN(&pw, sr("012"), 4)
	fmt.Println(n, showErr(err), pw.b.String())
	pw = plainWriter{}
	n, err = io.CopyN(&pw, sr("012"), 0)
	fmt.Println(n, showErr(err))
	pw = plainWriter{}
	n, err = io.CopyN(&pw, sr("012"), -1)
	fmt.Println(n, showErr(err))
	bb.Reset()
	n, err = io.CopyN(&bb, newChunk("abcdefgh", 3), 5)
	fmt.Println(n, showErr(err), bb.String())
	r = &chunkReader{data: []byte("ab"), chunk: 3, err: errors.New("bad")}
	n, err = io.CopyN(&plainWriter{}, r, 5)
	fmt.Println(n, showErr(err))
}

func testReadAll() {
	fmt.Println("-- ReadAll")
	b, err := io.ReadAll(sr(""))
	fmt.Println(len(b), cap(b), showErr(err), b == nil)
	for _, size := range []int{1, 511, 512, 513, 1000, 5000, 70000} {
		r := newChunk(strings.Repeat("q", size), 700)
		b, err = io.ReadAll(r)
		fmt.Println(size, len(b), cap(b), showErr(err), "reads", len(r.sizes), "first", r.sizes[0], "last", r.sizes[len(r.sizes)-1])
	}
	r := &chunkReader{data: []byte("got some"), chunk: 3, err: errors.New("fail")}
	b, err = io.ReadAll(r)
	fmt.Printf("%q %s\n", b, showErr(err))
	r = &chunkReader{data: []byte("with eof"), chunk: 100, eofWithData: true}
	b, err = io.ReadAll(r)
	fmt.Printf("%q %s %v\n", b, showErr(err), r.sizes)
}

func testLimit() {
	fmt.Println("-- LimitReader")
	lr := io.LimitReader(sr("hello, world"), 5)
	b, err := io.ReadAll(lr)
	fmt.Printf("%q %s %d\n", b, showErr(err), lr.(*io.LimitedReader).N)
	n, err := lr.Read(make([]byte, 3))
	fmt.Println(n, showErr(err))
	lr = io.LimitReader(sr("abc"), 0)
	n, err = lr.Read(make([]byte, 3))
	fmt.Println(n, showErr(err))
	lr = io.LimitReader(sr("abc"), -3)
	n, err = lr.Read(make([]byte, 3))
	fmt.Println(n, showErr(err))
	n, err = lr.Read(nil)
	fmt.Println(n, showErr(err))
	l := &io.LimitedReader{R: sr("ab"), N: 10}
	buf := make([]byte, 10)
	n, err = l.Read(buf)
	fmt.Println(n, showErr(err), l.N)
	n, err = l.Read(buf)
	fmt.Println(n, showErr(err), l.N)
	cr := newChunk("abcdefgh", 100)
	l = &io.LimitedReader{R: cr, N: 3}
	n, err = l.Read(buf)
	fmt.Println(n, showErr(err), l.N, cr.sizes)
}

func testSection() {
	fmt.Println("-- SectionReader")
	base := sr("0123456789abcdef")
	s := io.NewSectionReader(base, 3, 6)
	fmt.Println("size", s.Size())
	b, err := io.ReadAll(s)
	fmt.Printf("%q %s\n", b, showErr(err))
	n, err := s.Read(make([]byte, 4))
	fmt.Println(n, showErr(err))

	for _, c := range []struct {
		off    int64
		whence int
	}{{0, io.SeekStart}, {2, io.SeekStart}, {1, io.SeekCurrent}, {-1, io.SeekEnd},
		{0, io.SeekEnd}, {10, io.SeekEnd}, {-1, io.SeekStart}, {-7, io.SeekEnd}, {0, 3}, {0, -1}} {
		pos, err := s.Seek(c.off, c.whence)
		fmt.Printf("seek(%d,%d) = %d %s", c.off, c.whence, pos, showErr(err))
		buf := make([]byte, 3)
		n, err := s.Read(buf)
		fmt.Printf(" read %d %q %s\n", n, buf[:n], showErr(err))
	}
	_, err = s.Seek(0, 7)
	fmt.Println(err, errors.Is(err, io.EOF))
	_, err = s.Seek(-100, io.SeekCurrent)
	fmt.Println(err)

	buf := make([]byte, 4)
	for _, off := range []int64{-1, 0, 2, 3, 5, 6, 100} {
		n, err := s.ReadAt(buf, off)
		fmt.Printf("ReadAt(%d) %d %q %s\n", off, n, buf[:n], showErr(err))
	}
	n, err = s.ReadAt(nil, 0)
	fmt.Println("ReadAt nil", n, showErr(err))

	// Section beyond the underlying data: the underlying EOF shows through.
	s2 := io.NewSectionReader(base, 12, 100)
	fmt.Println("size", s2.Size())
	n, err = s2.ReadAt(make([]byte, 10), 0)
	fmt.Println(n, showErr(err))
	b, err = io.ReadAll(s2)
	fmt.Printf("%q %s\n", b, showErr(err))

	// Zero and negative sizes.
	s3 := io.NewSectionReader(base, 5, 0)
	n, err = s3.Read(make([]byte, 2))
	fmt.Println("zero", s3.Size(), n, showErr(err))
	s4 := io.NewSectionReader(base, 5, -3)
	n, err = s4.Read(make([]byte, 2))
	fmt.Println("negative", s4.Size(), n, showErr(err))
	n, err = s4.ReadAt(make([]byte, 2), 0)
	fmt.Println("negative ReadAt", n, showErr(err))

	// Overflowing off+n is clamped.
	s5 := io.NewSectionReader(base, 4, 1<<63-1)
	fmt.Println("huge", s5.Size() == 1<<63-1-4)
	pos, err := s5.Seek(0, io.SeekEnd)
	fmt.Println(pos, showErr(err))

	// SectionReader through Copy and as the interfaces it claims.
	var rs io.ReadSeeker = io.NewSectionReader(base, 10, 6)
	var ra io.ReaderAt = rs.(io.ReaderAt)
	_ = ra
	var pw plainWriter
	cn, err := io.Copy(&pw, rs)
	fmt.Println(cn, showErr(err), pw.b.String())
}

func testTee() {
	fmt.Println("-- TeeReader")
	var log bytes.Buffer
	t := io.TeeReader(newChunk("teed data", 4), &log)
	b, err := io.ReadAll(t)
	fmt.Printf("%q %s log=%q\n", b, showErr(err), log.String())
	lw := &limitWriter{err: errors.New("tee write failed")}
	t = io.TeeReader(sr("abcdef"), lw)
	buf := make([]byte, 4)
	n, err := t.Read(buf)
	fmt.Println(n, showErr(err), string(lw.buf))
	lw = &limitWriter{max: 2}
	t = io.TeeReader(sr("abcdef"), lw)
	n, err = t.Read(buf)
	fmt.Println("short tee write ignored:", n, showErr(err), string(lw.buf))
	t = io.TeeReader(sr(""), &log)
	n, err = t.Read(buf)
	fmt.Println(n, showErr(err))
}

func testMultiReader() {
	fmt.Println("-- MultiReader")
	mr := io.MultiReader(sr("foo "), newChunk("", 1), newChunk("bar ", 2), sr("baz"))
	buf := make([]byte, 10)
	for i := 0; i < 8; i++ {
		n, err := mr.Read(buf)
		fmt.Printf("%d %q %s\n", n, buf[:n], showErr(err))
		if err == io.EOF {
			break
		}
	}
	n, err := io.MultiReader().Read(buf)
	fmt.Println("empty", n, showErr(err))

	readers := []io.Reader{sr("a"), sr("b")}
	mr = io.MultiReader(readers...)
	readers[0] = sr("CHANGED")
	b, err := io.ReadAll(mr)
	fmt.Printf("copied slice: %q %s\n", b, showErr(err))

	// Nested multi readers are flattened and still read in order.
	inner := io.MultiReader(sr("1"), sr("2"))
	outer := io.MultiReader(sr("0"), inner, io.MultiReader(inner, sr("3")))
	b, err = io.ReadAll(outer)
	fmt.Printf("nested: %q %s\n", b, showErr(err))
	deep := io.Reader(sr("x"))
	for i := 0; i < 1000; i++ {
		deep = io.MultiReader(deep)
	}
	b, err = io.ReadAll(deep)
	fmt.Printf("deep: %q %s\n", b, showErr(err))

	// Errors other than EOF stop the sequence.
	bad := &chunkReader{data: []byte("xy"), chunk: 1, err: errors.New("mid fail")}
	mr = io.MultiReader(bad, sr("never"))
	b, err = io.ReadAll(mr)
	fmt.Printf("%q %s\n", b, showErr(err))

	// WriteTo: Copy uses it.
	var pw plainWriter
	mr = io.MultiReader(sr("w1 "), newChunk("w2 ", 1), io.MultiReader(sr("w3")))
	_, isWT := mr.(io.WriterTo)
	cn, err := io.Copy(&pw, mr)
	fmt.Println(isWT, cn, showErr(err), pw.b.String())
	cn, err = io.Copy(&pw, mr)
	fmt.Println("again", cn, showErr(err))
	lw := &limitWriter{max: 2}
	mr = io.MultiReader(sr("abcd"), sr("ef"))
	cn, err = mr.(io.WriterTo).WriteTo(lw)
	fmt.Println("writeto short", cn, showErr(err), string(lw.buf))
	b, err = io.ReadAll(mr)
	fmt.Printf("rest after failed WriteTo: %q %s\n", b, showErr(err))
}

func testMultiWriter() {
	fmt.Println("-- MultiWriter")
	var a, b bytes.Buffer
	var c plainWriter
	mw := io.MultiWriter(&a, &b, &c)
	n, err := mw.Write([]byte("hello "))
	fmt.Println(n, showErr(err))
	n, err = io.WriteString(mw, "world")
	fmt.Println(n, showErr(err), a.String(), b.String(), c.b.String())
	_, isSW := mw.(io.StringWriter)
	fmt.Println("StringWriter", isSW)

	lw := &limitWriter{max: 2}
	var after bytes.Buffer
	mw = io.MultiWriter(lw, &after)
	n, err = mw.Write([]byte("abcd"))
	fmt.Println(n, showErr(err), string(lw.buf), after.Len())
	n, err = io.WriteString(mw, "efgh")
	fmt.Println(n, showErr(err), string(lw.buf), after.Len())
	ew := &limitWriter{err: errors.New("w failed")}
	mw = io.MultiWriter(ew, &after)
	n, err = mw.Write([]byte("xyz"))
	fmt.Println(n, showErr(err), after.Len())
	n, err = io.WriteString(mw, "xyz")
	fmt.Println(n, showErr(err), after.Len())

	n, err = io.MultiWriter().Write([]byte("nobody"))
	fmt.Println("empty", n, showErr(err))

	var x, y bytes.Buffer
	inner := io.MultiWriter(&x)
	outer := io.MultiWriter(inner, &y, inner)
	io.WriteString(outer, "ab")
	fmt.Println("nested", x.String(), y.String())

	var tee bytes.Buffer
	cn, err := io.Copy(io.MultiWriter(&tee, io.Discard), sr("copied"))
	fmt.Println(cn, showErr(err), tee.String())
}

func testDiscardNop() {
	fmt.Println("-- Discard")
	n, err := io.Discard.Write([]byte("gone"))
	fmt.Println(n, showErr(err))
	n, err = io.WriteString(io.Discard, "also gone")
	fmt.Println(n, showErr(err))
	_, isRF := io.Discard.(io.ReaderFrom)
	fmt.Println("ReaderFrom", isRF)
	r := newChunk(strings.Repeat("d", 20000), 5000)
	cn, err := io.Copy(io.Discard, r)
	fmt.Println(cn, showErr(err), "read sizes", r.sizes)
	r = &chunkReader{data: []byte("abc"), chunk: 2, err: errors.New("discard err")}
	cn, err = io.Copy(io.Discard, r)
	fmt.Println(cn, showErr(err))
	cn, err = io.CopyN(io.Discard, sr("0123456789"), 7)
	fmt.Println(cn, showErr(err))
	fmt.Printf("%T %v\n", io.Discard, io.Discard)

	fmt.Println("-- NopCloser")
	rc := io.NopCloser(newChunk("nop", 2))
	fmt.Println(showErr(rc.Close()), showErr(rc.Close()))
	_, isWT := rc.(io.WriterTo)
	b, err := io.ReadAll(rc)
	fmt.Printf("%v %q %s\n", isWT, b, showErr(err))
	rc = io.NopCloser(sr("wt"))
	_, isWT = rc.(io.WriterTo)
	var pw plainWriter
	cn, err = io.Copy(&pw, rc)
	fmt.Println(isWT, cn, showErr(err), pw.b.String())
	cc := &closeCounter{Reader: sr("")}
	var rcl io.ReadCloser = cc
	rcl.Close()
	io.NopCloser(cc).Close()
	fmt.Println("closed", cc.closed)
}

func testInterfaces() {
	fmt.Println("-- interfaces")
	sr := sr("héllo")
	var _ io.ReadSeeker = sr
	var _ io.ReaderAt = sr
	var _ io.WriterTo = sr
	var bs io.ByteScanner = sr
	var rs io.RuneScanner = sr
	c, _ := bs.ReadByte()
	fmt.Println(string(c), showErr(bs.UnreadByte()))
	bs.ReadByte()
	ru, size, err := rs.ReadRune()
	fmt.Println(string(ru), size, showErr(err), showErr(rs.UnreadRune()))
	var bb bytes.Buffer
	var rw io.ReadWriter = &bb
	var bw io.ByteWriter = &bb
	var _ io.ReaderFrom = &bb
	var _ io.StringWriter = &bb
	bw.WriteByte('Z')
	rw.Write([]byte("yx"))
	p := make([]byte, 5)
	n, _ := rw.Read(p)
	fmt.Println(string(p[:n]))
	var br io.Reader = bytes.NewReader([]byte("ab"))
	_, ok1 := br.(io.ReadSeeker)
	_, ok2 := br.(io.ReadWriteSeeker)
	_, ok3 := br.(io.ReadCloser)
	_, ok4 := br.(io.RuneReader)
	_, ok5 := br.(io.WriterAt)
	_, ok6 := interface{}(&bb).(io.ReadWriteCloser)
	_, ok7 := interface{}(&closeCounter{}).(io.ReadCloser)
	_, ok8 := interface{}(&closeCounter{}).(io.ReadSeekCloser)
	_, ok9 := interface{}(&closeCounter{}).(io.WriteCloser)
	_, ok10 := interface{}(&bb).(io.WriteSeeker)
	var _ io.Closer = &closeCounter{}
	var _ io.Seeker = sr
	fmt.Println(ok1, ok2, ok3, ok4, ok5, ok6, ok7, ok8, ok9, ok10)
}

func main() {
	testErrors()
	testReadAtLeast()
	testCopy()
	testReadAll()
	testLimit()
	testSection()
	testTee()
	testMultiReader()
	testMultiWriter()
	testDiscardNop()
	testInterfaces()
}
