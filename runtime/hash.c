/* hash.c: hashing and equality of map keys — the GoType.hashfn/equal
 * functions of the basic kinds, interface keys, and the runtime's random
 * numbers (map seeds, iteration start points, NaN hashes).
 *
 * The mixing itself lives in rt_hash.h so that map.c's fast paths inline it;
 * these wrappers give type descriptors addressable functions that hash
 * exactly as those fast paths do.
 *
 * Go's float rules: +0 and -0 are equal, so they must hash alike (both hash
 * as +0); NaN is unequal to everything, so a NaN key can never be found
 * again and is hashed randomly — many NaN keys then spread over the table
 * instead of piling up in one probe sequence, as gc does. */
#include "rt_hash.h"
#include "rt_internal.h"

#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

/* ---- random numbers ------------------------------------------------------- */

static uint64_t rt_rand_seed; /* per process, from getrandom */

__attribute__((constructor)) static void rt_rand_init(void) {
    uint64_t s = 0;
    if (getrandom(&s, sizeof s, GRND_NONBLOCK) != (ssize_t)sizeof s) {
        struct timespec ts;
        clock_gettime(CLOCK_MONOTONIC, &ts);
        s = (uint64_t)ts.tv_nsec ^ ((uint64_t)ts.tv_sec << 32) ^ (uint64_t)getpid();
    }
    rt_rand_seed = s | 1;
}

/* wyrand: a Weyl sequence through the mum mixer; per thread so that
 * goroutines on several threads never contend for it. */
static _Thread_local uint64_t rt_rand_state;

uint64_t rt_fastrand(void) {
    uint64_t s = rt_rand_state;
    if (__builtin_expect(s == 0, 0)) {
        if (rt_rand_seed == 0) rt_rand_init();
        /* distinct threads start from distinct points */
        s = rt_mum(rt_rand_seed ^ (uint64_t)(uintptr_t)&rt_rand_state, RT_HP3) | 1;
    }
    s += RT_HP0;
    rt_rand_state = s;
    return rt_mum(s, s ^ RT_HP1);
}

/* ---- plain memory ---------------------------------------------------------- */

uint64_t escgo_hash_mem0(const void *p, uint64_t seed) {
    (void)p;
    return rt_hash64(0, seed);
}

uint64_t escgo_hash_mem8(const void *p, uint64_t seed) {
    return rt_hash64(*(const uint8_t *)p, seed);
}

uint64_t escgo_hash_mem16(const void *p, uint64_t seed) {
    uint16_t v;
    memcpy(&v, p, 2);
    return rt_hash64(v, seed);
}

/* must equal map.c's fast32 path: the zero-extended word */
uint64_t escgo_hash_mem32(const void *p, uint64_t seed) {
    uint32_t v;
    memcpy(&v, p, 4);
    return rt_hash64(v, seed);
}

/* must equal map.c's fast64 path */
uint64_t escgo_hash_mem64(const void *p, uint64_t seed) {
    uint64_t v;
    memcpy(&v, p, 8);
    return rt_hash64(v, seed);
}

uint64_t escgo_hash_mem128(const void *p, uint64_t seed) {
    uint64_t v[2];
    memcpy(v, p, 16);
    return rt_hash64(v[1], rt_hash64(v[0], seed));
}

uint64_t escgo_hash_bytes(const void *p, int64_t n, uint64_t seed) {
    return rt_hash_bytes(p, (size_t)n, seed);
}

bool escgo_equal_mem0(const void *a, const void *b) {
    (void)a;
    (void)b;
    return true;
}

bool escgo_equal_mem8(const void *a, const void *b) {
    return *(const uint8_t *)a == *(const uint8_t *)b;
}

bool escgo_equal_mem16(const void *a, const void *b) {
    return memcmp(a, b, 2) == 0;
}

bool escgo_equal_mem32(const void *a, const void *b) {
    return memcmp(a, b, 4) == 0;
}

bool escgo_equal_mem64(const void *a, const void *b) {
    return memcmp(a, b, 8) == 0;
}

bool escgo_equal_mem128(const void *a, const void *b) {
    return memcmp(a, b, 16) == 0;
}

/* ---- strings --------------------------------------------------------------- */

/* must equal map.c's faststr path */
uint64_t escgo_hash_string(const void *p, uint64_t seed) {
    const GoString *s = p;
    return rt_hash_bytes(s->ptr, (size_t)s->len, seed);
}

bool escgo_equal_string(const void *a, const void *b) {
    const GoString *x = a, *y = b;
    return x->len == y->len &&
           (x->ptr == y->ptr || x->len == 0 || memcmp(x->ptr, y->ptr, (size_t)x->len) == 0);
}

/* ---- floats ---------------------------------------------------------------- */

static uint64_t rt_hash_f64(double f, uint64_t seed) {
    if (f == 0) return rt_hash64(0, seed); /* +0 and -0 */
    if (f != f) return rt_hash64(rt_fastrand(), seed);
    uint64_t bits;
    memcpy(&bits, &f, 8);
    return rt_hash64(bits, seed);
}

static uint64_t rt_hash_f32(float f, uint64_t seed) {
    if (f == 0) return rt_hash64(0, seed);
    if (f != f) return rt_hash64(rt_fastrand(), seed);
    uint32_t bits;
    memcpy(&bits, &f, 4);
    return rt_hash64(bits, seed);
}

uint64_t escgo_hash_float32(const void *p, uint64_t seed) {
    return rt_hash_f32(*(const float *)p, seed);
}

uint64_t escgo_hash_float64(const void *p, uint64_t seed) {
    return rt_hash_f64(*(const double *)p, seed);
}

uint64_t escgo_hash_complex64(const void *p, uint64_t seed) {
    const float *c = p;
    return rt_hash_f32(c[1], rt_hash_f32(c[0], seed));
}

uint64_t escgo_hash_complex128(const void *p, uint64_t seed) {
    const double *c = p;
    return rt_hash_f64(c[1], rt_hash_f64(c[0], seed));
}

bool escgo_equal_float32(const void *a, const void *b) {
    return *(const float *)a == *(const float *)b;
}

bool escgo_equal_float64(const void *a, const void *b) {
    return *(const double *)a == *(const double *)b;
}

bool escgo_equal_complex64(const void *a, const void *b) {
    const float *x = a, *y = b;
    return x[0] == y[0] && x[1] == y[1];
}

bool escgo_equal_complex128(const void *a, const void *b) {
    const double *x = a, *y = b;
    return x[0] == y[0] && x[1] == y[1];
}

/* ---- interfaces ------------------------------------------------------------ */

/* "runtime error: <what> <type name>" */
static _Noreturn void rt_panic_type_error(const char *what, const GoType *t) {
    size_t wl = strlen(what), nl = (size_t)t->name.len;
    char *buf = escgo_alloc_noscan((int64_t)(wl + nl));
    memcpy(buf, what, wl);
    memcpy(buf + wl, t->name.ptr, nl);
    escgo_panic_string((const uint8_t *)buf, (int64_t)(wl + nl));
}

/* The dynamic value's address: the data word itself for pointer-shaped
 * types, else the box it points to. */
static inline const void *rt_eface_value(const GoEface *e) {
    return (e->type->flags & GTF_DIRECT_IFACE) ? (const void *)&e->data : e->data;
}

uint64_t escgo_hash_interface(const void *p, uint64_t seed) {
    const GoEface *e = p;
    const GoType *t = e->type;
    if (t == NULL) return rt_hash64(0, seed ^ RT_HP3);
    if (t->hashfn == NULL) rt_panic_type_error("hash of unhashable type ", t);
    /* values of different dynamic types with the same bits (int(1),
     * uint(1)) are different keys; the type's hash keeps them apart */
    return t->hashfn(rt_eface_value(e), rt_hash64(t->hash, seed));
}

bool escgo_equal_interface(const void *a, const void *b) {
    const GoEface *x = a, *y = b;
    /* type descriptors are unique per type (linkonce_odr), so identity of
     * the dynamic types is pointer equality */
    if (x->type != y->type) return false;
    const GoType *t = x->type;
    if (t == NULL) return true;
    if (t->equal == NULL) rt_panic_type_error("comparing uncomparable type ", t);
    return t->equal(rt_eface_value(x), rt_eface_value(y));
}
