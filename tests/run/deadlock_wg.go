// A WaitGroup that is never done, with the other goroutines finished.
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go wg.Done()
	wg.Wait()
}
