/* time_pkg.c: the parts of package time implemented in C (the Go side,
 * runtime/std/time, declares them without bodies): the clocks, and sleep,
 * which the scheduler implements; the scheduler's timers read the same
 * monotonic clock (rt_nanotime). */
#include "rt_internal.h"

#include <time.h>

int64_t rt_time_walltime(void) __asm__("time.walltime");
int64_t rt_time_nanotime(void) __asm__("time.nanotime");
void rt_time_sleep(int64_t ns) __asm__("time.sleep");

static int64_t rt_clock_ns(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

int64_t rt_time_walltime(void) {
    return rt_clock_ns(CLOCK_REALTIME);
}

int64_t rt_nanotime(void) {
    return rt_clock_ns(CLOCK_MONOTONIC);
}

int64_t rt_time_nanotime(void) {
    return rt_nanotime();
}

void rt_time_sleep(int64_t ns) {
    escgo_sleep(ns);
}
