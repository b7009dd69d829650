/* esc_solve.c: solving the location graph of one batch.
 *
 * From every location (the root) a walk over incoming edges computes the
 * minimum number of dereferences with which each other location's value
 * reaches the root. A location whose address reaches a root that outlives
 * it must be heap allocated; a parameter whose value reaches the heap or a
 * result gets a leak. The edges carry negative counts (&x), so this is a
 * Bellman-Ford walk, with counts clamped at 0 once an address has been
 * taken ("root = &l; l = x" does not take x's address). A location that
 * newly escapes is walked again, so the whole is a fixed point. */
#include <stdio.h>
#include <string.h>

#include "escape/esc_internal.h"

static bool is_result(EscLoc *l) {
    return l->kind == LOC_VAR && l->var->var.is_result;
}

static bool is_param(EscLoc *l) {
    return l->kind == LOC_VAR && l->is_param;
}

/* Whether closure c is nested (at any depth) inside function f. */
static bool contains_closure(FuncInfo *f, FuncInfo *c) {
    if (f == c) return false;
    for (FuncInfo *p = c ? c->outer : NULL; p; p = p->outer)
        if (p == f) return true;
    return false;
}

bool esc_outlives(EscLoc *l, EscLoc *other) {
    if (l->escapes) return true;
    /* Callers may keep results forever, except a func literal called
     * right where it is written, whose results its caller sees. */
    if (is_result(l)) {
        EscFn *ef = l->fn ? l->fn->esc : NULL;
        if (ef && ef->closure_called && contains_closure(other->fn, l->fn)) return false;
        return true;
    }
    /* Declared outside other's loop: "var l *int; for { l = new(int) }". */
    if (l->fn == other->fn && l->loop_depth < other->loop_depth) return true;
    /* other belongs to a closure inside l's function. */
    if (contains_closure(l->fn, other->fn)) return true;
    return false;
}

const char *esc_explain_loc(EscBatch *b, EscLoc *l) {
    if (l == &b->heap) return "{heap}";
    if (l->kind == LOC_TEMP || !l->spell) return "{temp}";
    if (l->kind == LOC_VAR) return l->spell;
    return arena_printf("{storage for %s}", l->spell);
}

void esc_explain_flow(EscBatch *b, const char *pos, EscLoc *dst, EscLoc *src, int derefs,
                      EscNote *notes) {
    char ops[64];
    if (derefs < 0) {
        strcpy(ops, "&");
    } else {
        int n = derefs < 63 ? derefs : 63;
        memset(ops, '*', (size_t)n);
        ops[n] = 0;
    }
    printf("%s:   flow: %s = %s%s:\n", pos, esc_explain_loc(b, dst), ops, esc_explain_loc(b, src));
    for (EscNote *n = notes; n; n = n->next)
        printf("%s:     from %s (%s) at %s\n", pos,
               n->where ? esc_node_string(n->where) : n->where_s, n->why, esc_pos_string(n->pos));
}

static void explain_path(EscBatch *b, EscLoc *root, EscLoc *src) {
    const char *pos = esc_pos_string(src->pos);
    Vec visited = {0};
    for (;;) {
        for (int i = 0; i < visited.len; i++)
            if (VEC_AT(visited, i) == src) {
                printf("%s:   warning: truncated explanation due to assignment cycle; see "
                       "golang.org/issue/35518\n",
                       pos);
                return;
            }
        vec_push(&visited, src);
        EscLoc *dst = src->dst;
        if (!dst) return;
        EscEdge *edge = &dst->edges[src->dst_edge];
        esc_explain_flow(b, pos, dst, src, edge->derefs, edge->notes);
        if (dst == root) return;
        src = dst;
    }
}

typedef struct Queue {
    EscLoc **items;
    int len, cap;
} Queue;

static void q_push(Queue *q, EscLoc *l) {
    if (q->len == q->cap) {
        int ncap = q->cap ? q->cap * 2 : 64;
        EscLoc **ni = ARENA_ARRAY(EscLoc *, ncap);
        for (int i = 0; i < q->len; i++)
            ni[i] = q->items[i];
        q->items = ni;
        q->cap = ncap;
    }
    q->items[q->len++] = l;
}

static Queue todo_all;

static void enqueue(EscLoc *l) {
    if (!l->queued) {
        q_push(&todo_all, l);
        l->queued = true;
    }
}

static void walk_one(EscBatch *b, EscLoc *root, uint32_t walkgen) {
    root->walkgen = walkgen;
    root->derefs = 0;
    root->dst = NULL;

    static Queue todo;
    todo.len = 0;
    q_push(&todo, root);
    while (todo.len > 0) {
        EscLoc *l = todo.items[--todo.len];
        int derefs = l->derefs;

        bool address_of = derefs < 0;
        if (address_of) {
            derefs = 0;
            if (!root->transient && l->transient) {
                l->transient = false;
                enqueue(l);
            }
        }

        if (esc_outlives(root, l)) {
            if (is_param(l)) {
                if (esc_m_level >= 2 && !l->escapes && esc_diagnose_fn(l->fn)) {
                    printf("%s: parameter %s leaks to %s with derefs=%d:\n", esc_pos_string(l->pos),
                           l->spell, esc_explain_loc(b, root), derefs);
                    explain_path(b, root, l);
                }
                esc_leak_to(l, root, derefs);
            }
            if (address_of && !l->escapes) {
                if (esc_m_level >= 2 && esc_diagnose_fn(l->fn)) {
                    printf("%s: %s escapes to heap:\n", esc_pos_string(l->pos), l->spell);
                    explain_path(b, root, l);
                }
                l->escapes = true;
                enqueue(l);
                continue;
            }
        }

        for (int i = 0; i < l->nedges; i++) {
            EscEdge *edge = &l->edges[i];
            if (edge->src->escapes) continue;
            int d = derefs + edge->derefs;
            if (edge->src->walkgen != walkgen || edge->src->derefs > d) {
                edge->src->walkgen = walkgen;
                edge->src->derefs = d;
                edge->src->dst = l;
                edge->src->dst_edge = i;
                q_push(&todo, edge->src);
            }
        }
    }
}

void esc_walk_all(EscBatch *b) {
    todo_all.len = 0;
    for (int i = 0; i < b->locs.len; i++)
        enqueue(VEC_AT(b->locs, i));
    enqueue(&b->heap);

    static uint32_t walkgen;
    while (todo_all.len > 0) {
        EscLoc *root = todo_all.items[--todo_all.len];
        root->queued = false;
        walkgen++;
        walk_one(b, root, walkgen);
    }
}
