package main

import (
	"errors"
	"fmt"
)

// Deferred closures read and change named results after the return
// statement has set them.

func double() (r int) {
	defer func() { r *= 2 }()
	return 21
}

func order() (s string) {
	defer func() { s += "1" }()
	defer func() { s += "2" }()
	s = "x"
	return s + "y"
}

func wrap() (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	return errors.New("inner")
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	q = a / b
	return q, nil
}

func multi() (a, b int) {
	defer func() { a, b = b, a }()
	return 1, 2
}

func unnamed() int {
	x := 5
	defer func() { x = 100 }() // does not change the result
	return x
}

func main() {
	fmt.Println(double())
	fmt.Println(order())
	fmt.Println(wrap())
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	fmt.Println(multi())
	fmt.Println(unnamed())
}
