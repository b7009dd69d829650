// Every goroutine asleep: gc's deadlock error, with main's wait reason.
package main

import "fmt"

func main() {
	c := make(chan int)
	go func() {
		c <- 1
	}()
	fmt.Println(<-c)
	fmt.Println(<-c)
}
