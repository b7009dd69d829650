// errorcheck -0 -m -l

// Parameter leak tags and how callers use them: to the heap, to results
// (with levels), content leaks, body-less functions, recursion.

package p

type T struct {
	p *int
	q **int
}

var gp *int
var gpp **int

func id(p *int) *int { return p } // ERROR "leaking param: p to result ~r0 level=0$"

func deref(p **int) *int { return *p } // ERROR "leaking param: p to result ~r0 level=1$"

func toHeap(p *int) { gp = p } // ERROR "leaking param: p$"

func contentToHeap(p **int) { gp = *p } // ERROR "leaking param content: p$"

func none(p *int) int { return *p } // ERROR "p does not escape$"

func two(a, b *int) (*int, *int) { return b, a } // ERROR "leaking param: a to result ~r1 level=0$" "leaking param: b to result ~r0 level=0$"

func field(t *T) *int { return t.p } // ERROR "leaking param: t to result ~r0 level=1$"

func fieldDeref(t T) *int { return *t.q } // ERROR "leaking param: t to result ~r0 level=1$"

func external(p *int) // ERROR "leaking param: p$"

//go:noescape
func externalNoescape(p *int) // ERROR "p does not escape$"

func useIt() {
	a := 1
	b := 2 // ERROR "moved to heap: b$"
	c := 3 // ERROR "moved to heap: c$"
	d := 4
	e := 5 // ERROR "moved to heap: e$"
	f := 6
	_ = id(&a)
	gp = id(&b)
	toHeap(&c)
	_ = none(&d)
	external(&e)
	externalNoescape(&f)
}

func rec(p *int, n int) *int { // ERROR "leaking param: p to result ~r0 level=0$"
	if n == 0 {
		return p
	}
	return rec(p, n-1)
}

func mutualA(p *int, n int) *int { // ERROR "leaking param: p$"
	if n == 0 {
		gp = p
		return nil
	}
	return mutualB(p, n-1)
}

func mutualB(p *int, n int) *int { // ERROR "leaking param: p$"
	return mutualA(p, n)
}

func variadic(xs ...*int) *int { return xs[0] } // ERROR "leaking param: xs to result ~r0 level=1$"

func callVariadic() {
	x, y := 1, 2
	_ = variadic(&x, &y) // ERROR "\.\.\. argument does not escape$"
}

func appendTo(s []*int, x *int) []*int { return append(s, x) } // ERROR "leaking param content: s$" "leaking param: s to result ~r0 level=0$" "leaking param: x$"

func copyTo(dst, src []*int) { copy(dst, src) } // ERROR "dst does not escape$" "leaking param content: src$"

func multi() (*int, *int) {
	x, y := 1, 2 // ERROR "moved to heap: x$" "moved to heap: y$"
	return two(&x, &y)
}
