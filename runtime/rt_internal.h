/* rt_internal.h: what the runtime's C files share with each other but not
 * with generated code (that ABI is escgo_rt.h).
 *
 * The runtime is split by topic (alloc, print, strings, panic, signal,
 * traceback, start, os); these are the seams between those files. */
#ifndef ESCGO_RT_INTERNAL_H
#define ESCGO_RT_INTERNAL_H

#include "escgo_rt.h"

#include <stddef.h>
#include <stdint.h>

/* ---- output (print.c) ---------------------------------------------------- */

/* Appends bytes to the current print statement (or writes them straight to
 * fd 2 outside printlock/printunlock). All of Go's print output and all of
 * the runtime's crash output goes through here, as gc's gwrite. */
void rt_gwrite(const void *p, size_t n);
void rt_gwrite_cstr(const char *s);
/* Writes out whatever the current thread has buffered, and drops out of any
 * print statement in progress; crash paths call it before printing. */
void rt_print_flush_all(void);
/* write(2) the whole buffer, retrying on EINTR and short writes. Safe in
 * signal handlers. */
void rt_write_all(int fd, const void *p, size_t n);

/* ---- crash output and exits (panic.c) ----------------------------------- */

/* Prints "fatal error: <msg>" and the goroutine trailer, exits with 2. */
_Noreturn void rt_throw(const char *msg);
/* Panics with a runtime error ("runtime error: " + msg), recoverable like
 * any panic (rt_raise_error). sig != 0 adds gc's "[signal ...]" line if it
 * ends the program; fp is unused. */
_Noreturn void rt_panic_runtime_error(const char *msg, size_t len, int sig, int sigcode,
                                      uintptr_t addr, uintptr_t pc, uintptr_t fp);
/* gc's "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x...]". */
void rt_print_signal_line(int sig, int code, uintptr_t addr, uintptr_t pc);
/* Ends the process at once with status code, like gc's exit(2) after a
 * fatal panic: no atexit handlers, other threads stop where they are. */
_Noreturn void rt_die(int code);

/* gc's boundsError codes: RT_BOUNDS_INDEX, then escgo_panic_slice's
 * `which` + 1. */
enum {
    RT_BOUNDS_INDEX,
    RT_BOUNDS_SLICE_ALEN,
    RT_BOUNDS_SLICE_ACAP,
    RT_BOUNDS_SLICE_B,
    RT_BOUNDS_SLICE3_ALEN,
    RT_BOUNDS_SLICE3_ACAP,
    RT_BOUNDS_SLICE3_B,
    RT_BOUNDS_SLICE3_C,
    RT_BOUNDS_CONVERT,
    RT_BOUNDS_TEXT_MAX = 128, /* a buffer that holds any message */
};
/* Writes gc's boundsError text (without "runtime error: ") into buf (at
 * least RT_BOUNDS_TEXT_MAX bytes), NUL-terminated; returns its length.
 * x is read as int64 if xsigned, else as uint64. */
size_t rt_bounds_error_text(char *buf, int code, uint64_t x, bool xsigned, int64_t y);

/* ---- panics as values (defer.c; added with defer/recover) --------------- */

/* The dynamic type of a runtime panic's error value (gc's errorString,
 * boundsError, plainError, *TypeAssertionError). Only RT_ERR_RUNTIME and
 * RT_ERR_BOUNDS print with the "runtime error: " prefix. */
enum { RT_ERR_RUNTIME, RT_ERR_BOUNDS, RT_ERR_PLAIN, RT_ERR_ASSERT };
/* Panics with a runtime.Error value holding msg (copied); recoverable.
 * sig != 0: raised by a fault, so an unrecovered panic prints gc's
 * "[signal ...]" line. */
_Noreturn void rt_raise_error(int kind, const char *msg, size_t len, int sig, int sigcode,
                              uintptr_t addr, uintptr_t pc);
/* Prints a panic value as gc's printpanicval (panic.c). */
void rt_printpanicval(const GoType *t, void *data);
/* Blank line, "goroutine N [running]:" (the running goroutine) and frames,
 * exit 2 (panic.c). */
_Noreturn void rt_crash_tail(uintptr_t pc, uintptr_t fp);

/* ---- stacks and signals (signal.c) -------------------------------------- */

/* Each thread that runs Go code calls this first: it records the bounds of
 * the thread's stack (for overflow detection and tracebacks) and gives the
 * thread its own alternate signal stack (the fault handler cannot run on a
 * stack that has just overflowed). guard_lo..lo is the inaccessible guard
 * region below the usable stack lo..hi. */
void rt_thread_enter(uintptr_t guard_lo, uintptr_t lo, uintptr_t hi);
/* Installs the SIGSEGV/SIGBUS/SIGFPE handlers. Called once, after GC_INIT
 * (libgc probes memory with its own temporary SIGSEGV handler there). */
void rt_install_signal_handlers(void);
/* Bounds of the running goroutine's stack; 0,0 for goroutine 1 on a thread
 * that never called rt_thread_enter (the C unit tests). */
void rt_stack_bounds(uintptr_t *lo, uintptr_t *hi);

/* ---- tracebacks (traceback.c) ------------------------------------------- */

/* Prints "goroutine N [running]:" and the Go frames of the running goroutine,
 * walking frame pointers from fp (0: from the caller of rt_traceback's
 * caller). pc is the faulting pc for a signal, or 0. */
void rt_traceback(uintptr_t pc, uintptr_t fp);

/* Prints the frames of a stack whose usable part is [lo, hi), walking
 * frame pointers from fp; pc (if nonzero) is the exact pc of the innermost
 * frame. Used for the current goroutine (rt_traceback) and for parked ones
 * (the deadlock report). */
void rt_traceback_frames(uintptr_t pc, uintptr_t fp, uintptr_t lo, uintptr_t hi);

/* ---- goroutines (sched.c) ----------------------------------------------- */

struct RtPanic; /* defer.c */

/* defer.c's per-goroutine state: pending defers, panics, and the signal
 * that raised the current panic, if any. */
typedef struct RtDeferState {
    GoDefer *defers;
    struct RtPanic *panics;
    int sig, sigcode;
    uintptr_t sigaddr, sigpc;
} RtDeferState;

/* A goroutine (gc's g). Goroutine 1 is a static; the others live in
 * libgc's uncollectable memory (scanned, never freed by the collector), so
 * what they hold (rec, defer records, panics) stays reachable. */
typedef struct RtGoroutine {
    RtDeferState d;
    uintptr_t sp;               /* saved stack pointer while not running */
    uintptr_t guard_lo, lo, hi; /* guard [guard_lo, lo), usable [lo, hi) */
    uintptr_t gc_hi;            /* top of the stack libgc scans */
    int64_t id;
    int status;                            /* RT_G_* */
    const char *waitreason;                /* while RT_G_WAITING: gc's wait reason */
    struct RtGoroutine *schedlink;         /* run queue */
    struct RtGoroutine *allnext, *allprev; /* live goroutines */
    void (*fn)(void *rec);                 /* entry, until started */
    void *rec;
    void *param;     /* the RtSudog that woke a select */
    bool selectdone; /* a case of its blocked select fired */
} RtGoroutine;

enum { RT_G_RUNNABLE, RT_G_RUNNING, RT_G_WAITING, RT_G_DEAD };

/* The running goroutine; goroutine 1 (main) before any other exists. */
extern RtGoroutine *rt_curg;
/* Live goroutines of the runtime's own (the finalizer goroutine), which
 * runtime.NumGoroutine leaves out as gc does. */
extern int64_t rt_sched_system_goroutines;
/* time_pkg.c: the monotonic clock in nanoseconds (time.nanotime, and the
 * scheduler's sleep deadlines). */
int64_t rt_nanotime(void);
/* finalizer.c: starts the finalizer goroutine if libgc has finalizers
 * ready (returns whether it did). Called where the scheduler switches and
 * after runtime.GC. */
bool rt_finalizers_poll(void);

/* A goroutine waiting in a queue (gc's sudog): on the waiter's stack, which
 * the collector scans while it is parked. */
typedef struct RtSudog {
    RtGoroutine *g;
    struct RtSudog *next, *prev;
    void *elem;      /* channel: the value to send / where to receive */
    GoChan *c;       /* channel: the one it waits on */
    uintptr_t key;   /* semaphore: its address */
    uint32_t ticket; /* notify list ticket; semaphore: handed off */
    int64_t caseidx; /* select: the case */
    bool isselect;
    bool success; /* channel: woken by a value (false: by close) */
} RtSudog;

/* Parks the running goroutine (reason: gc's wait reason, "chan receive")
 * until rt_ready; with nothing else runnable, that is gc's deadlock. */
void rt_park(const char *reason);
/* Makes g runnable; it runs next (gc's runnext), before older runnable
 * goroutines. */
void rt_ready(RtGoroutine *g);
/* Gives the processor to the other runnable goroutines (runtime.Gosched). */
void rt_yield(void);
/* Runs all pending deferred calls of the running goroutine (defer.c). */
void rt_defer_run_all(void);
/* Records the bounds of goroutine 1's stack (rt_thread_enter). */
void rt_sched_main_stack(uintptr_t guard_lo, uintptr_t lo, uintptr_t hi);

/* ---- program arguments (os.c) ------------------------------------------- */

extern int escgo_argc;
extern char **escgo_argv;

#endif
