/* iface.c: interfaces at run time — itabs built from type descriptors,
 * failed type assertions (gc's TypeAssertionError text), and interface
 * equality and hashing for non-empty interfaces.
 *
 * Codegen resolves everything it can statically (itabs of conversions it
 * sees, assertions to concrete types are one pointer compare); what is
 * left here is the dynamic part: x.(I) and type switch cases with a
 * non-empty interface I, whose itab depends on the dynamic type. Those
 * itabs are cached in a small hash table keyed by (interface, type), so a
 * hot assertion costs one lookup. */
#include "rt_hash.h"
#include "rt_internal.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* ---- panics ---------------------------------------------------------------- */

/* The message is built in GC memory, then raised as gc's
 * *TypeAssertionError: a runtime.Error printed without the "runtime
 * error: " prefix, recoverable (defer.c). */
typedef struct RtMsg {
    char *buf;
    size_t len, cap;
} RtMsg;

static void rt_msg_add(RtMsg *m, const void *p, size_t n) {
    if (m->len + n > m->cap) {
        size_t ncap = (m->len + n) * 2 + 64;
        char *nb = escgo_alloc_noscan((int64_t)ncap);
        if (m->len) memcpy(nb, m->buf, m->len);
        m->buf = nb;
        m->cap = ncap;
    }
    memcpy(m->buf + m->len, p, n);
    m->len += n;
}

static void rt_msg_gostr(RtMsg *m, GoString s) {
    rt_msg_add(m, s.ptr, (size_t)s.len);
}

static void rt_msg_cstr(RtMsg *m, const char *s) {
    rt_msg_add(m, s, strlen(s));
}

static _Noreturn void rt_assert_panic_begin_end(const GoType *have, const GoType *want,
                                                const GoType *iface, const char *missing) {
    RtMsg m = {0};
    rt_msg_cstr(&m, "interface conversion: ");
    if (missing) {
        rt_msg_gostr(&m, have->name);
        rt_msg_cstr(&m, " is not ");
        rt_msg_gostr(&m, want->name);
        rt_msg_cstr(&m, ": missing method ");
        rt_msg_cstr(&m, missing);
    } else {
        if (iface)
            rt_msg_gostr(&m, iface->name);
        else
            rt_msg_cstr(&m, "interface");
        rt_msg_cstr(&m, " is ");
        if (have)
            rt_msg_gostr(&m, have->name);
        else
            rt_msg_cstr(&m, "nil");
        rt_msg_cstr(&m, ", not ");
        rt_msg_gostr(&m, want->name);
        if (have && have->name.len == want->name.len &&
            memcmp(have->name.ptr, want->name.ptr, (size_t)have->name.len) == 0)
            rt_msg_cstr(&m, " (types from different scopes)");
    }
    rt_raise_error(RT_ERR_ASSERT, m.buf, m.len, 0, 0, 0, 0);
}

_Noreturn void escgo_panic_typeassert(const GoType *have, const GoType *want, const GoType *iface) {
    rt_assert_panic_begin_end(have, want, iface, NULL);
}

/* ---- itabs ------------------------------------------------------------------- */

static bool rt_gostr_eq(GoString a, GoString b) {
    return a.len == b.len && memcmp(a.ptr, b.ptr, (size_t)a.len) == 0;
}

/* Descriptors are unique per type name within a program, but compare the
 * names too so that a duplicate can never make a method look missing. */
static bool rt_same_type(const GoType *a, const GoType *b) {
    return a == b || (a && b && rt_gostr_eq(a->name, b->name));
}

/* Builds the itab, or returns NULL and the first missing method's name. */
static GoItab *rt_build_itab(const GoType *inter, const GoType *t, const char **missing) {
    int64_t n = inter->nmethods;
    GoItab *it = calloc(1, sizeof(GoItab) + (size_t)n * sizeof(void *));
    if (!it) rt_throw("out of memory");
    it->type = t;
    it->inter = inter;
    for (int64_t i = 0; i < n; i++) {
        const GoMethod *im = &inter->methods[i];
        void *fn = NULL;
        for (int64_t j = 0; j < t->nmethods; j++) {
            const GoMethod *tm = &t->methods[j];
            if (rt_gostr_eq(tm->name, im->name) && rt_same_type(tm->mtype, im->mtype)) {
                fn = tm->fn;
                break;
            }
        }
        if (!fn) {
            free(it);
            /* a NUL-terminated copy for the message */
            char *s = escgo_alloc_noscan(im->name.len + 1);
            memcpy(s, im->name.ptr, (size_t)im->name.len);
            *missing = s;
            return NULL;
        }
        it->fun[i] = fn;
    }
    return it;
}

typedef struct RtItabEntry {
    const GoType *inter, *type;
    GoItab *itab; /* NULL: t does not implement inter */
    const char *missing;
} RtItabEntry;

static pthread_mutex_t rt_itab_lock = PTHREAD_MUTEX_INITIALIZER;
static RtItabEntry *rt_itabs;
static uint64_t rt_itab_cap, rt_itab_count;

static uint64_t rt_itab_hash(const GoType *inter, const GoType *t) {
    return rt_hash64((uint64_t)(uintptr_t)inter * 31 + (uint64_t)(uintptr_t)t, RT_HP3);
}

static RtItabEntry *rt_itab_find(const GoType *inter, const GoType *t) {
    if (!rt_itabs) return NULL;
    uint64_t mask = rt_itab_cap - 1;
    for (uint64_t i = rt_itab_hash(inter, t) & mask;; i = (i + 1) & mask) {
        RtItabEntry *e = &rt_itabs[i];
        if (!e->inter) return NULL;
        if (e->inter == inter && e->type == t) return e;
    }
}

static void rt_itab_insert(RtItabEntry ent) {
    if ((rt_itab_count + 1) * 2 > rt_itab_cap) {
        uint64_t ncap = rt_itab_cap ? rt_itab_cap * 2 : 64;
        RtItabEntry *old = rt_itabs;
        uint64_t ocap = rt_itab_cap;
        rt_itabs = calloc(ncap, sizeof *rt_itabs);
        if (!rt_itabs) rt_throw("out of memory");
        rt_itab_cap = ncap;
        rt_itab_count = 0;
        for (uint64_t i = 0; i < ocap; i++)
            if (old[i].inter) rt_itab_insert(old[i]);
        free(old);
    }
    uint64_t mask = rt_itab_cap - 1;
    uint64_t i = rt_itab_hash(ent.inter, ent.type) & mask;
    while (rt_itabs[i].inter)
        i = (i + 1) & mask;
    rt_itabs[i] = ent;
    rt_itab_count++;
}

const GoItab *escgo_getitab(const GoType *inter, const GoType *t, uint8_t canfail) {
    if (!t) {
        if (canfail) return NULL;
        rt_assert_panic_begin_end(NULL, inter, NULL, NULL);
    }
    pthread_mutex_lock(&rt_itab_lock);
    RtItabEntry *e = rt_itab_find(inter, t);
    RtItabEntry ent;
    if (e) {
        ent = *e;
    } else {
        ent.inter = inter;
        ent.type = t;
        ent.missing = NULL;
        ent.itab = rt_build_itab(inter, t, &ent.missing);
        rt_itab_insert(ent);
    }
    pthread_mutex_unlock(&rt_itab_lock);
    if (!ent.itab && !canfail) rt_assert_panic_begin_end(t, inter, NULL, ent.missing);
    return ent.itab;
}

/* ---- equality and hashing ------------------------------------------------------- */

static _Noreturn void rt_uncomparable(const char *what, const GoType *t) {
    size_t wl = strlen(what), nl = (size_t)t->name.len;
    char *buf = escgo_alloc_noscan((int64_t)(wl + nl));
    memcpy(buf, what, wl);
    memcpy(buf + wl, t->name.ptr, nl);
    escgo_panic_string((const uint8_t *)buf, (int64_t)(wl + nl));
}

_Noreturn void escgo_panicwrap(const uint8_t *msg, int64_t len) {
    rt_raise_error(RT_ERR_PLAIN, (const char *)msg, (size_t)len, 0, 0, 0, 0);
}

bool escgo_ifacedataeq(const GoType *t, void *x, void *y) {
    /* func and map values are pointer-shaped, so check comparability
     * before the direct word compare */
    if (!(t->flags & GTF_COMPARABLE) || (!(t->flags & GTF_DIRECT_IFACE) && !t->equal))
        rt_uncomparable("comparing uncomparable type ", t);
    if (t->flags & GTF_DIRECT_IFACE) return x == y;
    return t->equal(x, y);
}

uint64_t escgo_hash_iface(const void *p, uint64_t seed) {
    const GoEface *e = p;
    GoEface ee = {e->type ? ((const GoItab *)(const void *)e->type)->type : NULL, e->data};
    return escgo_hash_interface(&ee, seed);
}

bool escgo_equal_iface(const void *a, const void *b) {
    const GoEface *x = a, *y = b;
    GoEface ex = {x->type ? ((const GoItab *)(const void *)x->type)->type : NULL, x->data};
    GoEface ey = {y->type ? ((const GoItab *)(const void *)y->type)->type : NULL, y->data};
    return escgo_equal_interface(&ex, &ey);
}
