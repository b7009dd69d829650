// chanpipe: goroutines and channels — a pipeline of stages passing values
// over unbuffered channels, a fan-out/fan-in over a buffered channel with
// a WaitGroup, and a Mutex-protected counter. Deterministic checksum.
package main

import "sync"

func stage(in <-chan int, out chan<- int, k int) {
	for v := range in {
		out <- v*k + 1
	}
	close(out)
}

func pipeline(n, stages int) int {
	src := make(chan int)
	in := src
	for s := 0; s < stages; s++ {
		out := make(chan int)
		go stage(in, out, s%3+1)
		in = out
	}
	go func() {
		for i := 0; i < n; i++ {
			src <- i
		}
		close(src)
	}()
	sum := 0
	for v := range in {
		sum += v & 0xffff
	}
	return sum
}

func fanout(jobs, workers int) int {
	work := make(chan int, 64)
	results := make(chan int, 64)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range work {
				results <- j * j % 1000
			}
		}()
	}
	go func() {
		for j := 0; j < jobs; j++ {
			work <- j
		}
		close(work)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	total := 0
	for r := range results {
		total += r
	}
	return total
}

func counter(goroutines, incs int) int {
	var mu sync.Mutex
	var wg sync.WaitGroup
	n := 0
	for g := 0; g < goroutines; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < incs; i++ {
				mu.Lock()
				n++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return n
}

func run() {
	a := pipeline(600000, 8)
	b := fanout(3000000, 8)
	c := counter(100, 60000)
	println("chanpipe checksum:", a, b, c)
}
