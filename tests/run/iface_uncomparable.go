package main

import "fmt"

type I interface{ M() }

type F func()

func (F) M() {}

type Mp map[int]int

func (Mp) M() {}

type S struct{ x []int }

func (S) M() {}

type A [2]func()

func (A) M() {}

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			fmt.Println(name, "error:", e.Error())
		} else {
			fmt.Println(name, "value:", r)
		}
	}()
	f()
}

func main() {
	var m map[int]int
	var fn func()
	var s struct{ x []int }
	var a [2]func()
	var ea, eb interface{} = m, m
	try("eface map", func() { _ = ea == eb })
	ea, eb = fn, fn
	try("eface func", func() { _ = ea == eb })
	ea, eb = s, s
	try("eface struct", func() { _ = ea == eb })
	ea, eb = a, a
	try("eface array", func() { _ = ea == eb })
	ea, eb = []int{1}, 1
	try("eface different types", func() { fmt.Println(ea == eb) })
	var ia, ib I = F(nil), F(nil)
	try("iface func", func() { _ = ia == ib })
	ia, ib = Mp(nil), Mp(nil)
	try("iface map", func() { _ = ia == ib })
	ia, ib = S{}, S{}
	try("iface struct", func() { _ = ia == ib })
	ia, ib = A{}, A{}
	try("iface array", func() { _ = ia == ib })
	ia, ib = F(nil), S{}
	try("iface different types", func() { fmt.Println(ia == ib) })
	mk := map[interface{}]int{}
	try("hash map", func() { mk[m] = 1 })
	try("hash func", func() { mk[fn] = 1 })
	try("hash struct", func() { _ = mk[s] })
	mi := map[I]int{}
	try("hash iface func", func() { mi[F(nil)] = 1 })
	try("hash iface slice struct", func() { _ = mi[S{}] })
	fmt.Println(len(mk), len(mi))
	ea = Mp(nil)
	ia = Mp(nil)
	try("eface vs iface", func() { fmt.Println(ea == ia) })
	ia, ib = nil, nil
	fmt.Println(ia == ib)
	ea = m
	panic(fmt.Sprint(ea == nil))
}
