// strings.Reader: every method, its errors, and its use through io
// (Copy uses WriterTo, ReadAll, LimitReader, SectionReader).
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

func main() {
	r := strings.NewReader("héllo, wörld")
	fmt.Println(r.Len(), r.Size())
	buf := make([]byte, 4)
	n, err := r.Read(buf)
	fmt.Println(n, err, string(buf[:n]), r.Len())
	c, size, err := r.ReadRune()
	fmt.Println(c, size, err)
	fmt.Println(r.UnreadRune(), r.UnreadRune())
	b, err := r.ReadByte()
	fmt.Println(b, err, r.UnreadByte())
	n, err = r.ReadAt(buf, 10)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	_, err = r.ReadAt(buf, -1)
	fmt.Println(err)
	pos, err := r.Seek(-3, io.SeekEnd)
	fmt.Println(pos, err)
	_, err = r.Seek(0, 7)
	fmt.Println(err)
	_, err = r.Seek(-100, io.SeekCurrent)
	fmt.Println(err)
	var out bytes.Buffer
	m, err := io.Copy(&out, r)
	fmt.Println(m, err, out.String())
	r.Reset("abc")
	all, err := io.ReadAll(io.LimitReader(r, 2))
	fmt.Printf("%q %v\n", all, err)
	sec := io.NewSectionReader(strings.NewReader("0123456789"), 3, 4)
	all, _ = io.ReadAll(sec)
	fmt.Printf("%q\n", all)
	var z strings.Reader
	n, err = z.Read(buf)
	fmt.Println(n, err, z.UnreadByte())
	r.Seek(100, io.SeekStart)
	n, err = r.Read(buf)
	fmt.Println(n, err, r.Len())
}
