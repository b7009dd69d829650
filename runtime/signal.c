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
 * The handler prints and exits with _exit(2): nothing it calls allocates or
 * takes locks. When recover exists, the nil-dereference and divide cases
 * must instead redirect the interrupted context to a function that raises
 * an ordinary Go panic on the faulting goroutine (as gc's sigpanic does),
 * so that deferred calls run and recover can stop it. */
#define _GNU_SOURCE /* REG_RIP etc. in ucontext.h */
#include "rt_internal.h"

#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

/* The Go stack of this thread: guard region [guard_lo, lo), usable [lo, hi). */
static __thread uintptr_t rt_guard_lo, rt_stack_lo, rt_stack_hi;

enum { RT_ALTSTACK_SIZE = 64 * 1024 };

void rt_stack_bounds(uintptr_t *lo, uintptr_t *hi) {
    *lo = rt_stack_lo;
    *hi = rt_stack_hi;
}

void rt_thread_enter(uintptr_t guard_lo, uintptr_t lo, uintptr_t hi) {
    rt_guard_lo = guard_lo;
    rt_stack_lo = lo;
    rt_stack_hi = hi;
    void *alt =
        mmap(NULL, RT_ALTSTACK_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (alt == MAP_FAILED) rt_throw("runtime: cannot allocate signal stack");
    stack_t ss = {.ss_sp = alt, .ss_size = RT_ALTSTACK_SIZE, .ss_flags = 0};
    if (sigaltstack(&ss, NULL) != 0) rt_throw("runtime: sigaltstack failed");
}

static bool rt_is_stack_overflow(uintptr_t addr, uintptr_t sp) {
    if (rt_stack_hi == 0) return false;
    if (addr >= rt_guard_lo && addr < rt_stack_lo) return true;
    /* the stack pointer left the stack downwards: a frame bigger than the
     * guard (sp may also point just below the guard) */
    return sp < rt_stack_lo && sp + (1u << 30) >= rt_guard_lo;
}

static _Noreturn void rt_stack_overflow(uintptr_t sp, uintptr_t pc, uintptr_t fp) {
    rt_print_flush_all();
    escgo_printlock();
    rt_gwrite_cstr("runtime: goroutine stack exceeds 1000000000-byte limit\n");
    rt_gwrite_cstr("runtime: sp=");
    escgo_printhex(sp);
    rt_gwrite_cstr(" stack=[");
    escgo_printhex(rt_stack_lo);
    rt_gwrite_cstr(", ");
    escgo_printhex(rt_stack_hi);
    rt_gwrite_cstr("]\n");
    rt_gwrite_cstr("fatal error: stack overflow\n\n");
    rt_traceback(pc, fp);
    rt_print_flush_all();
    rt_die(2);
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
        static const char div[] = "integer divide by zero";
        static const char ovf[] = "integer overflow";
        if (code == FPE_INTOVF)
            rt_panic_runtime_error(ovf, sizeof ovf - 1, sig, code, addr, pc, fp);
        rt_panic_runtime_error(div, sizeof div - 1, sig, code, addr, pc, fp);
    }
    if (sig == SIGSEGV && rt_is_stack_overflow(addr, sp)) rt_stack_overflow(sp, pc, fp);
    if (sig == SIGSEGV && code == SEGV_MAPERR && addr < 0x1000) {
        static const char msg[] = "invalid memory address or nil pointer dereference";
        rt_panic_runtime_error(msg, sizeof msg - 1, sig, code, addr, pc, fp);
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
