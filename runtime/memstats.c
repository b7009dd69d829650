/* memstats.c: ESCGO_MEMSTATS=1 — heap allocation counts printed at exit.
 *
 * The counters are relaxed atomics: allocation can happen on any thread
 * once goroutines exist, only the totals matter, and they are read once at
 * exit. "mallocs" counts objects handed out by escgo_alloc and
 * escgo_alloc_noscan (zero-sized ones share zerobase and are not counted,
 * as gc does not count them either); "bytes" is the sum of the requested
 * sizes (gc's TotalAlloc rounds up to its size classes, so it reads a
 * little higher for the same objects); "gcs" is libgc's count of completed
 * collections since Go code started (GC_INIT may already have run one). */
#include "rt_memstats.h"

#include "rt_internal.h"

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gc.h>

bool rt_memstats_on;
static _Atomic uint64_t rt_memstats_mallocs;
static _Atomic uint64_t rt_memstats_bytes;
static uint64_t rt_memstats_gc_base;
void (*rt_memstats_hook)(int64_t size);

void rt_memstats_add(int64_t size) {
    atomic_fetch_add_explicit(&rt_memstats_mallocs, 1, memory_order_relaxed);
    atomic_fetch_add_explicit(&rt_memstats_bytes, (uint64_t)size, memory_order_relaxed);
    if (rt_memstats_hook) rt_memstats_hook(size);
}

void rt_memstats_read(uint64_t *mallocs, uint64_t *bytes, uint64_t *gcs) {
    *mallocs = atomic_load_explicit(&rt_memstats_mallocs, memory_order_relaxed);
    *bytes = atomic_load_explicit(&rt_memstats_bytes, memory_order_relaxed);
    *gcs = (uint64_t)GC_get_gc_no() - rt_memstats_gc_base;
}

static void rt_memstats_report(void) {
    uint64_t mallocs, bytes, gcs;
    rt_memstats_read(&mallocs, &bytes, &gcs);
    char buf[128];
    int n =
        snprintf(buf, sizeof buf, "escgo memstats: mallocs=%llu bytes=%llu gcs=%llu\n",
                 (unsigned long long)mallocs, (unsigned long long)bytes, (unsigned long long)gcs);
    /* the program's own print output must come first */
    rt_print_flush_all();
    if (n > 0) rt_write_all(2, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
}

void rt_memstats_init(void) {
    const char *v = getenv("ESCGO_MEMSTATS");
    if (!v || strcmp(v, "1") != 0) return;
    rt_memstats_on = true;
    rt_memstats_gc_base = (uint64_t)GC_get_gc_no();
    atexit(rt_memstats_report);
}
