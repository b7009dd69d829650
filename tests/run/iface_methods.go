package main

import "errors"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

type Circle struct{ R float64 }

func (c *Circle) Area() float64      { return 3 * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 6 * c.R }

type Labeled struct {
	*Circle
	Name string
}

type Counter struct{ n int }

func (c *Counter) Inc() int { c.n++; return c.n }

type Incer interface{ Inc() int }

type Level int

func (l Level) String() string {
	switch l {
	case 0:
		return "low"
	case 1:
		return "high"
	}
	return "?"
}

type Stringer interface{ String() string }

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

func lookup(k string) (int, error) {
	if k == "a" {
		return 1, nil
	}
	return 0, NotFound{k}
}

var ErrBad = errors.New("bad")

func check(n int) error {
	if n < 0 {
		return ErrBad
	}
	return nil
}

type ReadWriter interface {
	Read() string
	Write(s string) int
}

type Reader interface{ Read() string }

type File struct{ data string }

func (f *File) Read() string        { return f.data }
func (f *File) Write(s string) int { f.data += s; return len(s) }

func total(shapes [3]Shape) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func main() {
	shapes := [3]Shape{Rect{2, 3}, &Circle{1}, Labeled{&Circle{2}, "big"}}
	println(total(shapes))
	for _, s := range shapes {
		println(s.Perimeter())
	}
	var inc Incer = &Counter{}
	inc.Inc()
	inc.Inc()
	println(inc.Inc(), inc.(*Counter).n)

	var s Stringer = Level(1)
	println(s.String(), Level(0).String())
	var anyv any = Level(0)
	if st, ok := anyv.(Stringer); ok {
		println("stringer:", st.String())
	}
	if _, ok := anyv.(Shape); !ok {
		println("not a shape")
	}

	_, err := lookup("b")
	println(err != nil, err.Error())
	if nf, ok := err.(NotFound); ok {
		println("key", nf.Key)
	}
	v, err := lookup("a")
	println(v, err == nil)
	println(check(-1) == ErrBad, check(1) == nil, check(-1).Error())

	// interface to interface
	f := &File{"x"}
	var rw ReadWriter = f
	var r Reader = rw
	rw.Write("yz")
	println(r.Read())
	var r2 Reader
	println(r2 == nil)
	back, ok := r.(ReadWriter)
	println(ok, back.Write("!"), f.data)
	var e any = r
	switch t := e.(type) {
	case ReadWriter:
		println("rw", t.Read())
	case Reader:
		println("r")
	}
	// method values through embedded pointer in a value type
	l := Labeled{&Circle{1}, "one"}
	var sh Shape = l
	l.Circle.R = 10
	println(sh.Area())
	var err2 error = NotFound{"z"}
	panic(err2)
}
