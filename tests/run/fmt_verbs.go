// fmt's verbs, flags, widths and precisions on the basic types, printed
// next to their format so that a difference is easy to place.
package main

import (
	"fmt"
	"math"
)

func show(format string, args ...any) {
	fmt.Printf("%-12q -> [", format)
	fmt.Printf(format, args...)
	fmt.Println("]")
}

func main() {
	ints := []any{0, 42, -42, int8(-128), uint8(255), int64(math.MinInt64), uint64(math.MaxUint64)}
	for _, f := range []string{"%d", "%5d", "%-5d", "%05d", "%+d", "% d", "%x", "%X", "%#x", "%o", "%O", "%#o", "%b", "%#b", "%.3d", "%8.3d", "%c", "%q", "%U", "%#U", "%v", "%#v"} {
		for _, v := range ints {
			show(f, v)
		}
	}
	floats := []any{0.0, 1.0, -1.5, 3.14159265, 1e6, 1e-7, 123456789.0, float32(2.5), math.Inf(1), math.Inf(-1), math.NaN()}
	for _, f := range []string{"%v", "%f", "%.2f", "%8.3f", "%-8.2f", "%08.3f", "%+.1f", "% .1f", "%e", "%E", "%.3e", "%g", "%G", "%.3g", "%#g", "%#.0f", "%x", "%b", "%F", "%6v"} {
		for _, v := range floats {
			show(f, v)
		}
	}
	for _, f := range []string{"%v", "%.1f", "%+g", "%8.2e"} {
		show(f, complex(1.5, -2))
	}
	strs := []any{"", "go", "héllo, 世界", "tab\t\"q\"", "`raw`"}
	for _, f := range []string{"%s", "%v", "%q", "%+q", "%#q", "%x", "%X", "% x", "%#x", "%8s", "%-8s|", "%.2s", "%8.3q", "%08s", "%#v"} {
		for _, v := range strs {
			show(f, v)
		}
	}
	for _, f := range []string{"%t", "%v", "%6t", "%-6t|", "%#v"} {
		show(f, true)
		show(f, false)
	}
	show("%c%c%c", 'G', 'o', 0x1F600)
	show("%*d|%-*d|", 6, 1, 6, 2)
	show("%.*f", 2, math.Pi)
	show("%[2]d %[1]d %d", 10, 20)
	show("%[1]d %[1]x %#[1]o", 64)
	show("%3c|%-3c|", 'a', 'b')
	show("%d%%", 50)
	show("%T %T %T %T %T", 1, "s", 2.5, 'r', nil)
	show("%10.4v|%-10v|", math.Pi, "pi")
}
