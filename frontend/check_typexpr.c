/* check_typexpr.c: type expressions -> Type (go/types typexpr.go,
 * struct.go, signature.go's parameter lists, interface.go).
 *
 * A composite type being defined by `type T ...` becomes T's underlying type
 * as soon as it exists (def), before its parts are evaluated, so that
 * recursive references such as `type L struct{ next *L }` see it. Cycles
 * through names are detected by check_obj_decl, not here. Generic type
 * parameters and instantiations are parsed but rejected as unsupported. */
#include "frontend/check_internal.h"

#include <string.h>

/* Makes typ the underlying type of the Named type being defined. */
static void set_underlying(Type *def, Type *typ) {
    if (def && def->kind == TY_NAMED && !def->named.underlying) def->named.underlying = typ;
}

/* Map key types still being defined (type S struct{ m map[S]int }) are
 * checked once the outermost type expression is done (go/types "later"). */
typedef struct PendingKey {
    Type *key;
    Pos pos;
} PendingKey;
static Vec pending_keys;
static int typexpr_depth;

static void check_map_key(Type *k, Pos pos) {
    Type *u = types_underlying(k);
    if (!u || u == types_invalid || u->kind == TY_INVALID ||
        (u->kind == TY_BASIC && u->basic.kind == B_INVALID))
        return;
    if (!types_comparable(k)) check_error(pos, "invalid map key type %s", types_string(k));
}

static void flush_pending_keys(void) {
    Vec keep = {0};
    for (int i = 0; i < pending_keys.len; i++) {
        PendingKey *pk = pending_keys.items[i];
        if (pk->key->kind == TY_NAMED && !pk->key->named.underlying)
            vec_push(&keep, pk);
        else
            check_map_key(pk->key, pk->pos);
    }
    pending_keys = keep;
}

/* ---- array lengths ---------------------------------------------------------- */

static int64_t array_length(Checker *c, Node *e) {
    if (e->kind == N_IDENT) {
        Object *o = check_lookup(c, e->ident.name);
        if (!o) {
            check_error(e->pos, "undeclared name %s for array length", e->ident.name);
            return -1;
        }
        if (o->kind != OBJ_CONST) {
            check_error(e->pos, "invalid array length %s", e->ident.name);
            return -1;
        }
    }
    check_expr(c, e, NULL);
    if (e->mode != MODE_CONSTANT) {
        if (e->mode != MODE_INVALID)
            check_error(check_expr_pos(e), "array length %s must be constant",
                        check_operand_string(e));
        return -1;
    }
    if (types_is_untyped(e->type) || types_is_basic(e->type, BI_INTEGER)) {
        ConstVal *v = e->cval ? const_to_int(e->cval) : NULL;
        if (v && v->kind == CONST_INT) {
            if (const_representable(v, types_basic[B_INT], NULL)) {
                int64_t n = const_int64(v);
                if (n >= 0) {
                    if (types_is_untyped(e->type))
                        check_convert_untyped_op(c, e, types_basic[B_INT]);
                    return n;
                }
                check_error(check_expr_pos(e), "invalid array length %s", check_operand_string(e));
                return -1;
            }
        }
    }
    check_error(check_expr_pos(e), "array length %s must be integer", check_operand_string(e));
    return -1;
}

/* ---- parameter lists ---------------------------------------------------------- */

static void collect_params(Checker *c, FieldList *fl, bool variadic_ok, bool results, Vec *out,
                           Vec *vars, bool *variadic) {
    if (!fl) return;
    int n = fl->list.len;
    Node *prev_type = NULL;
    Type *typ = types_invalid;
    for (int i = 0; i < n; i++) {
        Node *f = fl->list.items[i];
        Node *ft = f->field.type;
        if (ft != prev_type) {
            prev_type = ft;
            Node *tn = ft;
            if (ft && ft->kind == N_ELLIPSIS) {
                tn = ft->ellipsis.elt;
                if (variadic_ok && i == n - 1 && f->field.names.len <= 1) {
                    *variadic = true;
                } else {
                    check_error(ft->pos, "can only use ... with final parameter in list");
                }
            }
            typ = tn ? check_var_type(c, tn) : types_invalid;
            if (ft && ft->kind == N_ELLIPSIS && *variadic && i == n - 1) {
                typ = types_new_slice(typ);
                ft->mode = MODE_TYPEXPR;
                ft->type = typ;
            }
        }
        if (f->field.names.len == 0) {
            const char *name = results ? arena_printf("~r%d", vars->len) : intern_cstr("");
            Object *o = check_new_object(OBJ_VAR, intern_cstr(name), f->pos, typ, c->pkg);
            o->var.is_param = !results;
            o->var.is_result = results;
            o->var.index = vars->len;
            if (out) vec_push(out, o);
            if (results) {
                /* types print unnamed results without names; the ~rN
                 * object is the function's (FuncInfo.results) */
                Object *t = check_new_object(OBJ_VAR, intern_cstr(""), f->pos, typ, c->pkg);
                t->var.is_result = true;
                t->var.index = o->var.index;
                o = t;
            }
            vec_push(vars, o);
            continue;
        }
        for (int j = 0; j < f->field.names.len; j++) {
            Node *id = f->field.names.items[j];
            Object *o = check_new_object(OBJ_VAR, id->ident.name, id->pos, typ, c->pkg);
            o->decl = id;
            o->var.is_param = !results;
            o->var.is_result = results;
            o->var.index = vars->len;
            id->ident.obj = o;
            vec_push(vars, o);
            if (out) vec_push(out, o);
        }
    }
}

Type *check_signature(Checker *c, FieldList *recv, Node *functype, Vec *params, Vec *results) {
    if (!functype || functype->kind != N_FUNCTYPE) return types_invalid;
    if (functype->functype.typeparams && functype->functype.typeparams->list.len > 0) {
        Node *f0 = functype->functype.typeparams->list.items[0];
        check_unsupported(c, f0->pos, "generics");
    }
    Object *recv_obj = NULL;
    if (recv) {
        Vec rvars = {0};
        bool dummy = false;
        collect_params(c, recv, false, false, NULL, &rvars, &dummy);
        if (rvars.len == 0) {
            check_error(functype->pos, "method has no receiver");
        } else {
            if (rvars.len > 1) {
                Object *o = rvars.items[rvars.len - 1];
                check_error(o->pos, "method must have exactly one receiver");
            }
            recv_obj = rvars.items[0];
            if (params) vec_push(params, recv_obj);
        }
    }
    Vec pvars = {0}, rvars = {0};
    bool variadic = false, novar = false;
    collect_params(c, &functype->functype.params, true, false, params, &pvars, &variadic);
    collect_params(c, functype->functype.results, false, true, results, &rvars, &novar);
    if (!params) {
        /* A func type that is not a declaration: nobody declares its
         * parameters, so duplicates are reported here. */
        Vec all = {0};
        for (int i = 0; i < pvars.len; i++)
            vec_push(&all, pvars.items[i]);
        for (int i = 0; i < rvars.len; i++)
            vec_push(&all, rvars.items[i]);
        for (int i = 0; i < all.len; i++) {
            Object *o = all.items[i];
            if (!o->decl || strcmp(o->name, "_") == 0) continue;
            for (int j = 0; j < i; j++) {
                Object *p = all.items[j];
                if (p->decl && p->name == o->name) {
                    check_error(
                        o->pos, "%s redeclared in this block\n\t%s:%d:%d: other declaration of %s",
                        o->name, src_file_name(p->pos.file), p->pos.line, p->pos.col, o->name);
                    break;
                }
            }
        }
    }
    Type *sig =
        types_new_signature(recv_obj, types_new_tuple(pvars), types_new_tuple(rvars), variadic);
    functype->mode = MODE_TYPEXPR;
    functype->type = sig;
    return sig;
}

/* ---- structs ------------------------------------------------------------------- */

/* The name of an embedded field: T, *T, pkg.T, *pkg.T (or T[...]). */
static Node *embedded_field_ident(Node *e) {
    switch (e->kind) {
    case N_IDENT: return e;
    case N_STAR: {
        Node *b = e->star.x;
        if (b->kind == N_STAR) return NULL; /* **T */
        return embedded_field_ident(b);
    }
    case N_SELECTOR: return e->selector.sel;
    case N_INDEX: return embedded_field_ident(e->index.x);
    case N_PAREN: return NULL;
    default: return NULL;
    }
}

static void struct_type(Checker *c, Type *st, Node *e) {
    Vec fields = {0}, tags = {0};
    bool any_tag = false;
    FieldList *fl = &e->structtype.fields;
    Node *prev = NULL;
    Type *typ = types_invalid;
    for (int i = 0; i < fl->list.len; i++) {
        Node *f = fl->list.items[i];
        if (i == 0 || f->field.type != prev) {
            typ = check_var_type(c, f->field.type);
            prev = f->field.type;
        }
        const char *tag = NULL;
        if (f->field.tag) {
            ConstVal *v = const_from_literal(T_STRING, f->field.tag->lit.value);
            if (v && v->kind == CONST_STRING) {
                tag = arena_strndup(v->str.ptr, (size_t)v->str.len);
                if (v->str.len > 0) any_tag = true;
            }
        }
        if (f->field.names.len > 0) {
            for (int j = 0; j < f->field.names.len; j++) {
                Node *id = f->field.names.items[j];
                Object *o = check_new_object(OBJ_VAR, id->ident.name, id->pos, typ, c->pkg);
                o->decl = id;
                o->var.is_field = true;
                id->ident.obj = o;
                bool dup = false;
                if (strcmp(id->ident.name, "_") != 0) {
                    for (int k = 0; k < fields.len; k++) {
                        Object *p = fields.items[k];
                        if (p->name == o->name) {
                            check_error(id->pos,
                                        "%s redeclared\n\t%s:%d:%d: other declaration of %s",
                                        o->name, src_file_name(p->pos.file), p->pos.line,
                                        p->pos.col, o->name);
                            dup = true;
                            break;
                        }
                    }
                }
                if (dup) continue;
                o->var.index = fields.len;
                vec_push(&fields, o);
                vec_push(&tags, (void *)tag);
            }
            continue;
        }
        /* embedded field */
        Pos pos = check_expr_pos(f->field.type);
        Node *name = embedded_field_ident(f->field.type);
        if (!name) {
            check_error(pos, "invalid embedded field type %s",
                        ast_expr_string_types2(f->field.type));
            continue;
        }
        Object *o = check_new_object(OBJ_VAR, name->ident.name, pos, typ, c->pkg);
        o->decl = name;
        o->var.is_field = true;
        o->var.embedded = true;
        bool dup = false;
        for (int k = 0; k < fields.len; k++) {
            Object *p = fields.items[k];
            if (p->name == o->name) {
                check_error(pos, "%s redeclared\n\t%s:%d:%d: other declaration of %s", o->name,
                            src_file_name(p->pos.file), p->pos.line, p->pos.col, o->name);
                dup = true;
                break;
            }
        }
        if (dup) continue;
        if (check_valid_type(typ)) {
            Type *t = typ;
            bool is_ptr = false;
            if (t->kind == TY_POINTER) {
                t = t->pointer.elem;
                is_ptr = true;
            }
            Type *u = t->kind == TY_NAMED && !t->named.underlying ? NULL : check_under(t);
            if (u) {
                if (u->kind == TY_BASIC && u->basic.kind == B_UNSAFEPOINTER)
                    check_error(pos, "embedded field type cannot be unsafe.Pointer");
                else if (u->kind == TY_POINTER)
                    check_error(pos, "embedded field type cannot be a pointer");
                else if (u->kind == TY_INTERFACE && is_ptr)
                    check_error(pos, "embedded field type cannot be a pointer to an interface");
            }
        }
        o->var.index = fields.len;
        vec_push(&fields, o);
        vec_push(&tags, (void *)tag);
    }
    st->strct.fields = fields;
    if (any_tag)
        st->strct.tags = tags;
    else
        st->strct.tags = tags; /* parallel to fields; NULL entries */
}

/* ---- interfaces ------------------------------------------------------------------ */

static bool is_union_term(Node *t) {
    return (t->kind == N_BINARY && t->binary.op == T_OR) ||
           (t->kind == N_UNARY && t->unary.op == T_TILDE);
}

static void union_terms(Checker *c, Node *t) {
    if (t->kind == N_BINARY && t->binary.op == T_OR) {
        union_terms(c, t->binary.x);
        union_terms(c, t->binary.y);
        return;
    }
    if (t->kind == N_UNARY && t->unary.op == T_TILDE) {
        Type *tt = check_typexpr(c, t->unary.x, NULL);
        if (check_valid_type(tt) && tt->kind != TY_NAMED && check_under(tt)->kind == TY_INTERFACE)
            check_error(t->pos, "invalid use of ~ (%s is an interface)", types_string(tt));
        else if (check_valid_type(tt) && !types_identical(tt, check_under(tt)))
            check_error(t->pos, "invalid use of ~ (underlying type of %s is %s)", types_string(tt),
                        types_string(check_under(tt)));
        return;
    }
    check_typexpr(c, t, NULL);
}

static void interface_type(Checker *c, Type *it, Node *e, Type *def) {
    Vec methods = {0}, embeddeds = {0};
    FieldList *fl = &e->interfacetype.methods;
    Type *recv_type = def ? def : it;
    for (int i = 0; i < fl->list.len; i++) {
        Node *f = fl->list.items[i];
        Node *ft = f->field.type;
        if (f->field.names.len > 0) {
            Node *id = f->field.names.items[0];
            if (strcmp(id->ident.name, "_") == 0) {
                check_error(id->pos, "methods must have a unique non-blank name");
                continue;
            }
            Object *recv = check_new_object(OBJ_VAR, intern_cstr(""), id->pos, recv_type, c->pkg);
            Type *sig = check_signature(c, NULL, ft, NULL, NULL);
            if (check_valid_type(sig))
                sig =
                    types_new_signature(recv, sig->sig.params, sig->sig.results, sig->sig.variadic);
            Object *m = check_new_object(OBJ_FUNC, id->ident.name, id->pos, sig, c->pkg);
            m->decl = id;
            m->func.is_method = true;
            id->ident.obj = m;
            bool dup = false;
            for (int k = 0; k < methods.len; k++) {
                Object *p = methods.items[k];
                if (p->name == m->name) {
                    check_error(id->pos, "duplicate method %s\n\t%s:%d:%d: other declaration of %s",
                                m->name, src_file_name(p->pos.file), p->pos.line, p->pos.col,
                                m->name);
                    dup = true;
                    break;
                }
            }
            if (!dup) vec_push(&methods, m);
            continue;
        }
        if (is_union_term(ft)) {
            union_terms(c, ft);
            it->iface.is_constraint = true;
            continue;
        }
        Type *t = check_typexpr(c, ft, NULL);
        if (!check_valid_type(t)) continue;
        Type *u = t->kind == TY_NAMED && !t->named.underlying ? NULL : check_under(t);
        if (u && u->kind != TY_INTERFACE) {
            /* a single type term: a constraint */
            it->iface.is_constraint = true;
            continue;
        }
        if (u && u->iface.is_constraint) it->iface.is_constraint = true;
        vec_push(&embeddeds, t);
    }
    it->iface.methods = methods;
    it->iface.embeddeds = embeddeds;
}

/* ---- type expressions -------------------------------------------------------- */

Type *check_var_type(Checker *c, Node *e) {
    Type *t = check_typexpr(c, e, NULL);
    if (check_valid_type(t)) {
        Type *u = t->kind == TY_NAMED && !t->named.underlying ? NULL : check_under(t);
        if (u && u->kind == TY_INTERFACE && u->iface.is_constraint) {
            check_error(check_expr_pos(e),
                        "cannot use type %s outside a type constraint: interface contains type "
                        "constraints",
                        types_string(t));
            return types_invalid;
        }
    }
    return t;
}

static Type *typexpr(Checker *c, Node *e, Type *def) {
    switch (e->kind) {
    case N_IDENT:
    case N_SELECTOR: {
        check_expr_or_type_want(c, e);
        switch (e->mode) {
        case MODE_TYPEXPR: return e->type;
        case MODE_INVALID: return types_invalid;
        case MODE_NOVALUE:
            check_error(check_expr_pos(e), "%s used as type", check_operand_string(e));
            return types_invalid;
        default:
            check_error(check_expr_pos(e), "%s is not a type", check_operand_string(e));
            return types_invalid;
        }
    }
    case N_INDEX: check_unsupported(c, e->pos, "generic type instantiation"); return types_invalid;
    case N_PAREN: return typexpr(c, e->paren.x, def);
    case N_ARRAYTYPE: {
        if (!e->arraytype.len) {
            Type *t = types_new_slice(types_invalid);
            set_underlying(def, t);
            t->slice.elem = check_var_type(c, e->arraytype.elt);
            return t;
        }
        Type *t = types_new_array(types_invalid, -1);
        set_underlying(def, t);
        if (e->arraytype.len->kind == N_ELLIPSIS) {
            check_error(e->pos, "invalid use of [...] array (outside a composite literal)");
            t->array.elem = check_var_type(c, e->arraytype.elt);
            return types_invalid;
        }
        int64_t n = array_length(c, e->arraytype.len);
        t->array.len = n;
        t->array.elem = check_var_type(c, e->arraytype.elt);
        if (n < 0) return types_invalid;
        return t;
    }
    case N_ELLIPSIS:
        check_error(e->pos, "invalid use of '...'");
        if (e->ellipsis.elt) check_typexpr(c, e->ellipsis.elt, NULL);
        return types_invalid;
    case N_STRUCTTYPE: {
        Vec none = {0}, none2 = {0};
        Type *t = types_new_struct(none, none2);
        set_underlying(def, t);
        struct_type(c, t, e);
        return t;
    }
    case N_STAR: {
        Type *t = types_new_pointer(types_invalid);
        set_underlying(def, t);
        Type *base = check_var_type(c, e->star.x);
        if (!check_valid_type(base)) return types_invalid;
        t->pointer.elem = base;
        return t;
    }
    case N_FUNCTYPE: return check_signature(c, NULL, e, NULL, NULL);
    case N_INTERFACETYPE: {
        Vec none = {0}, none2 = {0};
        Type *t = types_new_interface(none, none2);
        set_underlying(def, t);
        interface_type(c, t, e, def);
        return t;
    }
    case N_MAPTYPE: {
        Type *t = types_new_map(types_invalid, types_invalid);
        set_underlying(def, t);
        t->map.key = check_var_type(c, e->maptype.key);
        t->map.elem = check_var_type(c, e->maptype.value);
        Type *k = t->map.key;
        if (check_valid_type(k)) {
            /* A key type still being defined is checked by its user. */
            bool incomplete = k->kind == TY_NAMED && !k->named.underlying;
            if (!incomplete && typexpr_depth <= 1) {
                check_map_key(k, check_expr_pos(e->maptype.key));
            } else {
                PendingKey *pk = ARENA_NEW(PendingKey);
                pk->key = k;
                pk->pos = check_expr_pos(e->maptype.key);
                vec_push(&pending_keys, pk);
            }
        }
        return t;
    }
    case N_CHANTYPE: {
        ChanDir dir = e->chantype.dir == 1   ? CHAN_SEND
                      : e->chantype.dir == 2 ? CHAN_RECV
                                             : CHAN_BOTH;
        Type *t = types_new_chan(dir, types_invalid);
        set_underlying(def, t);
        t->chan.elem = check_var_type(c, e->chantype.value);
        return t;
    }
    default: {
        check_raw_expr(c, e, NULL);
        if (e->mode != MODE_INVALID)
            check_error(check_expr_pos(e), "%s is not a type", ast_expr_string_types2(e));
        return types_invalid;
    }
    }
}

Type *check_typexpr(Checker *c, Node *e, Type *def) {
    typexpr_depth++;
    Type *t = typexpr(c, e, def);
    if (--typexpr_depth == 0 && pending_keys.len > 0) flush_pending_keys();
    if (!t) t = types_invalid;
    e->type = t;
    e->mode = check_valid_type(t) ? MODE_TYPEXPR : MODE_INVALID;
    return t;
}
