package main

type P struct {
	X int
	S string
}

type Q struct {
	A any
	B int
}

type I interface{ M() int }

type V int

func (v V) M() int { return int(v) }

type W struct{ n int }

func (w *W) M() int { return w.n }

func main() {
	var a, b any
	println(a == b, a != nil)
	a, b = 1, 1
	println(a == b)
	b = int64(1)
	println(a == b, a == 1, b == int64(1))
	a, b = "x", "x"
	println(a == b, a == "x", a != "y")
	a, b = P{1, "s"}, P{1, "s"}
	println(a == b)
	b = P{2, "s"}
	println(a == b)
	a, b = 1.5, 1.5
	println(a == b)
	a = [2]string{"a", "b"}
	println(a == [2]string{"a", "b"}, a == [2]string{"a", "c"})
	x := new(int)
	a, b = x, x
	println(a == b, a == new(int))
	q1, q2 := Q{1, 2}, Q{1, 2}
	println(q1 == q2)
	q2.A = "1"
	println(q1 == q2)
	var i1, i2 I = V(3), V(3)
	println(i1 == i2, i1 == V(4))
	w := &W{1}
	i1, i2 = w, w
	println(i1 == i2)
	i2 = &W{1}
	println(i1 == i2)
	var n I
	println(n == nil, i1 != nil)
	var e any = i1
	println(e == i1)
	var s1, s2 any = []int{1}, []int{1}
	println(s1 != nil)
	println(s1 == s2)
}
