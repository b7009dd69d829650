// Package runtime is escgo's version of the parts of Go's runtime package
// that programs call directly: scheduling (Gosched, NumGoroutine,
// GOMAXPROCS, Goexit), the collector (GC, ReadMemStats, KeepAlive), the
// runtime.Error interface and the build constants.
//
// Functions declared without a body are implemented in C in the escgo
// runtime (runtime/runtime_pkg.c), as Go's own runtime declares assembly
// functions.
package runtime

// Compiler is the name of the compiler toolchain whose behaviour the
// binary follows: escgo matches gc's, so programs that ask take gc's
// paths.
const Compiler = "gc"

// GOOS and GOARCH are the running program's operating system and
// architecture target.
const GOOS = "linux"
const GOARCH = "amd64"

// The Error interface identifies a run time error.
type Error interface {
	error
	// RuntimeError is a no-op function but serves to distinguish types
	// that are run time errors from ordinary errors.
	RuntimeError()
}

// Gosched yields the processor, allowing other goroutines to run. It does
// not suspend the current goroutine, so execution resumes automatically.
func Gosched()

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// NumCPU returns the number of logical CPUs usable by the current process.
func NumCPU() int

// GOMAXPROCS sets the maximum number of CPUs that can be executing
// simultaneously and returns the previous setting. If n < 1, it does not
// change the current setting. escgo runs goroutines on one thread; the
// setting is kept and reported, as programs expect.
func GOMAXPROCS(n int) int

// Goexit terminates the goroutine that calls it, after running its
// deferred calls. No other goroutine is affected.
func Goexit()

// GC runs a garbage collection.
func GC()

// SetFinalizer sets the finalizer associated with obj to the provided
// finalizer function. When the garbage collector finds an unreachable
// block with an associated finalizer, it clears the association and runs
// finalizer(obj) in a separate goroutine. finalizer may be nil to clear
// obj's finalizer. escgo's collector is libgc: finalizers run in
// topological order, as Go specifies, on a goroutine of their own.
func SetFinalizer(obj interface{}, finalizer interface{})

// KeepAlive marks its argument as currently reachable.
func KeepAlive(x interface{})

// Breakpoint executes a breakpoint trap.
func Breakpoint()

// A MemStats records statistics about the memory allocator. escgo's heap
// is libgc's: the fields it can fill are filled, the rest stay zero.
// Mallocs counts objects allocated since the first ReadMemStats call.
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// MemProfileRate controls the fraction of memory allocations that are
// recorded and reported in the memory profile. escgo keeps no memory
// profile; the variable exists for programs that set it.
var MemProfileRate int = 512 * 1024

// ReadMemStats populates m with memory allocator statistics.
func ReadMemStats(m *MemStats) {
	var s heapStats
	readHeapStats(&s)
	m.Mallocs = s.mallocs
	m.TotalAlloc = s.totalBytes
	m.HeapSys = s.heapSize
	m.HeapIdle = s.freeBytes
	m.HeapReleased = s.unmappedBytes
	m.HeapInuse = s.heapSize - s.freeBytes
	m.HeapAlloc = m.HeapInuse
	m.Alloc = m.HeapAlloc
	m.Sys = s.heapSize
	m.NumGC = uint32(s.numGC)
	m.EnableGC = true
}

type heapStats struct {
	mallocs       uint64
	totalBytes    uint64
	heapSize      uint64
	freeBytes     uint64
	unmappedBytes uint64
	numGC         uint64
}

//go:noescape
func readHeapStats(s *heapStats)
