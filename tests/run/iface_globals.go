package main

var m = map[string]int{"a": 1}
var v, ok = m["a"]
var e any = 3
var n, isInt = e.(int)
var s = describe(e)

func describe(x any) string {
	switch x.(type) {
	case int:
		return "int"
	}
	return "?"
}

func main() {
	println(v, ok, n, isInt, s, len(m))
	m["b"] = 2
	println(len(m))
}
