/* rt_memstats.h: run-time allocation counters for ESCGO_MEMSTATS=1.
 *
 * With ESCGO_MEMSTATS=1 in its environment, a compiled program prints at
 * exit, on stderr, how many heap objects it allocated, their bytes and how
 * many collections ran, so bench/ can compare escgo's heap traffic with
 * gc's runtime.MemStats on the same program. The counting sits on the
 * allocation hot path, so when the variable is unset it costs one load of
 * a flag and a branch predicted not taken. */
#ifndef ESCGO_RT_MEMSTATS_H
#define ESCGO_RT_MEMSTATS_H

#include <stdbool.h>
#include <stdint.h>

/* Set by rt_memstats_init before any Go code runs, by -allocsites, or by
 * the first runtime.ReadMemStats (counting without the exit report). */
extern bool rt_memstats_on;

/* Reads ESCGO_MEMSTATS and, if it is 1, turns counting on and registers
 * the report with atexit (Go's exit paths, main returning and os.Exit,
 * both go through exit(3); fatal panics use _exit and print nothing). */
void rt_memstats_init(void);
/* Called for every counted heap object when set (escgo build -allocsites
 * sets it, and rt_memstats_on, before Go code runs). */
extern void (*rt_memstats_hook)(int64_t size);
/* Counts one heap object of size bytes. */
void rt_memstats_add(int64_t size);
/* The counters so far: objects, bytes, completed collections. */
void rt_memstats_read(uint64_t *mallocs, uint64_t *bytes, uint64_t *gcs);

static inline void rt_memstats_count(int64_t size) {
    if (__builtin_expect(rt_memstats_on, 0)) rt_memstats_add(size);
}

#endif
