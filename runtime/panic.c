/* panic.c: panics and fatal errors — gc's messages and exit status 2.
 *
 * An unrecovered panic (defer.c runs the deferred calls first) prints, as
 * gc's printpanics and dopanic_m do:
 *     panic: <value>
 *     [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x...]
 *     <blank line>
 *     goroutine N [running]:   (N: the panicking goroutine)
 *     <frames>
 * (the [signal] line only for panics raised from a fault), then the process
 * ends with status 2.
 *
 * The runtime-error helpers below funnel into rt_panic_runtime_error, which
 * raises a runtime.Error value through escgo_gopanic (defer.c), so that
 * recover can stop them. */
#include "rt_internal.h"

#include <signal.h>
#include <string.h>
#include <unistd.h>

_Noreturn void rt_die(int code) {
    _exit(code);
}

static const char *rt_signal_name(int sig) {
    switch (sig) {
    case SIGSEGV: return "SIGSEGV: segmentation violation";
    case SIGBUS: return "SIGBUS: bus error";
    case SIGFPE: return "SIGFPE: floating-point exception";
    default: return "signal";
    }
}

void rt_print_signal_line(int sig, int code, uintptr_t addr, uintptr_t pc) {
    rt_gwrite_cstr("[signal ");
    rt_gwrite_cstr(rt_signal_name(sig));
    rt_gwrite_cstr(" code=");
    escgo_printhex((uint64_t)(uint32_t)code);
    rt_gwrite_cstr(" addr=");
    escgo_printhex(addr);
    rt_gwrite_cstr(" pc=");
    escgo_printhex(pc);
    rt_gwrite_cstr("]\n");
}

/* The common tail of every crash: blank line, goroutine trace, exit 2. */
_Noreturn void rt_crash_tail(uintptr_t pc, uintptr_t fp) {
    rt_gwrite_cstr("\n");
    rt_traceback(pc, fp);
    rt_print_flush_all();
    rt_die(2);
}

_Noreturn void rt_throw(const char *msg) {
    rt_print_flush_all();
    escgo_printlock();
    rt_gwrite_cstr("fatal error: ");
    rt_gwrite_cstr(msg);
    rt_gwrite_cstr("\n");
    rt_crash_tail(0, (uintptr_t)__builtin_frame_address(0));
}

_Noreturn void rt_panic_runtime_error(const char *msg, size_t len, int sig, int sigcode,
                                      uintptr_t addr, uintptr_t pc, uintptr_t fp) {
    (void)fp;
    rt_raise_error(RT_ERR_RUNTIME, msg, len, sig, sigcode, addr, pc);
}

/* ---- printing panic values (gc's printany / printanycustomtype) ---------- */

/* Predeclared types print bare; defined types (whose names, "main.T", carry
 * a package qualifier) print as T(value), as gc's printanycustomtype. */
static bool rt_is_predeclared(const GoType *t) {
    return memchr(t->name.ptr, '.', (size_t)t->name.len) == NULL;
}

/* Looks up a method "name" of type "func() string" in t's method table. */
static void *rt_find_string_method(const GoType *t, const char *name) {
    size_t nl = strlen(name);
    for (int64_t i = 0; i < t->nmethods; i++) {
        const GoMethod *m = &t->methods[i];
        if ((size_t)m->name.len == nl && memcmp(m->name.ptr, name, nl) == 0) {
            const GoType *mt = m->mtype;
            static const char sig[] = "func() string";
            if (mt && (size_t)mt->name.len == sizeof sig - 1 &&
                memcmp(mt->name.ptr, sig, sizeof sig - 1) == 0)
                return m->fn;
            return NULL;
        }
    }
    return NULL;
}

void rt_printpanicval(const GoType *t, void *data) {
    if (t == NULL) {
        rt_gwrite_cstr("nil");
        return;
    }
    /* gc prints v.Error() for an error and v.String() for a Stringer. The
     * method tables are emitted by codegen from the interfaces issue on; a
     * method's fn takes the receiver word (the data word, which for a value
     * receiver of a boxed type is the pointer to the box the wrapper
     * expects).
     * TODO(interfaces): test this once codegen emits method tables. */
    if (t->methods && t->nmethods > 0) {
        void *fn = rt_find_string_method(t, "Error");
        if (!fn) fn = rt_find_string_method(t, "String");
        if (fn) {
            GoString s = ((GoString(*)(void *))fn)(data);
            escgo_printstring(s.ptr, s.len);
            return;
        }
    }
    bool custom = !rt_is_predeclared(t);
    const char *close = ")";
    if (custom) {
        switch (t->kind) {
        case GK_STRING: {
            const GoString *s = data;
            escgo_printstring(t->name.ptr, t->name.len);
            rt_gwrite_cstr("(\"");
            escgo_printstring(s->ptr, s->len);
            rt_gwrite_cstr("\")");
            return;
        }
        case GK_COMPLEX64:
        case GK_COMPLEX128:
            /* gc: print(typestring, c) — the complex brings its own parens */
            escgo_printstring(t->name.ptr, t->name.len);
            close = "";
            break;
        case GK_BOOL:
        case GK_INT:
        case GK_INT8:
        case GK_INT16:
        case GK_INT32:
        case GK_INT64:
        case GK_UINT:
        case GK_UINT8:
        case GK_UINT16:
        case GK_UINT32:
        case GK_UINT64:
        case GK_UINTPTR:
        case GK_FLOAT32:
        case GK_FLOAT64:
            escgo_printstring(t->name.ptr, t->name.len);
            rt_gwrite_cstr("(");
            break;
        default:
            rt_gwrite_cstr("(");
            escgo_printstring(t->name.ptr, t->name.len);
            rt_gwrite_cstr(") ");
            escgo_printpointer(data);
            return;
        }
    } else {
        close = "";
    }
    switch (t->kind) {
    case GK_BOOL: escgo_printbool(*(const uint8_t *)data); break;
    case GK_INT:
    case GK_INT64: escgo_printint(*(const int64_t *)data); break;
    case GK_INT8: escgo_printint(*(const int8_t *)data); break;
    case GK_INT16: escgo_printint(*(const int16_t *)data); break;
    case GK_INT32: escgo_printint(*(const int32_t *)data); break;
    case GK_UINT:
    case GK_UINT64:
    case GK_UINTPTR: escgo_printuint(*(const uint64_t *)data); break;
    case GK_UINT8: escgo_printuint(*(const uint8_t *)data); break;
    case GK_UINT16: escgo_printuint(*(const uint16_t *)data); break;
    case GK_UINT32: escgo_printuint(*(const uint32_t *)data); break;
    case GK_FLOAT32: escgo_printfloat(*(const float *)data); break;
    case GK_FLOAT64: escgo_printfloat(*(const double *)data); break;
    case GK_COMPLEX64: {
        const float *c = data;
        escgo_printcomplex(c[0], c[1]);
        break;
    }
    case GK_COMPLEX128: {
        const double *c = data;
        escgo_printcomplex(c[0], c[1]);
        break;
    }
    case GK_STRING: {
        const GoString *s = data;
        escgo_printstring(s->ptr, s->len);
        break;
    }
    default:
        /* an unnamed composite type, e.g. []int or *main.T */
        rt_gwrite_cstr("(");
        escgo_printstring(t->name.ptr, t->name.len);
        rt_gwrite_cstr(") ");
        escgo_printpointer(data);
        break;
    }
    rt_gwrite_cstr(close);
}

/* ---- runtime errors --------------------------------------------------------- */

#define RT_PANIC_MSG(lit) rt_panic_runtime_error(lit, sizeof lit - 1, 0, 0, 0, 0, 0)

_Noreturn void escgo_panic_divide(void) {
    RT_PANIC_MSG("integer divide by zero");
}

_Noreturn void escgo_panic_overflow(void) {
    RT_PANIC_MSG("integer overflow");
}

_Noreturn void escgo_panic_shift(void) {
    RT_PANIC_MSG("negative shift amount");
}

/* gc finds nil dereferences by the fault, so its message always carries the
 * [signal] line; an explicit check here prints the same line for the
 * caller's pc, so both look alike. */
_Noreturn void escgo_panic_nilderef(void) {
    static const char msg[] = "invalid memory address or nil pointer dereference";
    rt_panic_runtime_error(msg, sizeof msg - 1, SIGSEGV, 1 /* SEGV_MAPERR */, 0,
                           (uintptr_t)__builtin_return_address(0),
                           *(uintptr_t *)__builtin_frame_address(0) /* the caller's */);
}

_Noreturn void escgo_panic_string(const uint8_t *msg, int64_t len) {
    rt_panic_runtime_error((const char *)msg, (size_t)len, 0, 0, 0, 0, 0);
}

/* ---- bounds errors (gc's boundsError) --------------------------------------- */

/* gc's formats, indexed by RT_BOUNDS_*; %x is the bad index, %y the length
 * or capacity. A negative signed x has its own forms without y. */
static const char *const rt_bounds_fmt[] = {
    "index out of range [%x] with length %y",
    "slice bounds out of range [:%x] with length %y",
    "slice bounds out of range [:%x] with capacity %y",
    "slice bounds out of range [%x:%y]",
    "slice bounds out of range [::%x] with length %y",
    "slice bounds out of range [::%x] with capacity %y",
    "slice bounds out of range [:%x:%y]",
    "slice bounds out of range [%x:%y:]",
    "cannot convert slice with length %y to pointer to array with length %x",
};
static const char *const rt_bounds_neg_fmt[] = {
    "index out of range [%x]",
    "slice bounds out of range [:%x]",
    "slice bounds out of range [:%x]",
    "slice bounds out of range [%x:]",
    "slice bounds out of range [::%x]",
    "slice bounds out of range [::%x]",
    "slice bounds out of range [:%x:]",
    "slice bounds out of range [%x::]",
    "cannot convert slice with length %y to pointer to array with length %x",
};

static char *rt_append_int(char *p, uint64_t v, bool neg) {
    char tmp[20];
    int n = 0;
    if (neg) {
        *p++ = '-';
        v = -v;
    }
    do {
        tmp[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (n)
        *p++ = tmp[--n];
    return p;
}

size_t rt_bounds_error_text(char *buf, int code, uint64_t x, bool xsigned, int64_t y) {
    bool xneg = xsigned && (int64_t)x < 0;
    const char *f = (xneg ? rt_bounds_neg_fmt : rt_bounds_fmt)[code];
    char *p = buf;
    for (; *f; f++) {
        if (*f != '%') {
            *p++ = *f;
            continue;
        }
        f++;
        if (*f == 'x')
            p = rt_append_int(p, x, xneg);
        else
            p = rt_append_int(p, (uint64_t)y, y < 0);
    }
    *p = 0;
    return (size_t)(p - buf);
}

static _Noreturn void rt_panic_bounds(int code, uint64_t x, bool xsigned, int64_t y) {
    char buf[RT_BOUNDS_TEXT_MAX];
    if (code < 0 || code > RT_BOUNDS_CONVERT) code = RT_BOUNDS_INDEX;
    size_t n = rt_bounds_error_text(buf, code, x, xsigned, y);
    rt_raise_error(RT_ERR_BOUNDS, buf, n, 0, 0, 0, 0);
}

_Noreturn void escgo_panic_index(int64_t x, int64_t y) {
    rt_panic_bounds(RT_BOUNDS_INDEX, (uint64_t)x, true, y);
}

_Noreturn void escgo_panic_index_u(uint64_t x, int64_t y) {
    rt_panic_bounds(RT_BOUNDS_INDEX, x, false, y);
}

_Noreturn void escgo_panic_slice(int which, int64_t x, int64_t y) {
    rt_panic_bounds(which + 1, (uint64_t)x, true, y);
}

_Noreturn void escgo_panic_slice_u(int which, uint64_t x, int64_t y) {
    rt_panic_bounds(which + 1, x, false, y);
}
