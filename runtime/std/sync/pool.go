package sync

// A Pool is a set of temporary objects that may be individually saved and
// retrieved. Any item stored in the Pool may be removed automatically at
// any time without notification.
//
// gc keeps one poolLocal per P (processor) and moves items to a victim
// cache at each garbage collection, dropping those left from the previous
// one. escgo has one P and no hook into libgc's cycles yet, so it keeps a
// single poolLocal and never drops items; the victim fields are kept for
// that hook. Within one goroutine the order is gc's: Get returns the
// private item first, then the most recently Put shared one.
type Pool struct {
	noCopy noCopy

	local     *poolLocal // gc: per-P array
	localSize uintptr

	victim     *poolLocal // the local items before the last collection
	victimSize uintptr

	// New optionally specifies a function to generate a value when Get
	// would otherwise return nil.
	New func() any
}

type poolLocal struct {
	private any   // used by the owning P only
	shared  []any // gc: a lock-free deque other Ps steal from
}

// allPools lists every Pool that has been used, for the cleanup that will
// run at the start of each garbage collection.
var (
	allPoolsMu Mutex
	allPools   []*Pool
)

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	l := p.pin()
	if l.private == nil {
		l.private = x
	} else {
		l.shared = append(l.shared, x)
	}
}

// Get selects an arbitrary item from the Pool, removes it from the Pool,
// and returns it to the caller. If Get would otherwise return nil and
// p.New is non-nil, Get returns the result of calling p.New.
func (p *Pool) Get() any {
	l := p.pin()
	x := l.private
	l.private = nil
	if x == nil {
		if n := len(l.shared); n > 0 {
			x = l.shared[n-1]
			l.shared[n-1] = nil
			l.shared = l.shared[:n-1]
		}
	}
	if x == nil && p.New != nil {
		x = p.New()
	}
	return x
}

// pin returns the current P's poolLocal (with goroutines: after pinning
// the goroutine to its P, which gc does to use it without locks).
func (p *Pool) pin() *poolLocal {
	if l := p.local; l != nil {
		return l
	}
	return p.pinSlow()
}

func (p *Pool) pinSlow() *poolLocal {
	allPoolsMu.Lock()
	if p.local == nil {
		allPools = append(allPools, p)
		p.local = &poolLocal{}
		p.localSize = 1
	}
	l := p.local
	allPoolsMu.Unlock()
	return l
}
