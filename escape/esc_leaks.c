/* esc_leaks.c: parameter leak tags — a function's summary for its callers.
 *
 * For each parameter, a tag records the minimum dereference count with
 * which its value reaches the heap and each of the first seven results.
 * Calls from later batches route arguments through these tags instead of
 * the callee's body. Tagging also prints gc's parameter diagnostics
 * ("leaking param: p", "leaking param content: p", "leaking param: p to
 * result ~r0 level=0", "p does not escape"). */
#include "escape/esc_internal.h"

static int leaks_get(const EscLeaks *l, int i) {
    return (int)l->v[i] - 1;
}

static void leaks_set(EscLeaks *l, int i, int derefs) {
    int v = derefs + 1;
    if (v < 0) diag_ice((Pos){0, 0, 0}, "escape: invalid derefs count %d", derefs);
    if (v > 255) v = 255;
    l->v[i] = (uint8_t)v;
}

static void leaks_add(EscLeaks *l, int i, int derefs) {
    int old = leaks_get(l, i);
    if (old < 0 || derefs < old) leaks_set(l, i, derefs);
}

int esc_leaks_heap(const EscLeaks *l) {
    return leaks_get(l, 0);
}

int esc_leaks_result(const EscLeaks *l, int i) {
    return leaks_get(l, 1 + i);
}

void esc_leaks_add_heap(EscLeaks *l, int derefs) {
    leaks_add(l, 0, derefs);
}

void esc_leaks_add_result(EscLeaks *l, int i, int derefs) {
    leaks_add(l, 1 + i, derefs);
}

bool esc_leaks_empty(const EscLeaks *l) {
    for (int i = 0; i <= ESC_NUM_RESULTS; i++)
        if (l->v[i]) return false;
    return true;
}

void esc_leaks_optimize(EscLeaks *l) {
    int x = esc_leaks_heap(l);
    if (x < 0) return;
    for (int i = 0; i < ESC_NUM_RESULTS; i++)
        if (esc_leaks_result(l, i) >= x) l->v[1 + i] = 0;
}

void esc_leak_to(EscLoc *l, EscLoc *sink, int derefs) {
    /* A result that does not itself escape is recorded as a result leak,
     * if it is one of the first ESC_NUM_RESULTS. */
    if (!sink->escapes && sink->kind == LOC_VAR && sink->var->var.is_result && sink->fn == l->fn) {
        int ri = sink->result_index - 1;
        if (ri >= 0 && ri < ESC_NUM_RESULTS) {
            esc_leaks_add_result(&l->leaks, ri, derefs);
            return;
        }
    }
    esc_leaks_add_heap(&l->leaks, derefs);
}

static bool is_uintptr(Type *t) {
    Type *u = types_underlying(t);
    return u && u->kind == TY_BASIC && u->basic.kind == B_UINTPTR;
}

static bool is_named_param(Object *p) {
    return p->name && p->name[0] && p->name != intern_cstr("_");
}

static Node *func_body(FuncInfo *fi) {
    if (!fi->decl) return NULL;
    return fi->decl->kind == N_FUNCLIT ? fi->decl->funclit.body : fi->decl->funcdecl.body;
}

static EscLeaks param_tag(FuncInfo *fi, int narg, Object *p, bool diagnose) {
    EscLeaks esc = {0};
    const char *name = is_named_param(p) ? p->name : arena_printf("arg#%d", narg);
    if (!func_body(fi)) {
        if (is_uintptr(p->type)) {
            if (diagnose) esc_warn(p->pos, "assuming %s is unsafe uintptr", name);
            return esc;
        }
        if (!types_has_pointers(p->type)) return esc;
        /* Code we cannot see keeps what it is given, unless promised
         * otherwise with //go:noescape. */
        if (fi->noescape) {
            if (diagnose && is_named_param(p)) esc_warn(p->pos, "%s does not escape", name);
        } else {
            if (diagnose && is_named_param(p)) esc_warn(p->pos, "leaking param: %s", name);
            esc_leaks_add_heap(&esc, 0);
        }
        return esc;
    }
    if (!types_has_pointers(p->type)) return esc;
    if (!is_named_param(p)) return esc; /* unused, so it cannot escape */
    EscLoc *loc = p->esc;
    if (!loc) return esc;
    esc = loc->leaks;
    esc_leaks_optimize(&esc);
    if (diagnose && !loc->escapes) {
        if (esc_leaks_empty(&esc)) esc_warn(p->pos, "%s does not escape", name);
        int x = esc_leaks_heap(&esc);
        if (x >= 0) {
            if (x == 0)
                esc_warn(p->pos, "leaking param: %s", name);
            else
                esc_warn(p->pos, "leaking param content: %s", name);
        }
        for (int i = 0; i < ESC_NUM_RESULTS; i++) {
            int r = esc_leaks_result(&esc, i);
            if (r >= 0 && i < fi->results.len) {
                Object *res = VEC_AT(fi->results, i);
                esc_warn(p->pos, "leaking param: %s to result %s level=%d", name, res->name, r);
            }
        }
    }
    return esc;
}

void esc_tag_params(EscBatch *b, FuncInfo *fi) {
    (void)b;
    EscFn *ef = fi->esc;
    ef->state = ESCFN_TAGGED;
    ef->tags = ARENA_ARRAY(EscLeaks, fi->params.len + 1);
    bool diagnose = esc_m_level != 0 && esc_diagnose_fn(fi);
    for (int i = 0; i < fi->params.len; i++)
        ef->tags[i] = param_tag(fi, i + 1, VEC_AT(fi->params, i), diagnose);
}

EscLeaks esc_param_tag(FuncInfo *fi, int i) {
    EscFn *ef = fi->esc;
    if (ef && ef->tags && i >= 0 && i < fi->params.len) return ef->tags[i];
    /* Not analysed (should not happen): assume the worst. */
    EscLeaks l = {0};
    esc_leaks_add_heap(&l, 0);
    return l;
}
