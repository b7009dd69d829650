// errorcheck

// A function with results must end in a terminating statement.

package main

func f1() int {
	for {
	}
}

func f2() int {
	for {
		break
	}
} // ERROR "missing return"

func f3() int {
L:
	for {
		for {
			break L
		}
	}
} // ERROR "missing return"

func f4(x int) int {
	switch x {
	case 1:
		return 1
	default:
		return 2
	}
}

func f5(x int) int {
	switch x {
	case 1:
		return 1
	}
} // ERROR "missing return"

func f6(x int) int {
	if x > 1 {
		return 1
	} else if x < 0 {
		return 2
	} else {
		panic("x")
	}
}

func f7(x int) int {
	if x > 1 {
		return 1
	}
} // ERROR "missing return"

func f8() int {
	goto L
L:
	return 1
}

func f9(x int) int {
	switch {
	case x > 1:
		fallthrough
	default:
		return 0
	}
}

func f10(x int) int {
L:
	switch {
	case x > 1:
		break L
	default:
		return 0
	}
} // ERROR "missing return"

func f11() int {
	for x := range "a" {
		return x
	}
} // ERROR "missing return"

func f12() (r int) {
	return
}

func main() {}
