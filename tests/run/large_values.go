// Large arrays and structs passed and returned by value: through plain
// calls, methods (value receivers too), interfaces, closures, func values,
// method values and expressions, defers and multi-result returns. Callees
// mutate their parameters to show they get copies.
package main

import "fmt"

type Big struct {
	A    [20]int
	Name string
	B    bool
}

type Arr [100]byte

func mk(seed int) Big {
	var b Big
	for i := range b.A {
		b.A[i] = seed + i
	}
	b.Name = fmt.Sprint("big", seed)
	b.B = seed%2 == 0
	return b
}

func sum(b Big) int {
	s := 0
	for _, v := range b.A {
		s += v
	}
	b.A[0] = -1000 // a copy: the caller's value stays
	b.Name = "changed"
	return s
}

func fill(x, y int) Arr {
	var a Arr
	for i := range a {
		a[i] = byte(x*i + y)
	}
	return a
}

func cmpArr(x, y Arr) bool {
	x[0]++
	y[0]++
	return x == y
}

func bump(a Arr, n int) (Arr, int, Big) {
	for i := range a {
		a[i] += byte(n)
	}
	return a, n * 2, mk(n)
}

func named(n int) (r Arr, b Big) {
	r = fill(n, 1)
	b = mk(n)
	b.A[3] = 333
	return
}

func (b Big) Total() int { return sum(b) }
func (b Big) With(i, v int) Big {
	b.A[i] = v
	return b
}
func (b *Big) Set(i, v int) { b.A[i] = v }

type Shower interface {
	Total() int
	With(i, v int) Big
}

type Arrer interface {
	Get(a Arr) (Arr, Arr)
}

type impl struct{ k byte }

func (m impl) Get(a Arr) (Arr, Arr) {
	b := a
	a[0] = m.k
	return a, b
}

type wrapper struct {
	Big
	n int
}

func deferred(b Big, a Arr) {
	fmt.Println("deferred", b.Name, b.A[0], a[5])
}

func withDefer() (res Big) {
	res = mk(7)
	defer func() {
		res.A[0] = 777
		res.Name = "from defer"
	}()
	b := mk(8)
	defer deferred(b, fill(1, 2))
	b.Name = "after defer stmt"
	return res
}

func recoverBig() (r Arr) {
	defer func() {
		if e := recover(); e != nil {
			r = fill(2, 3)
		}
	}()
	panic("boom")
}

func main() {
	b := mk(1)
	fmt.Println(sum(b), b.A[0], b.Name, b.B)
	a1 := fill(3, 4)
	a2 := fill(3, 4)
	fmt.Println(cmpArr(a1, a2), a1[0], a2[0], a1[99])
	a3, n, bb := bump(a1, 5)
	fmt.Println(a3[0], a1[0], n, bb.Name, bb.A[19])
	r, nb := named(4)
	fmt.Println(r[10], nb.A[3], nb.Name)

	// methods with large value receivers
	fmt.Println(b.Total(), b.A[0])
	b2 := b.With(2, 99)
	fmt.Println(b2.A[2], b.A[2])
	b.Set(2, 55)
	fmt.Println(b.A[2], b2.A[2])

	// interfaces
	var s Shower = b
	b.A[0] = 12345
	fmt.Println(s.Total(), s.With(0, 1).A[0], b.Total())
	var ar Arrer = impl{k: 9}
	x, y := ar.Get(a1)
	fmt.Println(x[0], y[0], a1[0])
	var sp Shower = &b
	fmt.Println(sp.With(1, 2).A[1], b.A[1])
	w := wrapper{Big: mk(2), n: 3}
	var sw Shower = w
	fmt.Println(sw.Total(), w.With(0, 5).A[0], w.A[0])

	// closures and func values
	k := 10
	f := func(a Arr, bg Big) (Arr, Big) {
		a[0] = byte(k)
		bg.A[0] = k
		k++
		return a, bg
	}
	ca, cb := f(a1, b)
	fmt.Println(ca[0], a1[0], cb.A[0], b.A[0], k)
	var g func(x, y int) Arr = fill
	fmt.Println(g(1, 1)[7])
	var h func(Big) int = sum
	fmt.Println(h(b), b.A[0])
	mv := b.With
	fmt.Println(mv(4, 44).A[4], b.A[4])
	me := Big.With
	fmt.Println(me(b, 5, 55).A[5], b.A[5])
	mi := s.With
	fmt.Println(mi(6, 66).A[6])
	mt := Shower.Total
	fmt.Println(mt(s))
	fs := []func(Arr) (Arr, Arr){ar.Get, impl{k: 3}.Get}
	for _, fn := range fs {
		p, q := fn(a2)
		fmt.Println(p[0], q[0])
	}

	// defers
	d := withDefer()
	fmt.Println(d.A[0], d.Name)
	fmt.Println(recoverBig()[4])
	func() {
		bd := mk(9)
		defer fmt.Println("defer print", bd.A[0])
		defer func(x Big, y Arr) { fmt.Println("defer lit", x.A[0], y[1]) }(bd, fill(2, 2))
		bd.A[0] = 900
	}()

	// arrays of arrays, comparison after passing
	big := [3]Arr{fill(1, 0), fill(2, 0), fill(3, 0)}
	id := func(v [3]Arr) [3]Arr { v[1][1]++; return v }
	big2 := id(big)
	fmt.Println(big == big2, big2[1][1]-big[1][1])
}
