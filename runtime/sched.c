/* sched.c: goroutines — M:1 cooperative scheduling on the one Go thread.
 *
 * Every goroutine runs on the thread start.c creates. Goroutine 1 (main)
 * uses that thread's own 1 GiB stack; every other goroutine gets a stack
 * of its own, mapped here with an inaccessible guard below it. A goroutine
 * runs until it blocks (rt_park: a channel, select or sync wait) or yields;
 * the next one is then chosen as gc's single P would: a goroutine just made
 * runnable (by `go`, or woken by a channel operation) runs next (gc's
 * runnext), the others in FIFO order. Nothing preempts, so a streak of
 * runnext hand-offs (two goroutines ping-ponging) is cut after a bound,
 * as gc's time slice would, letting the older runnable goroutines run too.
 *
 * Why a hand-written switch rather than ucontext: swapcontext saves and
 * restores the signal mask with a system call on every switch. Here a
 * switch pushes the callee-saved registers on the old stack, swaps stack
 * pointers and pops them from the new one: a channel hand-off between two
 * goroutines costs no system call. (MXCSR and the x87 control word are not
 * switched: Go code never changes them.)
 *
 * The collector (libgc) knows one stack per thread. On every switch it is
 * told the new goroutine's stack top (GC_set_stackbottom), so its own scan
 * covers the running goroutine; the stacks of all others, from their saved
 * stack pointers up, are pushed by a GC_set_push_other_roots callback.
 * Only this thread allocates and therefore only this thread starts
 * collections, which run to completion inside an allocation: the stack
 * bottom and the goroutine list cannot change during one, so they are
 * updated without taking libgc's lock.
 *
 * Stacks of finished goroutines are kept for reuse (with their goroutine
 * structs), never unmapped: mappings are limited (vm.max_map_count), a new
 * one costs three system calls and page faults, and unmapping one costs a
 * TLB shootdown on every CPU libgc's marker threads ran on. The pool holds
 * as many stacks as were ever live at once, with the pages they touched;
 * a stack is reused newest first, so its pages are likely still warm. A
 * goroutine cannot pool the stack it runs on, so the next goroutine to run
 * does (rt_after_switch). */
#include "rt_internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

#include <gc.h>
#include <gc/gc_mark.h>

/* Address space only (MAP_NORESERVE): pages are committed as recursion
 * touches them. Smaller than goroutine 1's 1 GiB, so that 10^5 live
 * goroutines fit in the address space. */
#define RT_G_STACK_SIZE ((size_t)256 << 20)
/* As start.c: an ordinary frame cannot step over it; larger ones are
 * caught by signal.c's stack pointer check. */
#define RT_G_GUARD_SIZE ((size_t)1 << 20)
/* A guarded stack takes two of the process's vm.max_map_count (65530)
 * mappings. Past this many, stacks come without a guard from large
 * slabs (adjacent mappings of equal protection merge into one), so that
 * 10^5 and more goroutines can live at once, at the price of undetected
 * overflow in those; the rest of the budget stays for libgc and malloc. */
enum { RT_GUARDED_MAX = 20000 };
#define RT_SLAB_STACKS 64
/* Consecutive runnext picks before the FIFO queue gets a turn. */
enum { RT_RUNNEXT_STREAK = 64 };

static RtGoroutine rt_g1 = {.id = 1, .status = RT_G_RUNNING};
RtGoroutine *rt_curg = &rt_g1;

static RtGoroutine *rt_runq_head, *rt_runq_tail, *rt_runnext;
static int rt_runnext_streak;
/* live goroutines other than goroutine 1, in creation order */
static RtGoroutine *rt_allg_head, *rt_allg_tail;
static int64_t rt_ngoroutines = 1;
int64_t rt_sched_system_goroutines;
static int64_t rt_goid_gen = 1;
static RtGoroutine *rt_gpool; /* finished, with stacks, linked by schedlink */
static RtGoroutine *rt_deadg; /* finished; pooled after the switch */

static bool rt_sched_ready_for_gc;
static void *rt_gc_thread; /* libgc's handle of the Go thread */
static GC_push_other_roots_proc rt_prev_push_other_roots;

/* ---- context switch ---------------------------------------------------------- */

/* Saves the callee-saved registers on the current stack and the stack
 * pointer in *save_sp, then continues on the stack at new_sp, which holds
 * what an earlier rt_swapctx saved (or rt_g_init's first frame). The saved
 * frame, from the stack pointer up: r15 r14 r13 r12 rbx rbp, return pc. */
void rt_swapctx(uintptr_t *save_sp, uintptr_t new_sp);
__asm__(".text\n"
        ".globl rt_swapctx\n"
        ".hidden rt_swapctx\n"
        ".type rt_swapctx,@function\n"
        "rt_swapctx:\n"
        "\tpushq %rbp\n"
        "\tpushq %rbx\n"
        "\tpushq %r12\n"
        "\tpushq %r13\n"
        "\tpushq %r14\n"
        "\tpushq %r15\n"
        "\tmovq %rsp, (%rdi)\n"
        "\tmovq %rsi, %rsp\n"
        "\tpopq %r15\n"
        "\tpopq %r14\n"
        "\tpopq %r13\n"
        "\tpopq %r12\n"
        "\tpopq %rbx\n"
        "\tpopq %rbp\n"
        "\tret\n"
        ".size rt_swapctx, .-rt_swapctx\n");

enum { RT_SAVED_RBP = 5, RT_SAVED_PC = 6 }; /* word offsets from a saved sp */

/* ---- collector integration --------------------------------------------------- */

static void rt_push_goroutine_stacks(void) {
    if (rt_curg != &rt_g1 && rt_g1.status != RT_G_DEAD && rt_g1.gc_hi && rt_g1.sp)
        GC_push_all_eager((void *)rt_g1.sp, (void *)rt_g1.gc_hi);
    for (RtGoroutine *g = rt_allg_head; g; g = g->allnext)
        if (g != rt_curg && g->sp) GC_push_all_eager((void *)g->sp, (void *)g->gc_hi);
    if (rt_prev_push_other_roots) rt_prev_push_other_roots();
}

/* Run before the first goroutine starts (goroutine 1 alone needs none). */
static void rt_sched_init(void) {
    if (rt_sched_ready_for_gc) return;
    rt_sched_ready_for_gc = true;
    struct GC_stack_base sb;
    rt_gc_thread = GC_get_my_stackbottom(&sb);
    rt_g1.gc_hi = (uintptr_t)sb.mem_base;
    rt_prev_push_other_roots = GC_get_push_other_roots();
    GC_set_push_other_roots(rt_push_goroutine_stacks);
}

/* ---- stacks and goroutine structs ------------------------------------------- */

static _Noreturn void rt_gostart(void);

static int64_t rt_guarded_stacks; /* mapped, in use or pooled */
static char *rt_slab_next;        /* unguarded stacks not handed out yet */
static int rt_slab_left;

static void *rt_map_rw(size_t size) {
    void *p = mmap(NULL, size, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
    if (p == MAP_FAILED) return NULL;
    /* a goroutine touching 4 KiB must not pin a 2 MiB huge page */
    madvise(p, size, MADV_NOHUGEPAGE);
    return p;
}

static bool rt_g_map_guarded(RtGoroutine *g) {
    size_t size = RT_G_STACK_SIZE + RT_G_GUARD_SIZE;
    char *p = rt_map_rw(size);
    if (!p) return false;
    if (mprotect(p, RT_G_GUARD_SIZE, PROT_NONE) != 0) {
        munmap(p, size);
        return false;
    }
    rt_guarded_stacks++;
    g->guard_lo = (uintptr_t)p;
    g->lo = (uintptr_t)p + RT_G_GUARD_SIZE;
    return true;
}

/* Never unmapped: a slab is one mapping whatever its stacks do. */
static bool rt_g_map_unguarded(RtGoroutine *g) {
    if (rt_slab_left == 0) {
        rt_slab_next = rt_map_rw(RT_G_STACK_SIZE * RT_SLAB_STACKS);
        if (!rt_slab_next) return false;
        rt_slab_left = RT_SLAB_STACKS;
    }
    g->guard_lo = g->lo = (uintptr_t)rt_slab_next;
    rt_slab_next += RT_G_STACK_SIZE;
    rt_slab_left--;
    return true;
}

/* A goroutine struct with a stack: a finished one, or a new one. */
static RtGoroutine *rt_g_alloc(void) {
    RtGoroutine *g = rt_gpool;
    if (g) {
        rt_gpool = g->schedlink;
        g->schedlink = NULL;
        return g;
    }
    g = GC_MALLOC_UNCOLLECTABLE(sizeof *g);
    if (!g) rt_throw("runtime: out of memory");
    memset(g, 0, sizeof *g);
    if (!(rt_guarded_stacks < RT_GUARDED_MAX && rt_g_map_guarded(g)) && !rt_g_map_unguarded(g))
        rt_throw("runtime: cannot allocate goroutine stack");
    g->hi = g->lo + RT_G_STACK_SIZE;
    g->gc_hi = g->hi;
    return g;
}

/* The first frame rt_swapctx pops: zero registers (rbp 0 ends tracebacks),
 * then rt_gostart as the return pc, entered with the stack aligned as
 * after a call (whose return address, 0, is never used). */
static void rt_g_init_frame(RtGoroutine *g) {
    uintptr_t *top = (uintptr_t *)g->hi;
    top[-1] = 0;
    top[-2] = (uintptr_t)rt_gostart;
    for (int i = 3; i <= 8; i++)
        top[-i] = 0;
    g->sp = (uintptr_t)&top[-8];
}

/* Pools the goroutine that finished just before this switch. */
static void rt_after_switch(void) {
    RtGoroutine *g = rt_deadg;
    if (!g) return;
    rt_deadg = NULL;
    g->sp = 0;
    g->schedlink = rt_gpool;
    rt_gpool = g;
}

/* ---- run queue ---------------------------------------------------------------- */

static void rt_runq_put_tail(RtGoroutine *g) {
    g->schedlink = NULL;
    if (rt_runq_tail)
        rt_runq_tail->schedlink = g;
    else
        rt_runq_head = g;
    rt_runq_tail = g;
}

static RtGoroutine *rt_runq_pop(void) {
    RtGoroutine *g = rt_runq_head;
    if (g) {
        rt_runq_head = g->schedlink;
        if (!rt_runq_head) rt_runq_tail = NULL;
        g->schedlink = NULL;
    }
    return g;
}

/* As gc's runqput(next=true): g runs next; the one it displaces goes to
 * the tail of the queue. */
static void rt_runq_put_next(RtGoroutine *g) {
    if (rt_runnext) rt_runq_put_tail(rt_runnext);
    rt_runnext = g;
}

static RtGoroutine *rt_runq_get(void) {
    RtGoroutine *g = rt_runnext;
    if (g) {
        if (rt_runnext_streak < RT_RUNNEXT_STREAK || !rt_runq_head) {
            rt_runnext = NULL;
            rt_runnext_streak++;
            return g;
        }
        /* the streak used up its turn: it waits behind the queue */
        rt_runnext = NULL;
        rt_runq_put_tail(g);
    }
    rt_runnext_streak = 0;
    return rt_runq_pop();
}

/* ---- timers (time.Sleep) ----------------------------------------------------- */

/* Sleeping goroutines in a binary min-heap by wake time (malloc memory:
 * goroutine structs are never collected while they can be in it). */
typedef struct RtTimer {
    int64_t when;
    RtGoroutine *g;
} RtTimer;

static RtTimer *rt_timers;
static size_t rt_ntimers, rt_timers_cap;

static void rt_timer_push(int64_t when, RtGoroutine *g) {
    if (rt_ntimers == rt_timers_cap) {
        rt_timers_cap = rt_timers_cap ? 2 * rt_timers_cap : 64;
        rt_timers = realloc(rt_timers, rt_timers_cap * sizeof *rt_timers);
        if (!rt_timers) rt_throw("runtime: out of memory");
    }
    size_t i = rt_ntimers++;
    while (i > 0) {
        size_t parent = (i - 1) / 2;
        if (rt_timers[parent].when <= when) break;
        rt_timers[i] = rt_timers[parent];
        i = parent;
    }
    rt_timers[i] = (RtTimer){when, g};
}

static void rt_timer_pop(void) {
    RtTimer last = rt_timers[--rt_ntimers];
    size_t i = 0, n = rt_ntimers;
    for (;;) {
        size_t c = 2 * i + 1;
        if (c >= n) break;
        if (c + 1 < n && rt_timers[c + 1].when < rt_timers[c].when) c++;
        if (last.when <= rt_timers[c].when) break;
        rt_timers[i] = rt_timers[c];
        i = c;
    }
    if (n) rt_timers[i] = last;
}

/* Makes the goroutines whose time has come runnable, in wake order. */
static void rt_timers_run(void) {
    int64_t now = rt_nanotime();
    while (rt_ntimers && rt_timers[0].when <= now) {
        RtGoroutine *g = rt_timers[0].g;
        rt_timer_pop();
        g->status = RT_G_RUNNABLE;
        rt_runq_put_tail(g);
    }
}

/* The goroutine to run next; when none is runnable but some sleep, the
 * thread sleeps until the first wakes. NULL: nothing can ever run. */
static RtGoroutine *rt_findrunnable(void) {
    rt_finalizers_poll();
    for (;;) {
        if (rt_ntimers) rt_timers_run();
        RtGoroutine *g = rt_runq_get();
        if (g || !rt_ntimers) return g;
        int64_t when = rt_timers[0].when;
        struct timespec ts = {(time_t)(when / 1000000000), (long)(when % 1000000000)};
        while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, NULL) == EINTR) {
        }
    }
}

static void rt_switch(RtGoroutine *next) {
    RtGoroutine *prev = rt_curg;
    if (next == prev) {
        prev->status = RT_G_RUNNING;
        return;
    }
    next->status = RT_G_RUNNING;
    rt_curg = next;
    struct GC_stack_base sb = {.mem_base = (void *)next->gc_hi};
    if (rt_gc_thread) GC_set_stackbottom(rt_gc_thread, &sb);
    rt_swapctx(&prev->sp, next->sp);
    /* back on prev's stack, switched to by someone else */
    rt_after_switch();
}

/* ---- deadlock ------------------------------------------------------------------ */

static void rt_print_parked(RtGoroutine *g) {
    rt_gwrite_cstr("goroutine ");
    escgo_printint(g->id);
    rt_gwrite_cstr(" [");
    rt_gwrite_cstr(g->waitreason ? g->waitreason : "runnable");
    rt_gwrite_cstr("]:\n");
    if (!g->sp) return;
    const uintptr_t *saved = (const uintptr_t *)g->sp;
    uintptr_t lo = g->lo ? g->lo : g->sp, hi = g->hi ? g->hi : g->gc_hi;
    if (hi) rt_traceback_frames(0, saved[RT_SAVED_RBP], lo, hi);
}

/* gc's checkdead, as a throw prints it: every blocked goroutine with its
 * wait reason and frames, goroutine 1 first. */
static _Noreturn void rt_deadlock(void) {
    RtGoroutine *cur = rt_curg;
    /* the blocked goroutine's frames, as if it had switched away */
    uintptr_t regs[8] = {0};
    regs[RT_SAVED_RBP] = (uintptr_t)__builtin_frame_address(0);
    if (cur->status == RT_G_WAITING) cur->sp = (uintptr_t)regs;
    rt_print_flush_all();
    escgo_printlock();
    bool any = rt_g1.status == RT_G_WAITING;
    for (RtGoroutine *g = rt_allg_head; g && !any; g = g->allnext)
        any = g->status == RT_G_WAITING;
    if (!any) {
        /* only possible once main called runtime.Goexit */
        rt_gwrite_cstr("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
        rt_print_flush_all();
        rt_die(2);
    }
    rt_gwrite_cstr("fatal error: all goroutines are asleep - deadlock!\n");
    if (rt_g1.status == RT_G_WAITING) {
        rt_gwrite_cstr("\n");
        rt_print_parked(&rt_g1);
    }
    for (RtGoroutine *g = rt_allg_head; g; g = g->allnext) {
        if (g->status != RT_G_WAITING) continue;
        rt_gwrite_cstr("\n");
        rt_print_parked(g);
    }
    rt_print_flush_all();
    rt_die(2);
}

/* ---- parking and waking --------------------------------------------------------- */

void rt_park(const char *reason) {
    RtGoroutine *g = rt_curg;
    g->status = RT_G_WAITING;
    g->waitreason = reason;
    RtGoroutine *next = rt_findrunnable();
    if (!next) rt_deadlock();
    rt_switch(next);
    g->waitreason = NULL;
}

void rt_ready(RtGoroutine *g) {
    g->status = RT_G_RUNNABLE;
    rt_runq_put_next(g);
}

void rt_yield(void) {
    rt_finalizers_poll();
    if (rt_ntimers) rt_timers_run();
    if (!rt_runnext && !rt_runq_head) return;
    RtGoroutine *g = rt_curg;
    g->status = RT_G_RUNNABLE;
    rt_runq_put_tail(g);
    rt_switch(rt_runq_get());
}

void rt_sched_main_stack(uintptr_t guard_lo, uintptr_t lo, uintptr_t hi) {
    rt_g1.guard_lo = guard_lo;
    rt_g1.lo = lo;
    rt_g1.hi = hi;
}

/* ---- goroutine lifetime ---------------------------------------------------------- */

/* Ends the running goroutine. Goroutine 1 ends only by runtime.Goexit;
 * its struct and stack are static, never reused. */
static _Noreturn void rt_goexit(void) {
    RtGoroutine *g = rt_curg;
    g->status = RT_G_DEAD;
    memset(&g->d, 0, sizeof g->d);
    g->param = NULL;
    if (g == &rt_g1) {
        rt_ngoroutines--;
        RtGoroutine *next = rt_findrunnable();
        if (!next) rt_deadlock();
        rt_switch(next);
        __builtin_unreachable();
    }
    if (g->allprev)
        g->allprev->allnext = g->allnext;
    else
        rt_allg_head = g->allnext;
    if (g->allnext)
        g->allnext->allprev = g->allprev;
    else
        rt_allg_tail = g->allprev;
    g->allnext = g->allprev = NULL;
    rt_ngoroutines--;
    RtGoroutine *next = rt_findrunnable();
    if (!next) rt_deadlock();
    rt_deadg = g;
    rt_switch(next);
    __builtin_unreachable();
}

static _Noreturn void rt_gostart(void) {
    rt_after_switch();
    RtGoroutine *g = rt_curg;
    void (*fn)(void *) = g->fn;
    void *rec = g->rec;
    g->fn = NULL;
    g->rec = NULL;
    fn(rec);
    rt_goexit();
}

void escgo_go(void (*fn)(void *rec), void *rec) {
    rt_sched_init();
    RtGoroutine *g = rt_g_alloc();
    g->id = ++rt_goid_gen;
    g->fn = fn;
    g->rec = rec;
    g->selectdone = false;
    g->waitreason = NULL;
    rt_g_init_frame(g);
    g->allprev = rt_allg_tail;
    g->allnext = NULL;
    if (rt_allg_tail)
        rt_allg_tail->allnext = g;
    else
        rt_allg_head = g;
    rt_allg_tail = g;
    rt_ngoroutines++;
    rt_ready(g);
}

void escgo_gosched(void) {
    rt_yield();
}

void escgo_sleep(int64_t ns) {
    if (ns <= 0) return;
    int64_t when = rt_nanotime() + ns;
    if (when < 0) when = INT64_MAX; /* overflow: forever, but not deadlocked */
    rt_timer_push(when, rt_curg);
    rt_park("sleep");
}

_Noreturn void escgo_goexit(void) {
    rt_defer_run_all();
    rt_goexit();
}

int64_t escgo_numgoroutine(void) {
    return rt_ngoroutines - rt_sched_system_goroutines;
}
