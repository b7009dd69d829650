/* esc_devirt.c: gc's static devirtualization of interface method calls.
 *
 * gc (cmd/compile/internal/devirtualize, Go 1.19) runs after inlining and
 * before escape analysis: a call x.M(args) through an interface whose
 * value is statically known to be a conversion from a concrete type T
 * becomes a call of T's method on x.(T), so escape analysis routes the
 * receiver (and the arguments) through the concrete method's parameter
 * tags instead of sending them to the heap. A method that T only promotes
 * from an embedded interface stays an interface call, on x.(T).I
 * ("partially devirtualizing").
 *
 * "Statically known" is ir.StaticValue: a local variable of the function
 * making the call, defined by := or var with one value per name, never
 * assigned again and never address-taken, stands for that value; an
 * explicit conversion to the identical type stands for its operand.
 * Captured variables seen from inside a func literal are not followed
 * (gc's closure variables are not PAUTO). Unlike gc 1.19, a range
 * assignment counts as reassignment: gc 1.19 misses it and would assert a
 * wrong type, we keep the dynamic call's escape result sound.
 *
 * The pass runs over every function before any is analysed, in gc's
 * declaration order (a function's func literals, innermost first, before
 * it), and prints its -m lines then, as gc does. The rewritten call is a
 * small synthetic tree (x.(T).M(args) with the original arguments) that
 * only escape analysis reads: the call graph (escape.c) sees the concrete
 * method as a callee, and esc_call evaluates the rewritten call. Codegen
 * still calls through the itab, which reaches exactly that method, since
 * the interface can only hold a T. */
#include "escape/esc_internal.h"

/* Object* -> the Node* it was defined with (gc's Name.Defn right side). */
static PtrMap var_inits;

/* An interface call rewritten: keyed by the call and by its selector. */
typedef struct Devirt {
    Node *call;       /* the synthetic x.(T).M(args) */
    FuncInfo *callee; /* the concrete method, NULL when only partial */
} Devirt;

static PtrMap devirts;

/* ---- gc's ir.StaticValue, as far as devirtualization needs it -------------- */

static bool defines(Node *lhs) {
    if (!lhs || lhs->kind != N_IDENT || !lhs->ident.obj) return false;
    Object *o = lhs->ident.obj;
    return o->kind == OBJ_VAR && pos_cmp(o->pos, lhs->pos) == 0;
}

/* Records the variables a statement defines with one value each (gc's
 * OAS and OAS2 definitions; comma-ok forms and multi-valued calls define
 * nothing StaticValue follows). */
static void note_inits(Node *s) {
    if (s->kind == N_ASSIGNSTMT && s->assign.tok == T_DEFINE &&
        s->assign.lhs.len == s->assign.rhs.len) {
        for (int i = 0; i < s->assign.lhs.len; i++) {
            Node *l = VEC_AT(s->assign.lhs, i);
            if (defines(l)) ptrmap_put(&var_inits, l->ident.obj, VEC_AT(s->assign.rhs, i));
        }
    } else if (s->kind == N_VALUESPEC && s->valuespec.names.len == s->valuespec.values.len) {
        for (int i = 0; i < s->valuespec.names.len; i++) {
            Node *l = VEC_AT(s->valuespec.names, i);
            if (l->ident.obj && l->ident.obj->kind == OBJ_VAR)
                ptrmap_put(&var_inits, l->ident.obj, VEC_AT(s->valuespec.values, i));
        }
    }
}

static bool is_untyped_or_nil(Node *n) {
    if (!n->type || types_is_untyped(n->type)) return true;
    return n->kind == N_IDENT && n->ident.obj && n->ident.obj->kind == OBJ_NIL;
}

/* The concrete type T when the interface value x is statically a
 * conversion from T (gc's OCONVIFACE), else NULL. */
static Type *static_concrete_type(Node *x, FuncInfo *fi) {
    Node *n = x;
    for (int guard = 0; guard < 100 && n; guard++) {
        n = ast_unparen(n);
        if (n->kind == N_CALL && n->call.call_kind == CALL_CONVERSION && n->call.args.len == 1) {
            Node *a = ast_unparen(VEC_AT(n->call.args, 0));
            if (is_untyped_or_nil(a) || !n->type || !types_is_interface(n->type)) return NULL;
            if (!types_is_interface(a->type)) return a->type;
            if (!types_identical(a->type, n->type)) return NULL; /* itab conversion */
            n = a;                                               /* OCONVNOP */
            continue;
        }
        if (n->kind != N_IDENT) return NULL;
        Object *o = n->ident.obj;
        if (!o || o->kind != OBJ_VAR || o->var.is_global || o->var.is_param || o->var.is_result ||
            o->var.func != fi || o->var.addr_taken || o->var.reassigned)
            return NULL;
        Node *init = ptrmap_get(&var_inits, o);
        if (!init) return NULL;
        Node *u = ast_unparen(init);
        if (is_untyped_or_nil(u)) return NULL;
        if (!types_is_interface(u->type)) return u->type; /* implicit conversion */
        if (!types_identical(u->type, o->type)) return NULL;
        n = init;
    }
    return NULL;
}

/* ---- the rewrite ------------------------------------------------------------- */

/* The type reached after the first n steps of a selection's path from t. */
static Type *path_type(Type *t, Selection *s, int n) {
    for (int i = 0; i < n; i++) {
        Type *u = types_underlying(types_deref(t));
        if (!u || u->kind != TY_STRUCT || s->index[i] >= types_num_fields(u)) return NULL;
        t = types_field(u, s->index[i])->type;
    }
    return t;
}

static void devirt_call(Node *call, FuncInfo *fi, bool diag) {
    if (call->call.call_kind != CALL_FUNC) return;
    Node *sel = ast_unparen(call->call.fun);
    if (sel->kind != N_SELECTOR || !sel->selector.selection ||
        sel->selector.selection->kind != SEL_METHOD || !types_is_interface(sel->selector.x->type))
        return;
    Type *t = static_concrete_type(sel->selector.x, fi);
    if (!t || types_is_interface(t)) return;
    Object *im = sel->selector.selection->obj;
    bool amb = false, needs_addr = false;
    Selection *s = types_lookup(t, false, im->pkg, im->name, &amb, &needs_addr);
    if (!s || amb || needs_addr || s->kind != SEL_METHOD || s->obj->kind != OBJ_FUNC) return;
    Type *owner = path_type(t, s, s->index_len - 1);
    if (!owner) return;
    bool partial = types_is_interface(owner);

    /* x.(T), positioned where gc puts it: at the selector's dot */
    Pos dot = sel->selector.sel->pos;
    Node *tn = ast_new(N_IDENT, dot);
    tn->ident.name = esc_type_string(t);
    tn->mode = MODE_TYPEXPR;
    tn->type = t;
    Node *dt = ast_new(N_TYPEASSERT, sel->selector.x->pos);
    dt->typeassert.x = sel->selector.x;
    dt->typeassert.type = tn;
    dt->typeassert.lparen = dot; /* esc_syntax_pos: the column before */
    dt->typeassert.rparen = dot;
    dt->mode = MODE_VALUE;
    dt->type = t;

    Node *nsel = ast_new(N_SELECTOR, sel->pos);
    nsel->selector.x = dt;
    nsel->selector.sel = sel->selector.sel;
    nsel->selector.selection = s;
    nsel->mode = sel->mode;
    nsel->type = sel->type;

    Node *ncall = ast_new(N_CALL, call->pos);
    ncall->call = call->call;
    ncall->call.fun = nsel;
    ncall->mode = call->mode;
    ncall->type = call->type;
    ncall->cval = call->cval;

    Devirt *d = ARENA_NEW(Devirt);
    d->call = ncall;
    d->callee = partial ? NULL : s->obj->func.info;
    ptrmap_put(&devirts, call, d);
    ptrmap_put(&devirts, sel, d);

    if (esc_m_level && diag)
        esc_warn(call->call.lparen, "%sdevirtualizing %s to %s", partial ? "partially " : "",
                 esc_node_string(sel), esc_type_string(t));
}

typedef struct DevirtWalk {
    FuncInfo *fi; /* NULL in package-level initialisers */
    bool diag;    /* print -m lines */
} DevirtWalk;

static bool devirt_visit(Node *n, void *ctx) {
    DevirtWalk *w = ctx;
    switch (n->kind) {
    case N_FUNCLIT: return false; /* its own function */
    case N_ASSIGNSTMT:
    case N_VALUESPEC: note_inits(n); break;
    case N_CALL: devirt_call(n, w->fi, w->diag); break;
    default: break;
    }
    return true;
}

static Node *func_body(FuncInfo *fi) {
    if (!fi->decl) return NULL;
    return fi->decl->kind == N_FUNCLIT ? fi->decl->funclit.body : fi->decl->funcdecl.body;
}

static void devirt_func(FuncInfo *fi) {
    for (int i = 0; i < fi->funclits.len; i++)
        devirt_func(VEC_AT(fi->funclits, i));
    Node *body = func_body(fi);
    if (!body) return;
    DevirtWalk w = {fi, esc_diagnose_fn(fi)};
    ast_walk(body, devirt_visit, &w);
}

void esc_devirtualize(Program *prog, FuncInfo **roots, int n) {
    for (int i = 0; i < n; i++)
        devirt_func(roots[i]);
    /* the package initialisers: gc's init function, the last declaration */
    for (int i = 0; i < prog->packages.len; i++) {
        Package *pkg = VEC_AT(prog->packages, i);
        DevirtWalk w = {NULL, pkg == prog->main};
        for (int j = 0; j < pkg->var_inits.len; j++) {
            VarInit *vi = VEC_AT(pkg->var_inits, j);
            if (vi->rhs) ast_walk(vi->rhs, devirt_visit, &w);
        }
    }
}

Node *esc_devirt_call(Node *call) {
    Devirt *d = ptrmap_get(&devirts, call);
    return d ? d->call : call;
}

FuncInfo *esc_devirt_callee(const Node *sel) {
    Devirt *d = ptrmap_get(&devirts, sel);
    return d ? d->callee : NULL;
}
