// select: default when nothing is ready, a nil channel never chosen,
// receive forms with := and =, send cases, break inside select, a closed
// channel always ready, and a fan-in loop whose result does not depend on
// which ready case is picked.
package main

import "fmt"

func main() {
	c := make(chan int, 1)
	select {
	case v := <-c:
		fmt.Println("unexpected", v)
	default:
		fmt.Println("nothing ready")
	}
	select {
	case c <- 1:
		fmt.Println("sent 1")
	default:
		fmt.Println("unexpected default")
	}
	var nilc chan int
	select {
	case v, ok := <-c:
		fmt.Println("received", v, ok)
	case <-nilc:
		fmt.Println("nil channel chosen")
	case nilc <- 5:
		fmt.Println("nil channel send chosen")
	}

	var x int
	var ok bool
	m := map[string]int{}
	c <- 42
	select {
	case x, ok = <-c:
	}
	fmt.Println(x, ok)
	c <- 43
	select {
	case m["k"] = <-c:
	}
	fmt.Println(m)

	close(c)
	for i := 0; i < 3; i++ {
		select {
		case v, ok := <-c:
			if !ok {
				fmt.Println("closed", v)
				break
			}
			fmt.Println("not reached")
		}
	}

	a, b := make(chan int), make(chan int)
	quit := make(chan bool)
	go func() {
		for i := 0; i < 10; i++ {
			a <- i
		}
		quit <- true
	}()
	go func() {
		for i := 100; i < 110; i++ {
			b <- i
		}
		quit <- true
	}()
	sum, quits := 0, 0
loop:
	for {
		select {
		case v := <-a:
			sum += v
		case v := <-b:
			sum += v
		case <-quit:
			quits++
			if quits == 2 {
				break loop
			}
		}
	}
	fmt.Println("sum", sum)

	results := make(chan string)
	go func() {
		defer close(results)
		for _, s := range []string{"a", "b", "c"} {
			select {
			case results <- s:
			}
		}
	}()
	for s := range results {
		fmt.Print(s)
	}
	fmt.Println()
}
