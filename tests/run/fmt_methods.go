// fmt and methods: String and Error methods (also inside composite values,
// but not through unexported fields), GoString for %#v, Format for every
// verb, and Errorf with %w.
package main

import (
	"errors"
	"fmt"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Pair struct{ A, B int }

func (p Pair) String() string { return fmt.Sprintf("<%d,%d>", p.A, p.B) }

type PtrStr struct{ n int }

func (p *PtrStr) String() string { return fmt.Sprintf("PtrStr(%d)", p.n) }

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("error code %d", e.Code) }

type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as stringer" }

type Go struct{ v int }

func (g Go) GoString() string { return fmt.Sprintf("Go(%d)", g.v) }

type Money int

func (m Money) Format(f fmt.State, verb rune) {
	w, ok := f.Width()
	if !ok {
		w = -1
	}
	p, pok := f.Precision()
	if !pok {
		p = -1
	}
	fmt.Fprintf(f, "$%d[%c w=%d p=%d +%v -%v #%v]", int(m), verb, w, p, f.Flag('+'), f.Flag('-'), f.Flag('#'))
}

type Holder struct {
	Pub  Temp
	priv Temp
	List []Pair
	E    error
}

func main() {
	fmt.Println(Temp(21.55), Pair{1, 2}, MyErr{404}, Both{})
	fmt.Printf("%v|%s|%q|%x|%d\n", Temp(3), Temp(3), Temp(3), Pair{1, 2}, Pair{1, 2})
	fmt.Printf("%10v|%-12s|\n", Pair{1, 2}, MyErr{1})
	fmt.Println(&PtrStr{5}, PtrStr{6})
	fmt.Println(Holder{1, 2, []Pair{{3, 4}}, MyErr{7}})
	fmt.Printf("%+v\n", Holder{1, 2, nil, nil})
	fmt.Printf("%#v %#v %v\n", Go{1}, []Go{{2}}, Go{3})
	fmt.Printf("%v %d %+x %-8.2s %#v\n", Money(5), Money(6), Money(7), Money(8), Money(9))
	fmt.Println([]Money{1, 2})
	fmt.Println(map[Pair]Temp{{2, 1}: 10, {1, 2}: 20})
	var err error = MyErr{500}
	fmt.Println(err)
	fmt.Printf("%v %s %q\n", err, err, err)
	var nilErr error
	fmt.Println(nilErr)
	fmt.Printf("%v %d\n", nilErr, nilErr)

	base := errors.New("disk full")
	e1 := fmt.Errorf("write failed: %w", base)
	fmt.Println(e1)
	fmt.Println(errors.Unwrap(e1) == base, errors.Is(e1, base))
	e2 := fmt.Errorf("plain %d %v", 1, base)
	fmt.Println(e2, errors.Unwrap(e2) == nil)
	e3 := fmt.Errorf("%w and %w", base, base)
	fmt.Println(e3)
	e4 := fmt.Errorf("not an error: %w", 42)
	fmt.Println(e4)
	fmt.Println(fmt.Sprintf("%w", base))
}
