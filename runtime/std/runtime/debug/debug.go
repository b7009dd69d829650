// Package debug is escgo's version of the tuning knobs of Go's
// runtime/debug: the collector's pace, FreeOSMemory, and the limits and
// fault mode that programs set and read back.
//
// Functions declared without a body are implemented in C in the escgo
// runtime (runtime/runtime_pkg.c). Stack traces (Stack, PrintStack) need
// file:line symbolization that escgo's runtime does not have yet.
package debug

// SetGCPercent sets the garbage collection target percentage: a
// collection is triggered when the ratio of freshly allocated data to live
// data remaining after the previous collection reaches this percentage. It
// returns the previous setting. A negative percentage disables garbage
// collection. escgo's collector (libgc) is paced in whole steps: 100 and
// above collect as gc's default does, smaller values more often.
func SetGCPercent(percent int) int

// FreeOSMemory forces a garbage collection followed by an attempt to
// return as much memory to the operating system as possible.
func FreeOSMemory()

// SetMaxStack sets the maximum amount of memory that can be used by a
// single goroutine stack and returns the previous setting. escgo's stacks
// have fixed sizes; the setting is kept and reported only.
func SetMaxStack(bytes int) int {
	prev := maxStack
	maxStack = bytes
	return prev
}

var maxStack = 1000000000

// SetMaxThreads sets the maximum number of operating system threads that
// the Go program can use and returns the previous setting. escgo runs Go
// code on one thread; the setting is kept and reported only.
func SetMaxThreads(threads int) int {
	prev := maxThreads
	maxThreads = threads
	return prev
}

var maxThreads = 10000

// SetPanicOnFault controls the runtime's behavior when a program faults at
// an unexpected (non-nil) address, and returns the previous setting.
// escgo turns every fault in Go code into a panic already.
func SetPanicOnFault(enabled bool) bool {
	prev := panicOnFault
	panicOnFault = enabled
	return prev
}

var panicOnFault bool
