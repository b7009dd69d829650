package main

// A recovered runtime error panicked again.

func main() {
	defer func() {
		r := recover()
		println("recovered, panicking again")
		panic(r)
	}()
	var a []int
	i := 3
	a[i] = 0
}
