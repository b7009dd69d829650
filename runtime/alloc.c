/* alloc.c: the heap — escgo's single allocation entry points over libgc.
 *
 * Objects that may hold pointers come from GC_malloc (scanned, already
 * zeroed); pointer-free ("noscan") objects come from GC_malloc_atomic, which
 * libgc neither scans nor clears, so they are zeroed here: Go's zero values
 * need it. Zero-sized objects all share one address, as in gc (Go allows
 * distinct zero-sized variables to have equal addresses).
 *
 * ESCGO_GCSTRESS=N in a program's environment makes every Nth allocation
 * run a full collection first: a heap pointer kept where libgc does not
 * look (or a heap object wrongly assumed dead) then shows up as corrupted
 * output at once instead of on some rare, late collection. */
#include "rt_internal.h"
#include "rt_memstats.h"

#include <gc.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

/* The integers 0..255, boxed: codegen points the data word of an
 * interface holding a small pointer-free value here instead of allocating
 * (gc's runtime.staticuint64s, used by its convT16/32/64). */
const uint64_t escgo_staticuint64s[256] = {
#define RT_U4(n) (n), (n) + 1, (n) + 2, (n) + 3
#define RT_U16(n) RT_U4(n), RT_U4((n) + 4), RT_U4((n) + 8), RT_U4((n) + 12)
#define RT_U64(n) RT_U16(n), RT_U16((n) + 16), RT_U16((n) + 32), RT_U16((n) + 48)
    RT_U64(0), RT_U64(64), RT_U64(128), RT_U64(192),
#undef RT_U64
#undef RT_U16
#undef RT_U4
};

/* The address of every zero-sized allocation (gc's runtime.zerobase). */
static uint64_t rt_zerobase;

static _Noreturn void rt_out_of_memory(void) {
    rt_throw("runtime: out of memory");
}

/* ESCGO_GCSTRESS: 0 = off, else collect every rt_gcstress_every allocations. */
static int64_t rt_gcstress_every;
static _Atomic int64_t rt_gcstress_count;

/* Read before main (and GC_INIT): the setting holds from the first
 * allocation on and is read-only afterwards. */
__attribute__((constructor)) static void rt_gcstress_init(void) {
    const char *v = getenv("ESCGO_GCSTRESS");
    if (v && *v) {
        long long n = strtoll(v, NULL, 10);
        rt_gcstress_every = n > 0 ? (int64_t)n : 0;
    }
}

static void rt_gcstress_tick(void) {
    int64_t c = atomic_fetch_add_explicit(&rt_gcstress_count, 1, memory_order_relaxed) + 1;
    if (c % rt_gcstress_every == 0) GC_gcollect();
}

static inline void rt_gcstress(void) {
    if (__builtin_expect(rt_gcstress_every != 0, 0)) rt_gcstress_tick();
}

void *escgo_alloc(int64_t size) {
    if (__builtin_expect(size <= 0, 0)) {
        if (size == 0) return &rt_zerobase;
        rt_out_of_memory();
    }
    rt_gcstress();
    void *p = GC_malloc((size_t)size);
    if (__builtin_expect(p == NULL, 0)) rt_out_of_memory();
    rt_memstats_count(size);
    return p;
}

void *escgo_alloc_noscan(int64_t size) {
    if (__builtin_expect(size <= 0, 0)) {
        if (size == 0) return &rt_zerobase;
        rt_out_of_memory();
    }
    rt_gcstress();
    void *p = GC_malloc_atomic((size_t)size);
    if (__builtin_expect(p == NULL, 0)) rt_out_of_memory();
    memset(p, 0, (size_t)size);
    rt_memstats_count(size);
    return p;
}
