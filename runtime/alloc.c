/* alloc.c: the heap — escgo's single allocation entry points over libgc.
 *
 * Objects that may hold pointers come from GC_malloc (scanned, already
 * zeroed); pointer-free ("noscan") objects come from GC_malloc_atomic, which
 * libgc neither scans nor clears, so they are zeroed here: Go's zero values
 * need it. Zero-sized objects all share one address, as in gc (Go allows
 * distinct zero-sized variables to have equal addresses). */
#include "rt_internal.h"
#include "rt_memstats.h"

#include <gc.h>
#include <string.h>

/* The address of every zero-sized allocation (gc's runtime.zerobase). */
static uint64_t rt_zerobase;

static _Noreturn void rt_out_of_memory(void) {
    rt_throw("runtime: out of memory");
}

void *escgo_alloc(int64_t size) {
    if (__builtin_expect(size <= 0, 0)) {
        if (size == 0) return &rt_zerobase;
        rt_out_of_memory();
    }
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
    void *p = GC_malloc_atomic((size_t)size);
    if (__builtin_expect(p == NULL, 0)) rt_out_of_memory();
    memset(p, 0, (size_t)size);
    rt_memstats_count(size);
    return p;
}
