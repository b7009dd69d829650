// Channels without concurrency surprises: unbuffered hand-off between
// goroutines, buffered FIFO order, len/cap, close with comma-ok and range,
// directional channel types, channels as values (comparison, map keys,
// struct fields) and receive in every statement form.
package main

import "fmt"

type pair struct {
	a, b int
}

func gen(n int) <-chan int {
	c := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			c <- i
		}
		close(c)
	}()
	return c
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			out <- v * v
		}
		close(out)
	}()
	return out
}

func sink(c chan<- pair, n int) {
	for i := 0; i < n; i++ {
		c <- pair{i, -i}
	}
	close(c)
}

func main() {
	total := 0
	for v := range square(square(gen(6))) {
		total += v
	}
	fmt.Println("sum of fourth powers:", total)

	b := make(chan string, 4)
	fmt.Println(len(b), cap(b))
	b <- "x"
	b <- "y"
	b <- "z"
	fmt.Println(len(b), cap(b), <-b, len(b))
	close(b)
	for s := range b {
		fmt.Print(s, " ")
	}
	fmt.Println()
	v, ok := <-b
	fmt.Printf("%q %v\n", v, ok)

	pc := make(chan pair, 2)
	go sink(pc, 5)
	var got []pair
	for {
		p, ok := <-pc
		if !ok {
			break
		}
		got = append(got, p)
	}
	fmt.Println(got)

	var nilc chan int
	fmt.Println(nilc == nil, len(nilc), cap(nilc))
	c1, c2 := make(chan int), make(chan int)
	c3 := c1
	fmt.Println(c1 == c2, c1 == c3)
	names := map[chan int]string{c1: "one", c2: "two"}
	fmt.Println(names[c3], len(names))

	type holder struct {
		ch chan float64
	}
	h := holder{make(chan float64, 1)}
	h.ch <- 2.5
	var f float64
	f = <-h.ch
	fmt.Println(f)

	done := make(chan struct{})
	go func() {
		defer close(done)
		fmt.Println("worker ran")
	}()
	<-done
	_, ok = <-done
	fmt.Println("done closed:", !ok)

	var iface interface{} = make(chan int, 3)
	if ch, ok := iface.(chan int); ok {
		ch <- 7
		fmt.Printf("%T %d %d\n", iface, len(ch), <-ch)
	}
}
