package main

import "sort"

// Methods promoted from embedded interfaces and embedded pointers, in
// method sets (itabs) and in direct calls.

type E struct {
	error
	code int
}

type myErr struct{ s string }

func (m myErr) Error() string { return m.s }

type Lister interface {
	Len() int
	Get(i int) string
}

type Wrap struct {
	Lister
	name string
}

type L struct{ s [3]string }

func (l *L) Len() int         { return 3 }
func (l *L) Get(i int) string { return l.s[i] }

type Base struct{ n int }

func (b Base) Value() int { return b.n }
func (b *Base) Set(n int) { b.n = n }

type Derived struct {
	*Base
	extra int
}

type Valuer interface{ Value() int }
type Setter interface {
	Set(n int)
	Value() int
}

func main() {
	e := E{myErr{"inner"}, 3}
	println(e.Error())
	var err error = e
	println(err.Error())
	w := Wrap{&L{[3]string{"a", "b", "c"}}, "w"}
	println(w.Len(), w.Get(1))
	var li Lister = w
	println(li.Get(2))
	xs := []int{3, 1, 2}
	sort.Sort(sort.Reverse(sort.IntSlice(xs)))
	println(xs[0], xs[1], xs[2])

	d := Derived{&Base{1}, 2}
	var s Setter = d // Set is promoted through *Base, so Derived has it
	s.Set(7)
	println(d.Value(), s.Value())
	var v Valuer = Base{4}
	println(v.Value())
	_, ok := v.(Setter)
	println(ok)
	var pv Valuer = &Base{5}
	st, ok := pv.(Setter)
	println(ok)
	st.Set(6)
	println(pv.Value())
}
