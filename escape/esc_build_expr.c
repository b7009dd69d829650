/* esc_build_expr.c: the location graph of expressions.
 *
 * esc_expr(k, n) models evaluating n and storing its value into hole k.
 * Our tree is the source's, typed; gc works on an IR where type checking
 * made implicit operations explicit. The differences are modelled here:
 * implicit interface conversions (esc_expr_conv), implicit & and * on
 * method receivers and embedded fields, the & behind slicing an array,
 * and string concatenations flattened into one allocation.
 *
 * Every sub-expression is always visited, even when its value is not
 * wanted, so that allocations inside it get their locations. */
#include <string.h>

#include "escape/esc_internal.h"

static bool has_ptrs(Type *t) {
    return t && types_has_pointers(t);
}

static Type *under(Type *t) {
    return t ? types_underlying(t) : NULL;
}

static bool is_kind(Type *t, TypeKind k) {
    Type *u = under(t);
    return u && u->kind == k;
}

bool esc_is_direct_iface(Type *t) {
    Type *u = under(t);
    if (!u) return false;
    switch (u->kind) {
    case TY_POINTER:
    case TY_CHAN:
    case TY_MAP:
    case TY_SIGNATURE: return true;
    case TY_BASIC: return u->basic.kind == B_UNSAFEPOINTER;
    case TY_ARRAY: return u->array.len == 1 && esc_is_direct_iface(u->array.elem);
    case TY_STRUCT: return types_num_fields(u) == 1 && esc_is_direct_iface(types_field(u, 0)->type);
    default: return false;
    }
}

static Pos pos_before(Pos p) {
    if (p.col > 1) p.col--;
    return p;
}

Pos esc_syntax_pos(const Node *n) {
    switch (n->kind) {
    case N_PAREN: return esc_syntax_pos(n->paren.x);
    case N_COMPOSITELIT: return pos_valid(n->complit.lbrace) ? n->complit.lbrace : n->pos;
    case N_SELECTOR: return pos_before(n->selector.sel->pos);
    case N_INDEX: return n->index.lbrack;
    case N_SLICE: return n->slice.lbrack;
    case N_TYPEASSERT: return pos_before(n->typeassert.lparen);
    case N_CALL: return n->call.lparen;
    case N_BINARY: return n->binary.op_pos;
    case N_KEYVALUE: return n->keyvalue.colon;
    default: return n->pos;
    }
}

/* Pre-order walk for esc_last_pos: gc's irgen sets base.Pos on entering
 * every non-constant expression, and implicit conversions take base.Pos. */
static void last_pos_walk(const Node *n, Pos *last) {
    if (!n || n->mode == MODE_CONSTANT || n->mode == MODE_TYPEXPR) return;
    if (n->kind != N_PAREN && n->kind != N_KEYVALUE) *last = esc_syntax_pos(n);
    switch (n->kind) {
    case N_PAREN: last_pos_walk(n->paren.x, last); break;
    case N_SELECTOR:
        if (n->selector.selection) last_pos_walk(n->selector.x, last);
        break;
    case N_INDEX:
        last_pos_walk(n->index.x, last);
        last_pos_walk(n->index.index, last);
        break;
    case N_SLICE:
        last_pos_walk(n->slice.x, last);
        last_pos_walk(n->slice.low, last);
        last_pos_walk(n->slice.high, last);
        last_pos_walk(n->slice.max, last);
        break;
    case N_TYPEASSERT: last_pos_walk(n->typeassert.x, last); break;
    case N_CALL:
        last_pos_walk(n->call.fun, last);
        for (int i = 0; i < n->call.args.len; i++)
            last_pos_walk(VEC_AT(n->call.args, i), last);
        if (n->call.call_kind == CALL_FUNC) /* gc's transformCall sets it */
            *last = n->call.lparen;
        break;
    case N_STAR: last_pos_walk(n->star.x, last); break;
    case N_UNARY: last_pos_walk(n->unary.x, last); break;
    case N_BINARY:
        last_pos_walk(n->binary.x, last);
        last_pos_walk(n->binary.y, last);
        break;
    case N_COMPOSITELIT: {
        /* irgen translates the elements (struct keys are only names), and
         * transformCompLit then restores base.Pos to the last of them */
        Type *u = under(n->type);
        if (u && u->kind == TY_POINTER) u = under(u->pointer.elem);
        bool is_struct = u && u->kind == TY_STRUCT;
        for (int i = 0; i < n->complit.elts.len; i++) {
            const Node *el = VEC_AT(n->complit.elts, i);
            if (el->kind == N_KEYVALUE) {
                if (!is_struct) last_pos_walk(el->keyvalue.key, last);
                last_pos_walk(el->keyvalue.value, last);
            } else {
                last_pos_walk(el, last);
            }
        }
        break;
    }
    default: break;
    }
}

Pos esc_last_pos(const Node *n, Pos fallback) {
    Pos last = fallback;
    last_pos_walk(n, &last);
    return last;
}

static bool is_nil(const Node *n) {
    n = ast_unparen((Node *)n);
    return n->kind == N_IDENT && n->ident.obj && n->ident.obj->kind == OBJ_NIL;
}

/* Whether converting interface src to interface dst is gc's OCONVIFACE
 * (which rebuilds the itab) rather than no conversion or OCONVNOP: a
 * different type, unless src is an empty interface of the same shape. */
static bool iface_to_iface(Type *src, Type *dst) {
    if (!src || !dst || !types_is_interface(src) || !types_is_interface(dst)) return false;
    if (types_identical(src, dst)) return false;
    Type *su = under(src);
    types_complete_interface(su);
    return !(su->iface.all.len == 0 && types_identical(su, under(dst)));
}

void esc_expr_conv(Esc *e, EscHole k, Node *n, Type *dst, Pos conv_pos) {
    if (!n) return;
    if (iface_to_iface(n->type, dst)) k = esc_note(k, n, conv_pos, "interface-converted");
    if (dst && types_is_interface(dst) && n->type && !types_is_interface(n->type) && !is_nil(n)) {
        if (!esc_is_direct_iface(n->type))
            k = esc_spill(e, k, n, SITE_BOX, conv_pos, esc_node_string(n));
        k = esc_note(k, n, conv_pos, "interface-converted");
        /* The box (or the pointer itself) carries pointers even when the
         * converted value does not: evaluate with the interface's type. */
        esc_expr(e, k, n);
        return;
    }
    esc_expr(e, k, n);
}

void esc_discard(Esc *e, Node *n) {
    esc_expr(e, esc_discard_hole(e), n);
}

/* Number of pointer indirections gc's IR makes while following a field
 * selection's path (implicit ODOTPTRs), over the first upto path entries
 * (-1: all of them). */
int esc_selector_derefs(const Node *sel, int upto) {
    Selection *s = sel->selector.selection;
    if (!s) return 0;
    int n = upto < 0 ? s->index_len : upto;
    Type *t = sel->selector.x->type;
    int d = 0;
    for (int i = 0; i < n; i++) {
        Type *u = under(t);
        if (u && u->kind == TY_POINTER) {
            d++;
            u = under(u->pointer.elem);
        }
        if (!u || u->kind != TY_STRUCT || s->index[i] >= types_num_fields(u)) break;
        t = types_field(u, s->index[i])->type;
    }
    return d;
}

/* The type reached after following the first n entries of a path. */
static Type *path_type(const Node *sel, int n) {
    Selection *s = sel->selector.selection;
    Type *t = sel->selector.x->type;
    for (int i = 0; i < n; i++) {
        Type *u = under(types_deref(t));
        if (!u || u->kind != TY_STRUCT || s->index[i] >= types_num_fields(u)) return t;
        t = types_field(u, s->index[i])->type;
    }
    return t;
}

void esc_method_recv(Esc *e, EscHole k, Node *sel) {
    Selection *s = sel->selector.selection;
    Object *m = s->obj;
    int steps = s->index_len - 1;
    Pos pos = esc_syntax_pos(sel);
    /* gc's IR makes the embedded path explicit: one ODOT or ODOTPTR per
     * embedded field, each spelled as the path so far ("o.Mid.Inner"),
     * then an implicit & or * for the method's receiver kind. */
    Type **ts = ARENA_ARRAY(Type *, steps + 1);
    const char **spell = ARENA_ARRAY(const char *, steps + 1);
    ts[0] = sel->selector.x->type;
    spell[0] = esc_m_level >= 2 ? esc_node_string(sel->selector.x) : "";
    int nsteps = 0;
    for (int i = 0; i < steps; i++) {
        Type *u = under(types_deref(ts[i]));
        if (!u || u->kind != TY_STRUCT || s->index[i] >= types_num_fields(u)) break;
        Object *f = types_field(u, s->index[i]);
        ts[i + 1] = f->type;
        spell[i + 1] = esc_m_level >= 2 ? arena_printf("%s.%s", spell[i], f->name) : "";
        nsteps = i + 1;
    }
    Type *t = ts[nsteps];
    if (!types_is_interface(t) && m->kind == OBJ_FUNC) {
        bool is_ptr = is_kind(t, TY_POINTER);
        if (m->func.has_ptr_recv && !is_ptr)
            k = esc_note_s(esc_shift(k, -1), spell[nsteps], pos, "address-of");
        else if (!m->func.has_ptr_recv && is_ptr)
            k = esc_note_s(esc_shift(k, 1), spell[nsteps], pos, "indirection");
    }
    for (int i = nsteps - 1; i >= 0; i--) {
        if (is_kind(ts[i], TY_POINTER))
            k = esc_note_s(esc_shift(k, 1), spell[i + 1], pos, "dot of pointer");
        else
            k = esc_note_s(k, spell[i + 1], pos, "dot");
    }
    esc_expr(e, k, sel->selector.x);
}

/* ---- composite literals ----------------------------------------------------- */

static Type *struct_field_type(Type *st, Node *elt, int i) {
    if (elt->kind == N_KEYVALUE) {
        Node *key = elt->keyvalue.key;
        if (key->kind == N_IDENT && key->ident.obj) return key->ident.obj->type;
        return NULL;
    }
    return i < types_num_fields(st) ? types_field(st, i)->type : NULL;
}

static Pos elt_conv_pos(Node *elt) {
    return elt->kind == N_KEYVALUE ? elt->keyvalue.colon : esc_syntax_pos(elt);
}

static void complit(Esc *e, EscHole k, Node *n) {
    Type *t = n->type;
    Type *u = under(t);
    if (!u) return;
    if (u->kind == TY_POINTER) { /* an elided &T in a nested literal */
        k = esc_spill(e, k, n, SITE_EXPR, esc_syntax_pos(n), esc_node_string(n));
        u = under(u->pointer.elem);
        if (!u) return;
    }
    Pos lb = esc_syntax_pos(n);
    switch (u->kind) {
    case TY_STRUCT:
        for (int i = 0; i < n->complit.elts.len; i++) {
            Node *elt = VEC_AT(n->complit.elts, i);
            Node *v = elt->kind == N_KEYVALUE ? elt->keyvalue.value : elt;
            esc_expr_conv(e, esc_note(k, n, lb, "struct literal element"), v,
                          struct_field_type(u, elt, i), elt_conv_pos(elt));
        }
        break;
    case TY_ARRAY:
    case TY_SLICE: {
        EscHole ek = k;
        const char *why = "array literal element";
        if (u->kind == TY_SLICE) {
            ek = esc_spill(e, k, n, SITE_EXPR, lb, esc_node_string(n));
            why = "slice-literal-element";
        }
        Type *elem = u->kind == TY_SLICE ? u->slice.elem : u->array.elem;
        for (int i = 0; i < n->complit.elts.len; i++) {
            Node *elt = VEC_AT(n->complit.elts, i);
            Node *v = elt;
            if (elt->kind == N_KEYVALUE) {
                esc_discard(e, elt->keyvalue.key);
                v = elt->keyvalue.value;
            }
            esc_expr_conv(e, esc_note(ek, n, lb, why), v, elem, elt_conv_pos(elt));
        }
        break;
    }
    case TY_MAP:
        esc_spill(e, k, n, SITE_EXPR, lb, esc_node_string(n));
        /* Map keys and values always live in the heap. */
        for (int i = 0; i < n->complit.elts.len; i++) {
            Node *elt = VEC_AT(n->complit.elts, i);
            if (elt->kind != N_KEYVALUE) continue;
            Pos cp = elt->keyvalue.colon;
            esc_expr_conv(e, esc_note(esc_heap_hole(e), n, lb, "map literal key"),
                          elt->keyvalue.key, u->map.key, cp);
            esc_expr_conv(e, esc_note(esc_heap_hole(e), n, lb, "map literal value"),
                          elt->keyvalue.value, u->map.elem, cp);
        }
        break;
    default: break;
    }
}

/* ---- closures --------------------------------------------------------------- */

static void closure(Esc *e, EscHole k, Node *n) {
    FuncInfo *fi = n->funclit.info;
    k = esc_spill(e, k, n, SITE_EXPR, n->pos, "func literal");
    if (!fi) return;
    EscClosure *c = ARENA_NEW(EscClosure);
    c->k = k;
    c->lit = n;
    vec_push(&e->b->closures, c);
    for (int i = 0; i < fi->captures.len; i++) {
        EscLoc *loc = esc_var_loc(VEC_AT(fi->captures, i));
        if (loc && !loc->captured) {
            loc->captured = true;
            /* Assignments in straight-line code before the first capture
             * do not count as reassignments. */
            if (loc->loop_depth == e->loop_depth) loc->reassigned = false;
        }
    }
    if (fi->outer) /* a package-level literal is a function of its own */
        esc_walk_func(e->b, fi);
}

/* ---- conversions and builtins --------------------------------------------- */

bool esc_is_reflect_header_data(Node *n) {
    n = ast_unparen(n);
    if (n->kind != N_SELECTOR || !n->selector.selection ||
        n->selector.selection->kind != SEL_FIELD || n->selector.selection->index_len != 1 ||
        n->selector.sel->ident.name != intern_cstr("Data"))
        return false;
    Type *t = types_deref(n->selector.x->type);
    if (!t || t->kind != TY_NAMED || !t->named.obj || !t->named.obj->pkg) return false;
    const char *tn = t->named.obj->name;
    return strcmp(t->named.obj->pkg->path, "reflect") == 0 &&
           (strcmp(tn, "SliceHeader") == 0 || strcmp(tn, "StringHeader") == 0);
}

/* gc's unsafeValue: a uintptr computed from an unsafe.Pointer keeps it. */
void esc_unsafe_value(Esc *e, EscHole k, Node *n) {
    n = ast_unparen(n);
    if (esc_is_reflect_header_data(n) && esc_selector_derefs(n, -1) > 0) {
        esc_expr(e, esc_deref(k, n, esc_syntax_pos(n), "reflect.Header.Data"), n->selector.x);
        return;
    }
    if (n->kind == N_CALL && n->call.call_kind == CALL_CONVERSION && n->call.args.len == 1) {
        Node *x = VEC_AT(n->call.args, 0);
        Type *xu = under(x->type);
        if (xu && xu->kind == TY_BASIC && xu->basic.kind == B_UNSAFEPOINTER)
            esc_expr(e, k, x);
        else
            esc_discard(e, x);
        return;
    }
    if (n->kind == N_UNARY &&
        (n->unary.op == T_ADD || n->unary.op == T_SUB || n->unary.op == T_XOR)) {
        esc_unsafe_value(e, k, n->unary.x);
        return;
    }
    if (n->kind == N_BINARY) {
        switch (n->binary.op) {
        case T_ADD:
        case T_SUB:
        case T_OR:
        case T_XOR:
        case T_MUL:
        case T_QUO:
        case T_REM:
        case T_AND:
        case T_AND_NOT:
            esc_unsafe_value(e, k, n->binary.x);
            esc_unsafe_value(e, k, n->binary.y);
            return;
        case T_SHL:
        case T_SHR:
            esc_unsafe_value(e, k, n->binary.x);
            esc_discard(e, n->binary.y);
            return;
        default: break;
        }
    }
    esc_discard(e, n);
}

static bool is_string_type(Type *t) {
    Type *u = under(t);
    return u && u->kind == TY_BASIC && (u->basic.info & BI_STRING);
}

static bool is_integer_type(Type *t) {
    Type *u = under(t);
    return u && u->kind == TY_BASIC && (u->basic.info & BI_INTEGER);
}

static void conversion(Esc *e, EscHole k, Node *n) {
    Node *x = n->call.args.len ? VEC_AT(n->call.args, 0) : NULL;
    if (!x) return;
    Type *t = n->type;
    Type *u = under(t), *xu = under(x->type);
    if (types_is_interface(t) && !types_is_interface(x->type)) {
        if (!esc_is_direct_iface(x->type))
            k = esc_spill(e, k, n, SITE_BOX, n->call.lparen, esc_node_string(n));
        esc_expr(e, esc_note(k, n, n->call.lparen, "interface-converted"), x);
        return;
    }
    if (iface_to_iface(x->type, t)) {
        esc_expr(e, esc_note(k, n, n->call.lparen, "interface-converted"), x);
        return;
    }
    bool alloc = false;
    if (is_string_type(t) && xu && xu->kind == TY_SLICE)
        alloc = true; /* string(bytes), string(runes) */
    else if (is_string_type(t) && is_integer_type(x->type))
        alloc = true; /* string(rune) */
    else if (u && u->kind == TY_SLICE && is_string_type(x->type))
        alloc = true; /* []byte(s), []rune(s) */
    if (alloc) {
        esc_spill(e, k, n, SITE_EXPR, n->call.lparen, esc_node_string(n));
        esc_discard(e, x);
        return;
    }
    if (u && u->kind == TY_BASIC && u->basic.kind == B_UNSAFEPOINTER && xu &&
        xu->kind == TY_BASIC && xu->basic.kind == B_UINTPTR) {
        esc_unsafe_value(e, k, x);
        return;
    }
    esc_expr(e, k, x);
}

static BuiltinId builtin_of(Node *call) {
    Node *f = ast_unparen(call->call.fun);
    Object *o = NULL;
    if (f->kind == N_IDENT)
        o = f->ident.obj;
    else if (f->kind == N_SELECTOR)
        o = f->selector.sel->ident.obj;
    return o && o->kind == OBJ_BUILTIN ? o->builtin.id : BUILTIN_NONE;
}

static void builtin_expr(Esc *e, EscHole k, Node *n) {
    BuiltinId id = builtin_of(n);
    Pos lp = n->call.lparen;
    if (id == BUILTIN_NEW) {
        esc_spill(e, k, n, SITE_EXPR, lp, esc_node_string(n));
        return;
    }
    if (id == BUILTIN_MAKE) {
        Type *u = under(n->type);
        if (u && (u->kind == TY_SLICE || u->kind == TY_MAP))
            esc_spill(e, k, n, SITE_EXPR, lp, esc_node_string(n));
        for (int i = 1; i < n->call.args.len; i++)
            esc_discard(e, VEC_AT(n->call.args, i));
        return;
    }
    esc_call(e, &k, 1, n);
}

/* ---- expressions ------------------------------------------------------------ */

/* Operands of a string concatenation, flattened as gc's OADDSTR. */
static void concat_operands(Esc *e, Node *n) {
    Node *u = ast_unparen(n);
    if (u->kind == N_BINARY && u->binary.op == T_ADD && u->mode != MODE_CONSTANT &&
        is_string_type(u->type)) {
        concat_operands(e, u->binary.x);
        concat_operands(e, u->binary.y);
        return;
    }
    esc_discard(e, n);
}

static void selector(Esc *e, EscHole k, Node *n) {
    Selection *s = n->selector.selection;
    if (!s) return; /* pkg.Name: a global or a function */
    Pos pos = esc_syntax_pos(n);
    switch (s->kind) {
    case SEL_FIELD: {
        int d = esc_selector_derefs(n, -1);
        if (d == 0) k = esc_note(k, n, pos, "dot");
        for (int i = 0; i < d; i++)
            k = esc_deref(k, n, pos, "dot of pointer");
        esc_expr(e, k, n->selector.x);
        break;
    }
    case SEL_METHOD: {
        /* A method value: a closure holding the receiver. We do not know
         * how it will be called, so its results go to the heap. */
        EscHole closure_k = esc_spill(e, k, n, SITE_EXPR, pos, esc_node_string(n));
        Object *m = s->obj;
        FuncInfo *fn = NULL;
        if (m->kind == OBJ_FUNC && !types_is_interface(path_type(n, s->index_len - 1)))
            fn = m->func.info;
        int nres = 0;
        Type *sig = under(m->type);
        if (sig && sig->kind == TY_SIGNATURE) nres = sig->sig.results->tuple.vars.len;
        EscHole *ks = ARENA_ARRAY(EscHole, nres + 1);
        for (int i = 0; i < nres; i++)
            ks[i] = esc_heap_hole(e);
        EscHole pair[2];
        pair[0] = esc_tag_hole(e, ks, nres, fn, 0);
        pair[1] = closure_k;
        esc_method_recv(e, esc_tee(e, pair, 2), n);
        break;
    }
    case SEL_METHOD_EXPR: break;
    }
}

void esc_expr(Esc *e, EscHole k, Node *n) {
    if (!n) return;
    if (k.derefs >= 0 && n->type && !types_is_untyped(n->type) && !has_ptrs(n->type))
        k.dst = &e->b->blank;
    if (n->mode == MODE_CONSTANT || n->mode == MODE_TYPEXPR) return;
    switch (n->kind) {
    case N_IDENT: {
        Object *o = n->ident.obj;
        if (o && o->kind == OBJ_VAR) {
            EscLoc *loc = esc_var_loc(o);
            if (loc) esc_flow(e->b, k, loc);
        }
        break;
    }
    case N_PAREN: esc_expr(e, k, n->paren.x); break;
    case N_COMPOSITELIT: complit(e, k, n); break;
    case N_FUNCLIT: closure(e, k, n); break;
    case N_SELECTOR: selector(e, k, n); break;
    case N_INDEX: {
        Node *x = n->index.x;
        Type *xu = under(x->type);
        Pos pos = esc_syntax_pos(n);
        if (xu && xu->kind == TY_MAP) {
            esc_discard(e, x);
            esc_expr_conv(e, esc_discard_hole(e), n->index.index, xu->map.key,
                          esc_last_pos(n, pos));
            break;
        }
        if (xu && xu->kind == TY_ARRAY) {
            esc_expr(e, esc_note(k, n, pos, "fixed-array-index-of"), x);
        } else if (xu && xu->kind == TY_POINTER) {
            k = esc_note(k, n, pos, "fixed-array-index-of");
            esc_expr(e, esc_deref(k, n, pos, "indirection"), x);
        } else {
            esc_expr(e, esc_deref(k, n, pos, "dot of pointer"), x);
        }
        esc_discard(e, n->index.index);
        break;
    }
    case N_SLICE: {
        Node *x = n->slice.x;
        Pos pos = esc_syntax_pos(n);
        EscHole sk = esc_note(k, n, pos, "slice");
        if (is_kind(x->type, TY_ARRAY)) /* slicing an array takes its address */
            sk = esc_addr_of(sk, x, esc_syntax_pos(x), "address-of");
        esc_expr(e, sk, x);
        esc_discard(e, n->slice.low);
        esc_discard(e, n->slice.high);
        esc_discard(e, n->slice.max);
        break;
    }
    case N_TYPEASSERT: {
        Type *t = n->type;
        if (t && !types_is_interface(t) && !esc_is_direct_iface(t)) k = esc_shift(k, 1);
        esc_expr(e, esc_note(k, n, esc_syntax_pos(n), "dot"), n->typeassert.x);
        break;
    }
    case N_CALL:
        switch (n->call.call_kind) {
        case CALL_CONVERSION: conversion(e, k, n); break;
        case CALL_BUILTIN: builtin_expr(e, k, n); break;
        default: esc_call(e, &k, 1, n); break;
        }
        break;
    case N_STAR: esc_expr(e, esc_deref(k, n, n->pos, "indirection"), n->star.x); break;
    case N_UNARY: {
        Node *x = n->unary.x;
        if (n->unary.op == T_AND) {
            Node *ux = ast_unparen(x);
            if (ux->kind == N_COMPOSITELIT) { /* &T{...} allocates */
                EscHole sk = esc_spill(e, k, n, SITE_EXPR, n->pos, esc_node_string(n));
                esc_expr(e, sk, ux);
            } else {
                esc_expr(e, esc_addr_of(k, n, n->pos, "address-of"), x);
            }
            break;
        }
        esc_discard(e, x);
        break;
    }
    case N_BINARY:
        if (n->binary.op == T_ADD && is_string_type(n->type)) {
            esc_spill(e, k, n, SITE_EXPR, n->binary.op_pos, esc_node_string(n));
            /* runtime.concatstrings never keeps its operands */
            concat_operands(e, n->binary.x);
            concat_operands(e, n->binary.y);
            break;
        }
        esc_discard(e, n->binary.x);
        esc_discard(e, n->binary.y);
        break;
    case N_KEYVALUE:
        esc_discard(e, n->keyvalue.key);
        esc_expr(e, k, n->keyvalue.value);
        break;
    default: break;
    }
}
