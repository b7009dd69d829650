// With one goroutine, waiting on a WaitGroup whose counter is not zero
// can never end: gc reports the deadlock, with the goroutine's wait reason.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	wg.Done()
	fmt.Println("waiting")
	wg.Wait()
	fmt.Println("not reached")
}
