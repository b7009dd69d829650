/* check_selector.c: selectors (qualified identifiers pkg.Name, fields,
 * method values and method expressions), index and slice expressions and
 * type assertions (go/types call.go's selector, index.go, expr.go's
 * AssertExpr case).
 *
 * Selections are recorded in selector.selection (kind, receiver type, path
 * through embedded fields) so that later stages never redo the lookup. A
 * method call on an addressable value with a pointer receiver takes the
 * value's address implicitly, which is recorded as addr_taken. */
#include "frontend/check_internal.h"

#include <stdio.h>
#include <string.h>

static bool is_interface(Type *t) {
    return check_valid_type(t) && check_under(t)->kind == TY_INTERFACE;
}

#define is_integer(t) ((t) && types_is_basic((t), BI_INTEGER))
#define is_string(t)  ((t) && types_is_basic((t), BI_STRING))

static const char *tstr(Type *t) {
    return t ? types_string(t) : "<nil>";
}

static const char *estr(const Node *e) {
    return ast_expr_string_types2(e);
}

#define OPND(e) check_operand_string(e)

/* ---- selectors ------------------------------------------------------------ */

/* A method's signature seen as a method value (receiver removed) or a method
 * expression (receiver as first parameter). */
static Type *method_value_sig(Type *sig) {
    return types_new_signature(NULL, sig->sig.params, sig->sig.results, sig->sig.variadic);
}

static Type *method_expr_sig(Type *recv_type, Type *sig) {
    Vec vars = {0};
    Object *r = types_new_object(OBJ_VAR, intern_cstr(""), recv_type, NULL);
    r->var.is_param = true;
    vec_push(&vars, r);
    if (sig->sig.params)
        for (int i = 0; i < sig->sig.params->tuple.vars.len; i++)
            vec_push(&vars, sig->sig.params->tuple.vars.items[i]);
    return types_new_signature(NULL, types_new_tuple(vars), sig->sig.results, sig->sig.variadic);
}

static bool is_interface_ptr(Type *t) {
    Type *u = check_under(t);
    return u->kind == TY_POINTER && is_interface(u->pointer.elem);
}

void check_selector(Checker *c, Node *e, bool want_type) {
    Node *xn = e->selector.x;
    Node *seln = e->selector.sel;
    const char *sel = seln->ident.name;
    e->mode = MODE_INVALID;
    e->type = types_invalid;
    e->cval = NULL;

    /* qualified identifier pkg.Name */
    if (xn->kind == N_IDENT) {
        Object *o = check_lookup(c, xn->ident.name);
        if (o && o->kind == OBJ_PKGNAME) {
            xn->ident.obj = o;
            o->pkgname.used = true;
            Package *pkg = o->pkgname.imported;
            Object *exp = pkg && pkg->scope ? scope_lookup_local(pkg->scope, sel) : NULL;
            if (!exp) {
                if (pkg && !pkg->scope) return; /* a failed import, reported there */
                check_error(seln->pos, "undefined: %s.%s", pkg ? pkg->name : o->name, sel);
                return;
            }
            if (!types_is_exported(sel)) {
                /* gc imports export data, which has no unexported names */
                check_error(seln->pos, "undefined: %s.%s", pkg->name, sel);
                return;
            }
            seln->ident.obj = exp;
            if (exp->pkg == c->pkg) check_resolve_obj(c, exp, want_type);
            e->selector.selection = NULL;
            switch (exp->kind) {
            case OBJ_CONST:
                if (!exp->cnst.val || !check_valid_type(exp->type)) return;
                e->mode = MODE_CONSTANT;
                e->type = exp->type;
                e->cval = exp->cnst.val;
                return;
            case OBJ_TYPENAME:
                if (!exp->type) return;
                e->mode = MODE_TYPEXPR;
                e->type = exp->type;
                return;
            case OBJ_VAR:
                if (!check_valid_type(exp->type)) return;
                e->mode = MODE_VARIABLE;
                e->type = exp->type;
                return;
            case OBJ_FUNC:
                if (!exp->type) return;
                e->mode = MODE_VALUE;
                e->type = exp->type;
                return;
            case OBJ_BUILTIN: e->mode = MODE_BUILTIN; return;
            default: return;
            }
        }
    }

    check_expr_or_type(c, xn, NULL);
    if (xn->mode == MODE_INVALID) return;
    if (xn->mode == MODE_BUILTIN) {
        check_error(e->selector.sel->pos, "cannot select on %s", OPND(xn));
        return;
    }
    Type *xt = xn->type;
    bool ambiguous = false, needs_addr = false;
    bool addressable = xn->mode == MODE_VARIABLE;
    Selection *s = types_lookup(xt, addressable, c->pkg, sel, &ambiguous, &needs_addr);
    if (!s || ambiguous) {
        if (!check_valid_type(check_under(xt))) return;
        if (ambiguous) {
            check_error(seln->pos, "ambiguous selector %s.%s", estr(xn), sel);
            return;
        }
        const char *why;
        if (is_interface_ptr(xt)) {
            why = arena_printf("type %s is pointer to interface, not interface", tstr(xt));
        } else {
            why = arena_printf("type %s has no field or method %s", tstr(xt), sel);
            char alt[256];
            snprintf(alt, sizeof alt, "%s", sel);
            if (alt[0] >= 'a' && alt[0] <= 'z')
                alt[0] = (char)(alt[0] - 'a' + 'A');
            else if (alt[0] >= 'A' && alt[0] <= 'Z')
                alt[0] = (char)(alt[0] - 'A' + 'a');
            bool amb2 = false, na2 = false;
            if (strcmp(alt, sel) != 0 &&
                types_lookup(xt, addressable, c->pkg, intern_cstr(alt), &amb2, &na2))
                why = arena_printf("%s, but does have %s", why, alt);
        }
        check_error(seln->pos, "%s.%s undefined (%s)", estr(xn), sel, why);
        return;
    }
    Object *obj = s->obj;
    seln->ident.obj = obj;
    if (xn->mode != MODE_TYPEXPR) check_default_type(c, xn);
    if (obj->kind == OBJ_FUNC && !obj->type) check_obj_decl(c, obj);
    if (xn->mode == MODE_TYPEXPR) {
        if (obj->kind != OBJ_FUNC) {
            check_error(seln->pos, "%s.%s undefined (type %s has no method %s)", estr(xn), sel,
                        tstr(xt), sel);
            return;
        }
        if (!obj->type || obj->type->kind != TY_SIGNATURE) return;
        /* T.m for a pointer method needs (*T).m */
        if (needs_addr && check_under(xt)->kind != TY_POINTER && !is_interface(xt)) {
            check_error(seln->pos, "cannot call pointer method %s on %s", sel, tstr(xt));
            return;
        }
        s->kind = SEL_METHOD_EXPR;
        s->recv = xt;
        e->selector.selection = s;
        e->mode = MODE_VALUE;
        e->type = method_expr_sig(xt, obj->type);
        check_record_use(c, obj);
        return;
    }
    if (obj->kind == OBJ_VAR) {
        s->kind = SEL_FIELD;
        s->recv = xt;
        e->selector.selection = s;
        e->mode = (xn->mode == MODE_VARIABLE || s->indirect) ? MODE_VARIABLE : MODE_VALUE;
        e->type = obj->type;
        if (!check_valid_type(e->type)) e->mode = MODE_INVALID;
        return;
    }
    if (obj->kind == OBJ_FUNC) {
        if (needs_addr) {
            if (!addressable) {
                check_error(seln->pos, "cannot call pointer method %s on %s", sel, tstr(xt));
                return;
            }
            check_mark_addr_taken(xn); /* x.m() means (&x).m() */
        }
        s->kind = SEL_METHOD;
        s->recv = xt;
        e->selector.selection = s;
        if (!obj->type || obj->type->kind != TY_SIGNATURE) return;
        e->mode = MODE_VALUE;
        e->type = method_value_sig(obj->type);
        check_record_use(c, obj);
        return;
    }
}

/* ---- index and slice expressions ----------------------------------------- */

bool check_index_value(Checker *c, Node *e, int64_t max, const char *what, bool allow_negative,
                       int64_t *val) {
    *val = -1;
    check_expr(c, e, NULL);
    if (e->mode == MODE_INVALID) return false;
    if (!check_convert_untyped_op(c, e, types_basic[B_INT])) return false;
    if (!is_integer(e->type)) {
        check_error(check_expr_pos(e), "invalid argument: %s %s must be integer", what, OPND(e));
        return false;
    }
    if (e->mode == MODE_CONSTANT && e->cval && e->cval->kind != CONST_UNKNOWN) {
        if (!allow_negative && const_sign(e->cval) < 0) {
            check_error(check_expr_pos(e), "invalid argument: %s %s must not be negative", what,
                        OPND(e));
            return false;
        }
        ConstVal *r = NULL;
        if (!const_representable(e->cval, types_basic[B_INT], &r)) {
            check_error(check_expr_pos(e), "invalid argument: %s %s overflows int", what, OPND(e));
            return false;
        }
        int64_t v = const_int64(e->cval);
        if (max >= 0 && v >= max) {
            check_error(check_expr_pos(e), "invalid argument: %s %s out of bounds [0:%lld]", what,
                        const_string(e->cval), (long long)max);
            return false;
        }
        *val = v;
    }
    return true;
}

/* Generic instantiation f[T] / T[int]: parsed, not supported. */
static bool is_generic_func(Node *x) {
    Node *u = ast_unparen(x);
    Object *o = NULL;
    if (u->kind == N_IDENT)
        o = u->ident.obj;
    else if (u->kind == N_SELECTOR)
        o = u->selector.sel->ident.obj;
    if (!o || o->kind != OBJ_FUNC || !o->decl) return false;
    Node *d = o->decl;
    return d->kind == N_FUNCDECL && d->funcdecl.type &&
           d->funcdecl.type->functype.typeparams != NULL;
}

void check_index(Checker *c, Node *e) {
    Node *x = e->index.x;
    e->mode = MODE_INVALID;
    e->type = types_invalid;
    e->cval = NULL;
    check_expr_or_type(c, x, NULL);
    if (x->mode == MODE_INVALID) {
        check_expr(c, e->index.index, NULL);
        return;
    }
    if (x->mode == MODE_TYPEXPR) {
        check_unsupported(c, e->pos, "generic type instantiation");
        return;
    }
    if (is_generic_func(x)) {
        check_unsupported(c, e->pos, "generic function instantiation");
        return;
    }
    if (e->index.indices.len > 1) {
        check_error(check_expr_pos(e->index.indices.items[1]),
                    "invalid operation: more than one index");
    }
    bool valid = false;
    int64_t length = -1;
    Type *u = check_under(x->type);
    ExprMode mode = MODE_INVALID;
    Type *rt = NULL;
    switch (u->kind) {
    case TY_BASIC:
        if (is_string(u)) {
            valid = true;
            if (x->mode == MODE_CONSTANT && x->cval && x->cval->kind == CONST_STRING)
                length = x->cval->str.len;
            mode = MODE_VALUE;
            rt = types_byte;
        }
        break;
    case TY_ARRAY:
        valid = true;
        length = u->array.len;
        mode = x->mode == MODE_VARIABLE ? MODE_VARIABLE : MODE_VALUE;
        rt = u->array.elem;
        break;
    case TY_POINTER: {
        Type *pu = check_under(u->pointer.elem);
        if (pu->kind == TY_ARRAY) {
            valid = true;
            length = pu->array.len;
            mode = MODE_VARIABLE;
            rt = pu->array.elem;
        }
        break;
    }
    case TY_SLICE:
        valid = true;
        mode = MODE_VARIABLE;
        rt = u->slice.elem;
        break;
    case TY_MAP: {
        check_default_type(c, x);
        Node *k = e->index.index;
        check_expr(c, k, NULL);
        if (k->mode != MODE_INVALID) check_assignable_to(c, k, u->map.key, "map index");
        e->mode = MODE_MAPINDEX;
        e->type = u->map.elem;
        return;
    }
    default: break;
    }
    if (!valid) {
        check_error(pos_valid(e->index.lbrack) ? e->index.lbrack : e->pos,
                    "invalid operation: cannot index %s", OPND(x));
        check_expr(c, e->index.index, NULL);
        return;
    }
    /* A constant string operand becomes a string value when indexed. */
    check_default_type(c, x);
    int64_t v;
    check_index_value(c, e->index.index, length, "index", false, &v);
    e->mode = mode;
    e->type = rt;
}

void check_slice_expr(Checker *c, Node *e) {
    Node *x = e->slice.x;
    Node *idx[3] = {e->slice.low, e->slice.high, e->slice.max};
    e->mode = MODE_INVALID;
    e->type = types_invalid;
    e->cval = NULL;
    check_expr(c, x, NULL);
    if (x->mode == MODE_INVALID) {
        for (int i = 0; i < 3; i++)
            if (idx[i]) check_expr(c, idx[i], NULL);
        return;
    }
    bool valid = false;
    int64_t length = -1;
    Type *u = check_under(x->type);
    Type *rt = x->type;
    switch (u->kind) {
    case TY_BASIC:
        if (is_string(u)) {
            if (e->slice.slice3) {
                Node *at = idx[2] ? idx[2] : e;
                check_error(check_expr_pos(at), "invalid operation: 3-index slice of string");
                return;
            }
            valid = true;
            if (x->mode == MODE_CONSTANT && x->cval && x->cval->kind == CONST_STRING)
                length = x->cval->str.len;
            if (check_is_untyped(x->type)) rt = types_basic[B_STRING];
            check_default_type(c, x);
        }
        break;
    case TY_ARRAY:
        valid = true;
        length = u->array.len;
        if (x->mode != MODE_VARIABLE) {
            check_error(check_expr_pos(x), "invalid operation: %s (slice of unaddressable value)",
                        OPND(x));
            return;
        }
        check_mark_addr_taken(x);
        rt = types_new_slice(u->array.elem);
        break;
    case TY_POINTER: {
        Type *pu = check_under(u->pointer.elem);
        if (pu->kind == TY_ARRAY) {
            valid = true;
            length = pu->array.len;
            rt = types_new_slice(pu->array.elem);
        }
        break;
    }
    case TY_SLICE: valid = true; break;
    default: break;
    }
    if (!valid) {
        check_error(check_expr_pos(x), "invalid operation: cannot slice %s", OPND(x));
        return;
    }
    e->mode = MODE_VALUE;
    e->type = rt;
    if (e->slice.slice3 && (!idx[1] || !idx[2])) {
        check_error(e->pos, "2nd and 3rd index required in 3-index slice");
        e->mode = MODE_INVALID;
        return;
    }
    int64_t ind[3];
    int n = e->slice.slice3 ? 3 : 2;
    for (int i = 0; i < n; i++) {
        int64_t v = -1;
        if (idx[i]) {
            int64_t max = length >= 0 ? length + 1 : -1;
            int64_t got;
            if (check_index_value(c, idx[i], max, "index", false, &got) && got >= 0) v = got;
        } else if (i == 0) {
            v = 0;
        } else if (length >= 0) {
            v = length;
        }
        ind[i] = v;
    }
    for (int i = 0; i < n - 1; i++) {
        if (ind[i] > 0) {
            for (int j = i + 1; j < n; j++) {
                if (ind[j] >= 0 && ind[j] < ind[i]) {
                    check_error(check_expr_pos(idx[j]), "invalid slice indices: %lld < %lld",
                                (long long)ind[j], (long long)ind[i]);
                    return;
                }
            }
        }
    }
}

/* ---- type assertions ------------------------------------------------------ */

void check_type_assert(Checker *c, Node *e) {
    Node *x = e->typeassert.x;
    e->mode = MODE_INVALID;
    e->type = types_invalid;
    e->cval = NULL;
    if (!e->typeassert.type) {
        check_expr(c, x, NULL);
        check_error(check_expr_pos(e), "invalid AST: use of .(type) outside type switch");
        return;
    }
    check_expr(c, x, NULL);
    if (x->mode == MODE_INVALID) return;
    if (!is_interface(x->type)) {
        check_error(check_expr_pos(x), "invalid operation: %s is not an interface", OPND(x));
        return;
    }
    Type *t = check_var_type(c, e->typeassert.type);
    if (!check_valid_type(t)) return;
    if (!is_interface(t)) {
        bool wrong = false;
        Object *m = types_missing_method(t, x->type, &wrong);
        if (m) {
            check_error(check_expr_pos(e),
                        "impossible type assertion: %s\n\t%s does not implement %s %s", estr(e),
                        tstr(t), tstr(x->type), check_missing_method_reason(c, t, x->type));
        }
    }
    e->mode = MODE_COMMAOK;
    e->type = t;
}
