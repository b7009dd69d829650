/* signal.c: turning hardware faults into Go's crashes — stack overflow,
 * nil pointer dereference, integer division by zero.
 *
 * Go code runs on big fixed native stacks with an inaccessible guard region
 * below them (start.c). A fault there, or with the stack pointer already
 * below the usable stack (a large frame can step over the guard), is a
 * stack overflow; the handler therefore runs on a per-thread alternate
 * signal stack. A fault at an address in the first page is a nil pointer
 * dereference, as in gc (sigpanic: SEGV_MAPERR and addr < 0x1000); any
 * other fault is gc's "unexpected fault address".
 *
 * Fatal cases print and exit with _exit(2): nothing they call allocates or
 * takes locks. A nil dereference or division fault must instead become an
 * ordinary, recoverable Go panic, and a panic may run deferred Go code, so
 * the handler does not panic itself: as gc's sigpanic, it rewrites the
 * interrupted context so that the faulting instruction seems to call
 * rt_sigpanic, and returns. The kernel then restores the signal mask and
 * rt_sigpanic raises the panic on the Go stack, with the faulting pc as its
 * return address, so tracebacks still show the faulting function. */
#define _GNU_SOURCE /* REG_RIP etc. in ucontext.h */
#include "rt_internal.h"

#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

/* The bounds checked are those of the running goroutine (sched.c): guard
 * region [guard_lo, lo), usable [lo, hi). Goroutines share their thread,
 * hence its alternate signal stack, on which the handler runs whatever
 * goroutine stack faulted. */

enum { RT_ALTSTACK_SIZE = 64 * 1024 };

void rt_stack_bounds(uintptr_t *lo, uintptr_t *hi) {
    *lo = rt_curg->lo;
    *hi = rt_curg->hi;
}

void rt_thread_enter(uintptr_t guard_lo, uintptr_t lo, uintptr_t hi) {
    rt_sched_main_stack(guard_lo, lo, hi);
    void *alt =
        mmap(NULL, RT_ALTSTACK_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (alt == MAP_FAILED) rt_throw("runtime: cannot allocate signal stack");
    stack_t ss = {.ss_sp = alt, .ss_size = RT_ALTSTACK_SIZE, .ss_flags = 0};
    if (sigaltstack(&ss, NULL) != 0) rt_throw("runtime: sigaltstack failed");
}

static bool rt_is_stack_overflow(uintptr_t addr, uintptr_t sp) {
    const RtGoroutine *g = rt_curg;
    if (g->hi == 0) return false;
    if (addr >= g->guard_lo && addr < g->lo) return true;
    /* the stack pointer left the stack downwards: a frame bigger than the
     * guard (sp may also point just below the guard) */
    return sp < g->lo && sp + (1u << 30) >= g->guard_lo;
}

static _Noreturn void rt_stack_overflow(uintptr_t sp, uintptr_t pc, uintptr_t fp) {
    rt_print_flush_all();
    escgo_printlock();
    rt_gwrite_cstr("runtime: goroutine stack exceeds 1000000000-byte limit\n");
    rt_gwrite_cstr("runtime: sp=");
    escgo_printhex(sp);
    rt_gwrite_cstr(" stack=[");
    escgo_printhex(rt_curg->lo);
    rt_gwrite_cstr(", ");
    escgo_printhex(rt_curg->hi);
    rt_gwrite_cstr("]\n");
    rt_gwrite_cstr("fatal error: stack overflow\n\n");
    rt_traceback(pc, fp);
    rt_print_flush_all();
    rt_die(2);
}

/* The fault rt_sigpanic raises; written by the handler, read after it
 * returned, on the same thread. */
static __thread int rt_sigp_sig, rt_sigp_code;
static __thread uintptr_t rt_sigp_addr, rt_sigp_pc;

static _Noreturn void rt_sigpanic(void) {
    static const char nilmsg[] = "invalid memory address or nil pointer dereference";
    static const char div[] = "integer divide by zero";
    static const char ovf[] = "integer overflow";
    const char *msg = nilmsg;
    size_t len = sizeof nilmsg - 1;
    if (rt_sigp_sig == SIGFPE) {
        msg = rt_sigp_code == FPE_INTOVF ? ovf : div;
        len = rt_sigp_code == FPE_INTOVF ? sizeof ovf - 1 : sizeof div - 1;
    }
    rt_raise_error(RT_ERR_RUNTIME, msg, len, rt_sigp_sig, rt_sigp_code, rt_sigp_addr, rt_sigp_pc);
}

/* Makes the interrupted code call rt_sigpanic from pc: below the red zone
 * (128 bytes the interrupted function may use under its stack pointer),
 * aligned as at a call, the return address pushed. */
static void rt_redirect_to_sigpanic(ucontext_t *uc, int sig, int code, uintptr_t addr,
                                    uintptr_t pc) {
    rt_sigp_sig = sig;
    rt_sigp_code = code;
    rt_sigp_addr = addr;
    rt_sigp_pc = pc;
    uintptr_t sp = (uintptr_t)uc->uc_mcontext.gregs[REG_RSP];
    sp = ((sp - 128) & ~(uintptr_t)15) - 8;
    *(uintptr_t *)sp = pc;
    uc->uc_mcontext.gregs[REG_RSP] = (greg_t)sp;
    uc->uc_mcontext.gregs[REG_RIP] = (greg_t)(uintptr_t)rt_sigpanic;
}

static void rt_fault_handler(int sig, siginfo_t *info, void *ctxp) {
    ucontext_t *uc = ctxp;
    uintptr_t addr = (uintptr_t)info->si_addr;
    uintptr_t pc = (uintptr_t)uc->uc_mcontext.gregs[REG_RIP];
    uintptr_t sp = (uintptr_t)uc->uc_mcontext.gregs[REG_RSP];
    uintptr_t fp = (uintptr_t)uc->uc_mcontext.gregs[REG_RBP];
    int code = info->si_code;

    if (sig == SIGFPE) {
        /* codegen checks divisors itself; this is gc's sigpanic backstop */
        rt_redirect_to_sigpanic(uc, sig, code, addr, pc);
        return;
    }
    if (sig == SIGSEGV && rt_is_stack_overflow(addr, sp)) rt_stack_overflow(sp, pc, fp);
    if (sig == SIGSEGV && code == SEGV_MAPERR && addr < 0x1000) {
        rt_redirect_to_sigpanic(uc, sig, code, addr, pc);
        return;
    }
    rt_print_flush_all();
    escgo_printlock();
    rt_gwrite_cstr("unexpected fault address ");
    escgo_printhex(addr);
    rt_gwrite_cstr("\nfatal error: fault\n");
    rt_print_signal_line(sig, code, addr, pc);
    rt_gwrite_cstr("\n");
    rt_traceback(pc, fp);
    rt_print_flush_all();
    rt_die(2);
}

void rt_install_signal_handlers(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = rt_fault_handler;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
    sigaction(SIGFPE, &sa, NULL);
}
