// Goroutines with package sync: a WaitGroup over many workers, a Mutex
// protecting a counter, RWMutex readers, sync.Once, Cond signalling and
// runtime.Gosched/NumGoroutine. The output does not depend on scheduling.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *counter) inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[k]++
}

func main() {
	var wg sync.WaitGroup
	c := counter{n: map[string]int{}}
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if i%2 == 0 {
				c.inc("even")
			} else {
				c.inc("odd")
			}
			runtime.Gosched()
			c.inc("all")
		}(i)
	}
	wg.Wait()
	fmt.Println(c.n["even"], c.n["odd"], c.n["all"])

	var once sync.Once
	var wg2 sync.WaitGroup
	inits := 0
	for i := 0; i < 10; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			once.Do(func() { inits++ })
		}()
	}
	wg2.Wait()
	fmt.Println("inits", inits)

	var rw sync.RWMutex
	shared := 0
	var wg3 sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg3.Add(2)
		go func() {
			defer wg3.Done()
			rw.Lock()
			shared += 10
			rw.Unlock()
		}()
		go func() {
			defer wg3.Done()
			rw.RLock()
			_ = shared
			rw.RUnlock()
		}()
	}
	wg3.Wait()
	fmt.Println("shared", shared)

	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	woken := make(chan int, 3)
	for i := 0; i < 3; i++ {
		go func(i int) {
			mu.Lock()
			for !ready {
				cond.Wait()
			}
			mu.Unlock()
			woken <- i
		}(i)
	}
	for runtime.NumGoroutine() < 4 {
		runtime.Gosched()
	}
	runtime.Gosched()
	mu.Lock()
	ready = true
	cond.Broadcast()
	mu.Unlock()
	s := 0
	for i := 0; i < 3; i++ {
		s += <-woken
	}
	fmt.Println("woken sum", s)
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("goroutines left:", runtime.NumGoroutine())
}
