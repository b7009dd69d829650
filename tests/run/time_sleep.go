// time.Sleep parks a goroutine while others run (wake-up order follows
// the durations), time.After and timers in select, Stop, a Ticker, and
// Duration's String.
package main

import (
	"fmt"
	"time"
)

func main() {
	out := make(chan int, 3)
	for _, ms := range []int{30, 10, 20} {
		go func(ms int) {
			time.Sleep(time.Duration(ms) * time.Millisecond)
			out <- ms
		}(ms)
	}
	fmt.Println(<-out, <-out, <-out)

	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(el >= 20*time.Millisecond, el < 2*time.Second)

	never := make(chan int)
	select {
	case <-never:
		fmt.Println("not reached")
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timeout")
	}

	t := time.NewTimer(time.Hour)
	fmt.Println("stopped:", t.Stop(), t.Stop())

	tk := time.NewTicker(5 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-tk.C
	}
	tk.Stop()
	fmt.Println("three ticks")

	fired := make(chan bool)
	time.AfterFunc(time.Millisecond, func() { fired <- true })
	fmt.Println("afterfunc:", <-fired)

	for _, d := range []time.Duration{0, 1, 999, 1000, 1500, 2 * time.Millisecond,
		1500 * time.Millisecond, time.Minute + 30*time.Second, 26*time.Hour + 3*time.Second,
		-90 * time.Second, 1<<63 - 1, -1 << 63} {
		fmt.Println(d, d.Seconds(), d.Milliseconds())
	}
	fmt.Println(time.Duration(90 * time.Minute).Hours())
}
