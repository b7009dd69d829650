// Package sync in a single goroutine: Mutex, RWMutex, Once, WaitGroup,
// Pool, Cond and sync/atomic.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
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

type cache struct {
	mu sync.RWMutex
	m  map[int]string
}

func (c *cache) get(k int) (string, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.m[k]
	return v, ok
}

func (c *cache) put(k int, v string) {
	c.mu.Lock()
	c.m[k] = v
	c.mu.Unlock()
}

func lockAll(ls ...sync.Locker) {
	for _, l := range ls {
		l.Lock()
	}
}

func unlockAll(ls ...sync.Locker) {
	for i := len(ls) - 1; i >= 0; i-- {
		ls[i].Unlock()
	}
}

var bufPool = sync.Pool{
	New: func() any {
		fmt.Println("pool: new buffer")
		return make([]byte, 0, 64)
	},
}

func main() {
	// Mutex
	c := counter{n: map[string]int{}}
	for i := 0; i < 5; i++ {
		c.inc("a")
	}
	c.inc("b")
	fmt.Println("counter:", c.n["a"], c.n["b"])

	var mu sync.Mutex
	fmt.Println("TryLock on free:", mu.TryLock())
	fmt.Println("TryLock on held:", mu.TryLock())
	mu.Unlock()
	fmt.Println("TryLock after Unlock:", mu.TryLock())
	mu.Unlock()

	// RWMutex
	ca := cache{m: map[int]string{}}
	ca.put(1, "one")
	v, ok := ca.get(1)
	fmt.Println("cache:", v, ok)
	_, ok = ca.get(2)
	fmt.Println("cache miss:", ok)
	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	fmt.Println("TryLock with readers:", rw.TryLock())
	fmt.Println("TryRLock with readers:", rw.TryRLock())
	rw.RUnlock()
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("TryLock without readers:", rw.TryLock())
	fmt.Println("TryRLock with writer:", rw.TryRLock())
	rw.Unlock()
	rl := rw.RLocker()
	rl.Lock()
	fmt.Println("TryLock with RLocker held:", rw.TryLock())
	rl.Unlock()

	// Locker interface
	var m1, m2 sync.Mutex
	lockAll(&m1, &m2, rw.RLocker())
	fmt.Println("locked all:", m1.TryLock(), m2.TryLock())
	unlockAll(&m1, &m2, rw.RLocker())
	fmt.Println("unlocked all:", m1.TryLock(), m2.TryLock())

	// Once
	var once sync.Once
	calls := 0
	for i := 0; i < 3; i++ {
		once.Do(func() { calls++ })
	}
	fmt.Println("once calls:", calls)
	var once2 sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		once2.Do(func() { panic("boom in Do") })
	}()
	once2.Do(func() { fmt.Println("not called again") })
	fmt.Println("once2 done")

	// WaitGroup
	var wg sync.WaitGroup
	results := make([]int, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		func(i int) {
			defer wg.Done()
			results[i] = i * i
		}(i)
	}
	wg.Wait()
	fmt.Println("waitgroup:", results)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var wg2 sync.WaitGroup
		wg2.Add(1)
		wg2.Done()
		wg2.Done()
	}()

	// Pool
	b := bufPool.Get().([]byte)
	b = append(b, "hello"...)
	bufPool.Put(b[:0])
	b2 := bufPool.Get().([]byte)
	fmt.Println("pool reuse:", len(b2), cap(b2))
	bufPool.Put("x")
	bufPool.Put("y")
	bufPool.Put("z")
	fmt.Println("pool order:", bufPool.Get(), bufPool.Get(), bufPool.Get())
	var p sync.Pool
	fmt.Println("pool without New:", p.Get())
	p.Put(nil)
	fmt.Println("pool after Put(nil):", p.Get())
	p.Put(42)
	fmt.Println("pool int:", p.Get(), p.Get())

	// Cond
	var cmu sync.Mutex
	cond := sync.NewCond(&cmu)
	cond.Signal()
	cond.Broadcast()
	cmu.Lock()
	fmt.Println("cond L is cmu:", cond.L == sync.Locker(&cmu))
	cmu.Unlock()

	// sync/atomic
	var n32 int32
	atomic.AddInt32(&n32, 5)
	atomic.AddInt32(&n32, -2)
	fmt.Println("atomic int32:", atomic.LoadInt32(&n32), atomic.CompareAndSwapInt32(&n32, 3, 10), n32)
	fmt.Println("cas miss:", atomic.CompareAndSwapInt32(&n32, 3, 11), n32)
	var u64 uint64
	atomic.StoreUint64(&u64, 1<<40)
	fmt.Println("atomic uint64:", atomic.AddUint64(&u64, ^uint64(0)), atomic.SwapUint64(&u64, 7), u64)
	var ai atomic.Int64
	ai.Add(100)
	ai.Add(-1)
	fmt.Println("atomic.Int64:", ai.Load(), ai.Swap(5), ai.CompareAndSwap(5, 6), ai.Load())
	var ab atomic.Bool
	fmt.Println("atomic.Bool:", ab.Load(), ab.Swap(true), ab.CompareAndSwap(true, false), ab.Load())
	var u32 atomic.Uint32
	u32.Store(3)
	fmt.Println("atomic.Uint32:", u32.Add(^uint32(0)), u32.Load())
	var av atomic.Value
	fmt.Println("atomic.Value empty:", av.Load())
	av.Store("first")
	fmt.Println("atomic.Value:", av.Load(), av.Swap("second"), av.Load())
	fmt.Println("atomic.Value CAS:", av.CompareAndSwap("nope", "third"), av.CompareAndSwap("second", "third"), av.Load())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		av.Store(1)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		av.Store(nil)
	}()
}
