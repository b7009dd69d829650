/* errors_support.c: the parts of package errors (runtime/std/errors) that
 * need run-time types — Go's errors package uses reflection for them.
 *
 * errors.Is asks whether the target's dynamic type supports ==; errors.As
 * checks its target pointer and, walking the chain, asks whether an error's
 * dynamic type is assignable to *target's type and stores it there. The Go
 * side raises the panics itself (string values, as gc's errors.As), from
 * the codes checkAsTarget returns. */
#include "rt_internal.h"

#include <string.h>

bool rt_errors_comparable(const GoItab *tab, void *data) __asm__("errors.comparable");
int64_t rt_errors_checkAsTarget(const GoType *t, void *data) __asm__("errors.checkAsTarget");
bool rt_errors_asTarget(const GoItab *tab, void *data, const GoType *tt,
                        void *target) __asm__("errors.asTarget");

static bool rt_gostr_eq(GoString a, GoString b) {
    return a.len == b.len && memcmp(a.ptr, b.ptr, (size_t)a.len) == 0;
}

/* Type descriptors are linkonce_odr globals, normally one per type; should
 * a type have two, they agree on everything that identifies it. */
static bool rt_identical(const GoType *a, const GoType *b) {
    return a == b || (a->kind == b->kind && a->hash == b->hash && a->size == b->size &&
                      rt_gostr_eq(a->name, b->name));
}

/* Whether t's method set has Error() string, i.e. t implements error. */
static bool rt_has_error_method(const GoType *t) {
    static const char sig[] = "func() string";
    for (int64_t i = 0; i < t->nmethods; i++) {
        const GoMethod *m = &t->methods[i];
        if (m->name.len == 5 && memcmp(m->name.ptr, "Error", 5) == 0)
            return m->mtype && (size_t)m->mtype->name.len == sizeof sig - 1 &&
                   memcmp(m->mtype->name.ptr, sig, sizeof sig - 1) == 0;
    }
    return false;
}

/* reflectlite.TypeOf(target).Comparable() in gc: the dynamic type's ==. */
bool rt_errors_comparable(const GoItab *tab, void *data) {
    (void)data;
    if (!tab) return true;
    return (tab->type->flags & GTF_COMPARABLE) != 0;
}

/* 0: target is fine; 1: not a non-nil pointer; 2: *target is neither an
 * interface nor a type implementing error. (target != nil here.) */
int64_t rt_errors_checkAsTarget(const GoType *t, void *data) {
    if (!t || t->kind != GK_POINTER || !data) return 1;
    const GoType *elem = t->elem;
    if (elem->kind != GK_INTERFACE && !rt_has_error_method(elem)) return 2;
    return 0;
}

/* If the error (tab, data) is assignable to *target's type (tt->elem),
 * stores it in *target. target is a non-nil pointer (checkAsTarget). */
bool rt_errors_asTarget(const GoItab *tab, void *data, const GoType *tt, void *target) {
    if (!tab) return false;
    const GoType *dyn = tab->type, *elem = tt->elem;
    if (elem->kind == GK_INTERFACE) {
        GoEface *dst = target;
        if (elem->nmethods == 0) {
            dst->type = dyn;
        } else {
            const GoItab *it = escgo_getitab(elem, dyn, 1);
            if (!it) return false;
            dst->type = (const GoType *)(const void *)it;
        }
        dst->data = data;
        return true;
    }
    if (!rt_identical(dyn, elem)) return false;
    /* the value itself when pointer-shaped, else the box it points to */
    if (dyn->flags & GTF_DIRECT_IFACE)
        *(void **)target = data;
    else if (dyn->size > 0)
        memcpy(target, data, (size_t)dyn->size);
    return true;
}
