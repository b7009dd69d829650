/* finalizer.c: runtime.SetFinalizer on libgc's finalization.
 *
 * libgc runs finalizers in topological order (an object's finalizer runs
 * before those of objects it points to, which are freed a cycle later), as
 * Go promises. It would call them from inside whatever allocation
 * triggered the collection; Go code must not run there (the runtime may be
 * in the middle of a map update), so finalization is on demand: libgc
 * notifies us, and at the scheduler's next switch (or after runtime.GC) a
 * goroutine of its own, as gc's finalizer goroutine, runs what is ready.
 * That goroutine is a system one: runtime.NumGoroutine does not count it.
 *
 * A finalizer is any func value taking the object's pointer type, or
 * interface{} / unsafe.Pointer, with any results, which are dropped. It is
 * called through its closure record (escgo_rt.h), the object as the
 * argument (an interface: the object's type and pointer), and a scratch
 * buffer as one argument more: a result too big for registers is returned
 * through a pointer passed last (codegen/cg_func.c's calling convention),
 * and a function without one ignores the extra register. */
#include "rt_internal.h"

#include <stdalign.h>
#include <string.h>

#include <gc.h>

void rt_pkg_setfinalizer(GoEface obj, GoEface fin) __asm__("runtime.SetFinalizer");

/* A registered finalizer: libgc's client data, uncollectable so that the
 * closure stays reachable until the call (libgc does not scan client
 * data), freed after it. */
typedef struct RtFinalizer {
    void *fn;              /* the closure record */
    const GoType *objtype; /* the object's pointer type */
    bool eface;            /* the finalizer takes interface{} */
} RtFinalizer;

static bool rt_fin_pending, rt_fin_running, rt_fin_setup;

static void GC_CALLBACK rt_fin_notify(void) {
    rt_fin_pending = true;
}

enum { RT_FIN_SCRATCH = 64 * 1024 };

static void GC_CALLBACK rt_fin_call(void *obj, void *cd) {
    RtFinalizer *f = cd;
    alignas(16) char scratch[RT_FIN_SCRATCH];
    void *code = *(void **)f->fn;
    if (f->eface)
        ((void (*)(void *, const GoType *, void *, void *))code)(f->fn, f->objtype, obj, scratch);
    else
        ((void (*)(void *, void *, void *))code)(f->fn, obj, scratch);
    GC_FREE(f);
}

static void rt_fin_run(void *rec) {
    (void)rec;
    while (GC_should_invoke_finalizers())
        GC_invoke_finalizers();
    rt_fin_running = false;
    rt_sched_system_goroutines--;
}

bool rt_finalizers_poll(void) {
    if (!rt_fin_pending || rt_fin_running) return false;
    rt_fin_pending = false;
    rt_fin_running = true;
    rt_sched_system_goroutines++;
    escgo_go(rt_fin_run, NULL);
    return true;
}

/* gc's throw with the message a + b + c + d (b and d type names). */
static _Noreturn void rt_fin_throw(const char *a, GoString b, const char *c, GoString d) {
    size_t al = strlen(a), cl = strlen(c);
    char *msg = escgo_alloc_noscan((int64_t)(al + (size_t)b.len + cl + (size_t)d.len + 1));
    memcpy(msg, a, al);
    memcpy(msg + al, b.ptr, (size_t)b.len);
    memcpy(msg + al + b.len, c, cl);
    memcpy(msg + al + b.len + cl, d.ptr, (size_t)d.len);
    rt_throw(msg);
}

void rt_pkg_setfinalizer(GoEface obj, GoEface fin) {
    if (!obj.type) rt_throw("runtime.SetFinalizer: first argument is nil");
    if (obj.type->kind != GK_POINTER)
        rt_fin_throw("runtime.SetFinalizer: first argument is ", obj.type->name, ", not pointer",
                     (GoString){0});
    const GoType *ft = fin.type;
    if (ft && ft->kind != GK_FUNC)
        rt_fin_throw("runtime.SetFinalizer: second argument is ", ft->name, ", not a function",
                     (GoString){0});
    bool eface = false;
    if (ft) {
        /* a func type's descriptor: len parameters, elem the first */
        const GoType *pt = ft->len == 1 ? ft->elem : NULL;
        bool ok = pt == obj.type || (pt && pt->kind == GK_UNSAFEPOINTER);
        if (pt && pt->kind == GK_INTERFACE && pt->nmethods == 0) ok = eface = true;
        if (!ok)
            rt_fin_throw("runtime.SetFinalizer: cannot pass ", obj.type->name, " to finalizer ",
                         ft->name);
    }
    /* gc ignores objects it did not allocate (globals, zero-sized ones);
     * libgc knows only the start of its own blocks */
    void *base = obj.data ? GC_base(obj.data) : NULL;
    if (!base || base != obj.data) return;
    if (!rt_fin_setup) {
        rt_fin_setup = true;
        GC_set_finalize_on_demand(1);
        GC_set_finalizer_notifier(rt_fin_notify);
    }
    GC_finalization_proc ofn = NULL;
    void *ocd = NULL;
    if (!ft || !fin.data) {
        GC_register_finalizer(base, 0, 0, &ofn, &ocd);
    } else {
        RtFinalizer *f = GC_MALLOC_UNCOLLECTABLE(sizeof *f);
        if (!f) rt_throw("runtime: out of memory");
        f->fn = fin.data;
        f->objtype = obj.type;
        f->eface = eface;
        GC_register_finalizer(base, rt_fin_call, f, &ofn, &ocd);
    }
    if (ofn == rt_fin_call && ocd) GC_FREE(ocd);
}
