package main

type T struct{ a int }

func main() {
	var x interface{} = "a string"
	if _, ok := x.(T); !ok {
		println("not a T")
	}
	n := x.(int)
	println(n)
}
