/* slice.c: the slice operations generated code calls — make, append's
 * growth, and the conversions between strings and []byte / []rune.
 *
 * Programs print cap() values, so growth must land on exactly the
 * capacities gc 1.19 produces: gc first picks a target (double below 256
 * elements, then grow by (cap + 768) / 4 until it fits), then rounds the
 * byte size up to its allocator's size class, and the extra room becomes
 * capacity. The class table below is gc's (runtime/sizeclasses.go, Go 1.19);
 * the rounding is the only thing it is used for, libgc does the allocating.
 *
 * Indexing, slicing, copy and len/cap are inlined by codegen; only what
 * allocates lives here. */
#include "rt_internal.h"

#include <string.h>

/* gc's maxAlloc on linux/amd64: the 48-bit address space. */
#define RT_MAX_ALLOC ((uint64_t)1 << 48)

enum { RT_PAGE_SIZE = 8192, RT_MAX_SMALL_SIZE = 32768, RT_TMP_BUF = 32 };

/* Object sizes of gc's 67 small size classes (class 0 is "large"). */
static const uint16_t rt_class_size[] = {
    8,     16,    24,    32,    48,    64,    80,    96,    112,   128,   144,   160,
    176,   192,   208,   224,   240,   256,   288,   320,   352,   384,   416,   448,
    480,   512,   576,   640,   704,   768,   896,   1024,  1152,  1280,  1408,  1536,
    1792,  2048,  2304,  2688,  3072,  3200,  3456,  4096,  4864,  5376,  6144,  6528,
    6784,  6912,  8192,  9472,  9728,  10240, 10880, 12288, 13568, 14336, 16384, 18432,
    19072, 20480, 21760, 24576, 27264, 28672, 32768,
};

/* The size gc's allocator really hands out for a request of size bytes:
 * the smallest class that fits, or whole pages for large objects. */
uint64_t escgo_roundupsize(uint64_t size) {
    if (size == 0) return 0; /* gc's class 0: []byte("") has capacity 0 */
    if (size < RT_MAX_SMALL_SIZE) {
        size_t lo = 0, hi = sizeof rt_class_size / sizeof rt_class_size[0] - 1;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (rt_class_size[mid] < size)
                lo = mid + 1;
            else
                hi = mid;
        }
        return rt_class_size[lo];
    }
    if (size + RT_PAGE_SIZE < size) return size;
    return (size + RT_PAGE_SIZE - 1) & ~(uint64_t)(RT_PAGE_SIZE - 1);
}

static void *rt_alloc(uint64_t size, uint8_t pointers) {
    return pointers ? escgo_alloc((int64_t)size) : escgo_alloc_noscan((int64_t)size);
}

static _Noreturn void rt_panic_msg(const char *msg) {
    rt_panic_runtime_error(msg, strlen(msg), 0, 0, 0, 0, 0);
}

_Noreturn void escgo_panic_makeslicelen(void) {
    rt_panic_msg("makeslice: len out of range");
}

_Noreturn void escgo_panic_makeslicecap(void) {
    rt_panic_msg("makeslice: cap out of range");
}

/* size * n as gc's math.MulUintptr: overflow is reported, not wrapped. */
static bool rt_mul_overflows(uint64_t size, uint64_t n, uint64_t *out) {
    return __builtin_mul_overflow(size, n, out);
}

void *escgo_makeslice(int64_t len, int64_t cap, int64_t elemsize, uint8_t pointers) {
    uint64_t mem;
    bool over = rt_mul_overflows((uint64_t)elemsize, (uint64_t)cap, &mem);
    if (over || mem > RT_MAX_ALLOC || len < 0 || len > cap) {
        /* gc blames len when len alone is already impossible */
        over = rt_mul_overflows((uint64_t)elemsize, (uint64_t)len, &mem);
        if (over || mem > RT_MAX_ALLOC || len < 0) escgo_panic_makeslicelen();
        escgo_panic_makeslicecap();
    }
    return rt_alloc(mem, pointers);
}

/* The capacity gc 1.19's growslice picks for a slice of cap old_cap that
 * must hold need elements, before size-class rounding. */
static int64_t rt_grow_target(int64_t old_cap, int64_t need) {
    int64_t doubled = old_cap + old_cap;
    if (need > doubled) return need;
    if (old_cap < 256) return doubled;
    int64_t c = old_cap;
    while (c > 0 && c < need)
        c += (c + 3 * 256) / 4;
    return c <= 0 ? need : c; /* c <= 0: the additions overflowed */
}

void escgo_growslice(GoSlice *out, void *ptr, int64_t len, int64_t cap, int64_t need,
                     int64_t elemsize, uint8_t pointers) {
    if (need < cap) rt_panic_msg("growslice: cap out of range");
    if (elemsize == 0) {
        /* nothing to store: any non-nil address will do */
        *out = (GoSlice){escgo_alloc_noscan(0), len, need};
        return;
    }
    uint64_t es = (uint64_t)elemsize;
    int64_t newcap = rt_grow_target(cap, need);
    uint64_t mem;
    bool over = rt_mul_overflows(es, (uint64_t)newcap, &mem);
    if (!over) mem = escgo_roundupsize(mem);
    if (over || mem > RT_MAX_ALLOC || newcap > (int64_t)(RT_MAX_ALLOC / es))
        rt_panic_msg("growslice: cap out of range");
    void *p = rt_alloc(mem, pointers);
    if (len > 0) memmove(p, ptr, (size_t)len * es);
    *out = (GoSlice){p, len, (int64_t)(mem / es)};
}

/* ---- strings <-> []byte, []rune --------------------------------------------- */

void escgo_stringtoslicebyte(GoSlice *out, uint8_t *buf, const uint8_t *s, int64_t len) {
    if (buf && len <= RT_TMP_BUF) {
        /* a non-escaping result: gc's 32-byte stack buffer, whole */
        memset(buf, 0, RT_TMP_BUF);
        if (len > 0) memcpy(buf, s, (size_t)len);
        *out = (GoSlice){buf, len, RT_TMP_BUF};
        return;
    }
    uint64_t cap = escgo_roundupsize((uint64_t)len);
    uint8_t *p = escgo_alloc_noscan((int64_t)cap);
    if (len > 0) memcpy(p, s, (size_t)len);
    *out = (GoSlice){p, len, (int64_t)cap};
}

void escgo_stringtoslicerune(GoSlice *out, int32_t *buf, const uint8_t *s, int64_t len) {
    int64_t n = 0, next;
    for (int64_t i = 0; i < len; n++) {
        if (s[i] < 0x80)
            i++;
        else {
            escgo_decoderune(s, len, i, &next);
            i = next;
        }
    }
    int32_t *p;
    int64_t cap;
    if (buf && n <= RT_TMP_BUF) {
        memset(buf, 0, RT_TMP_BUF * sizeof(int32_t));
        p = buf;
        cap = RT_TMP_BUF;
    } else {
        uint64_t mem = escgo_roundupsize((uint64_t)n * sizeof(int32_t));
        p = escgo_alloc_noscan((int64_t)mem);
        cap = (int64_t)(mem / sizeof(int32_t));
    }
    int64_t k = 0;
    for (int64_t i = 0; i < len; k++) {
        if (s[i] < 0x80)
            p[k] = s[i++];
        else {
            p[k] = escgo_decoderune(s, len, i, &next);
            i = next;
        }
    }
    *out = (GoSlice){p, n, cap};
}

GoString escgo_slicebytetostring(const uint8_t *p, int64_t len) {
    return escgo_slicebytetostring_buf(NULL, p, len);
}

GoString escgo_slicebytetostring_buf(uint8_t *buf, const uint8_t *p, int64_t len) {
    if (len == 0) return (GoString){NULL, 0};
    uint8_t *q = buf && len <= ESCGO_TMP_BUF ? buf : escgo_alloc_noscan(len);
    memcpy(q, p, (size_t)len);
    return (GoString){q, len};
}

/* A rune as Go encodes it: anything that is not a valid code point
 * (negative, a surrogate, beyond U+10FFFF) becomes U+FFFD. */
static int rt_rune_encode(uint8_t *p, int32_t r) {
    uint32_t c = (uint32_t)r;
    if (r < 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) c = 0xFFFD;
    if (c < 0x80) {
        p[0] = (uint8_t)c;
        return 1;
    }
    if (c < 0x800) {
        p[0] = (uint8_t)(0xC0 | c >> 6);
        p[1] = (uint8_t)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        p[0] = (uint8_t)(0xE0 | c >> 12);
        p[1] = (uint8_t)(0x80 | (c >> 6 & 0x3F));
        p[2] = (uint8_t)(0x80 | (c & 0x3F));
        return 3;
    }
    p[0] = (uint8_t)(0xF0 | c >> 18);
    p[1] = (uint8_t)(0x80 | (c >> 12 & 0x3F));
    p[2] = (uint8_t)(0x80 | (c >> 6 & 0x3F));
    p[3] = (uint8_t)(0x80 | (c & 0x3F));
    return 4;
}

GoString escgo_slicerunetostring(const int32_t *p, int64_t n) {
    return escgo_slicerunetostring_buf(NULL, p, n);
}

GoString escgo_slicerunetostring_buf(uint8_t *buf, const int32_t *p, int64_t n) {
    uint8_t tmp[4];
    int64_t size = 0;
    for (int64_t i = 0; i < n; i++)
        size += rt_rune_encode(tmp, p[i]);
    if (size == 0) return (GoString){NULL, 0};
    uint8_t *q = buf && size <= ESCGO_TMP_BUF ? buf : escgo_alloc_noscan(size);
    int64_t k = 0;
    for (int64_t i = 0; i < n; i++)
        k += rt_rune_encode(q + k, p[i]);
    return (GoString){q, size};
}
