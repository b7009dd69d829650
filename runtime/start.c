/* start.c: the C main() of every escgo program.
 *
 * Go code does not run on the process's initial stack: main() starts one
 * thread, through libgc's pthread wrapper so the collector scans its stack,
 * on a 1 GiB stack (gc's goroutine stack limit is 1e9 bytes) that this file
 * maps itself, so that it knows the exact bounds and can put a guard region
 * below it. The mapping reserves address space only; pages are committed as
 * recursion touches them. That thread runs the package initializers and
 * main.main as goroutine 1, on this stack; every other goroutine runs on the
 * same thread, on a stack of its own (sched.c). When main.main returns the
 * whole process ends with status 0, as in Go, whatever other goroutines
 * and threads are doing.
 *
 * This file is kept apart from the rest of the runtime so that the C unit
 * tests can link every other runtime file with their own main(). */
#include "rt_internal.h"
#include "rt_memstats.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>

#include <gc.h> /* after pthread.h: with GC_THREADS it redirects pthread_create */

#define RT_GO_STACK_SIZE ((size_t)1 << 30)
/* Big enough that a frame of ordinary size cannot step over it; larger
 * frames are caught by the stack pointer check in signal.c. */
#define RT_GUARD_SIZE ((size_t)1 << 20)

typedef struct GoStack {
    uintptr_t guard_lo, lo, hi;
} GoStack;

static GoStack rt_main_stack;

static void *rt_go_main(void *arg) {
    GoStack *gs = arg;
    rt_thread_enter(gs->guard_lo, gs->lo, gs->hi);
    escgo_program_init();
    escgo_main_main();
    exit(0);
}

/* Maps a stack of up to size bytes plus the guard; where overcommit is
 * strict, settles for less rather than not running at all. */
static void *rt_map_stack(size_t *size) {
    for (size_t sz = *size; sz >= ((size_t)8 << 20); sz /= 2) {
        void *p = mmap(NULL, sz + RT_GUARD_SIZE, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
        if (p == MAP_FAILED) continue;
        if (mprotect(p, RT_GUARD_SIZE, PROT_NONE) != 0) {
            munmap(p, sz + RT_GUARD_SIZE);
            continue;
        }
        /* a deep recursion should not pin 2 MiB pages for every 4 KiB used */
        madvise((char *)p + RT_GUARD_SIZE, sz, MADV_NOHUGEPAGE);
        *size = sz;
        return p;
    }
    return NULL;
}

static _Noreturn void rt_start_failed(const char *what) {
    rt_throw(what);
}

int main(int argc, char **argv) {
    GC_INIT();
    /* Pace collections like gc's default GOGC=100: a heap may grow to about
     * twice its live data before the next collection, from a 4 MiB
     * minimum. libgc's own defaults (divisor 3, a tiny first heap) collect
     * a short-lived-allocation program tens of times more often than gc.
     * libgc's environment variables still take precedence. */
    if (!getenv("GC_FREE_SPACE_DIVISOR")) GC_set_free_space_divisor(1);
    if (!getenv("GC_INITIAL_HEAP_SIZE")) GC_expand_hp(4 << 20);
    /* libgc warns on stderr about large allocations; Go programs' stderr
     * must hold only what they print. */
    GC_set_warn_proc(GC_ignore_warn_proc);
    escgo_argc = argc;
    escgo_argv = argv;
    rt_install_signal_handlers();
    rt_memstats_init(); /* ESCGO_MEMSTATS=1: allocation counts at exit */

    size_t size = RT_GO_STACK_SIZE;
    char *base = rt_map_stack(&size);
    if (!base) rt_start_failed("runtime: cannot allocate the main goroutine stack");
    rt_main_stack.guard_lo = (uintptr_t)base;
    rt_main_stack.lo = (uintptr_t)base + RT_GUARD_SIZE;
    rt_main_stack.hi = rt_main_stack.lo + size;

    pthread_attr_t attr;
    pthread_t th;
    if (pthread_attr_init(&attr) != 0 ||
        pthread_attr_setstack(&attr, (void *)rt_main_stack.lo, size) != 0 ||
        pthread_create(&th, &attr, rt_go_main, &rt_main_stack) != 0)
        rt_start_failed("runtime: cannot create the main goroutine thread");
    pthread_attr_destroy(&attr);
    pthread_join(th, NULL);
    return 0; /* not reached: rt_go_main exits */
}
