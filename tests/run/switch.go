// Switch statements: expression and tagless switches, several values per
// case, fallthrough (also into and out of a default placed in the middle),
// init statements, no match, break inside a switch, evaluation order of
// the tag and case expressions, and switches on strings, bools and
// small integer types.
package main

func name(n int) string {
	switch n {
	case 0:
		return "zero"
	case 1, 2, 3:
		return "few"
	case 4, 5, 6, 7, 8, 9:
		return "several"
	case -1:
		return "minus one"
	}
	return "many"
}

func falls(n int) {
	print(n, ":")
	switch n {
	case 0:
		print(" zero")
		fallthrough
	case 1:
		print(" one")
		fallthrough
	default:
		print(" default")
	case 2:
		print(" two")
		fallthrough
	case 3:
		print(" three")
	case 4:
		print(" four")
		fallthrough
	case 5:
	}
	println()
}

func middleDefault(n int) {
	print(n, ":")
	switch {
	case n < 0:
		print(" neg")
	default:
		print(" default")
		fallthrough
	case n > 100:
		print(" big-or-fell")
	case n == 50:
		print(" fifty")
	}
	println()
}

var trace string

func v(s string, n int) int {
	trace += s
	return n
}

func order(x int) {
	trace = ""
	switch v("T", x) {
	case v("a", 1), v("b", 2):
		trace += "[1]"
	case v("c", 3):
		trace += "[2]"
	case v("d", 4), v("e", 5), v("f", 6):
		trace += "[3]"
	}
	println(x, trace)
}

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	case score >= 60:
		return "D"
	}
	return "F"
}

func lang(s string) int {
	switch s {
	case "go", "Go", "golang":
		return 1
	case "c":
		return 2
	case "":
		return 3
	case "c++":
		return 4
	default:
		return 0
	}
}

func main() {
	println("== expression switch")
	for i := -2; i < 12; i++ {
		print(name(i), " ")
	}
	println()

	println("== fallthrough")
	for i := -1; i <= 6; i++ {
		falls(i)
	}
	for _, n := range "\x00\x33\x64\x65\x66\xff" {
		middleDefault(int(n) - 1)
	}

	println("== evaluation order")
	for i := 0; i <= 7; i++ {
		order(i)
	}

	println("== tagless")
	for s := 45; s <= 100; s += 7 {
		print(grade(s))
	}
	println()

	println("== strings")
	println(lang("go"), lang("Go"), lang("golang"), lang("c"), lang(""), lang("c++"), lang("rust"), lang("g"))

	println("== init statements")
	switch x := 5; x {
	case 5:
		println("five", x)
	}
	switch x := 7; {
	case x > 5:
		println("x > 5")
	}
	switch y := name(3); y {
	case "few":
		println("few!", y)
	default:
		println("?")
	}
	z := 3
	switch z = z * 2; z {
	case 6:
		println("six", z)
	}
	println(z)

	println("== no match and empty")
	switch 42 {
	case 1:
		println("no")
	}
	switch {
	}
	switch x := 1; x {
	}
	switch {
	case false:
		println("no")
	}
	println("after")

	println("== break")
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			if i == 1 {
				break
			}
			println("not reached")
		default:
			println("default", i)
		}
	}
	n := 0
outer:
	for {
		switch {
		case n >= 3:
			break outer
		default:
			n++
		}
	}
	println("n", n)

	println("== other tag types")
	var b8 int8 = -128
	switch b8 {
	case 127:
		println("no")
	case -128:
		println("int8 min")
	}
	var u uint64 = 1 << 63
	switch u {
	case 1<<63 - 1:
		println("no")
	case 1 << 63:
		println("uint64 high bit")
	}
	f := 0.1
	switch f * 3 {
	case 0.3:
		println("exact?")
	default:
		println("float not exact")
	}
	switch t := 3 > 2; t {
	case false:
		println("no")
	case true:
		println("bool true")
	}
	switch r := 'é'; r {
	case 'e':
		println("no")
	case 233:
		println("rune 233")
	}
	switch {
	case true:
		println("first true")
		fallthrough
	case false:
		println("fell into false")
	}
	x := 10
	switch x {
	case 10:
		x := "shadowed"
		println(x)
	}
	println(x)
}
