// fmt's Print, Println and Sprint family: operand spacing, the default
// %v formats of the basic types, and output to os.Stdout and os.Stderr.
package main

import (
	"fmt"
	"os"
)

type Celsius float64
type Name string

func main() {
	fmt.Println("hello, world")
	fmt.Println(1, 2, 3, true, false, "x", 'x', 2.5, -0.0, 1e6, 1e21, 1e-5, 123456789.0)
	fmt.Println(int8(-8), int16(16), int32(-32), int64(64), uint(1), uint8(8), uint16(16), uint32(32), uint64(1<<63), uintptr(9))
	fmt.Println(float32(0.1), float64(0.1), float32(1)/3, 1.0/3, 100.0, 1e20, 2.5e-10)
	fmt.Println(complex(1, 2), complex64(complex(-1.5, 0.25)), 3i)
	fmt.Println(Celsius(36.6), Name("bob"), nil)
	fmt.Print("a", "b", 1, 2, "c", 3.5, 4, "\n")
	fmt.Print(1, 2, "\n")
	fmt.Print(Name("n"), 1, Name("m"), "\n")
	s := fmt.Sprint("x", 1, 2, "y", true)
	fmt.Println(len(s), s)
	s = fmt.Sprintln("line", 1, 2.0)
	fmt.Print(s)
	fmt.Println()
	n, err := fmt.Println("counted")
	fmt.Println(n, err)
	fmt.Fprintln(os.Stderr, "to stderr", 42)
	fmt.Fprint(os.Stdout, "to stdout ", 7, "\n")
	fmt.Fprintf(os.Stderr, "%s=%d\n", "k", 1)
	os.Stdout.WriteString("direct write\n")
	os.Stdout.Write([]byte("bytes write\n"))
}
