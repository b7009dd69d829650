/* check_literal.c: composite literals (structs, arrays, slices, maps, with
 * keyed and positional elements and elided inner types) and function
 * literals (go/types exprInternal's CompositeLit and FuncLit cases).
 *
 * A function literal gets its own FuncInfo, linked to the enclosing one
 * (outer, funclits) and listed in Program.funcs after it, so that escape/
 * and codegen/ see closures as functions with captured variables. */
#include "frontend/check_internal.h"

#include <stdio.h>
#include <string.h>

/* ---- composite literals --------------------------------------------------- */

static int field_index(Checker *c, Type *st, const char *name) {
    if (strcmp(name, "_") == 0) return -1; /* blank fields cannot be named */
    for (int i = 0; i < st->strct.fields.len; i++) {
        Object *f = st->strct.fields.items[i];
        if (f->name == name && (types_is_exported(name) || f->pkg == c->pkg)) return i;
    }
    return -1;
}

/* Evaluates a literal element against its expected type. */
static void element(Checker *c, Node *e, Type *hint, Type *t, const char *context) {
    check_expr(c, e, hint);
    if (e->mode != MODE_INVALID) check_assignable_to(c, e, t, context);
}

/* go/types indexedElts: array and slice elements; returns the length. */
static int64_t indexed_elts(Checker *c, Vec *elts, Type *elem, int64_t length) {
    /* visited indexes, kept sorted-free: literals are small */
    int64_t *seen = ARENA_ARRAY(int64_t, elts->len + 1);
    int nseen = 0;
    int64_t index = 0, max = 0;
    for (int i = 0; i < elts->len; i++) {
        Node *e = elts->items[i];
        bool valid_index = false;
        Node *eval = e;
        if (e->kind == N_KEYVALUE) {
            int64_t v;
            Node *k = e->keyvalue.key;
            if (check_index_value(c, k, length, "index", false, &v)) {
                if (v >= 0) {
                    index = v;
                    valid_index = true;
                } else {
                    check_error(check_expr_pos(e), "index %s must be integer constant",
                                ast_expr_string_types2(k));
                }
            }
            eval = e->keyvalue.value;
        } else if (length >= 0 && index >= length) {
            check_error(check_expr_pos(e), "index %lld is out of bounds (>= %lld)",
                        (long long)index, (long long)length);
        } else {
            valid_index = true;
        }
        if (valid_index) {
            for (int j = 0; j < nseen; j++) {
                if (seen[j] == index) {
                    check_error(check_expr_pos(e), "duplicate index %lld in array or slice literal",
                                (long long)index);
                    break;
                }
            }
            seen[nseen++] = index;
        }
        index++;
        if (index > max) max = index;
        element(c, eval, elem, elem, "array or slice literal");
    }
    return max;
}

static bool same_key(Node *a, Node *b, bool iface) {
    if (iface && !types_identical(a->type, b->type)) return false;
    if (!a->cval || !b->cval || a->cval->kind == CONST_UNKNOWN || b->cval->kind == CONST_UNKNOWN)
        return false;
    bool an = a->cval->kind == CONST_INT || a->cval->kind == CONST_FLOAT ||
              a->cval->kind == CONST_COMPLEX;
    bool bn = b->cval->kind == CONST_INT || b->cval->kind == CONST_FLOAT ||
              b->cval->kind == CONST_COMPLEX;
    if (an != bn) return false;
    if (!an && a->cval->kind != b->cval->kind) return false;
    return const_compare(T_EQL, a->cval, b->cval);
}

static void struct_lit(Checker *c, Node *e, Type *base, Type *st) {
    Vec *elts = &e->complit.elts;
    if (elts->len == 0) return;
    int nf = st->strct.fields.len;
    Node *first = elts->items[0];
    if (first->kind == N_KEYVALUE) {
        bool *visited = ARENA_ARRAY(bool, nf + 1);
        for (int i = 0; i < elts->len; i++) {
            Node *kv = elts->items[i];
            if (kv->kind != N_KEYVALUE) {
                check_error(check_expr_pos(kv),
                            "mixture of field:value and value elements in struct literal");
                check_expr(c, kv, NULL);
                continue;
            }
            Node *key = kv->keyvalue.key;
            Node *val = kv->keyvalue.value;
            if (key->kind != N_IDENT) {
                check_expr(c, val, NULL);
                check_error(check_expr_pos(kv), "invalid field name %s in struct literal",
                            ast_expr_string_types2(key));
                continue;
            }
            int fi = field_index(c, st, key->ident.name);
            if (fi < 0) {
                check_expr(c, val, NULL);
                check_error(key->pos, "unknown field '%s' in struct literal of type %s",
                            key->ident.name, types_string(base));
                continue;
            }
            Object *fld = st->strct.fields.items[fi];
            key->ident.obj = fld;
            key->mode = MODE_VARIABLE;
            key->type = fld->type;
            /* struct fields give no type to elided inner literals */
            element(c, val, NULL, fld->type, "struct literal");
            if (visited[fi]) {
                check_error(check_expr_pos(kv), "duplicate field name %s in struct literal",
                            key->ident.name);
                continue;
            }
            visited[fi] = true;
        }
        return;
    }
    for (int i = 0; i < elts->len; i++) {
        Node *x = elts->items[i];
        if (x->kind == N_KEYVALUE) {
            check_error(check_expr_pos(x),
                        "mixture of field:value and value elements in struct literal");
            check_expr(c, x->keyvalue.value, NULL);
            continue;
        }
        if (i >= nf) {
            check_expr(c, x, NULL);
            check_error(check_expr_pos(x), "too many values in %s{…}", types_string(base));
            break;
        }
        Object *fld = st->strct.fields.items[i];
        if (!types_is_exported(fld->name) && fld->pkg != c->pkg) {
            check_expr(c, x, NULL);
            check_error(check_expr_pos(x),
                        "implicit assignment to unexported field %s in %s literal", fld->name,
                        types_string(e->type ? e->type : base));
            continue;
        }
        element(c, x, NULL, fld->type, "struct literal");
    }
    if (elts->len < nf)
        check_error(pos_valid(e->complit.rbrace) ? e->complit.rbrace : e->pos,
                    "too few values in %s{…}", types_string(base));
}

static void map_lit(Checker *c, Node *e, Type *mt) {
    Vec *elts = &e->complit.elts;
    bool key_iface = check_under(mt->map.key)->kind == TY_INTERFACE;
    Vec keys = {0};
    for (int i = 0; i < elts->len; i++) {
        Node *kv = elts->items[i];
        if (kv->kind != N_KEYVALUE) {
            check_error(check_expr_pos(kv), "missing key in map literal");
            check_expr(c, kv, NULL);
            continue;
        }
        Node *k = kv->keyvalue.key;
        check_expr(c, k, mt->map.key);
        if (k->mode == MODE_INVALID) continue;
        if (!check_assignable_to(c, k, mt->map.key, "map literal")) continue;
        if (k->mode == MODE_CONSTANT) {
            bool dup = false;
            for (int j = 0; j < keys.len && !dup; j++)
                dup = same_key(keys.items[j], k, key_iface);
            if (dup) {
                check_error(check_expr_pos(k), "duplicate key %s in map literal",
                            const_string(k->cval));
                continue;
            }
            vec_push(&keys, k);
        }
        element(c, kv->keyvalue.value, mt->map.elem, mt->map.elem, "map literal");
    }
}

void check_complit(Checker *c, Node *e, Type *hint) {
    Type *typ = NULL, *base = NULL;
    Node *tn = e->complit.type;
    e->cval = NULL;
    if (tn) {
        if (tn->kind == N_ARRAYTYPE && tn->arraytype.len && tn->arraytype.len->kind == N_ELLIPSIS) {
            /* [...]T: the length comes from the literal */
            Type *elem = check_var_type(c, tn->arraytype.elt);
            typ = types_new_array(elem, -1);
            tn->mode = MODE_TYPEXPR;
            tn->type = typ;
        } else {
            typ = check_typexpr(c, tn, NULL);
        }
        base = typ;
    } else if (hint) {
        typ = hint;
        base = typ;
        /* *T implies &T{} */
        Type *u = check_under(typ);
        if (u->kind == TY_POINTER) base = u->pointer.elem;
    } else {
        check_error(e->pos, "missing type in composite literal");
        e->mode = MODE_INVALID;
        e->type = types_invalid;
        for (int i = 0; i < e->complit.elts.len; i++) {
            Node *x = e->complit.elts.items[i];
            check_expr(c, x->kind == N_KEYVALUE ? x->keyvalue.value : x, NULL);
        }
        return;
    }
    Type *u = check_under(base);
    switch (u->kind) {
    case TY_STRUCT: struct_lit(c, e, base, u); break;
    case TY_ARRAY: {
        if (!u->array.elem) {
            check_error(e->pos, "illegal cycle in type declaration");
            goto error;
        }
        int64_t n = indexed_elts(c, &e->complit.elts, u->array.elem, u->array.len);
        if (u->array.len < 0) u->array.len = n;
        break;
    }
    case TY_SLICE:
        if (!u->slice.elem) {
            check_error(e->pos, "illegal cycle in type declaration");
            goto error;
        }
        indexed_elts(c, &e->complit.elts, u->slice.elem, -1);
        break;
    case TY_MAP:
        if (!u->map.key || !u->map.elem) {
            check_error(e->pos, "illegal cycle in type declaration");
            goto error;
        }
        map_lit(c, e, u);
        break;
    default:
        for (int i = 0; i < e->complit.elts.len; i++) {
            Node *x = e->complit.elts.items[i];
            x = x->kind == N_KEYVALUE ? x->keyvalue.value : x;
            /* an elided inner literal has no type to be checked against */
            if (x->kind == N_COMPOSITELIT && !x->complit.type) continue;
            check_expr(c, x, NULL);
        }
        if (check_valid_type(u))
            check_error(e->pos, "invalid composite literal type %s", types_string(typ));
        goto error;
    }
    e->mode = MODE_VALUE;
    e->type = typ;
    return;
error:
    e->mode = MODE_INVALID;
    e->type = types_invalid;
}

/* ---- function literals ---------------------------------------------------- */

void check_funclit(Checker *c, Node *e) {
    Node *ft = e->funclit.type;
    FuncInfo *fi = ARENA_NEW(FuncInfo);
    fi->decl = e;
    fi->outer = c->func;
    Type *sig = check_signature(c, NULL, ft, &fi->params, &fi->results);
    if (!sig || sig->kind != TY_SIGNATURE) {
        e->mode = MODE_INVALID;
        e->type = types_invalid;
        return;
    }
    fi->sig = sig;
    for (int i = 0; i < fi->params.len; i++)
        ((Object *)fi->params.items[i])->var.func = fi;
    for (int i = 0; i < fi->results.len; i++)
        ((Object *)fi->results.items[i])->var.func = fi;
    e->funclit.info = fi;

    /* gc's names: main.f.func1 for literals in f, main.f.func1.1 for a
     * literal inside that one, main.glob..func1 at package level. */
    int n = ++c->funclit_count;
    const char *pkgpath = c->pkg && c->pkg->path ? c->pkg->path : "main";
    if (c->func && c->func->link_name) {
        if (c->func->outer || c->func->obj == NULL)
            fi->link_name = arena_printf("%s.%d", c->func->link_name, n);
        else
            fi->link_name = arena_printf("%s.func%d", c->func->link_name, n);
    } else if (!c->func) {
        fi->link_name = arena_printf("%s.glob..func%d", pkgpath, n);
    }
    if (c->func) vec_push(&c->func->funclits, fi);
    if (c->prog) vec_push(&c->prog->funcs, fi);

    e->mode = MODE_VALUE;
    e->type = sig;

    if (e->funclit.body) {
        /* The body sees the enclosing scope; everything else about the
         * enclosing function's state is saved and restored. */
        FuncInfo *save_func = c->func;
        int save_loop = c->loop_depth;
        int save_count = c->funclit_count;
        void *save_ctx = c->stmt_ctx;
        Scope *save_scope = c->scope;
        Type *save_decl_type = c->decl_type;
        bool save_hcr = c->has_call_or_recv;
        c->func = fi;
        c->loop_depth = 0;
        c->funclit_count = 0;
        c->stmt_ctx = NULL;
        c->decl_type = NULL;
        check_func_body(c, fi);
        c->func = save_func;
        c->loop_depth = save_loop;
        c->funclit_count = save_count;
        c->stmt_ctx = save_ctx;
        c->scope = save_scope;
        c->decl_type = save_decl_type;
        c->has_call_or_recv = save_hcr;
    }
}
