/* check_stmt.c: function bodies and statements (go/types stmt.go,
 * assignments.go, return.go), the checks gc's parser makes on labels and
 * branch statements (cmd/compile/internal/syntax/branches.go: gc runs them
 * instead of types2's label checks, so their wording is what gc prints),
 * "missing return", "declared but not used", and the per-function facts
 * later stages need (FuncInfo: locals, captures, closures, link names).
 *
 * Errors are reported at gc's positions: the start of the offending
 * expression (check_expr_pos), or the operator of an assignment. */
#include "frontend/check_internal.h"

#include <stdlib.h>
#include <string.h>

/* ---- helpers ------------------------------------------------------------------ */

static bool is_invalid(Type *t) {
    return !t || t == types_invalid || t->kind == TY_INVALID ||
           (t->kind == TY_BASIC && t->basic.kind == B_INVALID);
}

static bool expr_invalid(Node *e) {
    return !e || e->mode == MODE_INVALID || is_invalid(e->type);
}

static bool is_blank(Node *e) {
    return e && e->kind == N_IDENT && e->ident.name == intern_cstr("_");
}

static void open_scope(Checker *c, Pos pos) {
    Scope *s = scope_new(c->scope);
    s->pos = pos;
    c->scope = s;
}

static void close_scope(Checker *c) {
    c->scope = c->scope->parent;
}

static Object *new_var(Checker *c, const char *name, Pos pos, Type *t) {
    Object *o = check_new_object(OBJ_VAR, name, pos, t, c->pkg);
    return o;
}

/* A variable assigned after its declaration (escape analysis captures
 * never-reassigned variables by value). */
static void mark_reassigned(Node *lhs) {
    Node *u = ast_unparen(lhs);
    if (u && u->kind == N_IDENT && u->ident.obj && u->ident.obj->kind == OBJ_VAR)
        u->ident.obj->var.reassigned = true;
}

/* ---- assignments (go/types assignVar, assignVars, shortVarDecl) --------------- */

/* Evaluates the left-hand side lhs of an assignment of a value of type
 * vtype (x is the value's expression when it is one on its own, else NULL
 * and the value is described as "what (value of type T)"). */
static bool assign_var(Checker *c, Node *lhs, Node *x, Type *vtype, Node *desc) {
    if ((x && expr_invalid(x)) || (!x && is_invalid(vtype))) {
        if (!is_blank(lhs)) check_lhs_expr(c, lhs);
        return false;
    }
    Node *ul = ast_unparen(lhs);
    if (is_blank(ul)) {
        ul->ident.obj = NULL;
        ul->mode = MODE_VARIABLE;
        if (x) return check_assignable_to(c, x, NULL, "assignment to _ identifier");
        return true;
    }
    check_lhs_expr(c, lhs);
    mark_reassigned(lhs);
    if (expr_invalid(lhs)) return false;
    if (lhs->mode != MODE_VARIABLE && lhs->mode != MODE_MAPINDEX) {
        if (ul->kind == N_SELECTOR) {
            Node *sx = ast_unparen(ul->selector.x);
            if (sx->mode == MODE_MAPINDEX) {
                diag_error(check_expr_pos(lhs), "cannot assign to struct field %s in map",
                           ast_expr_string(ul));
                return false;
            }
        }
        diag_error(check_expr_pos(lhs), "cannot assign to %s", check_operand_string(lhs));
        return false;
    }
    if (x) return check_assignable_to(c, x, lhs->type, "assignment");
    if (types_is_untyped(vtype)) {
        /* the boolean of a comma-ok expression */
        if (types_is_basic(lhs->type, BI_BOOLEAN) || types_is_interface(lhs->type)) return true;
        diag_error(check_expr_pos(desc),
                   "cannot use %s (untyped bool value) as %s value in assignment",
                   ast_expr_string(desc), types_string(lhs->type));
        return false;
    } else {
        const char *reason = NULL;
        if (types_assignable(vtype, lhs->type, &reason)) return true;
    }
    diag_error(check_expr_pos(desc), "cannot use %s (value of type %s) as type %s in assignment",
               ast_expr_string(desc), types_string(vtype), types_string(lhs->type));
    return false;
}

/* The variables named by lhs identifiers count as used after a failed
 * assignment, to avoid follow-on errors. */
static void use_lhs_names(Checker *c, Vec *lhs) {
    for (int i = 0; i < lhs->len; i++) {
        Node *l = ast_unparen(VEC_AT(*lhs, i));
        if (l->kind != N_IDENT || is_blank(l)) continue;
        Object *o = check_lookup(c, l->ident.name);
        if (o && o->kind == OBJ_VAR && o->pkg == c->pkg) o->var.used = true;
    }
}

static void assign_vars(Checker *c, Vec *lhs, Vec *rhs) {
    int nl = lhs->len;
    Node *r0 = VEC_AT(*rhs, 0);
    int nr;
    if (rhs->len == 1) {
        nr = check_multi_expr(c, r0, nl == 2);
        if (r0->mode == MODE_INVALID) nr = -1;
    } else {
        nr = rhs->len;
        bool bad = false;
        for (int i = 0; i < rhs->len; i++) {
            Node *e = VEC_AT(*rhs, i);
            check_expr(c, e, NULL);
            if (expr_invalid(e)) bad = true;
        }
        if (bad && nl != nr) nr = -1;
    }
    if (nr < 0) {
        for (int i = 0; i < nl; i++)
            if (!is_blank(ast_unparen(VEC_AT(*lhs, i)))) check_expr(c, VEC_AT(*lhs, i), NULL);
        return;
    }
    if (nl != nr) {
        for (int i = 0; i < nl; i++)
            if (!is_blank(ast_unparen(VEC_AT(*lhs, i)))) check_expr(c, VEC_AT(*lhs, i), NULL);
        diag_error(check_expr_pos(r0), "%s", check_assign_error(rhs, nl, nr));
        return;
    }
    bool ok = true;
    if (rhs->len == 1 && nl > 1) {
        if (r0->type && r0->type->kind == TY_TUPLE) {
            for (int i = 0; i < nl; i++) {
                Object *v = VEC_AT(r0->type->tuple.vars, i);
                if (!assign_var(c, VEC_AT(*lhs, i), NULL, v->type, r0)) ok = false;
            }
        } else {
            /* comma-ok: v, ok = m[k] */
            if (!assign_var(c, VEC_AT(*lhs, 0), r0, NULL, r0)) ok = false;
            if (!assign_var(c, VEC_AT(*lhs, 1), NULL, types_basic[B_UNTYPED_BOOL], r0)) ok = false;
        }
    } else {
        for (int i = 0; i < nl; i++)
            if (!assign_var(c, VEC_AT(*lhs, i), VEC_AT(*rhs, i), NULL, NULL)) ok = false;
    }
    if (!ok) use_lhs_names(c, lhs);
}

static void short_var_decl(Checker *c, Node *s) {
    Vec *lhs = &s->assign.lhs;
    Vec lhs_vars = {0}, new_vars = {0};
    Vec seen = {0};
    for (int i = 0; i < lhs->len; i++) {
        Node *l = VEC_AT(*lhs, i);
        Object *obj = NULL;
        if (l->kind != N_IDENT) {
            check_expr(c, l, NULL);
            diag_error(check_expr_pos(l), "non-name %s on left side of :=", ast_expr_string(l));
            obj = new_var(c, intern_cstr("_"), l->pos, NULL);
            vec_push(&lhs_vars, obj);
            continue;
        }
        const char *name = l->ident.name;
        if (!is_blank(l)) {
            bool rep = false;
            for (int k = 0; k < seen.len; k++)
                if (VEC_AT(seen, k) == name) rep = true;
            if (rep) {
                diag_error(l->pos, "%s repeated on left side of :=", name);
                vec_push(&lhs_vars, new_var(c, intern_cstr("_"), l->pos, NULL));
                continue;
            }
            vec_push(&seen, (void *)name);
            Object *alt = scope_lookup_local(c->scope, name);
            if (alt) {
                l->ident.obj = alt;
                if (alt->kind == OBJ_VAR) {
                    obj = alt;
                    alt->var.reassigned = true;
                    l->mode = MODE_VARIABLE;
                    l->type = alt->type;
                } else {
                    diag_error(l->pos, "cannot assign to %s", name);
                    obj = new_var(c, intern_cstr("_"), l->pos, NULL);
                }
                vec_push(&lhs_vars, obj);
                continue;
            }
        }
        obj = new_var(c, name, l->pos, NULL);
        obj->decl = l;
        l->ident.obj = obj;
        l->mode = MODE_VARIABLE;
        vec_push(&lhs_vars, obj);
        if (!is_blank(l)) vec_push(&new_vars, obj);
    }
    check_init_vars(c, &lhs_vars, &s->assign.rhs, NULL);
    for (int i = 0; i < lhs->len; i++) {
        Node *l = VEC_AT(*lhs, i);
        if (l->kind == N_IDENT) {
            Object *o = VEC_AT(lhs_vars, i);
            l->type = o->type;
        }
    }
    for (int i = 0; i < new_vars.len; i++) {
        Object *o = VEC_AT(new_vars, i);
        check_declare(c, c->scope, o->decl, o);
        check_add_local(c, o);
    }
    if (new_vars.len == 0) diag_error(s->assign.tok_pos, "no new variables on left side of :=");
}

static TokKind assign_op_base(TokKind t) {
    switch (t) {
    case T_ADD_ASSIGN: return T_ADD;
    case T_SUB_ASSIGN: return T_SUB;
    case T_MUL_ASSIGN: return T_MUL;
    case T_QUO_ASSIGN: return T_QUO;
    case T_REM_ASSIGN: return T_REM;
    case T_AND_ASSIGN: return T_AND;
    case T_OR_ASSIGN: return T_OR;
    case T_XOR_ASSIGN: return T_XOR;
    case T_SHL_ASSIGN: return T_SHL;
    case T_SHR_ASSIGN: return T_SHR;
    case T_AND_NOT_ASSIGN: return T_AND_NOT;
    default: return T_ILLEGAL;
    }
}

void check_assign_stmt(Checker *c, Node *s) {
    Vec *lhs = &s->assign.lhs, *rhs = &s->assign.rhs;
    switch (s->assign.tok) {
    case T_ASSIGN: assign_vars(c, lhs, rhs); return;
    case T_DEFINE: short_var_decl(c, s); return;
    default: break;
    }
    if (lhs->len != 1 || rhs->len != 1) {
        diag_error(check_expr_pos(s), "assignment operation %s requires single-valued expressions",
                   tok_string(s->assign.tok));
        return;
    }
    Node *l = VEC_AT(*lhs, 0), *r = VEC_AT(*rhs, 0);
    mark_reassigned(l);
    Node *out = ast_new(N_BINARY, l->pos);
    out->binary.x = l;
    out->binary.y = r;
    out->binary.op = assign_op_base(s->assign.tok);
    out->binary.op_pos = s->assign.tok_pos;
    if (!check_binary(c, NULL, l, r, assign_op_base(s->assign.tok), s->assign.tok_pos, out)) return;
    /* the result is assigned back: x must be assignable */
    Object *v = NULL;
    bool used = false;
    Node *ul = ast_unparen(l);
    if (ul->kind == N_IDENT && ul->ident.obj && ul->ident.obj->kind == OBJ_VAR) {
        v = ul->ident.obj;
        used = v->var.used;
    }
    if (l->mode != MODE_VARIABLE && l->mode != MODE_MAPINDEX && !expr_invalid(l)) {
        diag_error(check_expr_pos(l), "cannot assign to %s", check_operand_string(l));
    }
    if (v) v->var.used = used;
}

/* ---- function bodies ----------------------------------------------------------- */

static bool goto_back_in(Node *body);
static void compute_captures(FuncInfo *fi);

static bool has_prefix_directive(Node *fd, const char *d) {
    size_t n = strlen(d);
    for (int i = 0; i < fd->funcdecl.directives.len; i++) {
        const char *s = VEC_AT(fd->funcdecl.directives, i);
        if (strncmp(s, "//", 2) == 0) s += 2;
        if (strncmp(s, d, n) == 0) return true;
    }
    return false;
}

/* gc's closure names: f.func1, f.func2 inside a declared function, 1, 2
 * inside a closure (f.func1.1), glob..func1 at package level. */
static void register_funclit(Checker *c, FuncInfo *fi) {
    FuncInfo *outer = c->func;
    fi->outer = outer;
    int n = ++c->funclit_count;
    if (!outer)
        fi->link_name = arena_printf("%s.glob..func%d", c->pkg->path, n);
    else if (outer->obj)
        fi->link_name = arena_printf("%s.func%d", outer->link_name, n);
    else
        fi->link_name = arena_printf("%s.%d", outer->link_name, n);
    if (outer) vec_push(&outer->funclits, fi);
    vec_push(&c->prog->funcs, fi);
}

static void declare_params(Checker *c, FuncInfo *fi) {
    for (int i = 0; i < fi->params.len; i++) {
        Object *o = VEC_AT(fi->params, i);
        o->var.is_param = true;
        o->var.used = true; /* parameters are always 'used' */
        o->var.func = fi;
        o->var.index = i;
        if (o->name && o->name[0] && o->name != intern_cstr("_")) {
            Node *id = o->decl && o->decl->kind == N_IDENT ? o->decl : NULL;
            check_declare(c, c->scope, id, o);
        }
    }
    for (int i = 0; i < fi->results.len; i++) {
        Object *o = VEC_AT(fi->results, i);
        o->var.is_result = true;
        o->var.used = true;
        o->var.func = fi;
        o->var.index = i;
        if (!o->name || !o->name[0]) {
            o->name = intern_cstr(arena_printf("~r%d", i));
            continue;
        }
        if (o->name[0] == '~') continue;
        if (o->name == intern_cstr("_")) {
            o->name = intern_cstr(arena_printf("~b%d", i));
            continue;
        }
        Node *id = o->decl && o->decl->kind == N_IDENT ? o->decl : NULL;
        check_declare(c, c->scope, id, o);
    }
}

static int cmp_obj_pos(const void *a, const void *b) {
    const Object *x = *(Object *const *)a, *y = *(Object *const *)b;
    return pos_cmp(x->pos, y->pos);
}

void check_func_body(Checker *c, FuncInfo *fi) {
    Node *decl = fi->decl;
    bool is_lit = decl->kind == N_FUNCLIT;
    Node *body = is_lit ? decl->funclit.body : decl->funcdecl.body;
    if (is_lit) {
        decl->funclit.info = fi;
        if (!fi->link_name && c->func != fi) register_funclit(c, fi);
    } else {
        fi->noescape = fi->noescape || has_prefix_directive(decl, "go:noescape");
    }
    if (!fi->sig) return;
    if (fi->params.len == 0 && fi->results.len == 0) {
        Type *sig = fi->sig;
        if (sig->sig.recv) vec_push(&fi->params, sig->sig.recv);
        for (int i = 0; sig->sig.params && i < sig->sig.params->tuple.vars.len; i++)
            vec_push(&fi->params, VEC_AT(sig->sig.params->tuple.vars, i));
        for (int i = 0; sig->sig.results && i < sig->sig.results->tuple.vars.len; i++)
            vec_push(&fi->results, VEC_AT(sig->sig.results->tuple.vars, i));
    }
    if (!body) return;

    Checker saved = *c;
    Scope *fs = scope_new(c->scope);
    fs->is_func = true;
    fs->pos = body->pos;
    fs->end = body->block.rbrace;
    c->scope = fs;
    c->func = fi;
    c->funclit_count = 0;
    c->loop_depth = 0;
    c->stmt_ctx = NULL;
    if (!is_lit) c->iota = NULL;

    declare_params(c, fi);
    check_block(c, &body->block.list);
    fi->has_goto_back = fi->has_goto_back || goto_back_in(body);

    if (fi->sig->sig.results && fi->sig->sig.results->tuple.vars.len > 0 &&
        !check_is_terminating(body, NULL))
        diag_error(body->block.rbrace, "missing return");

    /* "declared but not used", in source order */
    Vec unused = {0};
    for (int i = 0; i < fi->locals.len; i++) {
        Object *o = VEC_AT(fi->locals, i);
        if (o->kind == OBJ_VAR && !o->var.used && o->name != intern_cstr("_")) vec_push(&unused, o);
    }
    if (unused.len > 1) qsort(unused.items, (size_t)unused.len, sizeof(void *), cmp_obj_pos);
    for (int i = 0; i < unused.len; i++) {
        Object *o = VEC_AT(unused, i);
        diag_error(o->pos, "%s declared but not used", o->name);
    }

    if (is_lit) compute_captures(fi);

    Vec path = c->obj_path;
    *c = saved;
    c->obj_path = path;
}

/* ---- captured variables ---------------------------------------------------------- */

static bool func_within(FuncInfo *inner, FuncInfo *outer) {
    for (FuncInfo *f = inner; f; f = f->outer)
        if (f == outer) return true;
    return false;
}

/* check_walk's visitors see every node; ast_walk's decide whether to go
 * below one, which goto_back_in uses to stay out of func literals. */
typedef struct WalkAll {
    void (*visit)(Node *n, void *ctx);
    void *ctx;
} WalkAll;

static bool walk_all_visit(Node *n, void *ctx) {
    WalkAll *w = ctx;
    w->visit(n, w->ctx);
    return true;
}

static void capture_visit(Node *n, void *ctx) {
    FuncInfo *fi = ctx;
    if (n->kind != N_IDENT || !n->ident.obj) return;
    Object *o = n->ident.obj;
    if (o->kind != OBJ_VAR || o->var.is_field || o->var.is_global || !o->var.func) return;
    if (func_within(o->var.func, fi)) return;
    o->var.captured = true;
    for (int i = 0; i < fi->captures.len; i++)
        if (VEC_AT(fi->captures, i) == o) return;
    vec_push(&fi->captures, o);
}

void check_walk(Node *n, void (*visit)(Node *n, void *ctx), void *ctx) {
    WalkAll w = {visit, ctx};
    ast_walk(n, walk_all_visit, &w);
}

static void compute_captures(FuncInfo *fi) {
    check_walk(fi->decl->funclit.body, capture_visit, fi);
}

/* ---- statements ------------------------------------------------------------------ */

void check_block(Checker *c, Vec *stmts) {
    for (int i = 0; i < stmts->len; i++)
        check_stmt(c, VEC_AT(*stmts, i));
}

static void check_simple_stmt(Checker *c, Node *s) {
    if (s) check_stmt(c, s);
}

/* go/types suspendedCall: the operand of go and defer. */
static void check_suspended_call(Checker *c, const char *keyword, Node *call) {
    if (!call) return;
    ExprKind k = check_raw_expr(c, call, NULL);
    if (call->mode == MODE_INVALID) return;
    const char *msg = NULL;
    if (k == EXPR_CONVERSION)
        msg = "requires function call, not conversion";
    else if (k == EXPR_EXPRESSION)
        msg = "discards result of";
    if (msg) diag_error(check_expr_pos(call), "%s %s %s", keyword, msg, check_operand_string(call));
}

static void check_return(Checker *c, Node *s) {
    FuncInfo *fi = c->func;
    s->ret.func = fi;
    if (!fi) return;
    Vec *res = &fi->results;
    Vec *results = &s->ret.results;
    Type *rt = fi->sig ? fi->sig->sig.results : NULL;
    bool named = rt && rt->tuple.vars.len > 0 && fi->results.len > 0 &&
                 ((Object *)VEC_AT(fi->results, 0))->decl != NULL;
    if (results->len == 0 && res->len > 0 && named) {
        for (int i = 0; i < res->len; i++) {
            Object *o = VEC_AT(*res, i);
            if (o->name[0] == '~') continue;
            Object *alt = check_lookup(c, o->name);
            if (alt && alt != o) {
                diag_error(s->pos,
                           "result parameter %s not in scope at return\n\t%s: inner declaration "
                           "of var %s %s",
                           o->name, check_pos_string(alt->pos), o->name,
                           types_string(alt->type ? alt->type : types_invalid));
            }
        }
        return;
    }
    if (results->len == 0 && res->len == 0) return;
    check_init_vars(c, res, results, s);
}

static void check_if(Checker *c, Node *s) {
    open_scope(c, s->pos);
    check_simple_stmt(c, s->ifstmt.init);
    check_cond(c, s->ifstmt.cond, "if statement");
    check_stmt(c, s->ifstmt.body);
    if (s->ifstmt.els) check_stmt(c, s->ifstmt.els);
    close_scope(c);
}

static void check_for(Checker *c, Node *s) {
    open_scope(c, s->pos);
    check_simple_stmt(c, s->forstmt.init);
    if (s->forstmt.cond) {
        check_cond(c, s->forstmt.cond, "for statement");
    }
    check_simple_stmt(c, s->forstmt.post);
    c->loop_depth++;
    check_stmt(c, s->forstmt.body);
    c->loop_depth--;
    close_scope(c);
}

/* ---- switch statements ------------------------------------------------------------- */

static void multiple_defaults(Vec *clauses) {
    Node *first = NULL;
    for (int i = 0; i < clauses->len; i++) {
        Node *cl = VEC_AT(*clauses, i);
        bool is_default =
            cl->kind == N_CASECLAUSE ? cl->caseclause.list.len == 0 : cl->commclause.comm == NULL;
        if (!is_default) continue;
        if (first)
            diag_error(cl->pos, "multiple defaults (first at %s)", check_pos_string(first->pos));
        else
            first = cl;
    }
}

static bool is_dup_kind(ConstVal *v) {
    return v && (v->kind == CONST_INT || v->kind == CONST_FLOAT || v->kind == CONST_STRING);
}

static const char *incomparable_cause(Type *t) {
    Type *u = types_underlying(t);
    if (u && (u->kind == TY_SLICE || u->kind == TY_SIGNATURE || u->kind == TY_MAP))
        return arena_printf("%s can only be compared to nil", check_kind_string(t));
    return NULL;
}

/* One case value v of a switch on x (x NULL: a tagless switch). */
static void check_case_value(Checker *c, Node *x, Type *xt, Node *v, Vec *seen) {
    check_expr(c, v, NULL);
    if (!xt || expr_invalid(v)) return;
    if (types_is_untyped(v->type)) {
        if (!check_convert_untyped_op(c, v, xt)) return;
        if (expr_invalid(v)) return;
    }
    const char *xs = x ? ast_expr_string(x) : "true";
    /* the comparison v == x (errors at the case value) */
    bool ok = check_assignable_op(c, v, xt);
    if (!ok && x)
        ok = check_assignable_op(c, x, v->type);
    else if (!ok && !x)
        ok = types_assignable(xt, v->type, NULL);
    const char *cause = NULL;
    if (!ok)
        cause = arena_printf("mismatched types %s and %s", types_string(v->type), types_string(xt));
    else if (!types_comparable(v->type) && !check_is_nil(v)) {
        cause = incomparable_cause(v->type);
        if (!cause)
            cause = arena_printf("operator == not defined on %s", check_kind_string(v->type));
        ok = false;
    } else if (!types_comparable(xt) && !check_is_nil(v)) {
        cause = incomparable_cause(xt);
        if (!cause) cause = arena_printf("operator == not defined on %s", check_kind_string(xt));
        ok = false;
    }
    if (!ok) {
        diag_error(check_expr_pos(v), "invalid case %s in switch on %s (%s)", ast_expr_string(v),
                   xs, cause);
        return;
    }
    if (types_is_untyped(v->type)) check_update_expr_type(c, v, types_default(v->type), true);
    if (v->mode != MODE_CONSTANT || !is_dup_kind(v->cval)) return;
    for (int i = 0; i < seen->len; i++) {
        Node *p = VEC_AT(*seen, i);
        if (p->cval->kind != v->cval->kind &&
            !(p->cval->kind == CONST_FLOAT || v->cval->kind == CONST_FLOAT))
            continue;
        if (!types_identical(p->type, v->type)) continue;
        if (const_compare(T_EQL, p->cval, v->cval)) {
            diag_error(check_expr_pos(v),
                       "duplicate case %s in expression switch\n\t%s: previous case",
                       check_operand_string(v), check_pos_string(check_expr_pos(p)));
            return;
        }
    }
    vec_push(seen, v);
}

static void check_switch(Checker *c, Node *s) {
    open_scope(c, s->pos);
    check_simple_stmt(c, s->switchstmt.init);
    Node *tag = s->switchstmt.tag;
    Type *xt = types_basic[B_BOOL];
    if (tag) {
        check_expr(c, tag, NULL);
        if (expr_invalid(tag) || !check_assignable_to(c, tag, NULL, "switch expression"))
            xt = NULL;
        else {
            xt = tag->type;
            if (!types_comparable(xt) && !check_has_nil(xt)) {
                diag_error(check_expr_pos(tag), "cannot switch on %s (%s is not comparable)",
                           check_operand_string(tag), types_string(xt));
                xt = NULL;
            }
        }
    }
    Vec *clauses = &s->switchstmt.body->block.list;
    multiple_defaults(clauses);
    Vec seen = {0};
    for (int i = 0; i < clauses->len; i++) {
        Node *cl = VEC_AT(*clauses, i);
        for (int k = 0; k < cl->caseclause.list.len; k++)
            check_case_value(c, tag, xt, VEC_AT(cl->caseclause.list, k), &seen);
        open_scope(c, cl->pos);
        check_block(c, &cl->caseclause.body);
        close_scope(c);
    }
    close_scope(c);
}

static void check_type_switch(Checker *c, Node *s) {
    open_scope(c, s->pos);
    check_simple_stmt(c, s->typeswitch.init);
    Node *guard = s->typeswitch.assign;
    Node *lhs = NULL, *rhs = NULL;
    if (guard->kind == N_ASSIGNSTMT) {
        lhs = VEC_AT(guard->assign.lhs, 0);
        rhs = VEC_AT(guard->assign.rhs, 0);
    } else {
        rhs = guard->exprstmt.x;
    }
    rhs = ast_unparen(rhs);
    if (lhs && is_blank(lhs)) {
        diag_error(lhs->pos, "no new variable on left side of :=");
        lhs = NULL;
    }
    Node *x = rhs->kind == N_TYPEASSERT ? rhs->typeassert.x : rhs;
    check_expr(c, x, NULL);
    if (expr_invalid(x)) {
        close_scope(c);
        return;
    }
    rhs->mode = MODE_VALUE;
    rhs->type = x->type;
    bool is_iface = types_is_interface(x->type);
    if (!is_iface) diag_error(check_expr_pos(x), "%s is not an interface", check_operand_string(x));
    Vec *clauses = &s->typeswitch.body->block.list;
    multiple_defaults(clauses);
    Vec seen_types = {0}, seen_nodes = {0};
    Vec lhs_vars = {0};
    for (int i = 0; i < clauses->len; i++) {
        Node *cl = VEC_AT(*clauses, i);
        Type *T = NULL;
        bool single_nil = false;
        for (int k = 0; k < cl->caseclause.list.len; k++) {
            Node *e = VEC_AT(cl->caseclause.list, k);
            Type *t;
            Node *ue = ast_unparen(e);
            Object *lo = ue->kind == N_IDENT ? check_lookup(c, ue->ident.name) : NULL;
            if (lo && lo->kind == OBJ_NIL) {
                check_expr(c, e, NULL);
                t = NULL;
                single_nil = true;
            } else {
                t = check_typexpr(c, e, NULL);
                single_nil = false;
                if (is_invalid(t)) {
                    T = types_invalid;
                    continue;
                }
            }
            T = t;
            bool dup = false;
            for (int m = 0; m < seen_types.len; m++) {
                Type *o = VEC_AT(seen_types, m);
                if ((!o && !t) || (o && t && types_identical(o, t))) {
                    Node *other = VEC_AT(seen_nodes, m);
                    diag_error(
                        check_expr_pos(e), "duplicate case %s in type switch\n\t%s: previous case",
                        t ? types_string(t) : "nil", check_pos_string(check_expr_pos(other)));
                    dup = true;
                    break;
                }
            }
            if (dup) continue;
            vec_push(&seen_types, t);
            vec_push(&seen_nodes, e);
            if (is_iface && t && !types_is_interface(t)) {
                bool wrong = false;
                Object *m = types_missing_method(t, x->type, &wrong);
                if (m)
                    diag_error(check_expr_pos(e),
                               "impossible type switch case: %s\n\t%s cannot have dynamic type %s "
                               "%s",
                               ast_expr_string(e), check_operand_string(x), types_string(t),
                               check_missing_method_reason(c, t, x->type));
            }
        }
        open_scope(c, cl->pos);
        if (lhs) {
            Type *vt = (cl->caseclause.list.len != 1 || single_nil || !T) ? x->type : T;
            if (vt && vt->kind == TY_BASIC && vt->basic.kind == B_UNTYPED_NIL)
                vt = types_invalid; /* nil.(type): reported above */
            Object *o = new_var(c, lhs->ident.name, lhs->pos, vt);
            o->decl = lhs;
            check_declare(c, c->scope, NULL, o);
            check_add_local(c, o);
            cl->caseclause.implicit = o;
            vec_push(&lhs_vars, o);
        }
        check_block(c, &cl->caseclause.body);
        close_scope(c);
    }
    if (lhs) {
        bool used = false;
        for (int i = 0; i < lhs_vars.len; i++) {
            Object *o = VEC_AT(lhs_vars, i);
            if (o->var.used) used = true;
            o->var.used = true;
        }
        if (!used) diag_error(lhs->pos, "%s declared but not used", lhs->ident.name);
        lhs->ident.obj = NULL;
    }
    close_scope(c);
}

static void check_select(Checker *c, Node *s) {
    Vec *clauses = &s->selectstmt.body->block.list;
    multiple_defaults(clauses);
    for (int i = 0; i < clauses->len; i++) {
        Node *cl = VEC_AT(*clauses, i);
        Node *comm = cl->commclause.comm;
        bool valid = false;
        Node *rhs = NULL;
        if (!comm || comm->kind == N_SENDSTMT)
            valid = true;
        else if (comm->kind == N_ASSIGNSTMT && comm->assign.rhs.len == 1)
            rhs = VEC_AT(comm->assign.rhs, 0);
        else if (comm->kind == N_EXPRSTMT)
            rhs = comm->exprstmt.x;
        if (rhs) {
            Node *u = ast_unparen(rhs);
            if (u->kind == N_UNARY && u->unary.op == T_ARROW) valid = true;
        }
        if (!valid) {
            /* gc: the statement's own position (for x op y, the operator) */
            Pos at = comm->pos;
            if (comm->kind == N_EXPRSTMT)
                at = node_report_pos(comm->exprstmt.x);
            else if (comm->kind == N_ASSIGNSTMT && comm->assign.lhs.len > 0)
                at = check_expr_pos(VEC_AT(comm->assign.lhs, 0));
            diag_error(at, "select case must be send or receive (possibly with assignment)");
            continue;
        }
        open_scope(c, cl->pos);
        if (comm) check_stmt(c, comm);
        check_block(c, &cl->commclause.body);
        close_scope(c);
    }
}

/* ---- range -------------------------------------------------------------------------- */

static void check_range(Checker *c, Node *s) {
    Node *x = s->rangestmt.x;
    Node *skey = s->rangestmt.key, *sval = s->rangestmt.value;
    check_expr(c, x, NULL);
    Type *key = NULL, *val = NULL;
    if (!expr_invalid(x)) {
        Type *u = types_underlying(x->type);
        if (u->kind == TY_POINTER && types_underlying(u->pointer.elem)->kind == TY_ARRAY)
            u = types_underlying(u->pointer.elem);
        const char *cause = NULL;
        if (u->kind == TY_CHAN) {
            if (sval)
                diag_error(check_expr_pos(sval),
                           "range over %s permits only one iteration variable",
                           check_operand_string(x));
            if (u->chan.dir == CHAN_SEND) cause = "receive from send-only channel";
        }
        switch (u->kind) {
        case TY_BASIC:
            if (u->basic.info & BI_STRING) {
                key = types_basic[B_INT];
                val = types_rune;
            }
            break;
        case TY_ARRAY:
            key = types_basic[B_INT];
            val = u->array.elem;
            break;
        case TY_SLICE:
            key = types_basic[B_INT];
            val = u->slice.elem;
            break;
        case TY_MAP:
            key = u->map.key;
            val = u->map.elem;
            break;
        case TY_CHAN:
            key = u->chan.elem;
            val = types_invalid;
            break;
        default: break;
        }
        if (!key || cause) {
            if (!cause)
                diag_error(check_expr_pos(x), "cannot range over %s", check_operand_string(x));
            else
                diag_error(check_expr_pos(x), "cannot range over %s (%s)", check_operand_string(x),
                           cause);
            key = val = NULL;
        } else if (types_is_untyped(x->type)) {
            check_convert_untyped(c, x, types_default(x->type), "range");
        }
    }
    open_scope(c, s->pos);
    Node *lhs[2] = {skey, sval};
    Type *rhs[2] = {key, val};
    if (s->rangestmt.tok == T_DEFINE) {
        Vec vars = {0};
        for (int i = 0; i < 2; i++) {
            Node *l = lhs[i];
            if (!l) continue;
            Object *obj;
            if (l->kind == N_IDENT) {
                obj = new_var(c, l->ident.name, l->pos, NULL);
                obj->decl = l;
                l->ident.obj = obj;
                l->mode = MODE_VARIABLE;
                if (!is_blank(l)) vec_push(&vars, obj);
            } else {
                check_expr(c, l, NULL);
                diag_error(check_expr_pos(l), "cannot declare %s", ast_expr_string(l));
                obj = new_var(c, intern_cstr("_"), l->pos, NULL);
            }
            if (rhs[i] && !is_invalid(rhs[i])) {
                obj->type = rhs[i];
            } else {
                obj->type = types_invalid;
                obj->var.used = true;
            }
            l->type = obj->type;
        }
        if (vars.len > 0) {
            for (int i = 0; i < vars.len; i++) {
                Object *o = VEC_AT(vars, i);
                check_declare(c, c->scope, o->decl, o);
                check_add_local(c, o);
            }
        } else {
            diag_error(s->pos, "no new variables on left side of :=");
        }
    } else {
        for (int i = 0; i < 2; i++) {
            if (!lhs[i]) continue;
            if (rhs[i] && !is_invalid(rhs[i]))
                assign_var(c, lhs[i], NULL, rhs[i], lhs[i]);
            else if (!is_blank(lhs[i]))
                check_lhs_expr(c, lhs[i]);
        }
    }
    c->loop_depth++;
    check_stmt(c, s->rangestmt.body);
    c->loop_depth--;
    close_scope(c);
}

/* ---- the statement dispatcher -------------------------------------------------------- */

void check_stmt(Checker *c, Node *s) {
    if (!s) return;
    switch (s->kind) {
    case N_BADSTMT:
    case N_EMPTYSTMT: break;
    case N_DECLSTMT: check_local_decl(c, s->declstmt.decl); break;
    case N_LABELEDSTMT:
        if (s->labeled.stmt) check_stmt(c, s->labeled.stmt);
        break;
    case N_EXPRSTMT: check_expr_stmt(c, s->exprstmt.x); break;
    case N_SENDSTMT: {
        Node *ch = s->send.chan, *v = s->send.value;
        check_expr(c, ch, NULL);
        check_expr(c, v, NULL);
        if (expr_invalid(ch) || expr_invalid(v)) break;
        Type *u = types_underlying(ch->type);
        if (u->kind != TY_CHAN) {
            diag_error(check_expr_pos(s), "invalid operation: cannot send to non-channel %s",
                       check_operand_string(ch));
            break;
        }
        if (u->chan.dir == CHAN_RECV) {
            diag_error(check_expr_pos(s),
                       "invalid operation: cannot send to receive-only channel %s",
                       check_operand_string(ch));
            break;
        }
        check_assignable_to(c, v, u->chan.elem, "send");
        break;
    }
    case N_INCDECSTMT: {
        Node *x = s->incdec.x;
        check_expr(c, x, NULL);
        if (expr_invalid(x)) break;
        if (!types_is_basic(x->type, BI_NUMERIC)) {
            const char *op = s->incdec.tok == T_INC ? "++" : "--";
            diag_error(check_expr_pos(x), "invalid operation: %s%s (non-numeric type %s)",
                       ast_expr_string(x), op, types_string(x->type));
            break;
        }
        mark_reassigned(x);
        /* x++ reads x: it counts as a use of x, as in gc */
        if (x->mode != MODE_VARIABLE && x->mode != MODE_MAPINDEX)
            diag_error(check_expr_pos(x), "cannot assign to %s", check_operand_string(x));
        break;
    }
    case N_ASSIGNSTMT: check_assign_stmt(c, s); break;
    case N_GOSTMT:
        check_suspended_call(c, "go", s->gostmt.call);
        break;
    case N_DEFERSTMT:
        check_suspended_call(c, "defer", s->gostmt.call);
        if (c->func) c->func->has_defer = true;
        break;
    case N_RETURNSTMT: check_return(c, s); break;
    case N_BRANCHSTMT: break; /* checked by check_branches */
    case N_BLOCKSTMT:
        open_scope(c, s->pos);
        check_block(c, &s->block.list);
        close_scope(c);
        break;
    case N_IFSTMT: check_if(c, s); break;
    case N_SWITCHSTMT: check_switch(c, s); break;
    case N_TYPESWITCHSTMT: check_type_switch(c, s); break; /* codegen: cg_iface.c */
    case N_SELECTSTMT:
        check_select(c, s);
        break;
    case N_FORSTMT: check_for(c, s); break;
    case N_RANGESTMT: check_range(c, s); break;
    default: diag_error(s->pos, "invalid statement"); break;
    }
}

/* Whether a goto of this function (not of its closures) jumps backwards:
 * escape analysis treats its target like a loop. */
static bool goto_visit(Node *n, void *ctx) {
    bool *found = ctx;
    if (n->kind == N_BRANCHSTMT && n->branch.tok == T_GOTO && n->branch.target &&
        pos_cmp(n->branch.target->pos, n->pos) < 0)
        *found = true;
    return n->kind != N_FUNCLIT;
}

static bool goto_back_in(Node *body) {
    bool found = false;
    ast_walk(body, goto_visit, &found);
    return found;
}
