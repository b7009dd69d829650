package sync

import "sync/atomic"

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock. The zero value for a Mutex is an
// unlocked mutex. A Mutex must not be copied after first use.
//
// state holds the locked bit and, above mutexWaiterShift, the number of
// goroutines sleeping on sema. (gc's Mutex also has a starvation mode
// that hands the lock straight to a sleeper; escgo's waiters simply
// retry after waking.)
type Mutex struct {
	state int32
	sema  uint32
}

const (
	mutexLocked      = 1
	mutexWaiterShift = 2
)

// Lock locks m. If the lock is already in use, the calling goroutine
// blocks until the mutex is available.
func (m *Mutex) Lock() {
	if atomic.CompareAndSwapInt32(&m.state, 0, mutexLocked) {
		return
	}
	m.lockSlow()
}

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool {
	old := atomic.LoadInt32(&m.state)
	if old&mutexLocked != 0 {
		return false
	}
	return atomic.CompareAndSwapInt32(&m.state, old, old|mutexLocked)
}

// lockSlow takes the lock if it has come free, or else registers as a
// waiter and sleeps until an Unlock releases the semaphore, then tries
// again.
func (m *Mutex) lockSlow() {
	for {
		old := atomic.LoadInt32(&m.state)
		if old&mutexLocked == 0 {
			if atomic.CompareAndSwapInt32(&m.state, old, old|mutexLocked) {
				return
			}
			continue
		}
		if atomic.CompareAndSwapInt32(&m.state, old, old+1<<mutexWaiterShift) {
			runtime_SemacquireMutex(&m.sema, false, 1)
			atomic.AddInt32(&m.state, -1<<mutexWaiterShift)
		}
	}
}

// Unlock unlocks m. It is a run-time error if m is not locked on entry
// to Unlock. A locked Mutex is not associated with a particular goroutine.
func (m *Mutex) Unlock() {
	new := atomic.AddInt32(&m.state, -mutexLocked)
	if new != 0 {
		m.unlockSlow(new)
	}
}

func (m *Mutex) unlockSlow(new int32) {
	if (new+mutexLocked)&mutexLocked == 0 {
		fatal("sync: unlock of unlocked mutex")
	}
	if new>>mutexWaiterShift != 0 {
		// Wake one sleeper; it decrements the waiter count itself.
		runtime_Semrelease(&m.sema, false, 1)
	}
}
