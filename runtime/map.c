/* map.c: Go maps — an open-addressing Swiss table with 8-slot groups and
 * portable (SWAR, SIMD-free) control-byte matching.
 *
 * Why this design rather than gc's buckets-of-8 with overflow chains:
 * a lookup here touches one group in the common case (control word, then
 * the matching key), never follows overflow pointers, and never has to
 * check an "old buckets" array, because growth rehashes the whole table at
 * once instead of evacuating incrementally. Groups keep gc's good cache
 * shape (8 control bytes, then 8 keys, then 8 values, so that no padding
 * is needed between key and value), while the 7-bit hash tags in the
 * control bytes filter out almost all non-matching keys with three ALU
 * operations on one 64-bit word.
 *
 * Table: 2^k groups (power of two: group index = hash & mask, no
 * division). A group is
 *     ctrl[8] | key[8] | elem[8]          (every part 8-byte aligned)
 * with one control byte per slot: 0x00 empty, 0x01 deleted (tombstone),
 * 0x80|h2 full, where h2 is the hash's top 7 bits. Empty being 0x00 means
 * freshly allocated (zeroed) GC memory is an empty table. Probing visits
 * groups in triangular order (g, g+1, g+3, g+6, ...), which reaches every
 * group of a power-of-two table, and stops at the first group that has an
 * empty slot. Keys and values are stored inline; the table is scanned
 * memory (escgo_alloc) only if the key or the value type holds pointers.
 *
 * Load: at most 7 of every 8 slots are full or deleted, so a probe always
 * ends. Deleting from a group that still has an empty slot frees the slot
 * outright (no probe sequence can have passed through such a group);
 * otherwise it leaves a tombstone, reused by later inserts. When the
 * budget of empty slots runs out, the table is rebuilt: at twice the size
 * if at least 3/4 of the budget is live entries, else at the same size (that
 * drops the tombstones), so insert/delete churn cannot grow a table
 * forever. A rebuild always allocates a new table and never touches the
 * old one again.
 *
 * Iteration walks one table — the one current when the loop started — in
 * a random rotation (random first group, random slot offset), so programs
 * cannot depend on the order. While that table is still the map's table,
 * its control bytes are live: deleted entries are no longer full and are
 * skipped, and entries never move within a table. Once the map has moved
 * to a new table, the old one is a frozen snapshot (kept alive by the
 * iterator): each remaining entry of it is looked up in the live map and
 * produced only if still present, with the live value. So every entry that
 * existed when the loop started and was not deleted is produced exactly
 * once, whatever happens to the map meanwhile; entries added during the
 * loop may or may not be produced, as the spec allows. Keys unequal to
 * themselves (NaN) cannot be looked up; they cannot be deleted either
 * (except by mapclear, which the iterator detects by a sequence number).
 *
 * Fast paths: at makemap the key kind is classified (4-byte, 8-byte plain
 * memory, string, or other); codegen calls the _fast32/_fast64/_faststr
 * entry points with the key by value, and the generic entry points switch
 * to the same always-inlined probe code, specialised per kind, so only
 * "other" keys pay for indirect hashfn/equal calls. */
#include "rt_hash.h"
#include "rt_internal.h"

#include <string.h>

#define RT_INLINE static inline __attribute__((always_inline))

enum { RT_MK_GENERIC, RT_MK_32, RT_MK_64, RT_MK_STR };

enum {
    RT_CTRL_EMPTY = 0x00,
    RT_CTRL_DELETED = 0x01,
    RT_CTRL_FULL = 0x80,
    RT_SLOTS = 8,     /* per group */
    RT_GROUP_LOAD = 7 /* full+deleted slots allowed per group, on average */
};

#define RT_LO 0x0101010101010101ULL
#define RT_HI 0x8080808080808080ULL

/* A small map's single group is allocated with the header when it is at
 * most this big, saving an allocation. */
#define RT_INLINE_GROUP_MAX 512
/* Largest table; beyond it a program is out of memory anyway. */
#define RT_MAX_TABLE_BYTES (1ULL << 46)

struct GoMap {
    int64_t count;       /* len(m): first, so that codegen can inline len */
    uint8_t *groups;     /* NULL until the first insert (big groups only) */
    uint64_t mask;       /* number of groups - 1 */
    int64_t growth_left; /* empty slots that may still be filled */
    uint64_t seed;
    uint64_t clearseq; /* bumped by mapclear; see mapiternext */
    uint64_t (*hashfn)(const void *, uint64_t);
    bool (*equal)(const void *, const void *);
    uint32_t ksize, esize;
    uint32_t eoff;  /* offset of elem[0] in a group */
    uint32_t gsize; /* bytes per group */
    uint8_t kind;   /* RT_MK_* */
    uint8_t pointers;
    /* for small maps, the first group follows (8-byte aligned) */
};

/* ---- control words ---------------------------------------------------------- */

/* Slots whose tag is h2 (pat = h2 in every byte). May report a false
 * positive for a full slot next to a match; callers compare keys anyway. */
RT_INLINE uint64_t rt_match_tag(uint64_t c, uint64_t pat) {
    uint64_t x = c ^ pat;
    return (x - RT_LO) & ~x & RT_HI;
}

RT_INLINE uint64_t rt_match_empty(uint64_t c) {
    return ~(((c & ~RT_HI) + ~RT_HI) | c) & RT_HI;
}

RT_INLINE uint64_t rt_match_free(uint64_t c) { /* empty or deleted */
    return ~c & RT_HI;
}

RT_INLINE uint64_t rt_first(uint64_t bits) {
    return (uint64_t)__builtin_ctzll(bits) >> 3;
}

RT_INLINE uint8_t rt_tag(uint64_t h) {
    return (uint8_t)(RT_CTRL_FULL | (h >> 57));
}

/* ---- keys, specialised by kind (mode is a constant after inlining) -------- */

RT_INLINE uint32_t rt_ksize(const GoMap *m, int mode) {
    switch (mode) {
    case RT_MK_32: return 4;
    case RT_MK_64: return 8;
    case RT_MK_STR: return (uint32_t)sizeof(GoString);
    default: return m->ksize;
    }
}

RT_INLINE uint64_t rt_key_hash(const GoMap *m, const void *key, int mode) {
    switch (mode) {
    case RT_MK_32: {
        uint32_t k;
        memcpy(&k, key, 4);
        return rt_hash64(k, m->seed);
    }
    case RT_MK_64: {
        uint64_t k;
        memcpy(&k, key, 8);
        return rt_hash64(k, m->seed);
    }
    case RT_MK_STR: {
        const GoString *s = key;
        return rt_hash_bytes(s->ptr, (size_t)s->len, m->seed);
    }
    default: return m->hashfn(key, m->seed);
    }
}

RT_INLINE bool rt_key_eq(const GoMap *m, const void *slot, const void *key, int mode) {
    switch (mode) {
    case RT_MK_32: return *(const uint32_t *)slot == *(const uint32_t *)key;
    case RT_MK_64: return *(const uint64_t *)slot == *(const uint64_t *)key;
    case RT_MK_STR: {
        const GoString *a = slot, *b = key;
        /* len 0 first: an empty string's ptr may be NULL (memcmp's UB) */
        return a->len == b->len &&
               (a->ptr == b->ptr || a->len == 0 || memcmp(a->ptr, b->ptr, (size_t)a->len) == 0);
    }
    default: return m->equal(slot, key);
    }
}

RT_INLINE void rt_key_copy(const GoMap *m, void *slot, const void *key, int mode) {
    switch (mode) {
    case RT_MK_32: memcpy(slot, key, 4); break;
    case RT_MK_64: memcpy(slot, key, 8); break;
    case RT_MK_STR: memcpy(slot, key, sizeof(GoString)); break;
    default: memmove(slot, key, m->ksize); break; /* key may alias slot */
    }
}

RT_INLINE uint8_t *rt_slot_key(const GoMap *m, uint8_t *grp, uint64_t i, int mode) {
    return grp + RT_SLOTS + i * rt_ksize(m, mode);
}

RT_INLINE uint8_t *rt_slot_elem(const GoMap *m, uint8_t *grp, uint64_t i) {
    return grp + m->eoff + i * m->esize;
}

/* ---- probing ------------------------------------------------------------------ */

/* The group holding key (slot in *slot), or NULL. The map is not empty. */
RT_INLINE uint8_t *rt_find(const GoMap *m, const void *key, uint64_t h, int mode, uint64_t *slot) {
    uint64_t pat = RT_LO * rt_tag(h), mask = m->mask, g = h & mask;
    uint8_t *groups = m->groups;
    uint64_t gsize = m->gsize;
    for (uint64_t step = 1;; step++) {
        uint8_t *grp = groups + g * gsize;
        uint64_t c = rt_read8(grp);
        for (uint64_t mm = rt_match_tag(c, pat); mm; mm &= mm - 1) {
            uint64_t i = rt_first(mm);
            if (__builtin_expect(rt_key_eq(m, rt_slot_key(m, grp, i, mode), key, mode), 1)) {
                *slot = i;
                return grp;
            }
        }
        if (__builtin_expect(rt_match_empty(c) != 0, 1)) return NULL;
        g = (g + step) & mask;
    }
}

/* The first free slot on h's probe sequence (the table has one). */
RT_INLINE uint8_t *rt_find_free(const GoMap *m, uint64_t h, uint64_t *slot) {
    uint64_t mask = m->mask, g = h & mask;
    for (uint64_t step = 1;; step++) {
        uint8_t *grp = m->groups + g * m->gsize;
        uint64_t f = rt_match_free(rt_read8(grp));
        if (f) {
            *slot = rt_first(f);
            return grp;
        }
        g = (g + step) & mask;
    }
}

static uint8_t *rt_find_any(const GoMap *m, const void *key, uint64_t *slot) {
    switch (m->kind) {
    case RT_MK_32: return rt_find(m, key, rt_key_hash(m, key, RT_MK_32), RT_MK_32, slot);
    case RT_MK_64: return rt_find(m, key, rt_key_hash(m, key, RT_MK_64), RT_MK_64, slot);
    case RT_MK_STR: return rt_find(m, key, rt_key_hash(m, key, RT_MK_STR), RT_MK_STR, slot);
    default: return rt_find(m, key, rt_key_hash(m, key, RT_MK_GENERIC), RT_MK_GENERIC, slot);
    }
}

/* ---- tables ------------------------------------------------------------------- */

/* Gives m an empty table of ngroups (a power of two) groups. */
static void rt_map_new_table(GoMap *m, uint64_t ngroups) {
    if (ngroups > RT_MAX_TABLE_BYTES / m->gsize) rt_throw("runtime: out of memory");
    int64_t bytes = (int64_t)(ngroups * m->gsize);
    m->groups = m->pointers ? escgo_alloc(bytes) : escgo_alloc_noscan(bytes);
    m->mask = ngroups - 1;
    m->growth_left = (int64_t)(ngroups * RT_GROUP_LOAD);
}

RT_INLINE void rt_copy_elem(const GoMap *m, uint8_t *dst, const uint8_t *src) {
    if (m->esize == 8)
        memcpy(dst, src, 8); /* the common case, without a call */
    else
        memcpy(dst, src, m->esize);
}

/* Moves every entry of old (oldn groups) into m's fresh table. */
RT_INLINE void rt_map_move(GoMap *m, uint8_t *old, uint64_t oldn, uint64_t gsize, int mode) {
    uint32_t ksize = rt_ksize(m, mode);
    for (uint64_t g = 0; g < oldn; g++) {
        uint8_t *grp = old + g * gsize;
        for (uint64_t full = rt_read8(grp) & RT_HI; full; full &= full - 1) {
            uint64_t i = rt_first(full), j;
            uint8_t *k = grp + RT_SLOTS + i * ksize;
            uint64_t h = rt_key_hash(m, k, mode);
            uint8_t *dst = rt_find_free(m, h, &j);
            dst[j] = rt_tag(h);
            rt_key_copy(m, dst + RT_SLOTS + j * ksize, k, mode);
            rt_copy_elem(m, rt_slot_elem(m, dst, j), rt_slot_elem(m, grp, i));
        }
    }
}

/* Rebuilds the table with ngroups groups; the old table is left as it is
 * (an iterator may still be walking it). */
static __attribute__((noinline)) void rt_map_rehash(GoMap *m, uint64_t ngroups) {
    uint8_t *old = m->groups;
    uint64_t oldn = m->mask + 1, gsize = m->gsize;
    rt_map_new_table(m, ngroups);
    switch (m->kind) {
    case RT_MK_32: rt_map_move(m, old, oldn, gsize, RT_MK_32); break;
    case RT_MK_64: rt_map_move(m, old, oldn, gsize, RT_MK_64); break;
    case RT_MK_STR: rt_map_move(m, old, oldn, gsize, RT_MK_STR); break;
    default: rt_map_move(m, old, oldn, gsize, RT_MK_GENERIC); break;
    }
    m->growth_left -= m->count;
}

/* Makes room for one more entry: doubles the table if at least 3/4 of
 * its budget is live entries, else rebuilds it at the same size to drop
 * the tombstones. Then at least 1/4 of the budget is free again, so
 * rebuilds cost O(1) per insert, and a table under churn stays within
 * 2x of the size its live entries need. */
static __attribute__((noinline)) void rt_map_grow(GoMap *m) {
    uint64_t n = m->mask + 1;
    if ((uint64_t)m->count * 4 >= n * RT_GROUP_LOAD * 3) n *= 2;
    rt_map_rehash(m, n);
}

/* ---- zero values and panics ---------------------------------------------- */

enum { RT_ZERO_SMALL = 1024 };
static _Alignas(16) const uint8_t rt_zeroval[RT_ZERO_SMALL];

typedef struct RtBigZero {
    int64_t size;
    _Alignas(16) uint8_t data[];
} RtBigZero;
static RtBigZero *rt_bigzero; /* grows, never shrinks; a GC root */

static __attribute__((noinline)) void *rt_map_bigzero(int64_t size) {
    RtBigZero *z = __atomic_load_n(&rt_bigzero, __ATOMIC_ACQUIRE);
    if (z && z->size >= size) return z->data;
    z = escgo_alloc_noscan((int64_t)sizeof(RtBigZero) + size);
    z->size = size;
    __atomic_store_n(&rt_bigzero, z, __ATOMIC_RELEASE);
    return z->data;
}

/* What m[k] reads for a missing k: zeros, never written. */
RT_INLINE void *rt_map_zero(int64_t size) {
    if (__builtin_expect(size <= RT_ZERO_SMALL, 1)) return (void *)rt_zeroval;
    return rt_map_bigzero(size);
}

/* gc panics with a plainError (a runtime.Error printed without the
 * "runtime error: " prefix) here; recoverable (defer.c). */
static _Noreturn __attribute__((noinline)) void rt_map_panic_plain(const char *msg) {
    rt_raise_error(RT_ERR_PLAIN, msg, strlen(msg), 0, 0, 0, 0);
}

static _Noreturn __attribute__((noinline)) void rt_map_nil_assign(void) {
    rt_map_panic_plain("assignment to entry in nil map");
}

/* On a nil or empty map gc still hashes a key that may panic (an
 * interface holding an unhashable value), so that m[k] fails the same
 * whether or not m has entries. */
static __attribute__((noinline)) void rt_map_hash_check(const GoType *mt, const void *key) {
    const GoType *kt = mt->key;
    if ((kt->kind == GK_INTERFACE || kt->kind == GK_STRUCT || kt->kind == GK_ARRAY) && kt->hashfn)
        kt->hashfn(key, 0);
}

/* ---- make ------------------------------------------------------------------------ */

static uint8_t rt_key_mode(const GoType *kt) {
    switch (kt->kind) {
    case GK_INT32:
    case GK_UINT32: return kt->size == 4 ? RT_MK_32 : RT_MK_GENERIC;
    case GK_INT:
    case GK_INT64:
    case GK_UINT:
    case GK_UINT64:
    case GK_UINTPTR:
    case GK_POINTER:
    case GK_UNSAFEPOINTER:
    case GK_CHAN: return kt->size == 8 ? RT_MK_64 : RT_MK_GENERIC;
    case GK_STRING: return RT_MK_STR;
    default: return RT_MK_GENERIC;
    }
}

/* buf: NULL, or a frame buffer of bufsize bytes the map may live in. */
static GoMap *rt_makemap(const GoType *mt, int64_t hint, void *buf, int64_t bufsize) {
    const GoType *kt = mt->key, *et = mt->elem;
    uint64_t ksize = (uint64_t)kt->size, esize = (uint64_t)et->size;
    uint64_t eoff = RT_SLOTS + RT_SLOTS * ksize; /* a multiple of 8 */
    /* values need only their own alignment (esize is a multiple of it);
     * rounding the value array up to 8 bytes keeps every group 8-aligned */
    uint64_t gsize = eoff + ((RT_SLOTS * esize + 7) & ~7ULL);
    if (gsize > UINT32_MAX) rt_throw("runtime: map key/value type too large");

    /* gc ignores hints it cannot satisfy rather than failing */
    uint64_t ngroups = 1;
    if (hint > RT_GROUP_LOAD) {
        uint64_t need = ((uint64_t)hint + RT_GROUP_LOAD - 1) / RT_GROUP_LOAD;
        if (need <= RT_MAX_TABLE_BYTES / gsize) {
            while (ngroups < need)
                ngroups <<= 1;
        }
    }
    bool inline_group = ngroups == 1 && gsize <= RT_INLINE_GROUP_MAX;
    int64_t hsize = (int64_t)((sizeof(GoMap) + 7) & ~(size_t)7);
    int64_t need = inline_group ? hsize + (int64_t)gsize : hsize;
    GoMap *m;
    if (buf && need <= bufsize) {
        m = buf;
        memset(m, 0, (size_t)need); /* a loop makes a fresh map each time */
    } else if (buf && hsize <= bufsize) {
        inline_group = false; /* the header in the frame, the group on the heap */
        m = buf;
        memset(m, 0, (size_t)hsize);
    } else {
        m = escgo_alloc(need);
    }
    m->hashfn = kt->hashfn;
    m->equal = kt->equal;
    m->ksize = (uint32_t)ksize;
    m->esize = (uint32_t)esize;
    m->eoff = (uint32_t)eoff;
    m->gsize = (uint32_t)gsize;
    m->kind = rt_key_mode(kt);
    if (m->kind == RT_MK_GENERIC && (!m->hashfn || !m->equal))
        rt_throw("runtime: map key type is not comparable");
    m->pointers = ((kt->flags | et->flags) & GTF_POINTERS) != 0;
    m->seed = rt_fastrand();
    if (inline_group) {
        m->groups = (uint8_t *)m + hsize;
        m->mask = 0;
        m->growth_left = RT_GROUP_LOAD;
    } else if (ngroups > 1 || hint > 0) {
        rt_map_new_table(m, ngroups);
    }
    return m;
}

GoMap *escgo_makemap(const GoType *mt, int64_t hint) {
    return rt_makemap(mt, hint, NULL, 0);
}

GoMap *escgo_makemap_stack(const GoType *mt, int64_t hint, void *buf) {
    return rt_makemap(mt, hint, buf, ESCGO_MAP_STACK_BYTES);
}

/* ---- access, assign, delete (mode-specialised bodies) ------------------- */

/* The value for key, or NULL. */
RT_INLINE void *rt_access(const GoMap *m, const void *key, int mode) {
    uint64_t i;
    uint8_t *grp = rt_find(m, key, rt_key_hash(m, key, mode), mode, &i);
    return grp ? rt_slot_elem(m, grp, i) : NULL;
}

RT_INLINE void *rt_assign(GoMap *m, const void *key, int mode) {
    uint64_t h = rt_key_hash(m, key, mode);
    if (__builtin_expect(m->groups == NULL, 0)) rt_map_new_table(m, 1);
    uint64_t pat = RT_LO * rt_tag(h), mask = m->mask, g = h & mask, gsize = m->gsize;
    uint8_t *ins = NULL;
    uint64_t ins_i = 0;
    for (uint64_t step = 1;; step++) {
        uint8_t *grp = m->groups + g * gsize;
        uint64_t c = rt_read8(grp);
        for (uint64_t mm = rt_match_tag(c, pat); mm; mm &= mm - 1) {
            uint64_t i = rt_first(mm);
            uint8_t *k = rt_slot_key(m, grp, i, mode);
            if (rt_key_eq(m, k, key, mode)) {
                /* gc stores the new key too: +0 replaced by -0, and a
                 * string key stops pinning the old key's bytes */
                if (mode == RT_MK_STR || mode == RT_MK_GENERIC) rt_key_copy(m, k, key, mode);
                return rt_slot_elem(m, grp, i);
            }
        }
        if (!ins) {
            uint64_t f = rt_match_free(c);
            if (f) {
                ins = grp;
                ins_i = rt_first(f);
            }
        }
        if (rt_match_empty(c)) break;
        g = (g + step) & mask;
    }
    if (ins[ins_i] == RT_CTRL_EMPTY) {
        if (__builtin_expect(m->growth_left == 0, 0)) {
            rt_map_grow(m);
            ins = rt_find_free(m, h, &ins_i);
        }
        m->growth_left--;
    }
    ins[ins_i] = rt_tag(h);
    rt_key_copy(m, rt_slot_key(m, ins, ins_i, mode), key, mode);
    m->count++;
    return rt_slot_elem(m, ins, ins_i);
}

RT_INLINE void rt_delete(GoMap *m, const void *key, int mode) {
    uint64_t i;
    uint8_t *grp = rt_find(m, key, rt_key_hash(m, key, mode), mode, &i);
    if (!grp) return;
    if (rt_match_empty(rt_read8(grp))) {
        grp[i] = RT_CTRL_EMPTY;
        m->growth_left++;
    } else {
        grp[i] = RT_CTRL_DELETED;
    }
    if (m->pointers) { /* let the GC have what the entry pointed to */
        memset(rt_slot_key(m, grp, i, mode), 0, rt_ksize(m, mode));
        memset(rt_slot_elem(m, grp, i), 0, m->esize);
    }
    m->count--;
}

/* ---- generic entry points ------------------------------------------------------ */

static void *rt_access_any(const GoMap *m, const void *key) {
    switch (m->kind) {
    case RT_MK_32: return rt_access(m, key, RT_MK_32);
    case RT_MK_64: return rt_access(m, key, RT_MK_64);
    case RT_MK_STR: return rt_access(m, key, RT_MK_STR);
    default: return rt_access(m, key, RT_MK_GENERIC);
    }
}

void *escgo_mapaccess1(const GoType *mt, GoMap *m, const void *key) {
    if (m == NULL || m->count == 0) {
        rt_map_hash_check(mt, key);
        return rt_map_zero(mt->elem->size);
    }
    void *v = rt_access_any(m, key);
    return v ? v : rt_map_zero(m->esize);
}

void *escgo_mapaccess2(const GoType *mt, GoMap *m, const void *key, uint8_t *ok) {
    if (m == NULL || m->count == 0) {
        rt_map_hash_check(mt, key);
        *ok = 0;
        return rt_map_zero(mt->elem->size);
    }
    void *v = rt_access_any(m, key);
    *ok = v != NULL;
    return v ? v : rt_map_zero(m->esize);
}

void *escgo_mapassign(const GoType *mt, GoMap *m, const void *key) {
    (void)mt;
    if (__builtin_expect(m == NULL, 0)) rt_map_nil_assign(); /* before hashing, as gc */
    switch (m->kind) {
    case RT_MK_32: return rt_assign(m, key, RT_MK_32);
    case RT_MK_64: return rt_assign(m, key, RT_MK_64);
    case RT_MK_STR: return rt_assign(m, key, RT_MK_STR);
    default: return rt_assign(m, key, RT_MK_GENERIC);
    }
}

void escgo_mapdelete(const GoType *mt, GoMap *m, const void *key) {
    if (m == NULL || m->count == 0) {
        rt_map_hash_check(mt, key);
        return;
    }
    switch (m->kind) {
    case RT_MK_32: rt_delete(m, key, RT_MK_32); break;
    case RT_MK_64: rt_delete(m, key, RT_MK_64); break;
    case RT_MK_STR: rt_delete(m, key, RT_MK_STR); break;
    default: rt_delete(m, key, RT_MK_GENERIC); break;
    }
}

int64_t escgo_maplen(const GoMap *m) {
    return m ? m->count : 0;
}

int64_t escgo_map_slots(const GoMap *m) {
    return m && m->groups ? (int64_t)((m->mask + 1) * RT_SLOTS) : 0;
}

void escgo_mapclear(const GoType *mt, GoMap *m) {
    (void)mt;
    if (m == NULL || m->groups == NULL) return;
    /* in place: a live iterator then sees no more entries, and a stale one
     * notices clearseq (see mapiternext) */
    memset(m->groups, 0, (m->mask + 1) * m->gsize);
    m->count = 0;
    m->growth_left = (int64_t)((m->mask + 1) * RT_GROUP_LOAD);
    m->clearseq++;
    m->seed = rt_fastrand();
}

/* ---- fast entry points ----------------------------------------------------------- */

#define RT_FAST_FUNCS(suffix, mode, KEYPARAMS, KEYDECL)                                            \
    void *escgo_mapaccess1_##suffix(const GoType *mt, GoMap *m, KEYPARAMS) {                       \
        if (m == NULL || m->count == 0) return rt_map_zero(mt->elem->size);                        \
        KEYDECL;                                                                                   \
        void *v = rt_access(m, &k, mode);                                                          \
        return v ? v : rt_map_zero(m->esize);                                                      \
    }                                                                                              \
    void *escgo_mapaccess2_##suffix(const GoType *mt, GoMap *m, KEYPARAMS, uint8_t *ok) {          \
        if (m == NULL || m->count == 0) {                                                          \
            *ok = 0;                                                                               \
            return rt_map_zero(mt->elem->size);                                                    \
        }                                                                                          \
        KEYDECL;                                                                                   \
        void *v = rt_access(m, &k, mode);                                                          \
        *ok = v != NULL;                                                                           \
        return v ? v : rt_map_zero(m->esize);                                                      \
    }                                                                                              \
    void *escgo_mapassign_##suffix(const GoType *mt, GoMap *m, KEYPARAMS) {                        \
        (void)mt;                                                                                  \
        if (__builtin_expect(m == NULL, 0)) rt_map_nil_assign();                                   \
        KEYDECL;                                                                                   \
        return rt_assign(m, &k, mode);                                                             \
    }                                                                                              \
    void escgo_mapdelete_##suffix(const GoType *mt, GoMap *m, KEYPARAMS) {                         \
        (void)mt;                                                                                  \
        if (m == NULL || m->count == 0) return;                                                    \
        KEYDECL;                                                                                   \
        rt_delete(m, &k, mode);                                                                    \
    }

#define RT_COMMA ,
RT_FAST_FUNCS(fast32, RT_MK_32, uint32_t key, uint32_t k = key)
RT_FAST_FUNCS(fast64, RT_MK_64, uint64_t key, uint64_t k = key)
RT_FAST_FUNCS(faststr, RT_MK_STR, const uint8_t *kp RT_COMMA int64_t klen,
              GoString k = {kp RT_COMMA klen})

/* ---- iteration --------------------------------------------------------------------- */

void escgo_mapiterinit(const GoType *mt, GoMap *m, GoMapIter *it) {
    (void)mt;
    memset(it, 0, sizeof *it);
    if (m == NULL || m->count == 0) return;
    it->m = m;
    it->groups = m->groups;
    it->mask = m->mask;
    uint64_t r = rt_fastrand();
    it->start = r & m->mask;
    it->offset = (r >> 61) & (RT_SLOTS - 1);
    it->clearseq = m->clearseq;
    escgo_mapiternext(it);
}

void escgo_mapiternext(GoMapIter *it) {
    GoMap *m = it->m;
    if (m == NULL) return;
    uint8_t *groups = it->groups;
    uint64_t n = (it->mask + 1) * RT_SLOTS, i = it->i;
    while (i < n) {
        uint8_t *grp = groups + ((it->start + (i >> 3)) & it->mask) * m->gsize;
        if ((i & (RT_SLOTS - 1)) == 0 && (rt_read8(grp) & RT_HI) == 0) {
            i += RT_SLOTS; /* nothing in this group */
            continue;
        }
        uint64_t s = (i + it->offset) & (RT_SLOTS - 1);
        i++;
        if (!(grp[s] & RT_CTRL_FULL)) continue;
        uint8_t *k = grp + RT_SLOTS + s * m->ksize;
        if (__builtin_expect(groups == m->groups, 1)) {
            it->key = k;
            it->elem = rt_slot_elem(m, grp, s);
            it->i = i;
            return;
        }
        /* the map has moved to a new table: produce this old entry only if
         * it is still in the map, with its current key and value */
        if (m->kind == RT_MK_GENERIC && !m->equal(k, k)) {
            /* NaN: unreachable by lookup, so unchanged unless cleared */
            if (m->clearseq != it->clearseq) continue;
            it->key = k;
            it->elem = rt_slot_elem(m, grp, s);
            it->i = i;
            return;
        }
        if (m->count == 0) continue;
        uint64_t li;
        uint8_t *lg = rt_find_any(m, k, &li);
        if (!lg) continue;
        it->key = lg + RT_SLOTS + li * m->ksize;
        it->elem = rt_slot_elem(m, lg, li);
        it->i = i;
        return;
    }
    it->i = n;
    it->key = NULL;
    it->elem = NULL;
    it->m = NULL;
}
