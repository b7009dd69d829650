/* esc_summary.c: -escape-summary — how many allocation sites of each
 * function stay in its frame and how many go to the heap.
 *
 * It is for comparing builds (issue 6): -m's output must stay exactly gc's,
 * so the counts are printed separately, after it. An allocation site is
 * what -m reports: every allocating expression ("... escapes to heap" /
 * "... does not escape": new, &T{}, slice and map literals, make, func
 * literals, method values, string conversions and concatenations,
 * interface boxes, "... argument" slices) plus every variable moved to the
 * heap. A variable that stays in its frame is not an allocation, so it is
 * not counted; nor is the closure record gc builds for a go/defer call
 * (-m never reports it either).
 *
 * The stack-or-heap verdict is the one codegen acts on: the same queries
 * (esc_expr_on_heap, esc_box_on_heap, esc_ddd_on_heap, esc_var_on_heap),
 * so gc's back-end size rules and -d=noescape are reflected, and the
 * summary describes the binary that is built. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "escape/esc_internal.h"

Vec esc_all_batches;

/* Why a heap site is on the heap. */
enum { WHY_ESCAPES, WHY_TOO_LARGE, WHY_NONCONST, WHY_NOESCAPE, WHY_COUNT };
static const char *const why_names[WHY_COUNT] = {"escapes", "too large", "non-constant size",
                                                 "-d=noescape"};

typedef struct SumSite {
    EscLoc *loc;
    bool heap;
    int why;
} SumSite;

typedef struct SumFn {
    FuncInfo *fi;
    Pos pos;   /* for source order */
    int order; /* first appearance, to keep the sort stable */
    int stack, heap;
    int why[WHY_COUNT];
    Vec sites; /* SumSite*, heap ones, for -escape-summary=2 */
} SumFn;

/* Whether loc is an allocation site, and if so whether codegen puts it on
 * the heap. */
static bool site_decision(EscLoc *l, bool *heap) {
    if (l->kind == LOC_VAR) {
        if (!l->var || l->var->kind != OBJ_VAR) return false;
        *heap = esc_var_on_heap(l->var);
        return *heap; /* a frame variable is no allocation */
    }
    if (l->kind != LOC_EXPR || !l->n) return false;
    switch (l->site) {
    case SITE_EXPR: *heap = esc_expr_on_heap(l->n); return true;
    case SITE_BOX: *heap = esc_box_on_heap(l->n); return true;
    case SITE_DDD: *heap = esc_ddd_on_heap(l->n); return true;
    default: return false; /* go/defer records: -m does not report them */
    }
}

static int heap_why(EscLoc *l, bool no_escape) {
    if (l->heap_reason) {
        if (strstr(l->heap_reason, "non-constant")) return WHY_NONCONST;
        return WHY_TOO_LARGE;
    }
    if (l->escapes) return WHY_ESCAPES;
    /* the analysis kept it in the frame, the query did not: gc's size
     * rules of the back end, or the analysis switched off */
    return no_escape ? WHY_NOESCAPE : WHY_TOO_LARGE;
}

static int cmp_fn(const void *a, const void *b) {
    const SumFn *x = *(SumFn *const *)a, *y = *(SumFn *const *)b;
    if (x->pos.file != y->pos.file) return x->pos.file < y->pos.file ? -1 : 1;
    if (x->pos.line != y->pos.line) return x->pos.line < y->pos.line ? -1 : 1;
    if (x->pos.col != y->pos.col) return x->pos.col < y->pos.col ? -1 : 1;
    return x->order - y->order;
}

static void print_whys(const int *why, int heap) {
    if (heap == 0) {
        putchar('\n');
        return;
    }
    printf(" (");
    bool first = true;
    for (int w = 0; w < WHY_COUNT; w++) {
        if (!why[w]) continue;
        printf("%s%d %s", first ? "" : ", ", why[w], why_names[w]);
        first = false;
    }
    printf(")\n");
}

void esc_print_summary(int level, bool no_escape) {
    Vec fns = {0};
    for (int bi = 0; bi < esc_all_batches.len; bi++) {
        EscBatch *b = VEC_AT(esc_all_batches, bi);
        for (int i = 0; i < b->locs.len; i++) {
            EscLoc *l = VEC_AT(b->locs, i);
            if (!l->fn || !esc_diagnose_fn(l->fn)) continue;
            bool heap = false;
            if (!site_decision(l, &heap)) continue;
            SumFn *sf = NULL;
            for (int k = fns.len - 1; k >= 0 && !sf; k--)
                if (((SumFn *)VEC_AT(fns, k))->fi == l->fn) sf = VEC_AT(fns, k);
            if (!sf) {
                sf = ARENA_NEW(SumFn);
                sf->fi = l->fn;
                sf->pos = l->fn->decl ? l->fn->decl->pos : (Pos){INT32_MAX, 0, 0};
                sf->order = fns.len;
                vec_push(&fns, sf);
            }
            if (!heap) {
                sf->stack++;
                continue;
            }
            SumSite *s = ARENA_NEW(SumSite);
            s->loc = l;
            s->heap = true;
            s->why = heap_why(l, no_escape);
            sf->heap++;
            sf->why[s->why]++;
            vec_push(&sf->sites, s);
        }
    }
    qsort(fns.items, (size_t)fns.len, sizeof(void *), cmp_fn);
    int tstack = 0, theap = 0, twhy[WHY_COUNT] = {0};
    printf("escape summary: allocation sites on the stack and on the heap\n");
    for (int i = 0; i < fns.len; i++) {
        SumFn *sf = VEC_AT(fns, i);
        printf("%s: %d stack, %d heap", sf->fi->link_name ? sf->fi->link_name : "?", sf->stack,
               sf->heap);
        print_whys(sf->why, sf->heap);
        if (level >= 2)
            for (int k = 0; k < sf->sites.len; k++) {
                SumSite *s = VEC_AT(sf->sites, k);
                printf("    %s: %s%s: %s\n", esc_pos_string(s->loc->pos),
                       s->loc->kind == LOC_VAR ? "moved to heap: " : "", s->loc->spell,
                       why_names[s->why]);
            }
        tstack += sf->stack;
        theap += sf->heap;
        for (int w = 0; w < WHY_COUNT; w++)
            twhy[w] += sf->why[w];
    }
    printf("total: %d stack, %d heap", tstack, theap);
    print_whys(twhy, theap);
    fflush(stdout);
}
