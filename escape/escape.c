/* escape.c: escape analysis' entry point, its batches, and the decisions
 * codegen reads.
 *
 * Functions are grouped into strongly connected components of the static
 * call graph (Tarjan's algorithm, as gc's ir.VisitFuncsBottomUp does it:
 * any reference to a function counts, and a func literal always belongs
 * to the component of the function it is written in). Components are
 * analysed callees first, so every call leaving a component finds its
 * callee already summarised by parameter tags. Package-level variable
 * initialisers that gc cannot lay out statically are analysed last, as
 * gc analyses the package's init function. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "escape/esc_internal.h"

int esc_m_level;
static bool analysed;

/* ---- references from a function body (call-graph edges) --------------------- */

typedef void (*RefFn)(FuncInfo *callee, void *ctx);

typedef struct RefWalk {
    RefFn cb;
    void *ctx;
} RefWalk;

static void ref_obj(Object *o, RefWalk *w) {
    if (o && o->kind == OBJ_FUNC && o->func.info) w->cb(o->func.info, w->ctx);
}

/* A function refers to the functions it names, to the methods it selects
 * and to its func literals (whose bodies are their own functions). */
static bool ref_visit(Node *n, void *ctx) {
    RefWalk *w = ctx;
    switch (n->kind) {
    case N_IDENT: ref_obj(n->ident.obj, w); break;
    case N_FUNCLIT:
        if (n->funclit.info) w->cb(n->funclit.info, w->ctx);
        return false;
    case N_SELECTOR: {
        Selection *s = n->selector.selection;
        if (!s)
            ref_obj(n->selector.sel->ident.obj, w); /* pkg.F */
        else if (s->kind != SEL_FIELD)
            ref_obj(s->obj, w);
        FuncInfo *dv = esc_devirt_callee(n); /* x.M() devirtualized to T.M */
        if (dv) w->cb(dv, w->ctx);
        break;
    }
    default: break;
    }
    return true;
}

static void refs(Node *n, RefFn cb, void *ctx) {
    RefWalk w = {cb, ctx};
    ast_walk(n, ref_visit, &w);
}

static Node *func_body(FuncInfo *fi) {
    if (!fi->decl) return NULL;
    return fi->decl->kind == N_FUNCLIT ? fi->decl->funclit.body : fi->decl->funcdecl.body;
}

static bool is_hidden_closure(FuncInfo *fi) {
    return fi->decl && fi->decl->kind == N_FUNCLIT && fi->outer;
}

/* ---- batches ---------------------------------------------------------------- */

static void init_func(EscBatch *b, FuncInfo *fi) {
    EscFn *ef = fi->esc;
    ef->state = ESCFN_PLANNED;
    Esc e = {.b = b, .fn = fi, .loop_depth = 1};
    Vec *lists[3] = {&fi->params, &fi->results, &fi->locals};
    for (int li = 0; li < 3; li++)
        for (int i = 0; i < lists[li]->len; i++) {
            Object *o = VEC_AT(*lists[li], i);
            if (!o || o->kind != OBJ_VAR || o->esc) continue;
            EscLoc *l = esc_new_loc(&e, LOC_VAR, false);
            l->var = o;
            l->spell = o->name ? o->name : "?";
            l->pos = o->pos;
            l->is_param = li == 0;
            if (li == 1) l->result_index = i + 1;
            o->esc = l;
        }
}

static void flow_closure(EscBatch *b, EscClosure *c) {
    FuncInfo *fi = c->lit->funclit.info;
    EscFn *ef = fi->esc;
    ef->capture_byref = ARENA_ARRAY(bool, fi->captures.len + 1);
    for (int i = 0; i < fi->captures.len; i++) {
        Object *cv = VEC_AT(fi->captures, i);
        EscLoc *loc = esc_var_loc(cv);
        if (!loc) continue;
        int64_t size = types_sizeof(cv->type);
        bool byval = !loc->addrtaken && !loc->reassigned && size <= 128;
        ef->capture_byref[i] = !byval;
        if (esc_m_level > 1 && esc_diagnose_fn(fi))
            esc_warn(cv->pos, "%s capturing by %s: %s (addr=%s assign=%s width=%lld)",
                     cv->var.func ? esc_func_name(cv->var.func) : "?", byval ? "value" : "ref",
                     cv->name, loc->addrtaken ? "true" : "false",
                     loc->reassigned ? "true" : "false", (long long)size);
        EscHole k = c->k;
        if (!byval) k = esc_addr_of(k, c->lit, c->lit->pos, "reference");
        esc_flow(b, esc_note_s(k, cv->name, cv->pos, "captured by a closure"), loc);
    }
}

/* gc's limits (ir.MaxStackVarSize, ir.MaxImplicitStackVarSize); smaller
 * with -smallframes. */
static int64_t max_stack_var_size = 10 * 1024 * 1024;
static int64_t max_implicit_stack_var_size = 64 * 1024;
#define MAX_STACK_VAR_SIZE          max_stack_var_size
#define MAX_IMPLICIT_STACK_VAR_SIZE max_implicit_stack_var_size

static bool small_int_const(Node *n) {
    if (!n || n->mode != MODE_CONSTANT || !n->cval || n->cval->kind != CONST_INT) return false;
    if (!mpz_fits_slong_p(n->cval->i)) return false;
    long v = mpz_get_si(n->cval->i);
    return v >= INT32_MIN && v <= INT32_MAX;
}

static BuiltinId builtin_of(const Node *call) {
    const Node *f = ast_unparen(call->call.fun);
    const Object *o = NULL;
    if (f->kind == N_IDENT)
        o = f->ident.obj;
    else if (f->kind == N_SELECTOR)
        o = f->selector.sel->ident.obj;
    return o && o->kind == OBJ_BUILTIN ? o->builtin.id : BUILTIN_NONE;
}

/* gc's HeapAllocReason: storage too large (or of unknown size) for a
 * stack frame. */
static const char *heap_alloc_reason(EscLoc *l) {
    if (l->kind == LOC_VAR) {
        if (l->var->var.is_param || l->var->var.is_result) return NULL;
        if (types_sizeof(l->var->type) > MAX_STACK_VAR_SIZE) return "too large for stack";
        return NULL;
    }
    if (l->kind != LOC_EXPR || l->site != SITE_EXPR) return NULL;
    const Node *n = l->n;
    Type *u = n->type ? types_underlying(n->type) : NULL;
    bool ptr_alloc =
        (n->kind == N_CALL && n->call.call_kind == CALL_BUILTIN && builtin_of(n) == BUILTIN_NEW) ||
        n->kind == N_UNARY || (n->kind == N_COMPOSITELIT && u && u->kind == TY_POINTER);
    if (ptr_alloc && u && u->kind == TY_POINTER &&
        types_sizeof(u->pointer.elem) > MAX_IMPLICIT_STACK_VAR_SIZE)
        return "too large for stack";
    /* a method value's closure holds the receiver */
    if (n->kind == N_SELECTOR && n->selector.selection &&
        n->selector.selection->kind == SEL_METHOD) {
        Object *m = n->selector.selection->obj;
        Type *sig = m->type ? types_underlying(m->type) : NULL;
        Object *recv = sig && sig->kind == TY_SIGNATURE ? sig->sig.recv : NULL;
        if (recv && 8 + types_sizeof(recv->type) > MAX_IMPLICIT_STACK_VAR_SIZE)
            return "too large for stack";
    }
    if (n->kind == N_FUNCLIT && n->funclit.info) {
        FuncInfo *fi = n->funclit.info;
        EscFn *ef = fi->esc;
        int64_t size = 8;
        for (int i = 0; i < fi->captures.len; i++) {
            bool byref = ef && ef->capture_byref ? ef->capture_byref[i] : true;
            size += byref ? 8 : types_sizeof(((Object *)VEC_AT(fi->captures, i))->type);
        }
        if (size > MAX_IMPLICIT_STACK_VAR_SIZE) return "too large for stack";
    }
    if (n->kind == N_CALL && n->call.call_kind == CALL_BUILTIN && builtin_of(n) == BUILTIN_MAKE &&
        u && u->kind == TY_SLICE) {
        Node *r = n->call.args.len > 2 ? VEC_AT(n->call.args, 2)
                                       : (n->call.args.len > 1 ? VEC_AT(n->call.args, 1) : NULL);
        if (!small_int_const(r)) return "non-constant size";
        int64_t es = types_sizeof(u->slice.elem);
        if (es != 0 && mpz_get_si(r->cval->i) > MAX_IMPLICIT_STACK_VAR_SIZE / es)
            return "too large for stack";
    }
    return NULL;
}

static void apply_heap_reasons(EscBatch *b) {
    for (int i = 0; i < b->locs.len; i++) {
        EscLoc *l = VEC_AT(b->locs, i);
        const char *why = heap_alloc_reason(l);
        if (!why) continue;
        l->heap_reason = why;
        EscHole k = esc_shift(esc_loc_hole(&b->heap), -1);
        if (l->kind == LOC_EXPR)
            k = esc_note(k, l->n, l->pos, why);
        else
            k = esc_note_s(k, l->spell, l->pos, why);
        esc_flow(b, k, l);
    }
}

static EscBatch *new_batch(Program *prog) {
    EscBatch *b = ARENA_NEW(EscBatch);
    b->prog = prog;
    b->heap.kind = LOC_HEAP;
    b->heap.escapes = true;
    b->blank.kind = LOC_BLANK;
    vec_push(&esc_all_batches, b); /* for -escape-summary */
    return b;
}

static void solve_and_finish(EscBatch *b, Vec *fns) {
    for (int i = 0; i < b->closures.len; i++)
        flow_closure(b, VEC_AT(b->closures, i));
    b->closures.len = 0;
    apply_heap_reasons(b);
    esc_walk_all(b);
    for (int i = 0; fns && i < fns->len; i++)
        esc_tag_params(b, VEC_AT(*fns, i));
    esc_report_batch(b);
}

static void analyze_batch(Program *prog, Vec *fns) {
    EscBatch *b = new_batch(prog);
    for (int i = 0; i < fns->len; i++)
        init_func(b, VEC_AT(*fns, i));
    for (int i = 0; i < fns->len; i++) {
        FuncInfo *fi = VEC_AT(*fns, i);
        if (!is_hidden_closure(fi)) esc_walk_func(b, fi);
    }
    solve_and_finish(b, fns);
}

/* ---- Tarjan over the call graph (gc's bottomUpVisitor) ----------------------- */

static uint32_t visitgen;
static Vec scc_stack;
static Program *cur_prog;

static uint32_t visit(FuncInfo *fi);

typedef struct VisitCtx {
    uint32_t min;
} VisitCtx;

static void visit_ref(FuncInfo *callee, void *ctx) {
    VisitCtx *vc = ctx;
    if (!callee->esc) return;
    uint32_t m = visit(callee);
    if (m < vc->min) vc->min = m;
}

static uint32_t visit(FuncInfo *fi) {
    EscFn *ef = fi->esc;
    if (ef->scc_id > 0) return ef->scc_id;
    uint32_t id = ++visitgen;
    ef->scc_id = id;
    VisitCtx vc = {.min = ++visitgen};
    vec_push(&scc_stack, fi);
    refs(func_body(fi), visit_ref, &vc);
    if ((vc.min == id || vc.min == id + 1) && !is_hidden_closure(fi)) {
        int i;
        for (i = scc_stack.len - 1; i >= 0; i--) {
            FuncInfo *x = VEC_AT(scc_stack, i);
            ((EscFn *)x->esc)->scc_id = UINT32_MAX;
            if (x == fi) break;
        }
        Vec block = {0};
        for (int j = i; j < scc_stack.len; j++)
            vec_push(&block, VEC_AT(scc_stack, j));
        scc_stack.len = i;
        analyze_batch(cur_prog, &block);
    }
    return vc.min;
}

/* ---- package-level initialisers ------------------------------------------------ */

/* Whether gc's static initialiser lays the value out at compile time, so
 * that no code (and no -m line) is generated for it. */
static bool static_init(Node *n) {
    n = ast_unparen(n);
    if (n->mode == MODE_CONSTANT) return true;
    switch (n->kind) {
    case N_IDENT:
        return n->ident.obj && (n->ident.obj->kind == OBJ_NIL || n->ident.obj->kind == OBJ_FUNC ||
                                n->ident.obj->kind == OBJ_CONST);
    case N_FUNCLIT: return true;
    case N_COMPOSITELIT: {
        Type *u = n->type ? types_underlying(n->type) : NULL;
        if (!u || u->kind == TY_MAP) return false;
        for (int i = 0; i < n->complit.elts.len; i++) {
            Node *el = VEC_AT(n->complit.elts, i);
            if (el->kind == N_KEYVALUE) el = el->keyvalue.value;
            if (!static_init(el)) return false;
        }
        return true;
    }
    case N_UNARY: {
        if (n->unary.op != T_AND) return false;
        Node *x = ast_unparen(n->unary.x);
        if (x->kind == N_COMPOSITELIT) return static_init(x);
        return x->kind == N_IDENT && x->ident.obj && x->ident.obj->kind == OBJ_VAR &&
               x->ident.obj->var.is_global;
    }
    case N_SELECTOR: return !n->selector.selection;
    default: return false;
    }
}

/* A package-level initialiser: gc lays out composite literals (and &T{...})
 * statically and generates code only for their dynamic parts. */
static void init_expr(Esc *e, Node *n, Type *dst) {
    Node *u = ast_unparen(n);
    if (u->kind == N_UNARY && u->unary.op == T_AND &&
        ast_unparen(u->unary.x)->kind == N_COMPOSITELIT)
        u = ast_unparen(u->unary.x);
    Type *t = u->type ? types_underlying(u->type) : NULL;
    if (u->kind == N_COMPOSITELIT && t && t->kind == TY_POINTER)
        t = types_underlying(t->pointer.elem);
    if (u->kind != N_COMPOSITELIT || !t || t->kind == TY_MAP ||
        (dst && types_is_interface(dst) && !types_is_interface(u->type))) {
        if (!static_init(n)) esc_expr_conv(e, esc_heap_hole(e), n, dst, esc_last_pos(n, n->pos));
        return;
    }
    for (int i = 0; i < u->complit.elts.len; i++) {
        Node *el = VEC_AT(u->complit.elts, i);
        Type *et = NULL;
        if (t->kind == TY_SLICE)
            et = t->slice.elem;
        else if (t->kind == TY_ARRAY)
            et = t->array.elem;
        else if (t->kind == TY_STRUCT) {
            if (el->kind == N_KEYVALUE && el->keyvalue.key->kind == N_IDENT &&
                el->keyvalue.key->ident.obj)
                et = el->keyvalue.key->ident.obj->type;
            else if (i < types_num_fields(t))
                et = types_field(t, i)->type;
        }
        init_expr(e, el->kind == N_KEYVALUE ? el->keyvalue.value : el, et);
    }
}

static void analyze_inits(Program *prog, Package *pkg) {
    bool any = false;
    for (int i = 0; i < pkg->var_inits.len && !any; i++) {
        VarInit *vi = VEC_AT(pkg->var_inits, i);
        any = vi->rhs && (vi->lhs.len != 1 || !static_init(vi->rhs));
    }
    if (!any) return;
    FuncInfo *fi = ARENA_NEW(FuncInfo);
    fi->link_name = arena_printf("%s.init", pkg->path);
    EscFn *ef = ARENA_NEW(EscFn);
    ef->in_user_pkg = pkg == prog->main;
    ef->state = ESCFN_STARTED;
    fi->esc = ef;
    EscBatch *b = new_batch(prog);
    Esc e = {.b = b, .fn = fi, .loop_depth = 1};
    for (int i = 0; i < pkg->var_inits.len; i++) {
        VarInit *vi = VEC_AT(pkg->var_inits, i);
        if (!vi->rhs) continue;
        int n = vi->lhs.len;
        if (n == 1 && static_init(vi->rhs)) continue;
        if (n > 1) {
            EscHole *ks = ARENA_ARRAY(EscHole, n);
            for (int j = 0; j < n; j++)
                ks[j] = esc_heap_hole(&e);
            Node *r = ast_unparen(vi->rhs);
            if (r->kind == N_CALL)
                esc_call(&e, ks, n, r);
            else
                esc_expr(&e, ks[0], r);
            continue;
        }
        Object *lhs = VEC_AT(vi->lhs, 0);
        if (lhs->name == intern_cstr("_"))
            esc_discard(&e, vi->rhs);
        else
            init_expr(&e, vi->rhs, lhs->type);
    }
    ef->state = ESCFN_TAGGED;
    solve_and_finish(b, NULL);
}

/* ---- entry ---------------------------------------------------------------------- */

static Package *func_package(Program *prog, FuncInfo *fi) {
    for (FuncInfo *f = fi; f; f = f->outer)
        if (f->obj) return f->obj->pkg;
    /* a package-level func literal: "path.glob..funcN" */
    for (int i = 0; i < prog->packages.len; i++) {
        Package *p = VEC_AT(prog->packages, i);
        size_t n = strlen(p->path);
        if (fi->link_name && strncmp(fi->link_name, p->path, n) == 0 &&
            strncmp(fi->link_name + n, ".glob..", 7) == 0)
            return p;
    }
    return NULL;
}

/* gc visits functions in the order of its declaration list, which is source
 * order; the checker lists a package-level func literal (in a var's
 * initializer) before the package's functions. Roots are sorted back into
 * source order within each package, so that -m prints in gc's order. */
typedef struct RootKey {
    FuncInfo *fi;
    int pkg_rank; /* first appearance of its package in prog->funcs */
    int index;    /* in prog->funcs: keeps the sort stable */
    Pos pos;
} RootKey;

static int cmp_root(const void *a, const void *b) {
    const RootKey *x = a, *y = b;
    if (x->pkg_rank != y->pkg_rank) return x->pkg_rank < y->pkg_rank ? -1 : 1;
    if (x->pos.file != y->pos.file) return x->pos.file < y->pos.file ? -1 : 1;
    if (x->pos.line != y->pos.line) return x->pos.line < y->pos.line ? -1 : 1;
    if (x->pos.col != y->pos.col) return x->pos.col < y->pos.col ? -1 : 1;
    return x->index < y->index ? -1 : x->index > y->index;
}

void esc_analyze(Program *prog, const EscOptions *opts) {
    esc_m_level = opts ? opts->m_level : 0;
    if (opts && opts->small_frames) {
        max_stack_var_size = 128 * 1024;
        max_implicit_stack_var_size = 16 * 1024;
    }
    cur_prog = prog;
    for (int i = 0; i < prog->funcs.len; i++) {
        FuncInfo *fi = VEC_AT(prog->funcs, i);
        EscFn *ef = ARENA_NEW(EscFn);
        ef->in_user_pkg = func_package(prog, fi) == prog->main;
        fi->esc = ef;
    }
    RootKey *roots = ARENA_ARRAY(RootKey, prog->funcs.len + 1);
    Vec seen_pkgs = {0};
    int nroots = 0;
    for (int i = 0; i < prog->funcs.len; i++) {
        FuncInfo *fi = VEC_AT(prog->funcs, i);
        if (is_hidden_closure(fi)) continue;
        Package *pkg = func_package(prog, fi);
        int rank = 0;
        while (rank < seen_pkgs.len && VEC_AT(seen_pkgs, rank) != pkg)
            rank++;
        if (rank == seen_pkgs.len) vec_push(&seen_pkgs, pkg);
        Pos pos = fi->decl ? fi->decl->pos : (Pos){0, 0, 0};
        roots[nroots++] = (RootKey){fi, rank, i, pos};
    }
    qsort(roots, (size_t)nroots, sizeof *roots, cmp_root);
    FuncInfo **order = ARENA_ARRAY(FuncInfo *, nroots + 1);
    for (int i = 0; i < nroots; i++)
        order[i] = roots[i].fi;
    esc_devirtualize(prog, order, nroots);
    for (int i = 0; i < nroots; i++)
        visit(roots[i].fi);
    for (int i = 0; i < prog->packages.len; i++)
        analyze_inits(prog, VEC_AT(prog->packages, i));
    fflush(stdout);
    /* -d=noescape: the report above stands, the decisions fall back to
     * the conservative answers of an unanalysed program. */
    analysed = !(opts && opts->no_escape);
}

/* ---- decisions ------------------------------------------------------------------- */

bool esc_param_noescape(FuncInfo *fi, int i) {
    EscFn *ef = fi ? fi->esc : NULL;
    if (!analysed || !ef || !ef->tags || i < 0 || i >= fi->params.len) return false;
    return esc_leaks_empty(&ef->tags[i]);
}

bool esc_var_on_heap(const Object *obj) {
    if (obj->kind != OBJ_VAR || obj->var.is_global) return false;
    EscLoc *loc = analysed ? obj->esc : NULL;
    if (loc) return loc->escapes; /* includes heap_alloc_reason's size rule */
    if (obj->var.addr_taken || obj->var.captured) return true;
    return !obj->var.is_param && !obj->var.is_result && obj->type &&
           types_sizeof(obj->type) > MAX_STACK_VAR_SIZE;
}

/* Elements of a slice literal's backing array. */
static int64_t slice_lit_len(const Node *n) {
    int64_t idx = 0, len = 0;
    for (int i = 0; i < n->complit.elts.len; i++) {
        const Node *el = VEC_AT(n->complit.elts, i);
        if (el->kind == N_KEYVALUE && el->keyvalue.key->cval &&
            el->keyvalue.key->cval->kind == CONST_INT)
            idx = const_int64(el->keyvalue.key->cval);
        idx++;
        if (idx > len) len = idx;
    }
    return len;
}

bool esc_expr_on_heap(const Node *n) {
    EscLoc *loc = analysed ? esc_site_lookup(n, SITE_EXPR) : NULL;
    if (!loc) return true;
    if (loc->escapes) return true;
    /* gc's back end (walk) puts these on the heap although -m says "does
     * not escape": a slice literal's backing array, or the bytes of
     * []byte("constant"), over 64 KiB. */
    Type *u = n->type ? types_underlying(n->type) : NULL;
    if (n->kind == N_COMPOSITELIT && u && u->kind == TY_SLICE &&
        types_sizeof(u->slice.elem) * slice_lit_len(n) > MAX_IMPLICIT_STACK_VAR_SIZE)
        return true;
    if (n->kind == N_CALL && n->call.call_kind == CALL_CONVERSION && n->call.args.len == 1) {
        const Node *a = VEC_AT(n->call.args, 0);
        if (a->mode == MODE_CONSTANT && a->cval && a->cval->kind == CONST_STRING &&
            a->cval->str.len > MAX_IMPLICIT_STACK_VAR_SIZE)
            return true;
    }
    return false;
}

/* gc keeps a non-escaping interface box in the frame only up to this size
 * (walk's dataWord); a bigger one is allocated by convT. */
#define MAX_STACK_BOX_SIZE 1024

bool esc_box_on_heap(const Node *x) {
    Type *t = x->type;
    if (x->kind == N_CALL && x->call.call_kind == CALL_CONVERSION && x->call.args.len == 1)
        t = ((Node *)VEC_AT(x->call.args, 0))->type;
    if (t && esc_is_direct_iface(t)) return false; /* no box at all */
    EscLoc *loc = analysed ? esc_site_lookup(x, SITE_BOX) : NULL;
    if (!loc || loc->escapes) return true;
    return !t || types_sizeof(t) > MAX_STACK_BOX_SIZE;
}

/* Bytes of the backing array of the "... argument" of call. */
static int64_t ddd_array_size(const Node *call) {
    const Node *f = call->call.fun;
    Type *sig = f && f->type ? types_underlying(f->type) : NULL;
    if (!sig || sig->kind != TY_SIGNATURE || !sig->sig.variadic) return 0;
    int np = sig->sig.params->tuple.vars.len;
    Type *st = types_underlying(((Object *)VEC_AT(sig->sig.params->tuple.vars, np - 1))->type);
    if (st->kind != TY_SLICE) return 0;
    int nargs = call->call.args.len;
    if (nargs == 1) {
        const Node *only = ast_unparen((Node *)VEC_AT(call->call.args, 0));
        if (only->type && only->type->kind == TY_TUPLE) nargs = only->type->tuple.vars.len;
    }
    int nd = nargs - (np - 1);
    return nd > 0 ? types_sizeof(st->slice.elem) * nd : 0;
}

bool esc_ddd_on_heap(const Node *call) {
    EscLoc *loc = analysed ? esc_site_lookup(call, SITE_DDD) : NULL;
    if (!loc || loc->escapes) return true;
    /* the implicit slice is a slice literal: the same size rule */
    return ddd_array_size(call) > MAX_IMPLICIT_STACK_VAR_SIZE;
}

bool esc_capture_by_ref(const FuncInfo *lit, int i) {
    EscFn *ef = analysed ? lit->esc : NULL;
    if (!ef || !ef->capture_byref || i < 0 || i >= lit->captures.len) return true;
    return ef->capture_byref[i];
}

bool esc_defer_on_stack(const Node *stmt) {
    return analysed && stmt->kind == N_DEFERSTMT && esc_site_lookup(stmt, SITE_DEFER_STACK);
}
