// runtime.SetFinalizer with a finalizer whose parameter does not fit the
// object: gc's fatal error (not a recoverable panic), exit status 2.
package main

import "runtime"

type T struct{ x int }

func main() {
	defer func() { println("deferred calls do not run after a fatal error") }()
	runtime.SetFinalizer(&T{}, func(p *int) {})
}
