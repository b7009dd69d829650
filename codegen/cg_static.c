/* cg_static.c: package variables whose initial value is known at compile
 * time become LLVM global initializers, as gc's staticinit lays them out in
 * the data segment, instead of stores in escgo.init.
 *
 * Why: std tables (strconv's pow10 tables, unicode's ranges, math's
 * coefficients) are literals of hundreds of constants; as stores they made
 * escgo.init one huge basic block that LLVM's instruction selection took
 * seconds over, and programs paid for them again at startup.
 *
 * An initializer is static when it has no side effects and every leaf is
 * a constant, nil, or the address of static storage: composite literals
 * (arrays, structs, slices with a writable backing array global), &T{...}
 * (a writable global for the pointee), &x of package variables (and of
 * their fields and constant-indexed array elements), []byte("const"), and
 * such values converted to interfaces (a type descriptor or itab, and a
 * read-only box unless the value is pointer-shaped). Since a static
 * initializer has no observable effect, giving the variable its value
 * before any initializer runs cannot be told apart from Go's order.
 * Everything else (calls, maps, other variables' values, func values)
 * keeps the dynamic path in cg_init.c.
 *
 * One walk serves both questions: with out == NULL st_value only checks,
 * so nothing (no global, no itab) is created for an initializer that ends
 * up dynamic. libgc scans the data segment, so heap pointers later stored
 * into these globals stay visible to it. */
#include <string.h>

#include "codegen/cg_internal.h"

/* Beyond this many elements a literal is left to the dynamic path: its
 * constant would cost more compile-time memory than the stores. */
enum { ST_MAX_ELEMS = 1 << 20 };

static bool st_value(Cg *cg, Node *e, Type *t, LLVMValueRef *out);
static bool st_addr(Cg *cg, Node *e, LLVMValueRef *out);

/* nil (the checker may have given it the type it is assigned to) */
static bool st_is_nil(Node *e) {
    e = ast_unparen(e);
    Type *t = e->type;
    if (e->kind == N_IDENT && e->ident.obj && e->ident.obj->kind == OBJ_NIL) return true;
    return t && t->kind == TY_BASIC && t->basic.kind == B_UNTYPED_NIL;
}

static Type *st_concrete(Type *t) {
    return types_is_untyped(t) ? types_default(t) : t;
}

/* A global holding init: writable unless ro (what Go code may modify must
 * be writable: slice backing arrays, &T{...} pointees). */
static LLVMValueRef st_global(Cg *cg, LLVMValueRef init, Type *t, bool ro) {
    LLVMValueRef g = LLVMAddGlobal(cg->mod, LLVMTypeOf(init), ro ? "go:sbox" : "go:stmp");
    LLVMSetInitializer(g, init);
    LLVMSetLinkage(g, LLVMPrivateLinkage);
    if (ro) {
        LLVMSetGlobalConstant(g, 1);
        LLVMSetUnnamedAddress(g, LLVMGlobalUnnamedAddr);
    }
    int64_t align = types_alignof(t);
    LLVMSetAlignment(g, (unsigned)(align < 8 ? 8 : align));
    return g;
}

/* A constant as stored in memory (bools are bytes there). */
static LLVMValueRef st_const_mem(Cg *cg, ConstVal *cv, Type *t) {
    if (cg_is_bool(t)) return LLVMConstInt(cg->t_i8, cv->kind == CONST_BOOL && cv->b, 0);
    return cg_const(cg, cv, t);
}

/* ---- interfaces ---------------------------------------------------------- */

/* The data word of an interface holding static value v of type t. */
static LLVMValueRef st_iface_data(Cg *cg, LLVMValueRef v, Type *t) {
    if (!cg_direct_iface(t)) return st_global(cg, v, t, true);
    while (LLVMGetTypeKind(LLVMTypeOf(v)) != LLVMPointerTypeKind)
        v = LLVMGetAggregateElement(v, 0);
    return v;
}

/* e (of concrete type) converted to interface type to. */
static bool st_iface(Cg *cg, Node *e, Type *to, LLVMValueRef *out) {
    Type *from = e->type ? st_concrete(e->type) : NULL;
    if (!from || types_is_interface(from) || !cg_type_supported(from)) return false;
    LLVMValueRef v;
    if (!st_value(cg, e, from, out ? &v : NULL)) return false;
    if (!out) return true;
    LLVMValueRef f[] = {cg_is_eface(to) ? cg_type_desc(cg, from) : cg_itab(cg, from, to),
                        st_iface_data(cg, v, from)};
    *out = LLVMConstNamedStruct(cg->t_eface, f, 2);
    return true;
}

/* ---- composite literals ---------------------------------------------------- */

static int st_field_index(Type *st, const char *name) {
    for (int i = 0; i < st->strct.fields.len; i++)
        if (strcmp(((Object *)VEC_AT(st->strct.fields, i))->name, name) == 0) return i;
    return -1;
}

static bool st_struct(Cg *cg, Node *e, Type *u, LLVMValueRef *out) {
    int n = u->strct.fields.len;
    LLVMValueRef *f = out ? ARENA_ARRAY(LLVMValueRef, n + 1) : NULL;
    if (f)
        for (int i = 0; i < n; i++)
            f[i] = LLVMConstNull(cg_memtype(cg, ((Object *)VEC_AT(u->strct.fields, i))->type));
    for (int i = 0; i < e->complit.elts.len; i++) {
        Node *el = VEC_AT(e->complit.elts, i);
        int fi = i;
        Node *val = el;
        if (el->kind == N_KEYVALUE) {
            Node *k = ast_unparen(el->keyvalue.key);
            if (k->kind != N_IDENT) return false;
            fi = st_field_index(u, k->ident.name);
            val = el->keyvalue.value;
        }
        if (fi < 0 || fi >= n) return false;
        Type *ft = ((Object *)VEC_AT(u->strct.fields, fi))->type;
        if (!st_value(cg, val, ft, f ? &f[fi] : NULL)) return false;
    }
    if (out) *out = LLVMConstNamedStruct(cg_memtype(cg, u), f, (unsigned)n);
    return true;
}

/* The elements of an array or slice literal, n of them, as constants of
 * element type et (elems NULL: check only). */
static bool st_elems(Cg *cg, Node *e, Type *et, int64_t n, LLVMValueRef *elems) {
    if (elems) {
        LLVMValueRef zero = LLVMConstNull(cg_memtype(cg, et));
        for (int64_t i = 0; i < n; i++)
            elems[i] = zero;
    }
    int64_t idx = 0;
    for (int i = 0; i < e->complit.elts.len; i++) {
        Node *el = VEC_AT(e->complit.elts, i);
        Node *val = el;
        if (el->kind == N_KEYVALUE) {
            Node *k = el->keyvalue.key;
            if (!k->cval || k->cval->kind != CONST_INT) return false;
            idx = const_int64(k->cval);
            val = el->keyvalue.value;
        }
        if (idx < 0 || idx >= n) return false;
        if (!st_value(cg, val, et, elems ? &elems[idx] : NULL)) return false;
        idx++;
    }
    return true;
}

/* Elements of a slice literal's backing array: the highest index + 1. */
static int64_t st_slice_len(Node *e) {
    int64_t idx = 0, len = 0;
    for (int i = 0; i < e->complit.elts.len; i++) {
        Node *el = VEC_AT(e->complit.elts, i);
        if (el->kind == N_KEYVALUE) {
            ConstVal *k = el->keyvalue.key->cval;
            if (!k || k->kind != CONST_INT) return -1;
            idx = const_int64(k);
        }
        idx++;
        if (idx > len) len = idx;
    }
    return len;
}

/* A slice {ptr, n, n} over a new writable backing array of n elements
 * (elems NULL: zeroed). */
static LLVMValueRef st_slice_of(Cg *cg, Type *et, int64_t n, LLVMValueRef *elems) {
    LLVMTypeRef ety = cg_memtype(cg, et);
    LLVMValueRef arr = elems ? LLVMConstArray2(ety, elems, (uint64_t)n)
                             : LLVMConstNull(LLVMArrayType2(ety, (uint64_t)n));
    LLVMValueRef g = st_global(cg, arr, et, false);
    LLVMValueRef nv = LLVMConstInt(cg->t_i64, (unsigned long long)n, 0);
    LLVMValueRef f[] = {g, nv, nv};
    return LLVMConstNamedStruct(cg->t_slice, f, 3);
}

/* A composite literal of type lt (the literal's own type). */
static bool st_complit(Cg *cg, Node *e, LLVMValueRef *out) {
    Type *lt = e->type;
    if (!lt || !cg_type_supported(lt)) return false;
    Type *u = types_underlying(lt);
    switch (u->kind) {
    case TY_STRUCT:
        if (e->complit.elts.len == 0) {
            if (out) *out = LLVMConstNull(cg_memtype(cg, lt));
            return true;
        }
        return st_struct(cg, e, u, out);
    case TY_ARRAY: {
        int64_t n = u->array.len;
        if (e->complit.elts.len == 0) {
            if (out) *out = LLVMConstNull(cg_memtype(cg, lt));
            return true;
        }
        if (n < 0 || n > ST_MAX_ELEMS) return false;
        LLVMValueRef *elems = out ? ARENA_ARRAY(LLVMValueRef, n + 1) : NULL;
        if (!st_elems(cg, e, u->array.elem, n, elems)) return false;
        if (out) *out = LLVMConstArray2(cg_memtype(cg, u->array.elem), elems, (uint64_t)n);
        return true;
    }
    case TY_SLICE: {
        Type *et = u->slice.elem;
        int64_t n = st_slice_len(e);
        if (n < 0 || n > ST_MAX_ELEMS || !cg_type_supported(et)) return false;
        LLVMValueRef *elems = out ? ARENA_ARRAY(LLVMValueRef, n + 1) : NULL;
        if (!st_elems(cg, e, et, n, elems)) return false;
        if (out) *out = st_slice_of(cg, et, n, elems);
        return true;
    }
    case TY_POINTER: { /* an elided &T{...} inside an outer literal */
        Type *pt = u->pointer.elem;
        if (!cg_type_supported(pt)) return false;
        Node lit = *e; /* the same literal, typed T */
        lit.type = pt;
        LLVMValueRef v;
        if (!st_complit(cg, &lit, out ? &v : NULL)) return false;
        if (out) *out = st_global(cg, v, pt, false);
        return true;
    }
    default: return false; /* maps are built at run time */
    }
}

/* ---- addresses --------------------------------------------------------------- */

static bool st_global_var(Object *o) {
    return o && o->kind == OBJ_VAR && o->var.is_global && strcmp(o->name, "_") != 0 &&
           cg_type_supported(o->type);
}

/* The address of e as a constant: package variables, their fields and
 * constant-indexed array elements, and new objects for T{...}. */
static bool st_addr(Cg *cg, Node *e, LLVMValueRef *out) {
    e = ast_unparen(e);
    switch (e->kind) {
    case N_IDENT:
        if (!st_global_var(e->ident.obj)) return false;
        if (out) *out = cg_global_var(cg, e->ident.obj);
        return true;
    case N_COMPOSITELIT: {
        LLVMValueRef v;
        if (!st_complit(cg, e, out ? &v : NULL)) return false;
        if (out) *out = st_global(cg, v, e->type, false);
        return true;
    }
    case N_SELECTOR: {
        Selection *s = e->selector.selection;
        if (!s) { /* pkg.Var */
            Object *o = e->selector.sel->ident.obj;
            if (!st_global_var(o)) return false;
            if (out) *out = cg_global_var(cg, o);
            return true;
        }
        if (s->kind != SEL_FIELD || s->indirect) return false;
        Type *t = e->selector.x->type;
        if (!t || types_underlying(t)->kind != TY_STRUCT) return false;
        LLVMValueRef base;
        if (!st_addr(cg, e->selector.x, out ? &base : NULL)) return false;
        if (!out) return true;
        LLVMValueRef *idx = ARENA_ARRAY(LLVMValueRef, s->index_len + 1);
        idx[0] = LLVMConstInt(cg->t_i64, 0, 0);
        for (int i = 0; i < s->index_len; i++)
            idx[i + 1] = LLVMConstInt(cg->t_i32, (unsigned long long)s->index[i], 0);
        *out = LLVMConstInBoundsGEP2(cg_memtype(cg, t), base, idx, (unsigned)s->index_len + 1);
        return true;
    }
    case N_INDEX: {
        Type *t = e->index.x->type;
        Node *i = e->index.index;
        if (!t || types_underlying(t)->kind != TY_ARRAY || !i || !i->cval ||
            i->cval->kind != CONST_INT)
            return false;
        LLVMValueRef base;
        if (!st_addr(cg, e->index.x, out ? &base : NULL)) return false;
        if (!out) return true;
        LLVMValueRef idx[] = {LLVMConstInt(cg->t_i64, 0, 0),
                              LLVMConstInt(cg->t_i64, (unsigned long long)const_int64(i->cval), 0)};
        *out = LLVMConstInBoundsGEP2(cg_memtype(cg, t), base, idx, 2);
        return true;
    }
    default: return false;
    }
}

/* ---- values ---------------------------------------------------------------------- */

/* Conversions with a static result: T(nil), and []byte("constant") (a new
 * writable backing array, as the conversion copies). */
static bool st_conversion(Cg *cg, Node *call, Type *t, LLVMValueRef *out) {
    if (call->call.args.len != 1) return false;
    Node *arg = ast_unparen(VEC_AT(call->call.args, 0));
    Type *u = types_underlying(call->type);
    if (st_is_nil(arg)) {
        if (out) *out = LLVMConstNull(cg_memtype(cg, t));
        return true;
    }
    if (u->kind == TY_SLICE && arg->mode == MODE_CONSTANT && arg->cval &&
        arg->cval->kind == CONST_STRING) {
        Type *eu = types_underlying(u->slice.elem);
        if (eu->kind != TY_BASIC || eu->basic.kind != B_UINT8) return false;
        int64_t n = arg->cval->str.len;
        if (n > ST_MAX_ELEMS) return false;
        if (!out) return true;
        LLVMValueRef data = LLVMConstStringInContext2(cg->ctx, arg->cval->str.ptr, (size_t)n, 1);
        LLVMValueRef g = st_global(cg, data, u->slice.elem, false);
        LLVMSetAlignment(g, 1);
        LLVMValueRef nv = LLVMConstInt(cg->t_i64, (unsigned long long)n, 0);
        LLVMValueRef f[] = {g, nv, nv};
        *out = LLVMConstNamedStruct(cg->t_slice, f, 3);
        return true;
    }
    return false;
}

/* e assigned to a location of type t, as t's memory representation. */
static bool st_value(Cg *cg, Node *e, Type *t, LLVMValueRef *out) {
    e = ast_unparen(e);
    if (!t || !cg_type_supported(t)) return false;
    if (st_is_nil(e)) {
        if (out) *out = LLVMConstNull(cg_memtype(cg, t));
        return true;
    }
    if (types_is_interface(t)) {
        if (e->type && types_is_interface(e->type)) return false; /* a run-time itab */
        return st_iface(cg, e, t, out);
    }
    if (e->mode == MODE_CONSTANT && e->cval) {
        if (types_underlying(t)->kind != TY_BASIC) return false;
        if (out) *out = st_const_mem(cg, e->cval, t);
        return true;
    }
    switch (e->kind) {
    case N_COMPOSITELIT: return st_complit(cg, e, out);
    case N_UNARY:
        if (e->unary.op != T_AND) return false;
        return st_addr(cg, e->unary.x, out);
    case N_CALL:
        if (e->call.call_kind != CALL_CONVERSION) return false;
        return st_conversion(cg, e, t, out);
    default: return false;
    }
}

bool cg_static_var_init(Cg *cg, VarInit *vi) {
    if (vi->lhs.len != 1 || !vi->rhs) return false;
    Object *o = VEC_AT(vi->lhs, 0);
    if (!o || !cg_type_supported(o->type)) return false;
    /* `var _ = T{...}` of static content has nothing to do */
    if (strcmp(o->name, "_") == 0)
        return vi->rhs->type && st_value(cg, vi->rhs, st_concrete(vi->rhs->type), NULL);
    if (!st_value(cg, vi->rhs, o->type, NULL)) return false;
    LLVMValueRef v;
    st_value(cg, vi->rhs, o->type, &v);
    LLVMSetInitializer(cg_global_var(cg, o), v);
    return true;
}
