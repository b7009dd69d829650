/* allocsites.c: escgo build -allocsites — heap allocations counted per
 * source site, the busiest printed at exit.
 *
 * Codegen gives every heap allocation site of the program a static
 * EscgoAllocSite record (escgo_rt.h) and calls escgo_alloc_site /
 * escgo_alloc_noscan_site with it instead of the plain allocators. Runtime
 * functions that allocate on a site's behalf (append growth, make of a
 * slice or map, map growth on assignment, string concatenation and
 * conversions) are called between escgo_allocsite_enter(site) and
 * escgo_allocsite_leave: the site is kept in a thread-local "current
 * site" for the duration of the call, so every object those calls allocate
 * is charged to the Go source line that made the call. Other runtime
 * allocations (panics, itab tables, ...) go to one "(runtime)" row.
 *
 * Counting rides on ESCGO_MEMSTATS' hook in escgo_alloc, so the allocation
 * path is unchanged when a program is built without -allocsites: this file
 * is only linked in when the generated code refers to it, and then it
 * switches counting on from a constructor, before any Go code runs. The
 * report goes to stderr when the program exits through exit(3) (main
 * returning, os.Exit); a fatal panic exits with _exit and prints none.
 * ESCGO_ALLOCSITES_TOP=N changes how many rows each table shows (10). */
#include "escgo_rt.h"
#include "rt_internal.h"
#include "rt_memstats.h"

#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Defined (as 1) by a module compiled with -allocsites; weak, so that the
 * runtime's own unit tests, which link every runtime file, stay silent. */
extern const uint8_t escgo_allocsites_enabled __attribute__((weak));

static EscgoAllocSite rt_runtime_site = {.pos = "?", .func = "(runtime)", .kind = "runtime"};

static _Thread_local EscgoAllocSite *rt_cur_site;
static _Atomic(EscgoAllocSite *) rt_sites;

static void rt_site_register(EscgoAllocSite *s) {
    _Atomic uint64_t *reg = (_Atomic uint64_t *)&s->registered;
    uint64_t expect = 0;
    if (!atomic_compare_exchange_strong(reg, &expect, 1)) return;
    EscgoAllocSite *head = atomic_load(&rt_sites);
    do {
        s->next = head;
    } while (!atomic_compare_exchange_weak(&rt_sites, &head, s));
}

static void rt_allocsites_count(int64_t size) {
    EscgoAllocSite *s = rt_cur_site ? rt_cur_site : &rt_runtime_site;
    if (__builtin_expect(
            !atomic_load_explicit((_Atomic uint64_t *)&s->registered, memory_order_relaxed), 0))
        rt_site_register(s);
    atomic_fetch_add_explicit((_Atomic uint64_t *)&s->count, 1, memory_order_relaxed);
    atomic_fetch_add_explicit((_Atomic uint64_t *)&s->bytes, (uint64_t)size, memory_order_relaxed);
}

void *escgo_allocsite_enter(EscgoAllocSite *site) {
    EscgoAllocSite *prev = rt_cur_site;
    rt_cur_site = site;
    return prev;
}

void escgo_allocsite_leave(void *prev) {
    rt_cur_site = prev;
}

void *escgo_alloc_site(int64_t size, EscgoAllocSite *site) {
    EscgoAllocSite *prev = rt_cur_site;
    rt_cur_site = site;
    void *p = escgo_alloc(size);
    rt_cur_site = prev;
    return p;
}

void *escgo_alloc_noscan_site(int64_t size, EscgoAllocSite *site) {
    EscgoAllocSite *prev = rt_cur_site;
    rt_cur_site = site;
    void *p = escgo_alloc_noscan(size);
    rt_cur_site = prev;
    return p;
}

/* ---- the report ------------------------------------------------------------ */

static int rt_by_count(const void *a, const void *b) {
    const EscgoAllocSite *x = *(EscgoAllocSite *const *)a, *y = *(EscgoAllocSite *const *)b;
    if (x->count != y->count) return x->count > y->count ? -1 : 1;
    if (x->bytes != y->bytes) return x->bytes > y->bytes ? -1 : 1;
    return strcmp(x->pos, y->pos);
}

static int rt_by_bytes(const void *a, const void *b) {
    const EscgoAllocSite *x = *(EscgoAllocSite *const *)a, *y = *(EscgoAllocSite *const *)b;
    if (x->bytes != y->bytes) return x->bytes > y->bytes ? -1 : 1;
    if (x->count != y->count) return x->count > y->count ? -1 : 1;
    return strcmp(x->pos, y->pos);
}

/* Appends to a fixed buffer, flushing it to stderr when full. */
typedef struct RtOut {
    char buf[4096];
    size_t len;
} RtOut;

static void rt_out_flush(RtOut *o) {
    if (o->len) rt_write_all(2, o->buf, o->len);
    o->len = 0;
}

static void rt_outf(RtOut *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void rt_outf(RtOut *o, const char *fmt, ...) {
    char line[1024];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    size_t len = (size_t)n < sizeof line ? (size_t)n : sizeof line - 1;
    if (o->len + len > sizeof o->buf) rt_out_flush(o);
    memcpy(o->buf + o->len, line, len);
    o->len += len;
}

static void rt_table(RtOut *o, EscgoAllocSite **v, size_t n, size_t top, const char *by) {
    int wpos = 4, wfunc = 8; /* the columns fit the rows shown */
    for (size_t i = 0; i < n && i < top; i++) {
        int lp = (int)strlen(v[i]->pos), lf = (int)strlen(v[i]->func);
        if (lp > wpos) wpos = lp < 200 ? lp : 200;
        if (lf > wfunc) wfunc = lf < 200 ? lf : 200;
    }
    rt_outf(o, "escgo allocsites: top %zu by %s\n", n < top ? n : top, by);
    rt_outf(o, "%12s %14s  %-*s  %-*s  %s\n", "count", "bytes", wpos, "site", wfunc, "function",
            "kind");
    for (size_t i = 0; i < n && i < top; i++)
        rt_outf(o, "%12llu %14llu  %-*s  %-*s  %s\n", (unsigned long long)v[i]->count,
                (unsigned long long)v[i]->bytes, wpos, v[i]->pos, wfunc, v[i]->func, v[i]->kind);
}

static void rt_allocsites_report(void) {
    size_t n = 0;
    uint64_t objs = 0, bytes = 0;
    for (EscgoAllocSite *s = atomic_load(&rt_sites); s; s = s->next)
        n++;
    EscgoAllocSite **v = malloc((n ? n : 1) * sizeof *v);
    if (!v) return;
    n = 0;
    for (EscgoAllocSite *s = atomic_load(&rt_sites); s; s = s->next) {
        v[n++] = s;
        objs += s->count;
        bytes += s->bytes;
    }
    size_t top = 10;
    const char *e = getenv("ESCGO_ALLOCSITES_TOP");
    if (e && *e) {
        long long t = strtoll(e, NULL, 10);
        if (t > 0) top = (size_t)t;
    }
    /* the program's own print output must come first */
    rt_print_flush_all();
    RtOut *o = malloc(sizeof *o);
    if (!o) {
        free(v);
        return;
    }
    o->len = 0;
    rt_outf(o, "escgo allocsites: %llu objects, %llu bytes from %zu sites\n",
            (unsigned long long)objs, (unsigned long long)bytes, n);
    qsort(v, n, sizeof *v, rt_by_count);
    rt_table(o, v, n, top, "count");
    qsort(v, n, sizeof *v, rt_by_bytes);
    rt_table(o, v, n, top, "bytes");
    rt_out_flush(o);
    free(o);
    free(v);
}

__attribute__((constructor)) static void rt_allocsites_init(void) {
    if (!&escgo_allocsites_enabled || !escgo_allocsites_enabled) return;
    rt_memstats_hook = rt_allocsites_count;
    rt_memstats_on = true;
    atexit(rt_allocsites_report);
}
