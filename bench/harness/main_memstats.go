// main_memstats.go: the main() of the instrumented copy that gc and gccgo
// builds use to count heap allocations (escgo counts its own: its programs
// print the same line when run with ESCGO_MEMSTATS=1). Only what run()
// allocates is counted: the difference of runtime.MemStats taken around it,
// so the Go runtime's own start-up allocations are left out.
package main

import (
	"os"
	"runtime"
	"strconv"
)

func main() {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	run()
	runtime.ReadMemStats(&after)
	os.Stderr.WriteString("go memstats: mallocs=" +
		strconv.FormatUint(after.Mallocs-before.Mallocs, 10) +
		" bytes=" + strconv.FormatUint(after.TotalAlloc-before.TotalAlloc, 10) +
		" gcs=" + strconv.FormatUint(uint64(after.NumGC-before.NumGC), 10) + "\n")
}
