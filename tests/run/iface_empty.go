package main

type T struct {
	A int
	S string
}

type Celsius float64

type Small struct{ p *int }

func describe(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		if v > 100 {
			return "big int"
		}
		return "int"
	case int8, int16, int32:
		return "small int"
	case string:
		return "string " + v
	case bool:
		if v {
			return "true"
		}
		return "false"
	case T:
		return "T " + v.S
	case *T:
		return "*T " + v.S
	case Celsius:
		return "celsius"
	case float64:
		return "float64"
	case [2]int:
		return "array"
	case error:
		return "error"
	case interface{ String() string }:
		return "stringer"
	default:
		return "other"
	}
}

func box(i int) any { return i }

func main() {
	var e interface{}
	println(e == nil, describe(e))
	e = 42
	println(e != nil, describe(e), describe(1000))
	println(describe(int8(1)), describe(int16(2)), describe(rune(3)))
	println(describe("go"), describe(true), describe(false))
	t := T{1, "t"}
	println(describe(t), describe(&t), describe(Celsius(3)), describe(2.5))
	println(describe([2]int{1, 2}), describe(uint(5)), describe([]int{1}))

	// comma-ok assertions
	var a any = "hello"
	s, ok := a.(string)
	println(s, ok)
	n, ok := a.(int)
	println(n, ok)
	tt, ok := any(t).(T)
	println(tt.A, tt.S, ok)
	pt, ok := any(&t).(*T)
	println(pt == &t, ok)
	pt.A = 99
	println(t.A)

	// boxing copies the value
	t2 := T{5, "five"}
	var b any = t2
	t2.A = 6
	println(b.(T).A)

	// direct (pointer-shaped) values
	x := 7
	var sp any = Small{&x}
	println(*sp.(Small).p)
	var m any = map[string]int{"k": 1}
	println(m.(map[string]int)["k"])

	// any holding any: assertion to interface types
	var aa any = 3
	if v, ok := aa.(interface{}); ok {
		println("any", v.(int))
	}
	var none any
	_, ok = none.(interface{})
	println(ok)

	// boxed values in a loop keep their own box
	var boxes [3]any
	for i := 0; i < 3; i++ {
		boxes[i] = box(i * 10)
	}
	println(boxes[0].(int), boxes[1].(int), boxes[2].(int))

	// type switch without a variable, with init statement and fallthrough-free default
	switch y := 5; any(y).(type) {
	case string:
		println("no")
	default:
		println("default", y)
	}
	switch e.(type) {
	case int, string:
		println("int or string")
	}
	// the variable in a multi-type case has the interface type
	for _, v := range [3]any{1, "a", 2.5} {
		switch w := v.(type) {
		case int, string:
			println("multi", w == v)
		case float64:
			println("float", w)
		}
	}
	println(e.(int) + 1)
	var u any = uint8(200)
	println(u.(uint8))
	var c any = complex(1, 2)
	println(real(c.(complex128)))
	var bl any = 1 < 2
	println(bl.(bool))
	var nilany any
	println(nilany)
	print("iface print ", e == a, "\n")
}
