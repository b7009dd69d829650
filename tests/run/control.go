// Control flow: all for forms, switch with fallthrough, tagless switch,
// labels with break/continue, goto.
package main

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	}
	return "odd"
}

func days(m int) int {
	switch m {
	case 2:
		return 28
	case 4, 6, 9, 11:
		return 30
	default:
		return 31
	}
}

func main() {
	for i := -1; i < 4; i++ {
		println(i, classify(i), days(i+2))
	}
	switch x := 1; x {
	case 1:
		println("one")
		fallthrough
	case 2:
		println("two")
	case 3:
		println("three")
	}
	sum := 0
	i := 0
	for i < 10 {
		sum += i
		i++
	}
	println(sum)
	for {
		if sum > 100 {
			break
		}
		sum *= 2
	}
	println(sum)
outer:
	for a := 0; a < 3; a++ {
		for b := 0; b < 3; b++ {
			if b == 2 {
				continue outer
			}
			if a == 2 {
				break outer
			}
			println(a, b)
		}
	}
	k := 0
loop:
	if k < 3 {
		println("goto", k)
		k++
		goto loop
	}
}
