// Package os is escgo's version of Go's os package: for now only Exit.
//
// Functions declared here without a body are implemented in C in the
// escgo runtime (runtime/os.c), as Go itself declares assembly functions.
package os

// Exit causes the current program to exit with the given status code.
// Conventionally, code zero indicates success, non-zero an error.
// The program terminates immediately; deferred functions are not run.
//
// For portability, the status code should be in the range [0, 125].
func Exit(code int)
