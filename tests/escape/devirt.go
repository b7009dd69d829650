// errorcheck -0 -m -l

// Devirtualization (gc's devirtualize pass, before escape analysis): a
// method call through an interface whose value is statically a conversion
// from a concrete type calls that type's method, so the receiver and the
// arguments follow the concrete method's parameter tags.

package p

var sink interface{}

type M interface{ M() int }

type G interface{ Get(p *int) *int }

type V struct {
	p *int
	x int
}

func (v V) M() int { return v.x } // ERROR "v does not escape$"

func (v V) Get(p *int) *int { return v.p } // ERROR "leaking param: v to result ~r0 level=0$" "p does not escape$"

type P struct{ n int }

func (q *P) M() int { return q.n } // ERROR "q does not escape$"

func (q *P) Get(p *int) *int { return p } // ERROR "q does not escape$" "leaking param: p to result ~r0 level=0$"

type Inner struct{ p *int }

func (i *Inner) M() int { return 0 } // ERROR "i does not escape$"

type Outer struct {
	z int
	*Inner
}

type MI interface{ M() int }

type Emb struct {
	MI
	z int
}

type Leaky struct{ p *int }

func (l *Leaky) M() int { sink = l; return 0 } // ERROR "leaking param: l$"

// The box of a value stays in the frame.
func valueRecv() int {
	i := 0
	var x M = V{&i, 1} // ERROR "V{...} does not escape$"
	return x.M()       // ERROR "devirtualizing x.M to V$"
}

func pointerRecv() int {
	var x M = &P{} // ERROR "&P{} does not escape$"
	return x.M()   // ERROR "devirtualizing x.M to \*P$"
}

// An explicit conversion, and variables that copy it, are followed.
func chain() int {
	x := M(&P{}) // ERROR "&P{} does not escape$"
	y := x
	var z M = y
	return z.M() // ERROR "devirtualizing z.M to \*P$"
}

func direct() int {
	return M(&P{}).M() // ERROR "&P{} does not escape$" "devirtualizing M\(&P{}\).M to \*P$"
}

// Arguments and results follow the concrete method's tags too.
func args() *int {
	i := 0 // ERROR "moved to heap: i$"
	j := 0
	var g G = V{p: &i} // ERROR "V{...} does not escape$"
	return g.Get(&j)   // ERROR "devirtualizing g.Get to V$"
}

func argsPtr() *int {
	i := 0           // ERROR "moved to heap: i$"
	var g G = &P{}   // ERROR "&P{} does not escape$"
	return g.Get(&i) // ERROR "devirtualizing g.Get to \*P$"
}

// A method promoted through an embedded pointer.
func promoted() int {
	x := M(Outer{1, &Inner{}}) // ERROR "M\(Outer{...}\) does not escape$" "&Inner{} does not escape$"
	return x.M()               // ERROR "devirtualizing x.M to Outer$"
}

// Through an embedded interface the call stays an interface call, on the
// field: the box does not escape, what the field holds does.
func partial() int {
	var x M = Emb{&P{}, 0} // ERROR "Emb{...} does not escape$" "&P{} escapes to heap$"
	return x.M()           // ERROR "partially devirtualizing x.M to Emb$"
}

// The concrete method's own leaks still count.
func leaky() int {
	var x M = &Leaky{} // ERROR "&Leaky{} escapes to heap$"
	return x.M()       // ERROR "devirtualizing x.M to \*Leaky$"
}

// Not followed: a variable assigned again, address-taken, or seen from
// inside a func literal.
func reassigned(b bool) int {
	var x M = &P{} // ERROR "&P{} escapes to heap$"
	if b {
		x = &P{} // ERROR "&P{} escapes to heap$"
	}
	return x.M()
}

func addrTaken() int {
	var x M = &P{} // ERROR "&P{} escapes to heap$"
	_ = &x
	return x.M()
}

func captured() int {
	var x M = &P{}                       // ERROR "&P{} escapes to heap$"
	return func() int { return x.M() }() // ERROR "func literal does not escape$"
}

// A func literal's own variables are followed.
func inLiteral() int {
	return func() int { // ERROR "func literal does not escape$"
		var y M = &P{} // ERROR "&P{} does not escape$"
		return y.M()   // ERROR "devirtualizing y.M to \*P$"
	}()
}

// Deferred calls are devirtualized as well.
func deferred() {
	var x M = &P{} // ERROR "&P{} does not escape$"
	defer x.M()    // ERROR "devirtualizing x.M to \*P$"
}

// A comma-ok value is converted to the destination's interface type after
// escape analysis: no box is reported.
func commaOk(y interface{}) { // ERROR "y does not escape$"
	var ok bool
	sink, ok = y.(int)
	_ = ok
}

// Package-level initialisers run in gc's init function, devirtualized too.
var initCall = M(&P{}).M() // ERROR "&P{} does not escape$" "devirtualizing M\(&P{}\).M to \*P$"
