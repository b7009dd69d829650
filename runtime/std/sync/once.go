package sync

import "sync/atomic"

// Once is an object that will perform exactly one action. A Once must not
// be copied after first use.
type Once struct {
	// done is first so that the hot path's load needs no offset.
	done uint32
	m    Mutex
}

// Do calls the function f if and only if Do is being called for the first
// time for this instance of Once. If f panics, Do considers it to have
// returned; future calls of Do return without calling f.
func (o *Once) Do(f func()) {
	if atomic.LoadUint32(&o.done) == 0 {
		o.doSlow(f)
	}
}

// doSlow runs f under the mutex, so that concurrent callers of Do return
// only once f has finished; done is set (even when f panics) on the way
// out.
func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done == 0 {
		defer atomic.StoreUint32(&o.done, 1)
		f()
	}
}
