/* esc_graph.c: locations, holes and the edges between them.
 *
 * A hole is the context an expression is evaluated in: where its value goes
 * and how many times it is dereferenced on the way (&x shifts by -1, *p by
 * +1). Flowing a location into a hole records an incoming edge on the
 * hole's destination; the solver (esc_solve.c) walks those edges backwards.
 * Allocation sites are found again by node through a small hash table, so
 * codegen can ask about any node without the AST growing a field. */
#include <stdio.h>

#include "escape/esc_internal.h"

EscLoc *esc_new_loc(Esc *e, EscLocKind kind, bool transient) {
    EscLoc *l = ARENA_NEW(EscLoc);
    l->kind = kind;
    l->fn = e->fn;
    l->loop_depth = e->loop_depth;
    l->transient = transient;
    vec_push(&e->b->locs, l);
    return l;
}

EscLoc *esc_var_loc(Object *obj) {
    if (!obj || obj->kind != OBJ_VAR || obj->var.is_global) return NULL;
    return (EscLoc *)obj->esc;
}

EscHole esc_loc_hole(EscLoc *l) {
    return (EscHole){.dst = l};
}

EscHole esc_heap_hole(Esc *e) {
    return esc_loc_hole(&e->b->heap);
}

EscHole esc_discard_hole(Esc *e) {
    return esc_loc_hole(&e->b->blank);
}

EscHole esc_note(EscHole k, const Node *where, Pos pos, const char *why) {
    if (esc_m_level >= 2) {
        EscNote *n = ARENA_NEW(EscNote);
        n->next = k.notes;
        n->where = where;
        n->pos = pos;
        n->why = why;
        k.notes = n;
    }
    return k;
}

EscHole esc_note_s(EscHole k, const char *where, Pos pos, const char *why) {
    if (esc_m_level >= 2) {
        EscNote *n = ARENA_NEW(EscNote);
        n->next = k.notes;
        n->where_s = where;
        n->pos = pos;
        n->why = why;
        k.notes = n;
    }
    return k;
}

EscHole esc_shift(EscHole k, int delta) {
    k.derefs += delta;
    if (k.derefs < -1) diag_ice((Pos){0, 0, 0}, "escape: derefs underflow");
    k.addrtaken = delta < 0;
    return k;
}

EscHole esc_deref(EscHole k, const Node *where, Pos pos, const char *why) {
    return esc_note(esc_shift(k, 1), where, pos, why);
}

EscHole esc_addr_of(EscHole k, const Node *where, Pos pos, const char *why) {
    return esc_note(esc_shift(k, -1), where, pos, why);
}

static void add_edge(EscLoc *dst, EscLoc *src, int derefs, EscNote *notes) {
    if (dst->nedges == dst->capedges) {
        int ncap = dst->capedges ? dst->capedges * 2 : 4;
        EscEdge *ne = ARENA_ARRAY(EscEdge, ncap);
        for (int i = 0; i < dst->nedges; i++)
            ne[i] = dst->edges[i];
        dst->edges = ne;
        dst->capedges = ncap;
    }
    dst->edges[dst->nedges++] = (EscEdge){.src = src, .derefs = derefs, .notes = notes};
}

void esc_flow(EscBatch *b, EscHole k, EscLoc *src) {
    if (k.addrtaken) src->addrtaken = true;
    EscLoc *dst = k.dst;
    if (dst == &b->blank) return;
    if (dst == src && k.derefs >= 0) /* x = x, x = *x ... */
        return;
    if (dst->escapes && k.derefs < 0) { /* the heap takes src's address */
        if (esc_m_level >= 2 && !src->escapes && esc_diagnose_fn(src->fn)) {
            const char *pos = esc_pos_string(src->pos);
            printf("%s: %s escapes to heap:\n", pos, src->spell);
            esc_explain_flow(b, pos, dst, src, k.derefs, k.notes);
        }
        src->escapes = true;
        return;
    }
    add_edge(dst, src, k.derefs, k.notes);
}

/* A temporary that flows into every hole of ks (gc's teeHole). */
EscHole esc_tee(Esc *e, EscHole *ks, int n) {
    if (n == 0) return esc_discard_hole(e);
    if (n == 1) return ks[0];
    EscLoc *tmp = esc_new_loc(e, LOC_TEMP, true);
    for (int i = 0; i < n; i++) {
        if (ks[i].derefs < 0) diag_ice((Pos){0, 0, 0}, "escape: tee with negative derefs");
        esc_flow(e->b, ks[i], tmp);
    }
    return esc_loc_hole(tmp);
}

/* A hole that flows into k "later": its storage must not be reused at once
 * (defer arguments at the top level of a function). */
EscHole esc_later(Esc *e, EscHole k) {
    EscLoc *tmp = esc_new_loc(e, LOC_TEMP, false);
    esc_flow(e->b, k, tmp);
    return esc_loc_hole(tmp);
}

EscHole esc_spill(Esc *e, EscHole k, const Node *n, EscSite site, Pos pos, const char *spell) {
    EscLoc *loc = esc_new_loc(e, LOC_EXPR, true);
    loc->n = n;
    loc->site = site;
    loc->pos = pos;
    loc->spell = spell;
    esc_site_register(n, site, loc);
    if (site == SITE_WRAP)
        esc_flow(e->b, esc_note_s(esc_shift(k, -1), spell, pos, "spill"), loc);
    else
        esc_flow(e->b, esc_addr_of(k, n, pos, "spill"), loc);
    return esc_loc_hole(loc);
}

/* ---- the site table: (node, site) -> location ---------------------------- */

typedef struct SiteEntry {
    const Node *n;
    EscSite site;
    EscLoc *loc;
} SiteEntry;

static SiteEntry *site_tab;
static size_t site_cap, site_len;

static size_t site_hash(const Node *n, EscSite site) {
    uintptr_t h = (uintptr_t)n;
    h ^= h >> 17;
    h *= 0x9E3779B97F4A7C15ull;
    return (size_t)(h ^ (uintptr_t)site * 0x85EBCA6Bu);
}

static void site_insert(SiteEntry ent) {
    size_t mask = site_cap - 1;
    size_t i = site_hash(ent.n, ent.site) & mask;
    while (site_tab[i].n && !(site_tab[i].n == ent.n && site_tab[i].site == ent.site))
        i = (i + 1) & mask;
    if (!site_tab[i].n) site_len++;
    site_tab[i] = ent;
}

void esc_site_register(const Node *n, EscSite site, EscLoc *loc) {
    if (!n) return;
    if ((site_len + 1) * 2 > site_cap) {
        SiteEntry *old = site_tab;
        size_t ocap = site_cap;
        site_cap = site_cap ? site_cap * 2 : 256;
        site_tab = ARENA_ARRAY(SiteEntry, site_cap);
        site_len = 0;
        for (size_t i = 0; i < ocap; i++)
            if (old[i].n) site_insert(old[i]);
    }
    site_insert((SiteEntry){n, site, loc});
}

EscLoc *esc_site_lookup(const Node *n, EscSite site) {
    if (!site_cap || !n) return NULL;
    size_t mask = site_cap - 1;
    size_t i = site_hash(n, site) & mask;
    while (site_tab[i].n) {
        if (site_tab[i].n == n && site_tab[i].site == site) return site_tab[i].loc;
        i = (i + 1) & mask;
    }
    return NULL;
}
