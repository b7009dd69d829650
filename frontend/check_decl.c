/* check_decl.c: constant, variable and type declarations — at package level
 * (called lazily from check_obj_decl) and inside function bodies — and the
 * initialization of variables from a list of values (go/types decl.go
 * constDecl/varDecl/typeDecl/declStmt, assignments.go initVar/initVars).
 *
 * Messages are gc 1.19's (types2 with CompilerErrorMessages set). */
#include "frontend/check_internal.h"

#include <string.h>

/* ---- helpers ---------------------------------------------------------------- */

static bool is_invalid(Type *t) {
    return !t || t == types_invalid || t->kind == TY_INVALID ||
           (t->kind == TY_BASIC && t->basic.kind == B_INVALID);
}

static bool expr_invalid(Node *e) {
    return !e || e->mode == MODE_INVALID || is_invalid(e->type);
}

static bool is_untyped_nil(Type *t) {
    return t && t->kind == TY_BASIC && t->basic.kind == B_UNTYPED_NIL;
}

void check_add_local(Checker *c, Object *obj) {
    obj->var.func = c->func;
    if (c->func) vec_push(&c->func->locals, obj);
}

/* ---- constants ----------------------------------------------------------------- */

static bool is_const_type(Type *t) {
    Type *u = types_underlying(t);
    return u && u->kind == TY_BASIC && (u->basic.info & BI_CONST) != 0;
}

static void const_decl(Checker *c, Object *obj, Node *type, Node *init, int iota, bool inherited);

void check_const_decl(Checker *c, Object *obj, Node *type, Node *init, int iota, bool inherited) {
    Pos saved = diag_errpos;
    const_decl(c, obj, type, init, iota, inherited);
    diag_errpos = saved;
}

static void const_decl(Checker *c, Object *obj, Node *type, Node *init, int iota, bool inherited) {
    ConstVal *saved_iota = c->iota;
    c->iota = const_make_int64(iota);
    obj->cnst.val = NULL;
    if (type) {
        Type *t = check_typexpr(c, type, NULL);
        if (!is_const_type(t)) {
            if (!is_invalid(types_underlying(t)))
                diag_error(type->pos, "invalid constant type %s", types_string(t));
            obj->type = types_invalid;
            c->iota = saved_iota;
            return;
        }
        obj->type = t;
    }
    if (!init) {
        if (!obj->type) obj->type = types_invalid;
        c->iota = saved_iota;
        return;
    }
    /* an initializer repeated from an earlier spec has no position of its
     * own for this constant: gc reports its errors at the constant */
    if (inherited) diag_errpos = obj->pos;
    check_expr(c, init, NULL);
    c->iota = saved_iota;
    if (expr_invalid(init) || (obj->type && is_invalid(obj->type))) {
        if (!obj->type) obj->type = types_invalid;
        return;
    }
    if (init->mode != MODE_CONSTANT) {
        diag_error(check_expr_pos(init), "%s is not constant", check_operand_string(init));
        if (!obj->type) obj->type = types_invalid;
        return;
    }
    if (!obj->type) {
        obj->type = init->type;
        obj->cnst.val = init->cval;
        return;
    }
    if (!check_assignable_to(c, init, obj->type, "constant declaration")) return;
    obj->cnst.val = init->cval;
}

/* ---- variables ----------------------------------------------------------------- */

bool check_init_var(Checker *c, Object *lhs, Node *x, const char *context) {
    if (expr_invalid(x) || (lhs->type && is_invalid(lhs->type))) {
        if (!lhs->type) lhs->type = types_invalid;
        lhs->var.used = true; /* no follow-on "declared but not used" */
        return false;
    }
    if (!lhs->type) {
        Type *t = x->type;
        if (types_is_untyped(t)) {
            if (is_untyped_nil(t)) {
                diag_error(check_expr_pos(x), "use of untyped nil in %s", context);
                lhs->type = types_invalid;
                lhs->var.used = true;
                return false;
            }
            t = types_default(t);
        }
        lhs->type = t;
    }
    if (!check_assignable_to(c, x, lhs->type, context)) {
        lhs->var.used = true;
        return false;
    }
    return true;
}

void check_var_decl(Checker *c, Object *obj, Vec *lhs, Node *type, Node *init) {
    if (type) obj->type = check_typexpr(c, type, NULL);
    if (!init) {
        if (!type) obj->type = types_invalid;
        goto out;
    }
    if (!lhs || lhs->len == 1) {
        check_expr(c, init, NULL);
        check_init_var(c, obj, init, "variable declaration");
        goto out;
    }
    if (type)
        for (int i = 0; i < lhs->len; i++)
            ((Object *)VEC_AT(*lhs, i))->type = obj->type;
    Vec rhs = {0};
    vec_push(&rhs, init);
    check_init_vars(c, lhs, &rhs, NULL);
out:
    if (is_invalid(obj->type)) obj->var.used = true;
    if (lhs)
        for (int i = 0; i < lhs->len; i++) {
            Object *o = VEC_AT(*lhs, i);
            if (!o->type || is_invalid(o->type)) {
                if (!o->type) o->type = types_invalid;
                o->var.used = true;
            }
        }
}

/* One value of a right-hand side: an expression, an element of a call's
 * result tuple, or the boolean of a comma-ok expression. */
typedef struct Val {
    Node *e;
    Type *type;
    int index; /* -1: e itself; >= 0: element of e's tuple; -2: comma-ok bool */
} Val;

static int expr_list(Checker *c, Vec *rhs, bool allow_commaok, Val **out) {
    if (rhs->len == 1) {
        Node *e = VEC_AT(*rhs, 0);
        int n = check_multi_expr(c, e, allow_commaok);
        Val *v = ARENA_ARRAY(Val, n > 0 ? n : 1);
        if (e->mode == MODE_INVALID || n <= 0) {
            v[0] = (Val){e, types_invalid, -1};
            *out = v;
            return 1;
        }
        if (n == 1) {
            v[0] = (Val){e, e->type, -1};
        } else if (e->type && e->type->kind == TY_TUPLE) {
            for (int i = 0; i < n && i < e->type->tuple.vars.len; i++)
                v[i] = (Val){e, ((Object *)VEC_AT(e->type->tuple.vars, i))->type, i};
        } else {
            v[0] = (Val){e, e->type, -1};
            v[1] = (Val){e, types_basic[B_UNTYPED_BOOL], -2};
        }
        *out = v;
        return n;
    }
    Val *v = ARENA_ARRAY(Val, rhs->len + 1);
    for (int i = 0; i < rhs->len; i++) {
        Node *e = VEC_AT(*rhs, i);
        check_expr(c, e, NULL);
        v[i] = (Val){e, e->mode == MODE_INVALID ? types_invalid : e->type, -1};
    }
    *out = v;
    return rhs->len;
}

static bool val_invalid(Val *v) {
    return is_invalid(v->type) || (v->index == -1 && expr_invalid(v->e));
}

/* gc's compact list of types: "(number, string)". */
static const char *types_summary(Type **ts, int n) {
    char *s = "(";
    for (int i = 0; i < n; i++) {
        Type *t = ts[i];
        const char *p;
        if (!t || is_invalid(t))
            p = "<T>";
        else if (types_is_untyped(t)) {
            if (types_is_basic(t, BI_NUMERIC))
                p = "number";
            else {
                p = types_string(t);
                if (strncmp(p, "untyped ", 8) == 0) p += 8;
            }
        } else
            p = types_string(t);
        s = arena_printf("%s%s%s", s, i > 0 ? ", " : "", p);
    }
    return arena_printf("%s)", s);
}

/* "assignment mismatch: 2 variables but f returns 1 value" */
const char *check_assign_error(Vec *rhs, int nvars, int nvals) {
    const char *vars = arena_printf("%d variable%s", nvars, nvars == 1 ? "" : "s");
    const char *vals = arena_printf("%d value%s", nvals, nvals == 1 ? "" : "s");
    Node *r0 = VEC_AT(*rhs, 0);
    if (rhs->len == 1) {
        Node *u = ast_unparen(r0);
        if (u->kind == N_CALL)
            return arena_printf("assignment mismatch: %s but %s returns %s", vars,
                                ast_expr_string(u->call.fun), vals);
    }
    return arena_printf("assignment mismatch: %s but %s", vars, vals);
}

/* Initializes lhs with a value that is not an expression of its own (a
 * tuple element or a comma-ok bool). */
static bool init_var_typed(Checker *c, Object *lhs, Val *v, const char *context) {
    (void)c;
    if (val_invalid(v) || (lhs->type && is_invalid(lhs->type))) {
        if (!lhs->type) lhs->type = types_invalid;
        lhs->var.used = true;
        return false;
    }
    Type *t = v->type;
    if (!lhs->type) {
        lhs->type = types_is_untyped(t) ? types_default(t) : t;
        return true;
    }
    if (types_is_untyped(t)) {
        /* the comma-ok boolean */
        if (types_is_basic(lhs->type, BI_BOOLEAN) || types_is_interface(lhs->type)) return true;
        diag_error(check_expr_pos(v->e), "cannot use %s (untyped bool value) as %s value in %s",
                   ast_expr_string(v->e), types_string(lhs->type), context);
        lhs->var.used = true;
        return false;
    }
    const char *reason = NULL;
    if (!types_assignable(t, lhs->type, &reason)) {
        if (reason)
            diag_error(
                check_expr_pos(v->e), "cannot use %s (value of type %s) as type %s in %s:\n\t%s",
                ast_expr_string(v->e), types_string(t), types_string(lhs->type), context, reason);
        else
            diag_error(check_expr_pos(v->e), "cannot use %s (value of type %s) as type %s in %s",
                       ast_expr_string(v->e), types_string(t), types_string(lhs->type), context);
        lhs->var.used = true;
        return false;
    }
    return true;
}

void check_init_vars(Checker *c, Vec *lhs, Vec *rhs, Node *ret) {
    Val *vals;
    int nl = lhs ? lhs->len : 0;
    int nr = expr_list(c, rhs, nl == 2 && !ret, &vals);
    if (rhs->len == 0) nr = 0;
    if (nl != nr) {
        for (int i = 0; i < nl; i++) {
            Object *o = VEC_AT(*lhs, i);
            o->var.used = true;
            if (!o->type) o->type = types_invalid;
        }
        for (int i = 0; i < nr; i++)
            if (val_invalid(&vals[i])) return;
        if (ret) {
            Pos at = ret->pos;
            const char *q = "not enough";
            if (nr > nl) {
                at = check_expr_pos(vals[nl].e);
                q = "too many";
            } else if (nr > 0)
                at = check_expr_pos(vals[nr - 1].e);
            Type **have = ARENA_ARRAY(Type *, nr + 1);
            Type **want = ARENA_ARRAY(Type *, nl + 1);
            for (int i = 0; i < nr; i++)
                have[i] = vals[i].type;
            for (int i = 0; i < nl; i++)
                want[i] = ((Object *)VEC_AT(*lhs, i))->type;
            diag_error(at, "%s return values\n\thave %s\n\twant %s", q, types_summary(have, nr),
                       types_summary(want, nl));
            return;
        }
        diag_error(check_expr_pos(VEC_AT(*rhs, 0)), "%s", check_assign_error(rhs, nl, nr));
        return;
    }
    const char *context = ret ? "return statement" : "assignment";
    bool ok = true;
    for (int i = 0; i < nl; i++) {
        Object *o = VEC_AT(*lhs, i);
        bool r;
        if (vals[i].index == -1)
            r = check_init_var(c, o, vals[i].e, context);
        else
            r = init_var_typed(c, o, &vals[i], context);
        if (!r) ok = false;
    }
    if (!ok)
        for (int i = 0; i < nl; i++)
            ((Object *)VEC_AT(*lhs, i))->var.used = true;
}

/* ---- types ----------------------------------------------------------------------- */

/* The right-hand side of each type definition (go/types Named.fromRHS):
 * type T U is resolved by following the chain, and validated through it. */
static Vec rhs_named, rhs_types;

static Type *rhs_of(Type *named) {
    for (int i = rhs_named.len - 1; i >= 0; i--)
        if (VEC_AT(rhs_named, i) == named) return VEC_AT(rhs_types, i);
    return NULL;
}

/* Invalid recursive types: a named type that contains itself other than
 * through a pointer, slice, map, channel, function or interface (go/types
 * validType). Named types are remembered once known valid. */
static Vec valid_named;   /* Type*: known valid */
static Vec invalid_named; /* Type*: reported */
static Vec pending_named; /* Type*: package-level types still to validate */

static bool in_vec(Vec *v, void *p) {
    for (int i = 0; i < v->len; i++)
        if (VEC_AT(*v, i) == p) return true;
    return false;
}

static bool valid_type(Type *t, Vec *path) {
    if (!t) return true;
    switch (t->kind) {
    case TY_ARRAY: return valid_type(t->array.elem, path);
    case TY_STRUCT:
        for (int i = 0; i < t->strct.fields.len; i++)
            if (!valid_type(((Object *)VEC_AT(t->strct.fields, i))->type, path)) return false;
        return true;
    case TY_NAMED: {
        if (in_vec(&valid_named, t)) return true;
        if (in_vec(&invalid_named, t)) return false;
        for (int i = 0; i < path->len; i++) {
            if (VEC_AT(*path, i) != t) continue;
            /* a cycle path[i..]: report it from the type first in the source */
            int n = path->len - i, first = i;
            for (int k = i + 1; k < path->len; k++) {
                Type *a = VEC_AT(*path, k), *b = VEC_AT(*path, first);
                if (pos_cmp(a->named.obj->pos, b->named.obj->pos) < 0) first = k;
            }
            Object *o = ((Type *)VEC_AT(*path, first))->named.obj;
            Pos at = o->pos;
            char *msg = arena_printf("invalid recursive type %s", o->name);
            int k = first;
            for (int m = 0; m < n; m++) {
                msg =
                    arena_printf("%s\n\t%s: %s refers to", msg, check_pos_string(o->pos), o->name);
                if (++k >= path->len) k = i;
                o = ((Type *)VEC_AT(*path, k))->named.obj;
            }
            msg = arena_printf("%s\n\t%s: %s", msg, check_pos_string(o->pos), o->name);
            diag_error(at, "%s", msg);
            for (int k = i; k < path->len; k++)
                vec_push(&invalid_named, VEC_AT(*path, k));
            return false;
        }
        if (t->named.obj && t->named.obj->pkg && t->named.underlying) {
            vec_push(path, t);
            Type *rhs = rhs_of(t); /* go/types walks the definition: type x y */
            bool ok = valid_type(rhs ? rhs : t->named.underlying, path);
            path->len--;
            if (ok) vec_push(&valid_named, t);
            return ok;
        }
        return true;
    }
    default: return true;
    }
}

static void report_type_cycle(Vec *path, int start) {
    int n = path->len - start, first = start;
    for (int k = start + 1; k < path->len; k++) {
        Type *a = VEC_AT(*path, k), *b = VEC_AT(*path, first);
        if (pos_cmp(a->named.obj->pos, b->named.obj->pos) < 0) first = k;
    }
    Object *o = ((Type *)VEC_AT(*path, first))->named.obj;
    Pos at = o->pos;
    char *msg = arena_printf("invalid recursive type %s", o->name);
    int k = first;
    for (int m = 0; m < n; m++) {
        msg = arena_printf("%s\n\t%s: %s refers to", msg, check_pos_string(o->pos), o->name);
        if (++k >= path->len) k = start;
        o = ((Type *)VEC_AT(*path, k))->named.obj;
    }
    msg = arena_printf("%s\n\t%s: %s", msg, check_pos_string(o->pos), o->name);
    diag_error(at, "%s", msg);
}

/* Sets the underlying type of named (and of the named types its definition
 * goes through) by following right-hand sides; reports a cycle. Leaves it
 * NULL while a type on the chain is still being declared. */
static void resolve_under(Type *named) {
    Vec path = {0};
    vec_push(&path, named);
    Type *t = rhs_of(named);
    while (t && t->kind == TY_NAMED && !t->named.underlying) {
        for (int i = 0; i < path.len; i++) {
            if (VEC_AT(path, i) != t) continue;
            report_type_cycle(&path, i);
            for (int k = 0; k < path.len; k++)
                ((Type *)VEC_AT(path, k))->named.underlying = types_invalid;
            return;
        }
        Type *next = rhs_of(t);
        if (!next) return;
        vec_push(&path, t);
        t = next;
    }
    Type *u = t ? types_underlying(t) : types_invalid;
    if (!u) u = types_invalid;
    for (int k = 0; k < path.len; k++) {
        Type *p = VEC_AT(path, k);
        if (!p->named.underlying) p->named.underlying = u;
    }
}

void check_type_decl(Checker *c, Object *obj, Node *spec) {
    Node *rhs = spec->typespec.type;
    if (spec->typespec.typeparams && spec->typespec.typeparams->list.len > 0) {
        check_unsupported(c, spec->pos, "generic types");
        obj->type = types_invalid;
        return;
    }
    if (spec->typespec.assign) {
        /* unknown while resolving: a reference to it is a cycle */
        obj->type = NULL;
        Type *t = check_typexpr(c, rhs, NULL);
        if (!obj->type) obj->type = t ? t : types_invalid;
        return;
    }
    Type *named = types_new_named(obj, NULL);
    obj->type = named;
    Type *t = check_typexpr(c, rhs, named);
    vec_push(&rhs_named, named);
    vec_push(&rhs_types, t ? t : types_invalid);
    if (!named->named.underlying) resolve_under(named);
    if (named->named.underlying && named->named.underlying->kind == TY_NAMED)
        named->named.underlying = types_underlying(named->named.underlying);
    if (!named->named.underlying && c->func) named->named.underlying = types_invalid;
    if (c->func) {
        Vec path = {0};
        if (!valid_type(named, &path)) named->named.underlying = types_invalid;
    } else {
        vec_push(&pending_named, named); /* its parts may not be complete yet */
    }
}

void check_valid_types(Checker *c) {
    (void)c;
    for (int i = 0; i < pending_named.len; i++) {
        Type *named = VEC_AT(pending_named, i);
        if (!named->named.underlying) resolve_under(named);
        if (!named->named.underlying) named->named.underlying = types_invalid;
    }
    for (int i = 0; i < pending_named.len; i++) {
        Type *named = VEC_AT(pending_named, i);
        Vec path = {0};
        if (!valid_type(named, &path)) named->named.underlying = types_invalid;
    }
    pending_named.len = 0;
}

/* ---- local declarations ---------------------------------------------------------- */

static Object *new_local_var(Checker *c, Node *id) {
    Object *o = check_new_object(OBJ_VAR, id->ident.name, id->pos, NULL, c->pkg);
    o->decl = id;
    id->ident.obj = o;
    return o;
}

void check_var_spec(Checker *c, Vec *lhs_objs, Node *type, Vec *values, Pos pos) {
    (void)pos;
    int n = lhs_objs->len;
    for (int i = 0; i < n; i++) {
        Object *obj = VEC_AT(*lhs_objs, i);
        Vec *lhs = NULL;
        Node *init = NULL;
        if (values->len == n)
            init = VEC_AT(*values, i);
        else if (values->len == 1) {
            lhs = lhs_objs;
            init = VEC_AT(*values, 0);
        } else if (i < values->len)
            init = VEC_AT(*values, i);
        check_var_decl(c, obj, lhs, type, init);
        if (values->len == 1 && n > 1) {
            /* one multi-valued initializer typed all of them */
            for (int k = 0; k < n; k++) {
                Object *o = VEC_AT(*lhs_objs, k);
                if (!o->type) {
                    o->type = types_invalid;
                    o->var.used = true;
                }
            }
            break;
        }
    }
}

void check_local_decl(Checker *c, Node *gendecl) {
    TokKind tok = gendecl->gendecl.tok;
    for (int si = 0; si < gendecl->gendecl.specs.len; si++) {
        Node *spec = VEC_AT(gendecl->gendecl.specs, si);
        if (tok == T_CONST) {
            Vec *names = &spec->valuespec.names;
            Vec objs = {0};
            for (int k = 0; k < names->len; k++) {
                Node *id = VEC_AT(*names, k);
                Object *o = check_new_object(OBJ_CONST, id->ident.name, id->pos, NULL, c->pkg);
                o->decl = id;
                id->ident.obj = o;
                Node *init =
                    k < spec->valuespec.values.len ? VEC_AT(spec->valuespec.values, k) : NULL;
                check_const_decl(c, o, spec->valuespec.type, init, spec->valuespec.iota,
                                 spec->valuespec.implicit);
                vec_push(&objs, o);
            }
            check_arity(c, spec, true);
            /* constants are visible after their spec */
            for (int k = 0; k < names->len; k++)
                check_declare(c, c->scope, VEC_AT(*names, k), VEC_AT(objs, k));
        } else if (tok == T_VAR) {
            Vec *names = &spec->valuespec.names;
            Vec objs = {0};
            for (int k = 0; k < names->len; k++)
                vec_push(&objs, new_local_var(c, VEC_AT(*names, k)));
            check_var_spec(c, &objs, spec->valuespec.type, &spec->valuespec.values, spec->pos);
            if (!spec->valuespec.type || spec->valuespec.values.len > 0)
                check_arity(c, spec, false);
            /* variables are visible after their spec, not in their own init */
            for (int k = 0; k < names->len; k++) {
                Object *o = VEC_AT(objs, k);
                check_declare(c, c->scope, VEC_AT(*names, k), o);
                check_add_local(c, o);
            }
        } else if (tok == T_TYPE) {
            Node *id = spec->typespec.name;
            Object *o = check_new_object(OBJ_TYPENAME, id->ident.name, id->pos, NULL, c->pkg);
            o->decl = spec;
            /* the scope of a local type starts at its name: recursive types */
            check_declare(c, c->scope, id, o);
            check_local_type_decl(c, o, spec);
        }
    }
}
