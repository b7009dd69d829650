// errorcheck -0 -m -l

// Loop depth: a value allocated inside a loop escapes when it is stored
// in a variable declared outside it; a label a goto jumps back to counts
// as a loop.

package p

func inner() {
	for i := 0; i < 10; i++ {
		z := new(int) // ERROR "new\(int\) does not escape$"
		*z = i
	}
}

func outer() int {
	var p *int
	for i := 0; i < 10; i++ {
		p = new(int) // ERROR "new\(int\) escapes to heap$"
		*p = i
	}
	return *p
}

func rangeVar(s []int) *int { // ERROR "leaking param content: s$"
	var p *int
	for _, v := range s { // ERROR "moved to heap: v$"
		p = &v
	}
	return p
}

func rangeVarLocal(s []int) int { // ERROR "s does not escape$"
	n := 0
	for _, v := range s {
		p := &v
		n += *p
	}
	return n
}

func gotoLoop() int {
	var p *int
	i := 0
loop:
	p = new(int) // ERROR "new\(int\) escapes to heap$"
	i++
	if i < 10 {
		goto loop
	}
	return *p
}

func gotoForward() int {
	var p *int
	goto done
done:
	p = new(int) // ERROR "new\(int\) does not escape$"
	return *p
}
