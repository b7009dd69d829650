// Package sync is escgo's version of Go's sync package: Mutex, RWMutex,
// Once, WaitGroup, Pool, Cond and the Locker interface.
//
// The algorithms are gc's: state changes are sync/atomic operations, and
// a goroutine that must wait sleeps on a semaphore. The semaphores and
// notify lists below are implemented in C (runtime/sync_sema.c): a waiting
// goroutine parks on a queue kept per address and the scheduler runs
// others; when none can run, it is gc's deadlock error ("fatal error: all
// goroutines are asleep - deadlock!").
//
// None of these declarations carries //go:noescape: as with gc's own
// (linknamed into its runtime), the addresses passed to them leak, so
// escape analysis gives user code gc's results (a Mutex whose Lock is
// called is moved to the heap, as in gc).
package sync

// runtime_Semacquire waits until *s > 0 and then decrements it.
func runtime_Semacquire(s *uint32)

// runtime_SemacquireMutex is runtime_Semacquire for a goroutine waiting
// on a Mutex or RWMutex; lifo queues it at the head of the wait queue.
func runtime_SemacquireMutex(s *uint32, lifo bool, skipframes int)

// runtime_Semrelease increments *s and wakes one goroutine waiting in
// runtime_Semacquire, if there is one.
func runtime_Semrelease(s *uint32, handoff bool, skipframes int)

// notifyList is Cond's list of waiting goroutines: wait is the ticket of
// the next waiter, notify the next ticket to wake. lock, head and tail
// belong to the waiting machinery (runtime/sync_sema.c).
type notifyList struct {
	wait   uint32
	notify uint32
	lock   uintptr
	head   *byte
	tail   *byte
}

// runtime_notifyListAdd returns a ticket for a goroutine about to wait.
func runtime_notifyListAdd(l *notifyList) uint32

// runtime_notifyListWait waits until ticket t has been notified.
func runtime_notifyListWait(l *notifyList, t uint32)

// runtime_notifyListNotifyAll wakes every waiter.
func runtime_notifyListNotifyAll(l *notifyList)

// runtime_notifyListNotifyOne wakes the oldest waiter.
func runtime_notifyListNotifyOne(l *notifyList)

// fatal ends the program with "fatal error: " + s, like a runtime throw:
// unlike a panic, it cannot be recovered.
func fatal(s string)

// noCopy marks a type that must not be copied after first use (go vet's
// copylocks check looks for its Lock method).
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}
