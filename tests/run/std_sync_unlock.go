// Unlocking an unlocked sync.Mutex is a fatal error (a throw, not a
// panic): deferred calls do not run and recover cannot stop it.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("unlocked once")
	defer fmt.Println("deferred call must not run")
	defer func() { fmt.Println("recover must not run:", recover()) }()
	mu.Unlock()
}
