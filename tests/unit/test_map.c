/* test_map.c: unit tests of Go maps (runtime/map.c) and key hashing
 * (runtime/hash.c), with type descriptors built by hand.
 *
 * Every key kind the map specialises (int32, int64, pointer, string) and
 * the generic path (float64, a {int64, string} struct with its own
 * hash/equal, interface{} holding boxed and pointer-shaped values) runs
 * the same checks against a reference model: 10^6 random operations, a
 * sliding window of inserts and deletes (the table must stay small),
 * 10^6 distinct keys, and iteration while the loop deletes and inserts
 * (the spec's rules: deleted entries not yet reached are not produced,
 * entries present throughout are produced exactly once, even when the
 * table grows). Then the special cases: nil maps, NaN and ±0 keys,
 * iteration order randomisation, hints, mapclear, large and zero-sized
 * values, GC reachability through the table, and the panics (in a forked
 * child, checking gc's text and exit status 2).
 *
 * Build (from the repository root; all runtime files except start.c,
 * which holds the C main() of Go programs):
 *
 *   gcc -std=gnu11 -O2 -Wall -Wextra -Werror -fno-omit-frame-pointer -DGC_THREADS \
 *       -Iruntime runtime/alloc.c runtime/hash.c runtime/map.c runtime/os.c \
 *       runtime/panic.c runtime/print.c runtime/signal.c runtime/strings.c \
 *       runtime/traceback.c tests/unit/test_map.c -lgc -lpthread -ldl -o /tmp/test_map
 *   /tmp/test_map          (or: /tmp/test_map quick — 1/20 of the work,
 *                           for valgrind)
 *
 * It prints each failed check and exits 1 if any failed. */
#include "escgo_rt.h"

#include <gc.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "unit_check.h"

/* Scale of the big tests: 1 normally, 20 ("quick") under valgrind. */
static int64_t scale_div = 1;

static uint64_t rng_state = 0x9e3779b97f4a7c15ULL;
static uint64_t rnd(void) {
    uint64_t x = rng_state;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    rng_state = x;
    return x * 0x2545f4914f6cdd1dULL;
}

/* ---- type descriptors ---------------------------------------------------- */

#define GOSTR(s)                                                                                   \
    { (const uint8_t *)(s), sizeof(s) - 1 }
#define CMP GTF_COMPARABLE

static GoType t_int64 = {.size = 8,
                         .kind = GK_INT64,
                         .align = 8,
                         .flags = CMP,
                         .name = GOSTR("int64"),
                         .equal = escgo_equal_mem64,
                         .hashfn = escgo_hash_mem64,
                         .hash = 0x1111};
static GoType t_int32 = {.size = 4,
                         .kind = GK_INT32,
                         .align = 4,
                         .flags = CMP,
                         .name = GOSTR("int32"),
                         .equal = escgo_equal_mem32,
                         .hashfn = escgo_hash_mem32,
                         .hash = 0x2222};
static GoType t_string = {.size = 16,
                          .kind = GK_STRING,
                          .align = 8,
                          .flags = CMP | GTF_POINTERS,
                          .name = GOSTR("string"),
                          .equal = escgo_equal_string,
                          .hashfn = escgo_hash_string,
                          .hash = 0x3333};
static GoType t_float64 = {.size = 8,
                           .kind = GK_FLOAT64,
                           .align = 8,
                           .flags = CMP,
                           .name = GOSTR("float64"),
                           .equal = escgo_equal_float64,
                           .hashfn = escgo_hash_float64,
                           .hash = 0x4444};
static GoType t_float32 = {.size = 4,
                           .kind = GK_FLOAT32,
                           .align = 4,
                           .flags = CMP,
                           .name = GOSTR("float32"),
                           .equal = escgo_equal_float32,
                           .hashfn = escgo_hash_float32,
                           .hash = 0x4545};
static GoType t_complex128 = {.size = 16,
                              .kind = GK_COMPLEX128,
                              .align = 8,
                              .flags = CMP,
                              .name = GOSTR("complex128"),
                              .equal = escgo_equal_complex128,
                              .hashfn = escgo_hash_complex128,
                              .hash = 0x4646};
static GoType t_ptr = {.size = 8,
                       .kind = GK_POINTER,
                       .align = 8,
                       .flags = CMP | GTF_POINTERS | GTF_DIRECT_IFACE,
                       .name = GOSTR("*int64"),
                       .elem = &t_int64,
                       .equal = escgo_equal_mem64,
                       .hashfn = escgo_hash_mem64,
                       .hash = 0x5555};
static GoType t_iface = {.size = 16,
                         .kind = GK_INTERFACE,
                         .align = 8,
                         .flags = CMP | GTF_POINTERS,
                         .name = GOSTR("interface {}"),
                         .equal = escgo_equal_interface,
                         .hashfn = escgo_hash_interface,
                         .hash = 0x6666};
static GoType t_slice_int = {.size = 24,
                             .kind = GK_SLICE,
                             .align = 8,
                             .flags = GTF_POINTERS,
                             .name = GOSTR("[]int"),
                             .elem = &t_int64,
                             .hash = 0x7777};
static GoType t_empty = {.size = 0,
                         .kind = GK_STRUCT,
                         .align = 1,
                         .flags = CMP,
                         .name = GOSTR("struct {}"),
                         .equal = escgo_equal_mem0,
                         .hashfn = escgo_hash_mem0,
                         .hash = 0x8888};
static GoType t_big = {.size = 2000,
                       .kind = GK_ARRAY,
                       .align = 1,
                       .flags = CMP,
                       .name = GOSTR("[2000]uint8"),
                       .len = 2000,
                       .hash = 0x9999};

/* struct { a int64; s string } with hand-written hash and equality, as
 * codegen would generate them */
typedef struct SKey {
    int64_t a;
    GoString s;
} SKey;
static uint64_t skey_hash(const void *p, uint64_t seed) {
    const SKey *k = p;
    return escgo_hash_string(&k->s, escgo_hash_mem64(&k->a, seed));
}
static bool skey_equal(const void *x, const void *y) {
    const SKey *a = x, *b = y;
    return a->a == b->a && escgo_equal_string(&a->s, &b->s);
}
static GoType t_skey = {.size = 24,
                        .kind = GK_STRUCT,
                        .align = 8,
                        .flags = CMP | GTF_POINTERS,
                        .name = GOSTR("main.K"),
                        .len = 2,
                        .equal = skey_equal,
                        .hashfn = skey_hash,
                        .hash = 0xaaaa};

#define MAPTYPE(k, e)                                                                              \
    { .size = 8, .kind = GK_MAP, .align = 8, .flags = GTF_POINTERS, .key = (k), .elem = (e) }
static GoType mt_i64 = MAPTYPE(&t_int64, &t_int64);
static GoType mt_i32 = MAPTYPE(&t_int32, &t_int64);
static GoType mt_str = MAPTYPE(&t_string, &t_int64);
static GoType mt_f64 = MAPTYPE(&t_float64, &t_int64);
static GoType mt_f32 = MAPTYPE(&t_float32, &t_int64);
static GoType mt_c128 = MAPTYPE(&t_complex128, &t_int64);
static GoType mt_ptr = MAPTYPE(&t_ptr, &t_int64);
static GoType mt_skey = MAPTYPE(&t_skey, &t_int64);
static GoType mt_iface = MAPTYPE(&t_iface, &t_int64);
static GoType mt_str_empty = MAPTYPE(&t_string, &t_empty);
static GoType mt_i64_big = MAPTYPE(&t_int64, &t_big);
static GoType mt_empty_i64 = MAPTYPE(&t_empty, &t_int64);
static GoType mt_ptr_ptr = MAPTYPE(&t_ptr, &t_ptr);

/* ---- key kinds: id <-> key ------------------------------------------------ */

enum { NMAX = 1 << 21 }; /* ids are below this */

static GoString *strs;   /* strs[id]: decimal text of id, made on demand */
static int64_t *objects; /* pointer keys point into this */

static GoString str_of(int64_t id) {
    if (strs[id].ptr == NULL) {
        char buf[32];
        int n = snprintf(buf, sizeof buf, "key%lld", (long long)id);
        char *p = malloc((size_t)n);
        memcpy(p, buf, (size_t)n);
        strs[id].ptr = (const uint8_t *)p;
        strs[id].len = n;
    }
    return strs[id];
}

static int64_t id_of_str(const GoString *s) {
    char buf[32];
    if (s->len < 4 || s->len > 30 || memcmp(s->ptr, "key", 3) != 0) return -1;
    memcpy(buf, s->ptr + 3, (size_t)s->len - 3);
    buf[s->len - 3] = 0;
    return atoll(buf);
}

enum { FAST_NONE, FAST_32, FAST_64, FAST_STR };

typedef struct Kind {
    const char *name;
    GoType *mt;
    int fast;
    void (*make)(int64_t id, void *out);
    int64_t (*id)(const void *key);
} Kind;

static void mk_i64(int64_t id, void *o) {
    int64_t k = id << 16; /* low bits all zero: the hash must mix */
    memcpy(o, &k, 8);
}
static int64_t id_i64(const void *k) {
    return *(const int64_t *)k >> 16;
}
static void mk_i32(int64_t id, void *o) {
    int32_t k = (int32_t)(id - 500000);
    memcpy(o, &k, 4);
}
static int64_t id_i32(const void *k) {
    return (int64_t) * (const int32_t *)k + 500000;
}
static void mk_str(int64_t id, void *o) {
    GoString s = str_of(id);
    memcpy(o, &s, sizeof s);
}
static int64_t id_str(const void *k) {
    return id_of_str(k);
}
static void mk_f64(int64_t id, void *o) {
    double d = (double)id * 0.5 + 0.25;
    memcpy(o, &d, 8);
}
static int64_t id_f64(const void *k) {
    return (int64_t)((*(const double *)k - 0.25) * 2);
}
static void mk_ptr(int64_t id, void *o) {
    int64_t *p = &objects[id];
    memcpy(o, &p, 8);
}
static int64_t id_ptr(const void *k) {
    return *(int64_t *const *)k - objects;
}
static void mk_skey(int64_t id, void *o) {
    SKey k = {id ^ 0x5555, str_of(id)};
    memcpy(o, &k, sizeof k);
}
static int64_t id_skey(const void *k) {
    const SKey *s = k;
    int64_t id = s->a ^ 0x5555;
    return id_of_str(&s->s) == id ? id : -1;
}
/* interface{} keys: id%3 == 0 boxed int64 (the box holds id), 1 boxed
 * string, 2 a pointer stored directly in the data word */
static int64_t *ibox;
static void mk_iface(int64_t id, void *o) {
    GoEface e;
    switch (id % 3) {
    case 0:
        ibox[id] = id;
        e.type = &t_int64;
        e.data = &ibox[id];
        break;
    case 1:
        str_of(id);
        e.type = &t_string;
        e.data = &strs[id];
        break;
    default:
        e.type = &t_ptr;
        e.data = &objects[id];
        break;
    }
    memcpy(o, &e, sizeof e);
}
static int64_t id_iface(const void *k) {
    const GoEface *e = k;
    if (e->type == &t_int64) return *(const int64_t *)e->data;
    if (e->type == &t_string) return id_of_str(e->data);
    if (e->type == &t_ptr) return (int64_t *)e->data - objects;
    return -1;
}

static Kind kinds[] = {
    {"int64", &mt_i64, FAST_64, mk_i64, id_i64},
    {"int32", &mt_i32, FAST_32, mk_i32, id_i32},
    {"string", &mt_str, FAST_STR, mk_str, id_str},
    {"float64", &mt_f64, FAST_NONE, mk_f64, id_f64},
    {"*int64", &mt_ptr, FAST_64, mk_ptr, id_ptr},
    {"struct", &mt_skey, FAST_NONE, mk_skey, id_skey},
    {"interface", &mt_iface, FAST_NONE, mk_iface, id_iface},
};

/* Map operations through the generic or (at random) the fast entry points,
 * which must agree. */
typedef struct KeyBuf {
    _Alignas(16) uint8_t b[32];
} KeyBuf;

static bool use_fast(const Kind *K) {
    return K->fast != FAST_NONE && (rnd() & 1);
}

static int64_t *op_assign(const Kind *K, GoMap *m, int64_t id) {
    KeyBuf k;
    K->make(id, k.b);
    if (use_fast(K)) {
        switch (K->fast) {
        case FAST_32: return escgo_mapassign_fast32(K->mt, m, *(uint32_t *)k.b);
        case FAST_64: return escgo_mapassign_fast64(K->mt, m, *(uint64_t *)k.b);
        default: {
            GoString *s = (GoString *)k.b;
            return escgo_mapassign_faststr(K->mt, m, s->ptr, s->len);
        }
        }
    }
    return escgo_mapassign(K->mt, m, k.b);
}

static int64_t *op_access2(const Kind *K, GoMap *m, int64_t id, uint8_t *ok) {
    KeyBuf k;
    K->make(id, k.b);
    if (use_fast(K)) {
        switch (K->fast) {
        case FAST_32: return escgo_mapaccess2_fast32(K->mt, m, *(uint32_t *)k.b, ok);
        case FAST_64: return escgo_mapaccess2_fast64(K->mt, m, *(uint64_t *)k.b, ok);
        default: {
            GoString *s = (GoString *)k.b;
            return escgo_mapaccess2_faststr(K->mt, m, s->ptr, s->len, ok);
        }
        }
    }
    return escgo_mapaccess2(K->mt, m, k.b, ok);
}

static int64_t *op_access1(const Kind *K, GoMap *m, int64_t id) {
    KeyBuf k;
    K->make(id, k.b);
    if (use_fast(K)) {
        switch (K->fast) {
        case FAST_32: return escgo_mapaccess1_fast32(K->mt, m, *(uint32_t *)k.b);
        case FAST_64: return escgo_mapaccess1_fast64(K->mt, m, *(uint64_t *)k.b);
        default: {
            GoString *s = (GoString *)k.b;
            return escgo_mapaccess1_faststr(K->mt, m, s->ptr, s->len);
        }
        }
    }
    return escgo_mapaccess1(K->mt, m, k.b);
}

static void op_delete(const Kind *K, GoMap *m, int64_t id) {
    KeyBuf k;
    K->make(id, k.b);
    if (use_fast(K)) {
        switch (K->fast) {
        case FAST_32: escgo_mapdelete_fast32(K->mt, m, *(uint32_t *)k.b); return;
        case FAST_64: escgo_mapdelete_fast64(K->mt, m, *(uint64_t *)k.b); return;
        default: {
            GoString *s = (GoString *)k.b;
            escgo_mapdelete_faststr(K->mt, m, s->ptr, s->len);
            return;
        }
        }
    }
    escgo_mapdelete(K->mt, m, k.b);
}

/* ---- reference model ------------------------------------------------------ */

static uint8_t *ref_present; /* [NMAX] */
static int64_t *ref_val;     /* [NMAX] */
static int64_t ref_count;
static uint32_t *seen; /* [NMAX]: times produced by the current iteration */

static void ref_reset(void) {
    memset(ref_present, 0, NMAX);
    ref_count = 0;
}

static void ref_set(int64_t id, int64_t v) {
    if (!ref_present[id]) ref_count++;
    ref_present[id] = 1;
    ref_val[id] = v;
}

static void ref_del(int64_t id) {
    if (ref_present[id]) ref_count--;
    ref_present[id] = 0;
}

/* The map holds exactly the reference's entries: by iteration (each key
 * once, right value) and by lookup of every id below limit. */
static void verify(const Kind *K, GoMap *m, int64_t limit, const char *what) {
    CHECK(escgo_maplen(m) == ref_count, "%s %s: len %lld, want %lld", K->name, what,
          (long long)escgo_maplen(m), (long long)ref_count);
    memset(seen, 0, NMAX * sizeof *seen);
    GoMapIter it;
    int64_t n = 0, bad = 0;
    for (escgo_mapiterinit(K->mt, m, &it); it.key; escgo_mapiternext(&it)) {
        int64_t id = K->id(it.key);
        n++;
        if (id < 0 || id >= NMAX || !ref_present[id] || seen[id] ||
            *(int64_t *)it.elem != ref_val[id]) {
            if (bad++ < 3)
                CHECK(0, "%s %s: iteration produced id %lld (present %d, seen %u)", K->name, what,
                      (long long)id, id >= 0 && id < NMAX ? ref_present[id] : -1,
                      id >= 0 && id < NMAX ? seen[id] : 0);
            continue;
        }
        seen[id]++;
    }
    CHECK(n == ref_count && bad == 0, "%s %s: iteration produced %lld entries, want %lld", K->name,
          what, (long long)n, (long long)ref_count);
    bad = 0;
    for (int64_t id = 0; id < limit; id++) {
        uint8_t ok = 2;
        int64_t *v = op_access2(K, m, id, &ok);
        bool good = ref_present[id] ? (ok == 1 && *v == ref_val[id]) : (ok == 0 && *v == 0);
        if (!good && bad++ < 3)
            CHECK(0, "%s %s: lookup id %lld: ok %d v %lld, want present %d v %lld", K->name, what,
                  (long long)id, ok, (long long)*v, ref_present[id], (long long)ref_val[id]);
        int64_t *v1 = op_access1(K, m, id);
        if (*v1 != (ref_present[id] ? ref_val[id] : 0) && bad++ < 3)
            CHECK(0, "%s %s: access1 id %lld", K->name, what, (long long)id);
    }
    CHECK(bad == 0, "%s %s: %lld bad lookups", K->name, what, (long long)bad);
}

/* ---- the big per-kind tests ---------------------------------------------- */

/* 10^6 random assigns, deletes and lookups over 2^16 keys. */
static void test_random_ops(const Kind *K) {
    const int64_t nkeys = 1 << 16, nops = 1000000 / scale_div;
    ref_reset();
    GoMap *m = escgo_makemap(K->mt, 0);
    int64_t bad = 0;
    for (int64_t op = 0; op < nops; op++) {
        uint64_t r = rnd();
        int64_t id = (int64_t)(r % nkeys);
        int what = (int)((r >> 32) % 10);
        if (what < 5) {
            int64_t v = (int64_t)(r >> 20);
            *op_assign(K, m, id) = v;
            ref_set(id, v);
        } else if (what < 8) {
            op_delete(K, m, id);
            ref_del(id);
        } else {
            uint8_t ok;
            int64_t *v = op_access2(K, m, id, &ok);
            if ((ok != ref_present[id] || (ok && *v != ref_val[id])) && bad++ < 3)
                CHECK(0, "%s random: lookup %lld", K->name, (long long)id);
        }
        if (escgo_maplen(m) != ref_count && bad++ < 3)
            CHECK(0, "%s random: len %lld want %lld after op %lld", K->name,
                  (long long)escgo_maplen(m), (long long)ref_count, (long long)op);
    }
    CHECK(bad == 0, "%s random: %lld errors", K->name, (long long)bad);
    verify(K, m, nkeys, "random ops");
    /* live entries never exceed 2^16: the table must not have grown past
     * what that needs, whatever the churn */
    CHECK(escgo_map_slots(m) <= 2 * nkeys, "%s random: %lld slots for <= %lld entries", K->name,
          (long long)escgo_map_slots(m), (long long)nkeys);
}

/* Insert i, delete i-1000, for 10^6 i: tombstones must be recycled. */
static void test_window(const Kind *K) {
    const int64_t n = 1000000 / scale_div, w = 1000;
    ref_reset();
    GoMap *m = escgo_makemap(K->mt, 0);
    int64_t maxslots = 0;
    for (int64_t i = 0; i < n; i++) {
        *op_assign(K, m, i) = i * 3;
        ref_set(i, i * 3);
        if (i >= w) {
            op_delete(K, m, i - w);
            ref_del(i - w);
        }
        if (escgo_map_slots(m) > maxslots) maxslots = escgo_map_slots(m);
    }
    CHECK(escgo_maplen(m) == w, "%s window: len %lld", K->name, (long long)escgo_maplen(m));
    CHECK(maxslots <= 3 * w, "%s window: table grew to %lld slots for %lld entries", K->name,
          (long long)maxslots, (long long)w);
    verify(K, m, n, "window");
}

/* 10^6 distinct keys in, all out, all in again (with a hint the second
 * time: no growth). */
static void test_many(const Kind *K) {
    const int64_t n = 1000000 / scale_div;
    ref_reset();
    GoMap *m = escgo_makemap(K->mt, 0);
    for (int64_t i = 0; i < n; i++) {
        *op_assign(K, m, i) = ~i;
        ref_set(i, ~i);
    }
    verify(K, m, n + 10, "many");
    int64_t slots = escgo_map_slots(m);
    for (int64_t i = 0; i < n; i++) {
        op_delete(K, m, i);
        ref_del(i);
    }
    CHECK(escgo_maplen(m) == 0, "%s many: len %lld after deleting all", K->name,
          (long long)escgo_maplen(m));
    for (int64_t i = 0; i < n; i += 2) {
        *op_assign(K, m, i) = i;
        ref_set(i, i);
    }
    CHECK(escgo_map_slots(m) <= slots, "%s many: table grew on reinsertion", K->name);
    verify(K, m, n, "many reinserted");

    GoMap *h = escgo_makemap(K->mt, n);
    int64_t hslots = escgo_map_slots(h);
    CHECK(hslots >= n, "%s hint: %lld slots for hint %lld", K->name, (long long)hslots,
          (long long)n);
    for (int64_t i = 0; i < n; i++)
        *op_assign(K, h, i) = 1;
    CHECK(escgo_map_slots(h) == hslots && escgo_maplen(h) == n, "%s hint: grew from %lld to %lld",
          K->name, (long long)hslots, (long long)escgo_map_slots(h));
}

/* ---- iteration while the loop body changes the map -------------------------- */

/* Iterates m and, before each step, lets body() change it; records what
 * was produced in seen[] and checks each produced value. */
typedef struct IterLog {
    int64_t produced;
    int64_t bad;
} IterLog;

static void note_produced(const Kind *K, GoMapIter *it, IterLog *log, const char *what) {
    int64_t id = K->id(it->key);
    log->produced++;
    if (id < 0 || id >= NMAX) {
        if (log->bad++ < 3) CHECK(0, "%s %s: produced a bad key", K->name, what);
        return;
    }
    seen[id]++;
    if (!ref_present[id] || *(int64_t *)it->elem != ref_val[id]) {
        if (log->bad++ < 3)
            CHECK(0, "%s %s: produced id %lld (present %d) value %lld want %lld", K->name, what,
                  (long long)id, ref_present[id], (long long)*(int64_t *)it->elem,
                  (long long)ref_val[id]);
    }
}

static GoMap *fill(const Kind *K, int64_t n) {
    ref_reset();
    GoMap *m = escgo_makemap(K->mt, 0);
    for (int64_t i = 0; i < n; i++) {
        *op_assign(K, m, i) = i + 7;
        ref_set(i, i + 7);
    }
    return m;
}

static void test_iter_delete_all(const Kind *K) {
    GoMap *m = fill(K, 3000);
    memset(seen, 0, NMAX * sizeof *seen);
    IterLog log = {0, 0};
    GoMapIter it;
    for (escgo_mapiterinit(K->mt, m, &it); it.key; escgo_mapiternext(&it)) {
        note_produced(K, &it, &log, "delete-all");
        int64_t id = K->id(it.key);
        op_delete(K, m, id);
        ref_del(id);
    }
    CHECK(log.produced == 3000 && log.bad == 0, "%s delete-all: produced %lld", K->name,
          (long long)log.produced);
    CHECK(escgo_maplen(m) == 0, "%s delete-all: len %lld", K->name, (long long)escgo_maplen(m));
}

/* Deleting entries not yet reached: they must not be produced. */
static void test_iter_delete_others(const Kind *K) {
    const int64_t n = 3000;
    GoMap *m = fill(K, n);
    memset(seen, 0, NMAX * sizeof *seen);
    static uint8_t deleted_unseen[3000];
    memset(deleted_unseen, 0, sizeof deleted_unseen);
    IterLog log = {0, 0};
    GoMapIter it;
    for (escgo_mapiterinit(K->mt, m, &it); it.key; escgo_mapiternext(&it)) {
        int64_t id = K->id(it.key);
        if (id >= 0 && id < n && deleted_unseen[id] && log.bad++ < 3)
            CHECK(0, "%s delete-others: produced deleted id %lld", K->name, (long long)id);
        note_produced(K, &it, &log, "delete-others");
        for (int j = 0; j < 2; j++) {
            int64_t victim = (int64_t)(rnd() % n);
            if (ref_present[victim] && victim != id) {
                if (!seen[victim]) deleted_unseen[victim] = 1;
                op_delete(K, m, victim);
                ref_del(victim);
            }
        }
    }
    int64_t missing = 0, twice = 0;
    for (int64_t i = 0; i < n; i++) {
        if (seen[i] > 1) twice++;
        if (!seen[i] && !deleted_unseen[i]) missing++;
    }
    CHECK(log.bad == 0 && missing == 0 && twice == 0,
          "%s delete-others: %lld missing, %lld twice, %lld bad", K->name, (long long)missing,
          (long long)twice, (long long)log.bad);
    verify(K, m, n, "after delete-others");
}

/* Inserting during the loop grows the table several times: every entry
 * present before the loop is produced exactly once; new ones at most once. */
static void test_iter_insert_grow(const Kind *K) {
    const int64_t n = 1000, base = 100000;
    GoMap *m = fill(K, n);
    int64_t slots0 = escgo_map_slots(m);
    memset(seen, 0, NMAX * sizeof *seen);
    IterLog log = {0, 0};
    int64_t next = base;
    GoMapIter it;
    for (escgo_mapiterinit(K->mt, m, &it); it.key; escgo_mapiternext(&it)) {
        note_produced(K, &it, &log, "insert-grow");
        for (int j = 0; j < 5; j++, next++) {
            *op_assign(K, m, next) = next * 2;
            ref_set(next, next * 2);
        }
    }
    int64_t bad = 0;
    for (int64_t i = 0; i < n; i++)
        if (seen[i] != 1) bad++;
    for (int64_t i = base; i < next; i++)
        if (seen[i] > 1) bad++;
    CHECK(bad == 0 && log.bad == 0, "%s insert-grow: %lld keys produced wrongly", K->name,
          (long long)bad);
    CHECK(escgo_map_slots(m) >= 8 * slots0, "%s insert-grow: table did not grow (%lld -> %lld)",
          K->name, (long long)slots0, (long long)escgo_map_slots(m));
    verify(K, m, next, "after insert-grow");
}

/* After the table has moved, deletions and updates of entries not yet
 * reached must show: deleted ones are not produced, updated ones are
 * produced with their new value. */
static void test_iter_grow_then_change(const Kind *K) {
    const int64_t n = 2000, base = 200000;
    GoMap *m = fill(K, n);
    memset(seen, 0, NMAX * sizeof *seen);
    static uint8_t deleted_unseen[2000];
    memset(deleted_unseen, 0, sizeof deleted_unseen);
    IterLog log = {0, 0};
    int64_t step = 0;
    GoMapIter it;
    for (escgo_mapiterinit(K->mt, m, &it); it.key; escgo_mapiternext(&it), step++) {
        int64_t id = K->id(it.key);
        if (id >= 0 && id < n && deleted_unseen[id] && log.bad++ < 3)
            CHECK(0, "%s grow-change: produced deleted id %lld", K->name, (long long)id);
        note_produced(K, &it, &log, "grow-change");
        if (step == 10) {
            int64_t s0 = escgo_map_slots(m);
            for (int64_t j = base; j < base + 3 * n; j++) {
                *op_assign(K, m, j) = j;
                ref_set(j, j);
            }
            CHECK(escgo_map_slots(m) > s0, "%s grow-change: no growth", K->name);
            for (int64_t j = 0; j < n; j++) {
                if (seen[j]) continue;
                if (j % 2) {
                    op_delete(K, m, j);
                    ref_del(j);
                    deleted_unseen[j] = 1;
                } else {
                    *op_assign(K, m, j) = -j;
                    ref_set(j, -j);
                }
            }
        }
    }
    int64_t bad = 0;
    for (int64_t i = 0; i < n; i++)
        if (seen[i] != (deleted_unseen[i] ? 0u : 1u)) bad++;
    CHECK(bad == 0 && log.bad == 0, "%s grow-change: %lld keys produced wrongly", K->name,
          (long long)bad);
}

/* Random inserts, deletes and re-inserts during many loops. Every produced
 * entry must be in the map at that moment with its current value
 * (note_produced); a key present at the start and never deleted is
 * produced exactly once; no key is produced more often than it was
 * present (at the start, plus once per insertion during the loop). */
static void test_iter_fuzz(const Kind *K) {
    enum { NK = 4096 };
    static uint8_t at_start[NK], deleted_any[NK];
    static uint32_t inserted[NK];
    const int rounds = scale_div > 1 ? 20 : 200;
    for (int round = 0; round < rounds; round++) {
        int64_t n = (int64_t)(rnd() % 2000) + 1;
        ref_reset();
        GoMap *m = escgo_makemap(K->mt, 0);
        for (int64_t i = 0; i < n; i++) {
            int64_t id = (int64_t)(rnd() % NK);
            *op_assign(K, m, id) = id;
            ref_set(id, id);
        }
        for (int i = 0; i < NK; i++) {
            at_start[i] = ref_present[i];
            deleted_any[i] = 0;
            inserted[i] = 0;
            seen[i] = 0;
        }
        IterLog log = {0, 0};
        int ins_rate = (int)(rnd() % 4), del_rate = (int)(rnd() % 3);
        GoMapIter it;
        for (escgo_mapiterinit(K->mt, m, &it); it.key; escgo_mapiternext(&it)) {
            note_produced(K, &it, &log, "fuzz");
            for (int j = 0; j < ins_rate; j++) {
                int64_t v = (int64_t)(rnd() % NK);
                if (!ref_present[v]) inserted[v]++;
                *op_assign(K, m, v) = (int64_t)rnd();
                ref_set(v, *op_access1(K, m, v));
            }
            for (int j = 0; j < del_rate; j++) {
                int64_t v = (int64_t)(rnd() % NK);
                if (ref_present[v]) deleted_any[v] = 1;
                op_delete(K, m, v);
                ref_del(v);
            }
        }
        int64_t bad = 0;
        for (int i = 0; i < NK; i++) {
            if (at_start[i] && !deleted_any[i] && seen[i] != 1) bad++;
            if (seen[i] > at_start[i] + inserted[i]) bad++;
        }
        CHECK(bad == 0 && log.bad == 0, "%s fuzz round %d: %lld keys produced wrongly", K->name,
              round, (long long)bad);
        verify(K, m, NK, "after fuzz");
    }
}

/* ---- special cases ---------------------------------------------------------- */

static void test_nil_map(void) {
    int64_t k = 5;
    uint8_t ok = 7;
    CHECK(*(int64_t *)escgo_mapaccess1(&mt_i64, NULL, &k) == 0, "nil access1");
    CHECK(*(int64_t *)escgo_mapaccess2(&mt_i64, NULL, &k, &ok) == 0 && ok == 0, "nil access2");
    CHECK(*(int64_t *)escgo_mapaccess1_fast64(&mt_i64, NULL, 5) == 0, "nil access1_fast64");
    ok = 7;
    escgo_mapaccess2_fast32(&mt_i32, NULL, 5, &ok);
    CHECK(ok == 0, "nil access2_fast32");
    ok = 7;
    escgo_mapaccess2_faststr(&mt_str, NULL, (const uint8_t *)"x", 1, &ok);
    CHECK(ok == 0, "nil access2_faststr");
    CHECK(escgo_maplen(NULL) == 0, "nil len");
    escgo_mapdelete(&mt_i64, NULL, &k);
    escgo_mapdelete_fast64(&mt_i64, NULL, 5);
    escgo_mapdelete_faststr(&mt_str, NULL, (const uint8_t *)"x", 1);
    GoMapIter it;
    escgo_mapiterinit(&mt_i64, NULL, &it);
    CHECK(it.key == NULL && it.elem == NULL, "nil iteration");
    escgo_mapiternext(&it);
    CHECK(it.key == NULL, "nil iteration next");
    escgo_mapclear(&mt_i64, NULL);
    /* an empty (non-nil) map reads the same */
    GoMap *m = escgo_makemap(&mt_i64, 0);
    CHECK(*(int64_t *)escgo_mapaccess2(&mt_i64, m, &k, &ok) == 0 && ok == 0, "empty access2");
    escgo_mapiterinit(&mt_i64, m, &it);
    CHECK(it.key == NULL, "empty iteration");
    GoMap *h = escgo_makemap(&mt_i64, 100); /* table allocated, no entries */
    escgo_mapiterinit(&mt_i64, h, &it);
    CHECK(it.key == NULL, "empty hinted iteration");
    escgo_mapdelete(&mt_i64, h, &k);
    CHECK(escgo_maplen(h) == 0, "empty delete");
    /* odd hints are harmless */
    GoMap *neg = escgo_makemap(&mt_i64, -5);
    *(int64_t *)escgo_mapassign(&mt_i64, neg, &k) = 1;
    CHECK(escgo_maplen(neg) == 1, "negative hint");
    GoMap *huge = escgo_makemap(&mt_i64, INT64_MAX);
    *(int64_t *)escgo_mapassign(&mt_i64, huge, &k) = 1;
    CHECK(escgo_maplen(huge) == 1, "huge hint");
}

static void test_nan(void) {
    GoMap *m = escgo_makemap(&mt_f64, 0);
    double nan = NAN, key;
    for (int i = 1; i <= 5; i++)
        *(int64_t *)escgo_mapassign(&mt_f64, m, &nan) = i;
    for (int i = 0; i < 100; i++) {
        key = i + 0.5;
        *(int64_t *)escgo_mapassign(&mt_f64, m, &key) = 1000 + i;
    }
    CHECK(escgo_maplen(m) == 105, "NaN: len %lld", (long long)escgo_maplen(m));
    uint8_t ok = 7;
    escgo_mapaccess2(&mt_f64, m, &nan, &ok);
    CHECK(ok == 0, "NaN: lookup found a NaN");
    escgo_mapdelete(&mt_f64, m, &nan);
    CHECK(escgo_maplen(m) == 105, "NaN: delete removed a NaN");
    /* range produces each NaN entry once, also when the table grows under it */
    int nans = 0, vals = 0, others = 0;
    GoMapIter it;
    int64_t next = 0;
    for (escgo_mapiterinit(&mt_f64, m, &it); it.key; escgo_mapiternext(&it)) {
        double k = *(double *)it.key;
        int64_t v = *(int64_t *)it.elem;
        if (k != k) {
            nans++;
            vals |= 1 << v;
        } else if (k < 100) {
            others++;
        }
        for (int j = 0; j < 20; j++) { /* keys >= 1000: not counted */
            key = 1000.0 + (double)next++;
            *(int64_t *)escgo_mapassign(&mt_f64, m, &key) = 0;
        }
    }
    CHECK(nans == 5 && vals == 0x3e && others == 100, "NaN range: %d NaNs (mask %x), %d others",
          nans, vals, others);
    /* a cleared map produces no NaN, even from an old table snapshot */
    GoMap *c = escgo_makemap(&mt_f64, 0);
    for (int i = 0; i < 4; i++)
        *(int64_t *)escgo_mapassign(&mt_f64, c, &nan) = i;
    escgo_mapiterinit(&mt_f64, c, &it);
    for (int j = 0; j < 100; j++) {
        key = j;
        *(int64_t *)escgo_mapassign(&mt_f64, c, &key) = 0;
    }
    escgo_mapclear(&mt_f64, c);
    int after = 0;
    for (escgo_mapiternext(&it); it.key; escgo_mapiternext(&it))
        after++;
    CHECK(after == 0 && escgo_maplen(c) == 0, "NaN after clear: %d produced", after);
    /* NaN hashes differ (randomised), float32 and complex NaN keys too */
    CHECK(escgo_hash_float64(&nan, 1) != escgo_hash_float64(&nan, 1), "NaN hash not random");
    GoMap *f = escgo_makemap(&mt_f32, 0);
    float fnan = NAN;
    *(int64_t *)escgo_mapassign(&mt_f32, f, &fnan) = 1;
    *(int64_t *)escgo_mapassign(&mt_f32, f, &fnan) = 2;
    CHECK(escgo_maplen(f) == 2, "float32 NaN len");
    GoMap *cm = escgo_makemap(&mt_c128, 0);
    double cnan[2] = {1, NAN};
    *(int64_t *)escgo_mapassign(&mt_c128, cm, cnan) = 1;
    *(int64_t *)escgo_mapassign(&mt_c128, cm, cnan) = 2;
    CHECK(escgo_maplen(cm) == 2, "complex NaN len");
}

static void test_signed_zero(void) {
    GoMap *m = escgo_makemap(&mt_f64, 0);
    double pz = 0.0, nz = -0.0;
    CHECK(escgo_hash_float64(&pz, 42) == escgo_hash_float64(&nz, 42), "+0/-0 hash differ");
    *(int64_t *)escgo_mapassign(&mt_f64, m, &pz) = 1;
    *(int64_t *)escgo_mapassign(&mt_f64, m, &nz) = 2;
    CHECK(escgo_maplen(m) == 1, "+0/-0: len %lld", (long long)escgo_maplen(m));
    CHECK(*(int64_t *)escgo_mapaccess1(&mt_f64, m, &pz) == 2, "+0/-0: value");
    GoMapIter it;
    escgo_mapiterinit(&mt_f64, m, &it);
    /* gc stores the key again on assignment: the key is now -0 */
    CHECK(it.key && signbit(*(double *)it.key), "+0/-0: key not updated to -0");
    escgo_mapdelete(&mt_f64, m, &pz);
    CHECK(escgo_maplen(m) == 0, "+0/-0: delete -0 by +0");
    GoMap *f = escgo_makemap(&mt_f32, 0);
    float fp = 0.0f, fn = -0.0f;
    *(int64_t *)escgo_mapassign(&mt_f32, f, &fp) = 1;
    *(int64_t *)escgo_mapassign(&mt_f32, f, &fn) = 2;
    CHECK(escgo_maplen(f) == 1, "float32 +0/-0");
    GoMap *c = escgo_makemap(&mt_c128, 0);
    double c1[2] = {0.0, -0.0}, c2[2] = {-0.0, 0.0};
    *(int64_t *)escgo_mapassign(&mt_c128, c, c1) = 1;
    *(int64_t *)escgo_mapassign(&mt_c128, c, c2) = 2;
    CHECK(escgo_maplen(c) == 1, "complex +0/-0");
}

static int64_t first_key(GoMap *m) {
    GoMapIter it;
    escgo_mapiterinit(&mt_i64, m, &it);
    return *(int64_t *)it.key;
}

static void test_order_random(void) {
    int sizes[] = {3, 8, 100, 5000};
    for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
        GoMap *m = escgo_makemap(&mt_i64, 0);
        for (int64_t i = 0; i < sizes[s]; i++)
            *(int64_t *)escgo_mapassign(&mt_i64, m, &i) = i;
        int64_t f0 = first_key(m);
        int differ = 0;
        for (int j = 0; j < 50; j++)
            differ += first_key(m) != f0;
        CHECK(differ > 0, "order: size %d map always starts at the same key", sizes[s]);
        /* and every iteration still produces everything once */
        memset(seen, 0, 5000 * sizeof *seen);
        GoMapIter it;
        int64_t n = 0;
        for (escgo_mapiterinit(&mt_i64, m, &it); it.key; escgo_mapiternext(&it), n++)
            seen[*(int64_t *)it.key]++;
        int64_t bad = 0;
        for (int64_t i = 0; i < sizes[s]; i++)
            bad += seen[i] != 1;
        CHECK(n == sizes[s] && bad == 0, "order: size %d iteration incomplete", sizes[s]);
    }
}

static void test_clear(void) {
    GoMap *m = escgo_makemap(&mt_i64, 0);
    for (int64_t i = 0; i < 1000; i++)
        *(int64_t *)escgo_mapassign(&mt_i64, m, &i) = i;
    GoMapIter it;
    escgo_mapiterinit(&mt_i64, m, &it);
    escgo_mapclear(&mt_i64, m);
    int after = 0;
    for (escgo_mapiternext(&it); it.key; escgo_mapiternext(&it))
        after++;
    CHECK(after == 0 && escgo_maplen(m) == 0, "clear: %d produced after clear", after);
    for (int64_t i = 0; i < 10; i++)
        *(int64_t *)escgo_mapassign(&mt_i64, m, &i) = i + 1;
    int64_t k = 3;
    CHECK(escgo_maplen(m) == 10 && *(int64_t *)escgo_mapaccess1(&mt_i64, m, &k) == 4,
          "clear: reuse");
}

static void test_values(void) {
    /* a value larger than the shared zero buffer */
    GoMap *m = escgo_makemap(&mt_i64_big, 0);
    int64_t k = 1, missing = 2;
    uint8_t *v = escgo_mapassign(&mt_i64_big, m, &k);
    memset(v, 0xab, 2000);
    uint8_t *z = escgo_mapaccess1(&mt_i64_big, m, &missing);
    uint8_t *zn = escgo_mapaccess1(&mt_i64_big, NULL, &missing);
    int nonzero = 0;
    for (int i = 0; i < 2000; i++)
        nonzero += z[i] != 0 || zn[i] != 0;
    CHECK(nonzero == 0, "big value: zero value not zero");
    v = escgo_mapaccess1(&mt_i64_big, m, &k);
    CHECK(v[0] == 0xab && v[1999] == 0xab, "big value: stored value");
    for (int64_t i = 0; i < 100; i++)
        memset(escgo_mapassign(&mt_i64_big, m, &i), (int)i, 2000);
    int64_t k50 = 50;
    v = escgo_mapaccess1(&mt_i64_big, m, &k50);
    CHECK(v[0] == 50 && v[1999] == 50, "big value after growth");

    /* map[string]struct{}: a set */
    GoMap *s = escgo_makemap(&mt_str_empty, 0);
    for (int64_t i = 0; i < 500; i++) {
        GoString g = str_of(i);
        escgo_mapassign_faststr(&mt_str_empty, s, g.ptr, g.len);
    }
    uint8_t ok = 0;
    GoString g = str_of(77), h = str_of(777);
    escgo_mapaccess2_faststr(&mt_str_empty, s, g.ptr, g.len, &ok);
    CHECK(ok == 1, "set: member");
    escgo_mapaccess2_faststr(&mt_str_empty, s, h.ptr, h.len, &ok);
    CHECK(ok == 0 && escgo_maplen(s) == 500, "set: non-member");
    /* equal strings at different addresses are the same key */
    char buf[8] = "key77";
    escgo_mapaccess2_faststr(&mt_str_empty, s, (const uint8_t *)buf, 5, &ok);
    CHECK(ok == 1, "string key compared by content");
    /* map[struct{}]int: one key, whatever bytes sit at its address */
    GoMap *zm = escgo_makemap(&mt_empty_i64, 0);
    uint64_t junk1 = 1, junk2 = 2;
    *(int64_t *)escgo_mapassign(&mt_empty_i64, zm, &junk1) = 5;
    *(int64_t *)escgo_mapassign(&mt_empty_i64, zm, &junk2) = 6;
    CHECK(escgo_maplen(zm) == 1 && *(int64_t *)escgo_mapaccess1(&mt_empty_i64, zm, &junk1) == 6,
          "struct{} key");
    GoMapIter zi;
    escgo_mapiterinit(&mt_empty_i64, zm, &zi);
    CHECK(zi.key && *(int64_t *)zi.elem == 6, "struct{} key iteration");
    escgo_mapiternext(&zi);
    CHECK(zi.key == NULL, "struct{} key iteration end");
    escgo_mapdelete(&mt_empty_i64, zm, &junk2);
    CHECK(escgo_maplen(zm) == 0, "struct{} key delete");
    GoString e = {NULL, 0};
    escgo_mapassign(&mt_str_empty, s, &e);
    escgo_mapaccess2_faststr(&mt_str_empty, s, (const uint8_t *)"", 0, &ok);
    CHECK(ok == 1 && escgo_maplen(s) == 501, "empty string key");
}

/* Keys and values reachable only through the map survive collections. */
static void test_gc(void) {
    const int n = 20000 / (int)(scale_div > 4 ? 4 : scale_div);
    GoMap *m = escgo_makemap(&mt_ptr_ptr, 0);
    GoMap *s = escgo_makemap(&mt_str, 0);
    for (int i = 0; i < n; i++) {
        int64_t *k = escgo_alloc(sizeof(int64_t)), *v = escgo_alloc(sizeof(int64_t));
        *k = i;
        *v = -i;
        *(int64_t **)escgo_mapassign_fast64(&mt_ptr_ptr, m, (uint64_t)(uintptr_t)k) = v;
        char *p = escgo_alloc_noscan(24);
        int len = snprintf(p, 24, "gc%d", i);
        *(int64_t *)escgo_mapassign_faststr(&mt_str, s, (const uint8_t *)p, len) = i;
        p = NULL;
        k = v = NULL;
    }
    GC_gcollect();
    for (int i = 0; i < n; i++) { /* reuse whatever was wrongly freed */
        int64_t *junk = escgo_alloc(sizeof(int64_t));
        *junk = 0x7777;
        char *p = escgo_alloc_noscan(24);
        memset(p, 'x', 24);
    }
    int64_t bad = 0;
    GoMapIter it;
    for (escgo_mapiterinit(&mt_ptr_ptr, m, &it); it.key; escgo_mapiternext(&it)) {
        int64_t *k = *(int64_t **)it.key, *v = *(int64_t **)it.elem;
        if (*v != -*k) bad++;
    }
    for (escgo_mapiterinit(&mt_str, s, &it); it.key; escgo_mapiternext(&it)) {
        GoString *k = it.key;
        char buf[24];
        int len = snprintf(buf, sizeof buf, "gc%lld", (long long)*(int64_t *)it.elem);
        if (k->len != len || memcmp(k->ptr, buf, (size_t)len) != 0) bad++;
    }
    CHECK(bad == 0 && escgo_maplen(m) == n && escgo_maplen(s) == n,
          "gc: %lld entries damaged after a collection", (long long)bad);
}

static void test_hashes(void) {
    /* distinct seeds give distinct hashes; the generic wrappers agree
     * between equal values */
    int64_t a = 12345;
    CHECK(escgo_hash_mem64(&a, 1) != escgo_hash_mem64(&a, 2), "seed ignored");
    GoString s1 = {(const uint8_t *)"hello, world, this is long enough", 33};
    char copy[40];
    memcpy(copy, s1.ptr, 33);
    GoString s2 = {(const uint8_t *)copy, 33};
    CHECK(escgo_hash_string(&s1, 9) == escgo_hash_string(&s2, 9), "string hash by content");
    CHECK(escgo_equal_string(&s1, &s2), "string equal");
    /* every length hashes every byte */
    uint8_t buf[200];
    for (int i = 0; i < 200; i++)
        buf[i] = (uint8_t)i;
    int64_t same = 0;
    for (int n = 1; n < 200; n++) {
        uint64_t h0 = escgo_hash_bytes(buf, n, 7);
        for (int i = 0; i < n; i++) {
            buf[i] ^= 1;
            same += escgo_hash_bytes(buf, n, 7) == h0;
            buf[i] ^= 1;
        }
        same += escgo_hash_bytes(buf, n, 7) == escgo_hash_bytes(buf, n - 1, 7);
    }
    CHECK(same == 0, "byte hash ignores some byte (%lld)", (long long)same);
    /* interface values of different dynamic types with the same bits */
    int64_t one = 1;
    uint8_t one8 = 1;
    static GoType t_int64b = {.size = 8,
                              .kind = GK_INT,
                              .align = 8,
                              .flags = CMP,
                              .name = GOSTR("int"),
                              .equal = escgo_equal_mem64,
                              .hashfn = escgo_hash_mem64,
                              .hash = 0x1234};
    GoEface e1 = {&t_int64, &one}, e2 = {&t_int64b, &one}, e0 = {NULL, NULL}, e0b = {NULL, &one8};
    CHECK(!escgo_equal_interface(&e1, &e2), "iface: int64(1) == int(1)");
    CHECK(escgo_equal_interface(&e0, &e0b), "iface: nil != nil");
    GoMap *m = escgo_makemap(&mt_iface, 0);
    *(int64_t *)escgo_mapassign(&mt_iface, m, &e1) = 1;
    *(int64_t *)escgo_mapassign(&mt_iface, m, &e2) = 2;
    *(int64_t *)escgo_mapassign(&mt_iface, m, &e0) = 3;
    CHECK(escgo_maplen(m) == 3 && *(int64_t *)escgo_mapaccess1(&mt_iface, m, &e0b) == 3,
          "iface keys");
}

/* ---- panics (in a child process) ------------------------------------------ */

static GoMap *nil_map;

static void do_nil_assign(void) {
    int64_t k = 1;
    escgo_mapassign(&mt_i64, nil_map, &k);
}
static void do_nil_assign_faststr(void) {
    escgo_mapassign_faststr(&mt_str, nil_map, (const uint8_t *)"a", 1);
}
static int64_t slice_backing[1];
static void do_unhashable_assign(void) {
    GoMap *m = escgo_makemap(&mt_iface, 0);
    GoEface e = {&t_slice_int, slice_backing};
    escgo_mapassign(&mt_iface, m, &e);
}
static void do_unhashable_nil_assign(void) {
    GoEface e = {&t_slice_int, slice_backing};
    escgo_mapassign(&mt_iface, nil_map, &e);
}
static void do_unhashable_nil_lookup(void) {
    GoEface e = {&t_slice_int, slice_backing};
    escgo_mapaccess1(&mt_iface, nil_map, &e);
}
static void do_uncomparable(void) {
    GoEface a = {&t_slice_int, slice_backing}, b = {&t_slice_int, slice_backing};
    escgo_equal_interface(&a, &b);
}

static void expect_panic(void (*fn)(void), const char *want, const char *what) {
    fflush(stdout);
    int fds[2];
    if (pipe(fds) != 0) return;
    pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        dup2(fds[1], 2);
        fn();
        _exit(0);
    }
    close(fds[1]);
    char out[4096];
    size_t n = 0;
    ssize_t r;
    while (n < sizeof out - 1 && (r = read(fds[0], out + n, sizeof out - 1 - n)) > 0)
        n += (size_t)r;
    out[n] = 0;
    close(fds[0]);
    int st = 0;
    waitpid(pid, &st, 0);
    CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 2, "%s: exit status %d", what, st);
    CHECK(strncmp(out, want, strlen(want)) == 0, "%s: output\n%s\nwant prefix\n%s", what, out,
          want);
}

static void test_panics(void) {
    expect_panic(do_nil_assign, "panic: assignment to entry in nil map\n\ngoroutine 1 [running]:\n",
                 "nil map assign");
    expect_panic(do_nil_assign_faststr, "panic: assignment to entry in nil map\n\n",
                 "nil map assign faststr");
    expect_panic(do_unhashable_assign,
                 "panic: runtime error: hash of unhashable type []int\n\ngoroutine 1 [running]:\n",
                 "unhashable key");
    expect_panic(do_unhashable_nil_lookup, "panic: runtime error: hash of unhashable type []int\n",
                 "unhashable key in nil map");
    expect_panic(do_unhashable_nil_assign, "panic: assignment to entry in nil map\n",
                 "unhashable key, nil map assign");
    expect_panic(do_uncomparable, "panic: runtime error: comparing uncomparable type []int\n",
                 "uncomparable interface values");
}

int main(int argc, char **argv) {
    GC_INIT();
    if (argc > 1 && strcmp(argv[1], "quick") == 0) scale_div = 20;
    strs = calloc(NMAX, sizeof *strs);
    objects = calloc(NMAX, sizeof *objects);
    ibox = calloc(NMAX, sizeof *ibox);
    ref_present = calloc(NMAX, 1);
    ref_val = calloc(NMAX, sizeof *ref_val);
    seen = calloc(NMAX, sizeof *seen);

    test_nil_map();
    test_nan();
    test_signed_zero();
    test_order_random();
    test_clear();
    test_values();
    test_hashes();
    test_panics();
    test_gc();
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
        const Kind *K = &kinds[i];
        test_iter_delete_all(K);
        test_iter_delete_others(K);
        test_iter_insert_grow(K);
        test_iter_grow_then_change(K);
        test_iter_fuzz(K);
        test_random_ops(K);
        test_window(K);
        test_many(K);
        fprintf(stdout, "  %s keys done\n", K->name);
        fflush(stdout);
    }
    fprintf(stdout, "%s: %ld checks, %d failed\n", failures ? "FAIL" : "ok", checks, failures);
    return failures ? 1 : 0;
}
