/* common.h: what every stage of the compiler shares — arena allocation,
 * growable arrays, pointer maps, interned strings, source positions and
 * diagnostics.
 *
 * Compiler data lives in one arena and is never freed one by one: the
 * compiler is a short-lived process, so freeing would only cost time. */
#ifndef ESCGO_COMMON_H
#define ESCGO_COMMON_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- arena ---------------------------------------------------------- */

/* Zeroed memory that lives until the process exits. Never returns NULL. */
void *arena_alloc(size_t size);
char *arena_strdup(const char *s);
char *arena_strndup(const char *s, size_t n);
char *arena_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#define ARENA_NEW(T) ((T *)arena_alloc(sizeof(T)))
#define ARENA_ARRAY(T, n) ((T *)arena_alloc(sizeof(T) * (size_t)(n)))

/* ---- growable arrays -------------------------------------------------- */

/* A vector of pointers, grown in the arena (old storage is abandoned). */
typedef struct Vec {
    void **items;
    int len;
    int cap;
} Vec;

void vec_push(Vec *v, void *item);
#define VEC_AT(v, i) ((v).items[(i)])

/* ---- pointer maps ----------------------------------------------------- */

/* A map from pointers to pointers (declarations by Object*, debug types by
 * Type*, rewritten calls by Node*, ...): one hash table for the whole
 * compiler, tested once, instead of a hand-written copy in each stage.
 * Open addressing in the arena (old storage is abandoned as it grows).
 * A zeroed PtrMap is an empty map; keys are never removed; NULL is not a
 * key (ptrmap_get of NULL returns NULL). */
typedef struct PtrMap {
    const void **keys;
    void **vals;
    size_t cap, len; /* len = how many keys */
} PtrMap;

/* The value stored under key, or NULL if there is none. */
void *ptrmap_get(const PtrMap *m, const void *key);
/* Stores val under key, replacing what was there. */
void ptrmap_put(PtrMap *m, const void *key, void *val);

/* ---- interned strings ------------------------------------------------- */

/* Identifiers are interned, so two names are equal iff their pointers are. */
const char *intern(const char *s, size_t len);
const char *intern_cstr(const char *s);

/* ---- positions -------------------------------------------------------- */

/* A source position. file indexes the table of source files (src_file_name);
 * line and col are 1-based, col counts bytes as gc does. line 0 = unknown. */
typedef struct Pos {
    int32_t file;
    int32_t line;
    int32_t col;
} Pos;

int src_add_file(const char *name); /* returns its index */
const char *src_file_name(int file);
int pos_cmp(Pos a, Pos b);
static inline bool pos_valid(Pos p) {
    return p.line > 0;
}

/* ---- diagnostics ------------------------------------------------------ */

/* Errors are collected, then printed sorted by position in gc's format
 * "file:LINE:COL: message". gc stops after 10 errors with "too many errors". */
void diag_error(Pos pos, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void diag_verror(Pos pos, const char *fmt, va_list ap);
int diag_count(void);
/* Drops the errors reported so far (none is printed). */
void diag_clear(void);
/* How many "syntax error: ..." errors have been reported (gc's
 * base.SyntaxErrors): gc type-checks nothing if there were any, though it
 * does after other parser errors such as "newline in string". (Added by the
 * parser author.) */
int diag_syntax_errors(void);
/* Prints the collected errors (sorted, duplicates on one line removed) to
 * stderr and clears them. Returns how many there were. */
int diag_flush(void);

/* An internal compiler error: a bug in escgo, never the user's fault.
 * Prints "file:line:col: internal compiler error: ..." and exits 1. */
_Noreturn void diag_ice(Pos pos, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Whether -e was given (report all errors instead of stopping at 10). */
extern bool diag_all_errors;

/* When valid, errors are reported at this position instead of their own
 * (types2's errpos: errors in a constant's initializer repeated from an
 * earlier spec are reported at the constant's name). Set by the checker. */
extern Pos diag_errpos;

#endif
