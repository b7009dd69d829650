// Labeled break and continue, goto forwards and backwards, and
// fallthrough.
package main

func main() {
	n := 0
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j == 3 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			n += i*10 + j
		}
	}
	println("n", n)

	k := 0
back:
	k++
	if k < 4 {
		goto back
	}
	println("k", k)

	goto skip
skip:
	for i := 0; i < 6; i++ {
		switch {
		case i == 1:
			println("one, falling")
			fallthrough
		case i == 2:
			println("one or two", i)
		case i == 4:
			break skip
		default:
			println("other", i)
		}
	}
	m := 0
sw:
	switch m {
	case 0:
		for {
			m++
			if m > 2 {
				break sw
			}
		}
	}
	println("m", m)
}
