/* runtime_pkg.c: the parts of Go's package runtime implemented in C (the
 * Go side, runtime/std/runtime, declares them without bodies). The
 * scheduling calls forward to sched.c; the collector's to libgc. */
#include "rt_internal.h"
#include "rt_memstats.h"

#include <unistd.h>

#include <gc.h>

void rt_pkg_gosched(void) __asm__("runtime.Gosched");
int64_t rt_pkg_numgoroutine(void) __asm__("runtime.NumGoroutine");
int64_t rt_pkg_numcpu(void) __asm__("runtime.NumCPU");
int64_t rt_pkg_gomaxprocs(int64_t n) __asm__("runtime.GOMAXPROCS");
void rt_pkg_gc(void) __asm__("runtime.GC");
void rt_pkg_keepalive(GoEface x) __asm__("runtime.KeepAlive");
void rt_pkg_breakpoint(void) __asm__("runtime.Breakpoint");
_Noreturn void rt_pkg_goexit(void) __asm__("runtime.Goexit");

int64_t rt_debug_set_gc_percent(int64_t percent) __asm__("\"runtime/debug.SetGCPercent\"");
void rt_debug_free_os_memory(void) __asm__("\"runtime/debug.FreeOSMemory\"");

/* The Go struct heapStats of runtime/std/runtime/runtime.go. */
typedef struct RtHeapStats {
    uint64_t mallocs, total_bytes, heap_size, free_bytes, unmapped_bytes, num_gc;
} RtHeapStats;
void rt_pkg_read_heap_stats(RtHeapStats *s) __asm__("runtime.readHeapStats");

void rt_pkg_gosched(void) {
    escgo_gosched();
}

int64_t rt_pkg_numgoroutine(void) {
    return escgo_numgoroutine();
}

int64_t rt_pkg_numcpu(void) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? n : 1;
}

/* gc starts with GOMAXPROCS = NumCPU (or $GOMAXPROCS). Goroutines here
 * share one thread whatever the setting; it is only kept and reported. */
static int64_t rt_gomaxprocs;

int64_t rt_pkg_gomaxprocs(int64_t n) {
    if (rt_gomaxprocs == 0) rt_gomaxprocs = rt_pkg_numcpu();
    int64_t prev = rt_gomaxprocs;
    if (n >= 1) rt_gomaxprocs = n;
    return prev;
}

_Noreturn void rt_pkg_goexit(void) {
    escgo_goexit();
}

void rt_pkg_gc(void) {
    GC_gcollect();
    /* gc's finalizer goroutine runs at once on another processor; here it
     * gets the thread now, and the caller goes on when it is done */
    if (rt_finalizers_poll()) escgo_gosched();
}

/* Passing x to a call LLVM cannot see into is what keeps it alive. */
void rt_pkg_keepalive(GoEface x) {
    (void)x;
}

void rt_pkg_breakpoint(void) {
    __builtin_trap();
}

/* gc's GOGC, as libgc's free-space divisor: a heap may grow by 1/divisor
 * of itself between collections, so 100% is divisor 1 (start.c's pace),
 * 50% is 2, and so on; above 100% libgc has no finer step. */
static int64_t rt_gc_percent = 100;

int64_t rt_debug_set_gc_percent(int64_t percent) {
    int64_t prev = rt_gc_percent;
    if (prev < 0 && percent >= 0) GC_enable();
    if (percent < 0 && prev >= 0) GC_disable();
    if (percent >= 0) {
        int64_t div = percent >= 100 ? 1 : percent <= 1 ? 100 : 100 / percent;
        GC_set_free_space_divisor((GC_word)div);
    }
    rt_gc_percent = percent;
    return prev;
}

void rt_debug_free_os_memory(void) {
    GC_gcollect_and_unmap();
}

void rt_pkg_read_heap_stats(RtHeapStats *s) {
    /* object counts start with the first call: deltas between calls, which
     * is how programs use Mallocs, are exact from then on */
    rt_memstats_on = true;
    uint64_t bytes, gcs;
    rt_memstats_read(&s->mallocs, &bytes, &gcs);
    s->total_bytes = GC_get_total_bytes();
    s->heap_size = GC_get_heap_size();
    s->free_bytes = GC_get_free_bytes();
    s->unmapped_bytes = GC_get_unmapped_bytes();
    s->num_gc = (uint64_t)GC_get_gc_no();
}
