/* defer.c: defer, panic and recover, and the runtime.Error values that
 * runtime panics carry.
 *
 * Why setjmp/longjmp rather than LLVM's invoke/landingpad with an unwinder:
 * a panic can start anywhere — in generated code, in a runtime C function
 * declared nounwind, or at a faulting instruction (signal.c turns the fault
 * into a call of a panicking function, as gc's sigpanic does). Unwinding
 * tables would have to be exact for all of those, and every call in a
 * deferring function would become an invoke. With setjmp, only a function
 * that contains defer pays anything (one _setjmp on entry, one runtime call
 * per defer and at return); functions without defer are untouched, and a
 * panic is plain C: run the pending deferred calls newest first, and if one
 * of them recovers, longjmp to the frame that deferred it. That frame then
 * runs its remaining deferred calls and returns its result variables, which
 * codegen keeps in memory (never in registers) in deferring functions.
 *
 * The pending deferred calls of the thread form one list (GoDefer.link),
 * newest first; each record names its frame by the address of that frame's
 * jmp_buf. Panics form a second list, newest first, as gc's g._panic: a
 * panic raised while a deferred call runs aborts the older one, and an
 * unrecovered panic prints the whole chain ("panic: A [recovered]" then
 * "\tpanic: B"). The state is per goroutine (sched.c's RtGoroutine, which
 * the collector scans: heap defer records hang off it). */
#include "rt_internal.h"

#include <setjmp.h>
#include <string.h>

_Static_assert(sizeof(jmp_buf) == ESCGO_JMPBUF_BYTES, "escgo_rt.h: ESCGO_JMPBUF_BYTES");

typedef struct RtPanic {
    struct RtPanic *link; /* the older panic */
    GoEface arg;
    GoDefer *cur; /* the deferred call it is running */
    bool recovered;
    bool aborted; /* a newer panic started from one of its deferred calls */
} RtPanic;

/* The running goroutine's state (rt_internal.h's RtDeferState, part of
 * sched.c's goroutine, gc's g). */
typedef RtDeferState RtG;

static inline RtG *rt_getg(void) {
    return &rt_curg->d;
}

/* ---- runtime.Error values ------------------------------------------------------ */

#define RT_GOSTR(lit)                                                                              \
    { (const uint8_t *)(lit), (int64_t)sizeof(lit) - 1 }

/* Method types, matched by name against codegen's descriptors. */
static const GoType rt_type_func_string = {.size = 8,
                                           .kind = GK_FUNC,
                                           .align = 8,
                                           .flags = GTF_POINTERS | GTF_DIRECT_IFACE,
                                           .name = RT_GOSTR("func() string")};
static const GoType rt_type_func_void = {.size = 8,
                                         .kind = GK_FUNC,
                                         .align = 8,
                                         .flags = GTF_POINTERS | GTF_DIRECT_IFACE,
                                         .name = RT_GOSTR("func()")};

static GoString rt_concat2(const char *prefix, GoString s) {
    size_t pl = strlen(prefix);
    uint8_t *buf = escgo_alloc_noscan((int64_t)pl + s.len);
    memcpy(buf, prefix, pl);
    memcpy(buf + pl, s.ptr, (size_t)s.len);
    return (GoString){buf, (int64_t)pl + s.len};
}

/* Method table entries take the interface's data word: a pointer to the
 * boxed message. */
static GoString rt_errorString_Error(void *data) {
    return rt_concat2("runtime error: ", *(GoString *)data);
}

static GoString rt_plainError_Error(void *data) {
    return *(GoString *)data;
}

static void rt_error_RuntimeError(void *data) {
    (void)data;
}

#define RT_ERROR_TYPE(var, tname, errorfn)                                                         \
    static const GoMethod var##_methods[] = {                                                      \
        {RT_GOSTR("Error"), &rt_type_func_string, (void *)errorfn},                                \
        {RT_GOSTR("RuntimeError"), &rt_type_func_void, (void *)rt_error_RuntimeError},             \
    };                                                                                             \
    static const GoType var = {.size = 16,                                                         \
                               .kind = GK_STRING,                                                  \
                               .align = 8,                                                         \
                               .flags = GTF_POINTERS | GTF_COMPARABLE | GTF_NAMED,                 \
                               .name = RT_GOSTR(tname),                                            \
                               .methods = var##_methods,                                           \
                               .nmethods = 2,                                                      \
                               .equal = escgo_equal_string,                                        \
                               .hashfn = escgo_hash_string}

/* gc's dynamic types: errorString ("runtime error: " + text), boundsError
 * (the same text), plainError (no prefix: "assignment to entry in nil
 * map"), *TypeAssertionError (no prefix). Here all hold the text. */
RT_ERROR_TYPE(rt_type_errorString, "runtime.errorString", rt_errorString_Error);
RT_ERROR_TYPE(rt_type_boundsError, "runtime.boundsError", rt_errorString_Error);
RT_ERROR_TYPE(rt_type_plainError, "runtime.plainError", rt_plainError_Error);
RT_ERROR_TYPE(rt_type_assertError, "*runtime.TypeAssertionError", rt_plainError_Error);

_Noreturn void rt_raise_error(int kind, const char *msg, size_t len, int sig, int sigcode,
                              uintptr_t addr, uintptr_t pc) {
    if (sig) {
        RtG *g = rt_getg();
        g->sig = sig;
        g->sigcode = sigcode;
        g->sigaddr = addr;
        g->sigpc = pc;
    }
    uint8_t *text = escgo_alloc_noscan((int64_t)len);
    memcpy(text, msg, len);
    GoString *box = escgo_alloc(sizeof(GoString));
    *box = (GoString){text, (int64_t)len};
    const GoType *t = &rt_type_errorString;
    if (kind == RT_ERR_BOUNDS) t = &rt_type_boundsError;
    if (kind == RT_ERR_PLAIN) t = &rt_type_plainError;
    if (kind == RT_ERR_ASSERT) t = &rt_type_assertError;
    escgo_gopanic(t, box);
}

/* ---- defer ------------------------------------------------------------------------ */

void escgo_deferproc(GoDefer *d, void *frame, void (*fn)(GoDefer *d)) {
    RtG *g = rt_getg();
    d->frame = frame;
    d->fn = fn;
    d->thunk_fp = NULL;
    d->panic = NULL;
    d->started = 0;
    d->link = g->defers;
    g->defers = d;
}

/* As gc's deferreturn: a record is unlinked before its call, so a panic in
 * the call does not see it again. */
void escgo_deferreturn(void *frame) {
    RtG *g = rt_getg();
    for (;;) {
        GoDefer *d = g->defers;
        if (!d || d->frame != frame) return;
        g->defers = d->link;
        d->fn(d);
    }
}

/* runtime.Goexit: every pending record of the goroutine, newest first,
 * unlinked before its call as in deferreturn. No panic is running, so a
 * recover in them returns nil, as in gc. */
void rt_defer_run_all(void) {
    RtG *g = rt_getg();
    while (g->defers) {
        GoDefer *d = g->defers;
        g->defers = d->link;
        d->started = 1;
        d->fn(d);
    }
}

/* ---- recover ------------------------------------------------------------------------ */

/* Whether the function with frame address fp was called by the thunk of
 * the deferred call the current panic is running: its saved frame pointer
 * (the first word of its frame) is the thunk's frame address. */
static RtPanic *rt_recoverable(void *fp) {
    RtPanic *p = rt_getg()->panics;
    if (!p || p->recovered || p->aborted || !p->cur || !fp) return NULL;
    if (*(void **)fp != p->cur->thunk_fp) return NULL;
    return p;
}

GoEface escgo_gorecover(void *fp) {
    RtPanic *p = rt_recoverable(fp);
    if (!p) return (GoEface){NULL, NULL};
    p->recovered = true;
    return p->arg;
}

void escgo_recover_wrap(void *fp) {
    RtPanic *p = rt_recoverable(fp);
    if (p) p->cur->thunk_fp = fp;
}

/* ---- panic ------------------------------------------------------------------------------ */

static void rt_printpanics(RtPanic *p) {
    if (p->link) {
        rt_printpanics(p->link);
        rt_gwrite_cstr("\t");
    }
    rt_gwrite_cstr("panic: ");
    rt_printpanicval(p->arg.type, p->arg.data);
    if (p->recovered) rt_gwrite_cstr(" [recovered]");
    rt_gwrite_cstr("\n");
}

static _Noreturn void rt_fatalpanic(RtPanic *p) {
    RtG *g = rt_getg();
    rt_print_flush_all();
    escgo_printlock();
    rt_printpanics(p);
    if (g->sig) rt_print_signal_line(g->sig, g->sigcode, g->sigaddr, g->sigpc);
    rt_crash_tail(0, (uintptr_t)__builtin_frame_address(0));
}

_Noreturn void escgo_gopanic(const GoType *t, void *data) {
    RtG *g = rt_getg();
    RtPanic p = {.link = g->panics, .arg = {t, data}};
    g->panics = &p;
    for (;;) {
        GoDefer *d = g->defers;
        if (!d) break;
        if (d->started) {
            /* started by an older panic (or a return) and not finished:
             * that panic is over; this one goes on with older records */
            if (d->panic) ((RtPanic *)d->panic)->aborted = true;
            d->panic = NULL;
            g->defers = d->link;
            continue;
        }
        d->started = 1;
        d->panic = &p;
        p.cur = d;
        d->fn(d);
        /* the record is on top again: calls made by d pushed and ran
         * their own */
        g->defers = d->link;
        p.cur = NULL;
        if (p.recovered) {
            g->panics = p.link;
            while (g->panics && g->panics->aborted)
                g->panics = g->panics->link;
            if (!g->panics) g->sig = 0;
            longjmp(*(jmp_buf *)d->frame, 1);
        }
    }
    rt_fatalpanic(&p);
}
