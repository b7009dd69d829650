// The channel panics, recovered: send on a closed channel, close of a nil
// channel, close of a closed channel, make with a negative size; then a
// goroutine that recovers its own panic.
package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v\n", name, r)
		if e, ok := r.(error); ok {
			fmt.Println("  is error:", e.Error())
		}
	}()
	f()
}

func main() {
	try("send on closed", func() {
		c := make(chan int, 1)
		close(c)
		c <- 1
	})
	try("close nil", func() {
		var c chan int
		close(c)
	})
	try("close closed", func() {
		c := make(chan bool)
		close(c)
		close(c)
	})
	n := -1
	try("make negative", func() {
		_ = make(chan int, n)
	})
	done := make(chan string)
	go func() {
		defer func() {
			done <- fmt.Sprint("goroutine recovered: ", recover())
		}()
		var m map[string]int
		m["x"] = 1
	}()
	fmt.Println(<-done)
}
