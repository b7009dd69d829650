/* sort_support.c: the parts of package sort (runtime/std/sort) that need
 * run-time types — sort.Slice and friends take the slice as an `any`, and
 * Go's sort package reaches into it with reflection (reflectlite.Swapper,
 * Value.Len).
 *
 * The lengths are returned as -1-kind for a value of the wrong kind (kind 0
 * for a nil interface), so that the Go side can panic with reflect's
 * ValueError text ("reflect: call of Swapper on int Value"). */
#include "rt_internal.h"

#include <string.h>

int64_t rt_sort_sliceLen(const GoType *t, void *data) __asm__("sort.sliceLen");
int64_t rt_sort_valueLen(const GoType *t, void *data) __asm__("sort.valueLen");
void rt_sort_sliceSwap(const GoType *t, void *data, int64_t i, int64_t j) __asm__("sort.sliceSwap");

/* len(x) of the slice x; -1-kind if x is not a slice. */
int64_t rt_sort_sliceLen(const GoType *t, void *data) {
    if (!t) return -1;
    if (t->kind != GK_SLICE) return -1 - (int64_t)t->kind;
    return ((const GoSlice *)data)->len;
}

/* reflectlite's Value.Len: arrays, maps, slices and strings have lengths;
 * -1-kind otherwise. (Channels will join when they exist.) */
int64_t rt_sort_valueLen(const GoType *t, void *data) {
    if (!t) return -1;
    switch (t->kind) {
    case GK_ARRAY: return t->len;
    case GK_MAP: return escgo_maplen((const GoMap *)data); /* pointer-shaped */
    case GK_SLICE: return ((const GoSlice *)data)->len;
    case GK_STRING: return ((const GoString *)data)->len;
    default: return -1 - (int64_t)t->kind;
    }
}

/* Swaps elements i and j of the slice x (a box holding the slice header,
 * whose array is shared with the caller's slice). sort only passes indexes
 * below the length it was given, which is the slice's. */
void rt_sort_sliceSwap(const GoType *t, void *data, int64_t i, int64_t j) {
    const GoSlice *s = data;
    if ((uint64_t)i >= (uint64_t)s->len) escgo_panic_index(i, s->len);
    if ((uint64_t)j >= (uint64_t)s->len) escgo_panic_index(j, s->len);
    size_t size = (size_t)t->elem->size;
    uint8_t *a = (uint8_t *)s->ptr + (size_t)i * size;
    uint8_t *b = (uint8_t *)s->ptr + (size_t)j * size;
    /* in chunks through a buffer on this (GC-scanned) stack, so elements
     * holding pointers stay visible to libgc throughout */
    uint64_t tmp[32]; /* word-aligned, so libgc sees pointers in it */
    while (size > 0) {
        size_t n = size < sizeof tmp ? size : sizeof tmp;
        memcpy(tmp, a, n);
        memcpy(a, b, n);
        memcpy(b, tmp, n);
        a += n;
        b += n;
        size -= n;
    }
}
