// errorcheck -0 -m -l

// Closures, defer and go: captured variables by value and by reference,
// closures called where they are written, deferred calls at the top level
// and inside loops.

package p

var sink func() int

func captureByValue() {
	x := 1
	sink = func() int { return x } // ERROR "func literal escapes to heap$"
}

func captureByRef() {
	x := 1 // ERROR "moved to heap: x$"
	sink = func() int { x++; return x } // ERROR "func literal escapes to heap$"
}

func localClosure() int {
	x := 1
	f := func() int { return x } // ERROR "func literal does not escape$"
	return f()
}

func calledDirectly() *int {
	var u int // ERROR "moved to heap: u$"
	p := func() *int { return &u }() // ERROR "func literal does not escape$"
	return p
}

func calledDirectlyNoEscape() int {
	var u int
	*(func() *int { return &u }()) = 42 // ERROR "func literal does not escape$"
	return u
}

func use(p *int) {} // ERROR "p does not escape$"

func deferTop() {
	defer use(new(int)) // ERROR "new\(int\) does not escape$"
}

func deferLoop() {
	for i := 0; i < 3; i++ {
		defer use(new(int)) // ERROR "new\(int\) escapes to heap$"
	}
}

func deferClosure() {
	x := 0
	defer func() { x++ }() // ERROR "func literal does not escape$"
}
