package main

func main() {
	var m map[string]int
	println(m == nil, len(m), m["x"])
	v, ok := m["y"]
	println(v, ok)
	delete(m, "z")
	m["a"] = 1
	println("unreachable")
}
