package main

import "fmt"

// Method values bind their receiver when evaluated; method expressions
// take it as the first argument.

type Counter struct{ n int }

func (c *Counter) Inc()      { c.n++ }
func (c Counter) Get() int   { return c.n }
func (c *Counter) Add(d int) { c.n += d }

type Named string

func (n Named) Hello(greet string) string { return greet + ", " + string(n) }

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ w, h float64 }

func (r Rect) Area() float64 { return r.w * r.h }
func (r Rect) Name() string   { return "rect" }

type Outer struct {
	Counter
	tag string
}

func main() {
	c := Counter{}
	inc := c.Inc // binds &c
	get := c.Get // copies c now
	inc()
	inc()
	println(c.n, get(), c.Get())

	add := c.Add
	add(10)
	println(c.n)

	p := &Counter{n: 5}
	pget := p.Get // copies *p now
	p.Inc()
	println(pget(), p.Get())

	var hello = Named("gopher").Hello
	fmt.Println(hello("hi"))

	// method expressions
	fget := Counter.Get
	finc := (*Counter).Inc
	fget2 := (*Counter).Get
	finc(&c)
	println(fget(c), fget2(&c))
	fmt.Println(Named.Hello("x", "hey"))

	// interface method values and expressions
	var s Shape = Rect{2, 3}
	area := s.Area
	s = Rect{10, 10}
	fmt.Println(area(), s.Area())
	sname := Shape.Name
	fmt.Println(sname(s))

	// promoted methods
	o := Outer{tag: "o"}
	oinc := o.Inc
	oinc()
	oinc()
	println(o.n, Outer.Get(o))

	// method values stored and called later
	fs := []func(){c.Inc, p.Inc, o.Inc}
	for _, f := range fs {
		f()
	}
	println(c.n, p.n, o.n)
}
