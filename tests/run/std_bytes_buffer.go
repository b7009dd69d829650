// bytes.Buffer and bytes.Reader: growth (capacities are gc's), reads to
// EOF, the Unread rules, ReadFrom/WriteTo through io interfaces, the
// panics (ErrTooLarge, negative Grow, Truncate out of range) and Reader's
// Seek, ReadAt and WriteTo errors.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
)

func state(name string, b *bytes.Buffer) {
	fmt.Printf("%s: %q len=%d cap=%d\n", name, b.String(), b.Len(), b.Cap())
}

// chunkReader hands out its data a few bytes per Read, then an error.
type chunkReader struct {
	data  []byte
	chunk int
	err   error
}

func (r *chunkReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, r.err
	}
	n := r.chunk
	if n > len(r.data) {
		n = len(r.data)
	}
	n = copy(p, r.data[:n])
	r.data = r.data[n:]
	return n, nil
}

// shortWriter accepts at most max bytes per Write, optionally failing.
type shortWriter struct {
	got []byte
	max int
	err error
}

func (w *shortWriter) Write(p []byte) (int, error) {
	n := len(p)
	if n > w.max {
		n = w.max
	}
	w.got = append(w.got, p[:n]...)
	return n, w.err
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Printf("%s: panic error %v (ErrTooLarge=%v)\n", name, err, err == bytes.ErrTooLarge)
			return
		}
		fmt.Printf("%s: panic %v\n", name, r)
	}()
	f()
	fmt.Println(name, "returned")
}

func buffers() {
	var b bytes.Buffer
	state("zero", &b)
	fmt.Println(b.String() == "", b.Bytes() == nil)
	b.WriteByte('x')
	state("WriteByte", &b)
	b.WriteRune('é')
	b.WriteRune('世')
	b.WriteRune(-1)
	b.WriteRune('z')
	state("WriteRune", &b)
	for i := 0; i < 20; i++ {
		b.WriteString("0123456789")
		if i%5 == 0 {
			state(fmt.Sprint("grow ", i), &b)
		}
	}
	n, err := b.Write(bytes.Repeat([]byte("W"), 1000))
	fmt.Println(n, err)
	state("big write", &b)

	// Read everything back in odd-sized pieces, to EOF.
	p := make([]byte, 7)
	total := 0
	for {
		n, err := b.Read(p)
		total += n
		if err != nil {
			fmt.Println("read end", total, n, err, err == io.EOF)
			break
		}
	}
	state("drained", &b)
	n, err = b.Read(nil)
	fmt.Println("empty read nil", n, err)
	n, err = b.Read(p)
	fmt.Println("empty read", n, err)

	// Writing after a drain reuses the storage.
	b.WriteString("line one\nline two\nlast")
	state("lines", &b)
	for {
		line, err := b.ReadString('\n')
		fmt.Printf("ReadString %q %v\n", line, err)
		if err != nil {
			break
		}
	}
	b.WriteString("a;b;;c")
	for {
		tok, err := b.ReadBytes(';')
		fmt.Printf("ReadBytes %q cap-ok=%v %v\n", tok, cap(tok) >= len(tok), err)
		if err != nil {
			break
		}
	}

	// Bytes and Next alias the buffer.
	b.Reset()
	b.WriteString("hello, world")
	fmt.Printf("Next %q %q %q\n", b.Next(5), b.Next(0), b.Bytes())
	fmt.Printf("Next past end %q, then %q\n", b.Next(100), b.Next(1))

	// Runes and the Unread rules.
	b.Reset()
	b.WriteString("aé世\xff😀")
	fmt.Println("UnreadRune after write:", b.UnreadRune())
	fmt.Println("UnreadByte after write:", b.UnreadByte())
	for {
		r, size, err := b.ReadRune()
		if err != nil {
			fmt.Println("ReadRune end", r, size, err)
			break
		}
		fmt.Printf("ReadRune %q %d len=%d\n", r, size, b.Len())
		if r == '世' {
			fmt.Println("UnreadRune:", b.UnreadRune(), b.Len())
			fmt.Println("UnreadRune again:", b.UnreadRune())
			r, size, _ = b.ReadRune()
			fmt.Printf("again %q %d\n", r, size)
		}
	}
	fmt.Println("UnreadRune at EOF:", b.UnreadRune())
	b.WriteString("xyz")
	c, err := b.ReadByte()
	fmt.Printf("ReadByte %q %v\n", c, err)
	fmt.Println("UnreadByte:", b.UnreadByte(), b.Len())
	fmt.Println("UnreadRune after ReadByte:", b.UnreadRune())
	b.ReadByte()
	b.ReadByte()
	b.ReadByte()
	c, err = b.ReadByte()
	fmt.Printf("ReadByte at end %q %v\n", c, err)
	fmt.Println("UnreadByte at end:", b.UnreadByte())

	// Truncate, Grow and the panics.
	b.Reset()
	b.WriteString("abcdefgh")
	b.Next(2)
	b.Truncate(3)
	state("Truncate 3", &b)
	b.Truncate(0)
	state("Truncate 0", &b)
	try("Truncate -1", func() { b.WriteString("ab"); b.Truncate(-1) })
	try("Truncate 5", func() { b.Truncate(5) })
	try("Grow -1", func() { b.Grow(-1) })
	var g bytes.Buffer
	g.Grow(10)
	state("Grow 10 of zero", &g)
	g.Grow(100)
	state("Grow 100", &g)
	g.WriteString("abc")
	g.Grow(1000)
	state("Grow 1000", &g)
	try("Grow huge", func() { g.Grow(int(^uint(0) >> 1)) })
	state("after huge", &g)
	var h bytes.Buffer
	try("Grow huge on zero", func() { h.Grow(int(^uint(0) >> 1)) })

	// Sliding the unread data down instead of growing.
	var s bytes.Buffer
	s.Grow(64)
	s.WriteString("0123456789012345678901234567890123456789012345678901234567")
	s.Next(50)
	s.WriteString("abcdefghijklmnop")
	state("slide", &s)

	// NewBuffer and NewBufferString.
	nb := bytes.NewBuffer([]byte("initial"))
	nb.WriteString("+more")
	state("NewBuffer", nb)
	// Not its Cap: gc inlines NewBufferString, and []byte(s) of a Buffer
	// that then stays on the stack gets a 32-byte stack buffer.
	ns := bytes.NewBufferString("from string")
	fmt.Printf("NewBufferString: %q len=%d\n", ns.String(), ns.Len())
	fmt.Println(bytes.NewBuffer(nil).Len(), bytes.NewBuffer(nil).Cap(), bytes.NewBufferString("").Len())
	backing := make([]byte, 0, 100)
	nc := bytes.NewBuffer(backing)
	nc.WriteString("uses cap")
	state("NewBuffer cap", nc)
	var np *bytes.Buffer
	fmt.Println("nil buffer:", np.String())
	fmt.Println(nb)
	fmt.Println("MinRead", bytes.MinRead)
}

func readFromWriteTo() {
	var b bytes.Buffer
	n, err := b.ReadFrom(&chunkReader{data: bytes.Repeat([]byte("0123456789"), 130), chunk: 300, err: io.EOF})
	fmt.Println("ReadFrom", n, err)
	state("after ReadFrom", &b)
	failed := errors.New("boom")
	n, err = b.ReadFrom(&chunkReader{data: []byte("tail"), chunk: 3, err: failed})
	fmt.Println("ReadFrom err", n, err, b.Len())

	w := &shortWriter{max: 1 << 20}
	m, err := b.WriteTo(w)
	fmt.Println("WriteTo", m, err, len(w.got), b.Len())
	b.WriteString("abcdef")
	w = &shortWriter{max: 4}
	m, err = b.WriteTo(w)
	fmt.Printf("WriteTo short %d %v %q left=%q\n", m, err, w.got, b.String())
	w = &shortWriter{max: 1, err: failed}
	m, err = b.WriteTo(w)
	fmt.Printf("WriteTo err %d %v %q left=%q\n", m, err, w.got, b.String())
	m, err = b.WriteTo(w)
	b.Next(1)
	m, err = b.WriteTo(w)
	fmt.Println("WriteTo empty", m, err)

	var dst bytes.Buffer
	r := bytes.NewReader([]byte("copied through ReadFrom"))
	dst.ReadFrom(r)
	state("from Reader", &dst)
	var sink bytes.Buffer
	dst.WriteTo(&sink)
	state("sink", &sink)
	var wr io.Writer = &sink
	fmt.Fprintf(wr, " %d", 42)
	state("Fprintf", &sink)
}

func readers() {
	r := bytes.NewReader([]byte("0123456789é\xff"))
	fmt.Println("Len Size", r.Len(), r.Size())
	p := make([]byte, 4)
	for {
		n, err := r.Read(p)
		fmt.Printf("Read %d %q %v len=%d\n", n, p[:n], err, r.Len())
		if err != nil {
			break
		}
	}
	for _, off := range []int64{-1, 0, 10, 12, 13, 100} {
		n, err := r.ReadAt(p, off)
		fmt.Printf("ReadAt %d: %d %q %v\n", off, n, p[:n], err)
	}
	seeks := []struct {
		off    int64
		whence int
	}{{0, io.SeekStart}, {3, io.SeekCurrent}, {-2, io.SeekCurrent}, {-1, io.SeekEnd}, {5, io.SeekEnd}, {-100, io.SeekCurrent}, {0, 7}, {-1, io.SeekStart}, {10, io.SeekStart}}
	for _, s := range seeks {
		pos, err := r.Seek(s.off, s.whence)
		fmt.Println("Seek", s.off, s.whence, pos, err, r.Len())
	}
	for {
		ch, size, err := r.ReadRune()
		fmt.Printf("ReadRune %q %d %v\n", ch, size, err)
		if err != nil {
			break
		}
	}
	fmt.Println("UnreadRune after EOF:", r.UnreadRune())
	r.Seek(10, io.SeekStart)
	r.ReadRune()
	fmt.Println("UnreadRune:", r.UnreadRune(), r.Len())
	fmt.Println("UnreadRune twice:", r.UnreadRune())
	b, err := r.ReadByte()
	fmt.Println("ReadByte", b, err, "UnreadByte", r.UnreadByte(), r.Len())
	r.Seek(0, io.SeekStart)
	fmt.Println("UnreadByte at start:", r.UnreadByte())
	fmt.Println("UnreadRune at start:", r.UnreadRune())
	r.Seek(100, io.SeekStart)
	n, err := r.Read(p)
	fmt.Println("Read past end", n, err, r.Len())
	b, err = r.ReadByte()
	fmt.Println("ReadByte past end", b, err)
	fmt.Println("UnreadByte past end:", r.UnreadByte(), r.Len())

	w := &shortWriter{max: 1 << 20}
	r.Reset([]byte("write me"))
	r.ReadByte()
	m, err := r.WriteTo(w)
	fmt.Printf("WriteTo %d %v %q len=%d\n", m, err, w.got, r.Len())
	m, err = r.WriteTo(w)
	fmt.Println("WriteTo again", m, err)
	r.Reset([]byte("short"))
	w = &shortWriter{max: 2}
	m, err = r.WriteTo(w)
	fmt.Printf("WriteTo short %d %v %q len=%d\n", m, err, w.got, r.Len())

	var zero bytes.Reader
	n, err = zero.Read(p)
	fmt.Println("zero Reader", zero.Len(), zero.Size(), n, err)
	var rd io.Reader = bytes.NewReader(nil)
	n, err = rd.Read(p)
	fmt.Println("nil Reader", n, err)
}

func main() {
	buffers()
	readFromWriteTo()
	readers()
}
