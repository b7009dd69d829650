package main

import "fmt"

// Defers in loops: each iteration's record holds its own arguments.

func counts(n int) {
	for i := 0; i < n; i++ {
		defer fmt.Print(i, " ")
	}
}

func closures() {
	for i := 0; i < 3; i++ {
		defer func() { fmt.Print("c", i, " ") }() // one i for the whole loop
	}
	for i := 0; i < 3; i++ {
		defer func(v int) { fmt.Print("v", v, " ") }(i)
	}
}

var sum int

func addAll(xs ...int) {
	for _, x := range xs {
		sum += x
	}
}

func variadic() {
	for i := 1; i <= 4; i++ {
		defer addAll(i, i*10)
	}
}

func ranges() (out string) {
	for _, s := range []string{"x", "y", "z"} {
		defer func(t string) { out += t }(s)
	}
	return "start:"
}

func main() {
	counts(5)
	fmt.Println()
	closures()
	fmt.Println()
	variadic()
	fmt.Println(sum)
	fmt.Println(ranges())
	total := 0
	for i := 0; i < 1000; i++ {
		func() {
			defer func() { total += i }()
		}()
	}
	fmt.Println(total)
}
