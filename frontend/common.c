/* common.c: the arena, vectors, pointer maps, the intern table, the source
 * file table and the diagnostics every stage shares.
 *
 * Diagnostics follow gc's base.ErrorfAt/FlushErrors: errors are collected in
 * the order they are reported (with gc's per-line filtering), and the first
 * ten of them are what gc would have printed before giving up with "too many
 * errors"; diag_flush sorts and prints exactly those. */
#include "common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- arena ---------------------------------------------------------- */

#define ARENA_CHUNK (1u << 20)

typedef struct Chunk {
    struct Chunk *prev;
    size_t used, size;
    _Alignas(16) unsigned char data[];
} Chunk;

static Chunk *arena_cur;

static _Noreturn void out_of_memory(void) {
    fprintf(stderr, "escgo: out of memory\n");
    exit(2);
}

void *arena_alloc(size_t size) {
    size = (size + 15) & ~(size_t)15;
    if (size == 0) size = 16;
    if (!arena_cur || arena_cur->used + size > arena_cur->size) {
        /* Large requests get a chunk of their own so that the current
         * chunk's free space is not wasted. */
        if (size > ARENA_CHUNK / 4) {
            Chunk *big = calloc(1, sizeof(Chunk) + size);
            if (!big) out_of_memory();
            big->size = big->used = size;
            if (arena_cur) {
                big->prev = arena_cur->prev;
                arena_cur->prev = big;
            } else {
                arena_cur = big;
            }
            return big->data;
        }
        Chunk *c = calloc(1, sizeof(Chunk) + ARENA_CHUNK);
        if (!c) out_of_memory();
        c->size = ARENA_CHUNK;
        c->prev = arena_cur;
        arena_cur = c;
    }
    void *p = arena_cur->data + arena_cur->used;
    arena_cur->used += size;
    return p;
}

char *arena_strndup(const char *s, size_t n) {
    char *p = arena_alloc(n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *arena_strdup(const char *s) {
    return arena_strndup(s, strlen(s));
}

char *arena_printf(const char *fmt, ...) {
    va_list ap;
    char probe[1];
    va_start(ap, fmt);
    int n = vsnprintf(probe, sizeof probe, fmt, ap);
    va_end(ap);
    char *p = arena_alloc((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

/* ---- growable arrays -------------------------------------------------- */

void vec_push(Vec *v, void *item) {
    if (v->len == v->cap) {
        int ncap = v->cap ? v->cap * 2 : 4;
        void **items = ARENA_ARRAY(void *, ncap);
        if (v->len) memcpy(items, v->items, sizeof(void *) * (size_t)v->len);
        v->items = items;
        v->cap = ncap;
    }
    v->items[v->len++] = item;
}

/* ---- pointer maps ----------------------------------------------------- */

/* Arena pointers share their low bits (16-byte alignment) and often their
 * high ones: mix them all into the bits the mask keeps. */
static size_t ptr_hash(const void *p) {
    uint64_t h = (uint64_t)(uintptr_t)p;
    h ^= h >> 17;
    h *= 0x9E3779B97F4A7C15ull;
    return (size_t)(h ^ (h >> 29));
}

/* The slot of key, or the empty slot where it would go. */
static size_t ptrmap_slot(const PtrMap *m, const void *key) {
    size_t mask = m->cap - 1, i = ptr_hash(key) & mask;
    while (m->keys[i] && m->keys[i] != key)
        i = (i + 1) & mask;
    return i;
}

void *ptrmap_get(const PtrMap *m, const void *key) {
    if (!m->len || !key) return NULL;
    size_t i = ptrmap_slot(m, key);
    return m->keys[i] ? m->vals[i] : NULL;
}

void ptrmap_put(PtrMap *m, const void *key, void *val) {
    if (!key) {
        fprintf(stderr, "escgo: internal compiler error: NULL key in a PtrMap\n");
        abort();
    }
    if ((m->len + 1) * 2 > m->cap) { /* at most half full: probes stay short */
        PtrMap old = *m;
        m->cap = old.cap ? old.cap * 2 : 64;
        m->keys = ARENA_ARRAY(const void *, m->cap);
        m->vals = ARENA_ARRAY(void *, m->cap);
        for (size_t j = 0; j < old.cap; j++) {
            if (!old.keys[j]) continue;
            size_t i = ptrmap_slot(m, old.keys[j]);
            m->keys[i] = old.keys[j];
            m->vals[i] = old.vals[j];
        }
    }
    size_t i = ptrmap_slot(m, key);
    if (!m->keys[i]) {
        m->keys[i] = key;
        m->len++;
    }
    m->vals[i] = val;
}

/* ---- interned strings ------------------------------------------------- */

typedef struct InternEntry {
    const char *str;
    size_t len;
    uint32_t hash;
} InternEntry;

static InternEntry *intern_tab;
static size_t intern_cap, intern_len;

static uint32_t hash_bytes(const char *s, size_t len) {
    uint32_t h = 2166136261u; /* FNV-1a */
    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)s[i];
        h *= 16777619u;
    }
    return h;
}

static void intern_grow(void) {
    size_t ncap = intern_cap ? intern_cap * 2 : 4096;
    InternEntry *tab = calloc(ncap, sizeof(InternEntry));
    if (!tab) out_of_memory();
    for (size_t i = 0; i < intern_cap; i++) {
        InternEntry e = intern_tab[i];
        if (!e.str) continue;
        size_t j = e.hash & (ncap - 1);
        while (tab[j].str)
            j = (j + 1) & (ncap - 1);
        tab[j] = e;
    }
    free(intern_tab);
    intern_tab = tab;
    intern_cap = ncap;
}

const char *intern(const char *s, size_t len) {
    if ((intern_len + 1) * 2 > intern_cap) intern_grow();
    uint32_t h = hash_bytes(s, len);
    size_t j = h & (intern_cap - 1);
    while (intern_tab[j].str) {
        InternEntry *e = &intern_tab[j];
        if (e->hash == h && e->len == len && memcmp(e->str, s, len) == 0) return e->str;
        j = (j + 1) & (intern_cap - 1);
    }
    intern_tab[j].str = arena_strndup(s, len);
    intern_tab[j].len = len;
    intern_tab[j].hash = h;
    intern_len++;
    return intern_tab[j].str;
}

const char *intern_cstr(const char *s) {
    return intern(s, strlen(s));
}

/* ---- positions -------------------------------------------------------- */

static Vec src_files;

int src_add_file(const char *name) {
    vec_push(&src_files, arena_strdup(name));
    return src_files.len - 1;
}

const char *src_file_name(int file) {
    if (file < 0 || file >= src_files.len) return "<unknown file>";
    return VEC_AT(src_files, file);
}

int pos_cmp(Pos a, Pos b) {
    if (a.file != b.file) return a.file < b.file ? -1 : 1;
    if (a.line != b.line) return a.line < b.line ? -1 : 1;
    if (a.col != b.col) return a.col < b.col ? -1 : 1;
    return 0;
}

/* ---- diagnostics ------------------------------------------------------ */

bool diag_all_errors;
Pos diag_errpos;

typedef struct Diag {
    Pos pos;
    const char *msg;
    int seq; /* report order, to keep the sort stable */
} Diag;

static Vec diags;
static int diag_seq;
static bool diag_too_many; /* the 10th error was reported: gc would stop */
static Pos diag_too_many_pos;
static Pos last_syntax, last_other;
static const char *last_other_msg;
static int num_syntax_errors;

int diag_syntax_errors(void) {
    return num_syntax_errors;
}

static bool same_line(Pos a, Pos b) {
    return a.line > 0 && a.file == b.file && a.line == b.line;
}

void diag_verror(Pos pos, const char *fmt, va_list ap) {
    if (diag_too_many) return;
    if (pos_valid(diag_errpos)) pos = diag_errpos;
    va_list ap2;
    char probe[1];
    va_copy(ap2, ap);
    int n = vsnprintf(probe, sizeof probe, fmt, ap2);
    va_end(ap2);
    char *msg = arena_alloc((size_t)n + 1);
    vsnprintf(msg, (size_t)n + 1, fmt, ap);

    /* gc: only one syntax error per line, and only one of several equal
     * other errors per line. */
    if (strncmp(msg, "syntax error", 12) == 0) {
        num_syntax_errors++;
        if (same_line(last_syntax, pos)) return;
        last_syntax = pos;
    } else {
        if (same_line(last_other, pos) && last_other_msg && strcmp(last_other_msg, msg) == 0)
            return;
        last_other = pos;
        last_other_msg = msg;
    }

    Diag *d = ARENA_NEW(Diag);
    d->pos = pos;
    d->msg = msg;
    d->seq = diag_seq++;
    vec_push(&diags, d);
    if (diags.len >= 10 && !diag_all_errors) {
        diag_too_many = true;
        diag_too_many_pos = pos;
    }
}

void diag_error(Pos pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    diag_verror(pos, fmt, ap);
    va_end(ap);
}

int diag_count(void) {
    return diags.len;
}

void diag_clear(void) {
    diags.len = 0;
    diag_too_many = false;
}

static int diag_sort_cmp(const void *a, const void *b) {
    const Diag *x = *(Diag *const *)a, *y = *(Diag *const *)b;
    int c = pos_cmp(x->pos, y->pos);
    if (c) return c;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static void print_pos(FILE *f, Pos pos) {
    if (pos.line <= 0)
        fprintf(f, "<unknown line number>");
    else
        fprintf(f, "%s:%d:%d", src_file_name(pos.file), pos.line, pos.col);
}

int diag_flush(void) {
    int n = diags.len;
    if (n > 1) qsort(diags.items, (size_t)n, sizeof(void *), diag_sort_cmp);
    const Diag *prev = NULL;
    for (int i = 0; i < n; i++) {
        const Diag *d = VEC_AT(diags, i);
        if (prev && pos_cmp(prev->pos, d->pos) == 0 && strcmp(prev->msg, d->msg) == 0)
            continue; /* an exact duplicate line */
        print_pos(stderr, d->pos);
        fprintf(stderr, ": %s\n", d->msg);
        prev = d;
    }
    if (diag_too_many) {
        print_pos(stderr, diag_too_many_pos);
        fprintf(stderr, ": too many errors\n");
    }
    fflush(stderr);
    diags.len = 0;
    diag_too_many = false;
    return n;
}

_Noreturn void diag_ice(Pos pos, const char *fmt, ...) {
    diag_flush();
    print_pos(stderr, pos);
    fprintf(stderr, ": internal compiler error: ");
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\n");
    exit(1);
}
