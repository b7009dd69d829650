// errorcheck -0 -m -l

// Interface conversions: values that are not pointer-shaped are boxed,
// and the box escapes when the interface value does.

package p

type S struct{ a, b int }

type I interface{ M() int }

func (s S) M() int { return s.a }

type P struct{ x *int }

func (p *P) M() int { return *p.x } // ERROR "p does not escape$"

var sink interface{}
var si I

func keep(v interface{}) { sink = v } // ERROR "leaking param: v$"

func look(v interface{}) {} // ERROR "v does not escape$"

func conversions(x int, s S, p *P) { // ERROR "leaking param: p$"
	keep(x) // ERROR "x escapes to heap$"
	look(x) // ERROR "x does not escape$"
	si = s // ERROR "s escapes to heap$"
	si = p
	var i interface{} = s // ERROR "s does not escape$"
	_ = i
	sink = interface{}(x) // ERROR "\(interface \{\}\)\(x\) escapes to heap$"
}

func callIface(i I) int { return i.M() } // ERROR "leaking param: i$"

func assert(v interface{}) *P { // ERROR "leaking param: v to result ~r0 level=0$"
	return v.(*P)
}

func assertValue(v interface{}) S { // ERROR "v does not escape$"
	return v.(S)
}
