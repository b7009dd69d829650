/* cg_composite.c: pointers, structs and arrays — addresses, field
 * selection (through embedded fields), indexing, composite literals,
 * new, & and *, and method receivers.
 *
 * Everything that selects inside a value works on addresses: an
 * addressable operand is used in place, any other value is first spilled
 * to a temporary alloca. SROA and mem2reg turn the temporaries back into
 * registers, so one code path serves both cases. A dereference checks for
 * nil and calls the runtime's nil-dereference panic: a load through null
 * is undefined behaviour in LLVM, not a fault to catch. */
#include <string.h>

#include "codegen/cg_internal.h"

static bool cg_is_pointer(Type *t) {
    return t && types_underlying(t)->kind == TY_POINTER;
}

LLVMValueRef cg_nil_check(Cg *cg, LLVMValueRef p) {
    if (LLVMIsAConstant(p) && !LLVMIsNull(p)) return p;
    LLVMValueRef isnil = LLVMBuildICmp(cg->b, LLVMIntEQ, p, LLVMConstNull(cg->t_ptr), "");
    cg_check_fail(cg, isnil, RT_PANIC_NILDEREF, NULL, 0);
    return p;
}

/* Whether e denotes a memory location codegen can take the address of
 * (Go's addressability, plus pointer indirections). */
bool cg_addressable(Node *e) {
    e = ast_unparen(e);
    switch (e->kind) {
    case N_IDENT: return e->ident.obj && e->ident.obj->kind == OBJ_VAR;
    case N_STAR: return true;
    case N_SELECTOR: {
        Selection *s = e->selector.selection;
        if (!s) return e->selector.sel->ident.obj && e->selector.sel->ident.obj->kind == OBJ_VAR;
        if (s->kind != SEL_FIELD) return false;
        return s->indirect || cg_is_pointer(e->selector.x->type) || cg_addressable(e->selector.x);
    }
    case N_INDEX: {
        Type *xt = types_underlying(e->index.x->type);
        if (xt->kind == TY_POINTER || xt->kind == TY_SLICE) return true;
        return xt->kind == TY_ARRAY && cg_addressable(e->index.x);
    }
    default: return false;
    }
}

/* The address of e's value: in place if addressable, else a temporary. */
LLVMValueRef cg_addr_or_temp(Cg *cg, Node *e) {
    if (cg_addressable(e)) return cg_addr(cg, e);
    LLVMValueRef v = cg_expr(cg, e);
    LLVMValueRef tmp = cg_alloca(cg, cg_memtype(cg, e->type), "tmp");
    cg_store(cg, e->type, v, tmp);
    return tmp;
}

/* ---- field selection ------------------------------------------------------------- */

/* From addr (holding a value of *t), follows n field indices of a
 * selection path, dereferencing pointers (embedded *T fields, or x itself
 * being a pointer) with nil checks. Leaves the final type in *t. */
static LLVMValueRef cg_walk_path(Cg *cg, LLVMValueRef addr, Type **t, const int *path, int n) {
    for (int i = 0; i < n; i++) {
        Type *u = types_underlying(*t);
        if (u->kind == TY_POINTER) {
            addr = cg_nil_check(cg, LLVMBuildLoad2(cg->b, cg->t_ptr, addr, ""));
            *t = u->pointer.elem;
            u = types_underlying(*t);
        }
        if (u->kind != TY_STRUCT)
            diag_ice((Pos){0, 0, 0}, "codegen: field path through %s", types_string(*t));
        LLVMTypeRef sty = cg_memtype(cg, u);
        addr = LLVMBuildStructGEP2(cg->b, sty, addr, (unsigned)path[i], "");
        *t = ((Object *)VEC_AT(u->strct.fields, path[i]))->type;
    }
    return addr;
}

/* x.f: the address of the field. */
static LLVMValueRef cg_field_addr(Cg *cg, Node *e) {
    Selection *s = e->selector.selection;
    Node *x = e->selector.x;
    Type *t = x->type;
    LLVMValueRef addr;
    if (cg_is_pointer(t)) {
        /* start from the pointer's target; the walk dereferences nothing
         * for the first step */
        addr = cg_nil_check(cg, cg_expr(cg, x));
        t = types_underlying(t)->pointer.elem;
    } else {
        addr = cg_addr_or_temp(cg, x);
    }
    return cg_walk_path(cg, addr, &t, s->index, s->index_len);
}

/* The receiver argument of a method call x.M(...) (possibly promoted
 * through embedded fields): the address for pointer receivers, the value
 * for value receivers. */
LLVMValueRef cg_method_recv(Cg *cg, Node *sel) {
    Selection *s = sel->selector.selection;
    Object *m = s->obj;
    Node *x = sel->selector.x;
    Type *t = x->type;
    LLVMValueRef addr;
    if (cg_is_pointer(t)) {
        LLVMValueRef p = cg_expr(cg, x);
        if (s->index_len == 1 && m->func.has_ptr_recv) return p;
        addr = cg_nil_check(cg, p);
        t = types_underlying(t)->pointer.elem;
    } else {
        addr = cg_addr_or_temp(cg, x);
    }
    addr = cg_walk_path(cg, addr, &t, s->index, s->index_len - 1);
    if (m->func.has_ptr_recv) {
        if (cg_is_pointer(t)) return LLVMBuildLoad2(cg->b, cg->t_ptr, addr, "");
        return addr;
    }
    if (cg_is_pointer(t)) {
        addr = cg_nil_check(cg, LLVMBuildLoad2(cg->b, cg->t_ptr, addr, ""));
        t = types_underlying(t)->pointer.elem;
    }
    return cg_load(cg, t, addr, "");
}

/* ---- indexing ------------------------------------------------------------------------ */

static LLVMValueRef cg_bounds_check(Cg *cg, Node *index, int64_t len) {
    LLVMValueRef i = cg_to_i64(cg, cg_expr(cg, index), index->type);
    if (index->mode == MODE_CONSTANT) return i; /* the checker proved it in range */
    LLVMValueRef n = LLVMConstInt(cg->t_i64, (unsigned long long)len, 0);
    LLVMValueRef bad = LLVMBuildICmp(cg->b, LLVMIntUGE, i, n, "");
    LLVMValueRef args[] = {i, n};
    cg_check_fail(cg, bad, cg_is_unsigned(index->type) ? RT_PANIC_INDEX_U : RT_PANIC_INDEX, args,
                  2);
    return i;
}

/* a[i] on an array or pointer to array: the element's address. */
static LLVMValueRef cg_index_addr(Cg *cg, Node *e) {
    Node *x = e->index.x;
    Type *xt = types_underlying(x->type);
    LLVMValueRef base;
    if (xt->kind == TY_POINTER) {
        base = cg_expr(cg, x);
        xt = types_underlying(xt->pointer.elem);
        LLVMValueRef i = cg_bounds_check(cg, e->index.index, xt->array.len);
        cg_nil_check(cg, base);
        LLVMValueRef idx[] = {LLVMConstInt(cg->t_i64, 0, 0), i};
        return LLVMBuildInBoundsGEP2(cg->b, cg_memtype(cg, xt), base, idx, 2, "");
    }
    base = cg_addr_or_temp(cg, x);
    LLVMValueRef i = cg_bounds_check(cg, e->index.index, xt->array.len);
    LLVMValueRef idx[] = {LLVMConstInt(cg->t_i64, 0, 0), i};
    return LLVMBuildInBoundsGEP2(cg->b, cg_memtype(cg, xt), base, idx, 2, "");
}

/* ---- addresses ------------------------------------------------------------------------- */

/* The address of a composite-type lvalue; NULL if e is not one of them. */
LLVMValueRef cg_composite_addr(Cg *cg, Node *e) {
    e = ast_unparen(e);
    switch (e->kind) {
    case N_STAR: return cg_nil_check(cg, cg_expr(cg, e->star.x));
    case N_SELECTOR:
        if (e->selector.selection && e->selector.selection->kind == SEL_FIELD)
            return cg_field_addr(cg, e);
        return NULL;
    case N_INDEX: {
        Type *xt = types_underlying(e->index.x->type);
        if (xt->kind == TY_ARRAY ||
            (xt->kind == TY_POINTER && types_underlying(xt->pointer.elem)->kind == TY_ARRAY))
            return cg_index_addr(cg, e);
        if (xt->kind == TY_SLICE) return cg_slice_index_addr(cg, e); /* cg_slice.c */
        return NULL;
    }
    default: return NULL;
    }
}

/* ---- composite literals ------------------------------------------------------------------ */

static int cg_field_index(Type *st, const char *name) {
    for (int i = 0; i < st->strct.fields.len; i++)
        if (strcmp(((Object *)VEC_AT(st->strct.fields, i))->name, name) == 0) return i;
    return -1;
}

/* Stores the literal's elements into addr (already zeroed). */
void cg_complit_store(Cg *cg, Node *e, LLVMValueRef addr) {
    Type *u = types_underlying(e->type);
    LLVMTypeRef mty = cg_memtype(cg, u);
    if (u->kind == TY_STRUCT) {
        for (int i = 0; i < e->complit.elts.len; i++) {
            Node *el = VEC_AT(e->complit.elts, i);
            int fi = i;
            Node *val = el;
            if (el->kind == N_KEYVALUE) {
                fi = cg_field_index(u, ast_unparen(el->keyvalue.key)->ident.name);
                val = el->keyvalue.value;
            }
            if (fi < 0) continue;
            Type *ft = ((Object *)VEC_AT(u->strct.fields, fi))->type;
            LLVMValueRef fa = LLVMBuildStructGEP2(cg->b, mty, addr, (unsigned)fi, "");
            Node *vu = ast_unparen(val);
            if (vu->kind == N_COMPOSITELIT && !vu->complit.type)
                cg_complit_store(cg, vu, fa);
            else
                cg_store(cg, ft, cg_expr_to(cg, val, ft), fa);
        }
        return;
    }
    if (u->kind == TY_ARRAY) {
        int64_t idx = 0;
        Type *et = u->array.elem;
        for (int i = 0; i < e->complit.elts.len; i++) {
            Node *el = VEC_AT(e->complit.elts, i);
            Node *val = el;
            if (el->kind == N_KEYVALUE) {
                Node *k = el->keyvalue.key;
                if (k->cval) idx = const_int64(k->cval);
                val = el->keyvalue.value;
            }
            LLVMValueRef ix[] = {LLVMConstInt(cg->t_i64, 0, 0),
                                 LLVMConstInt(cg->t_i64, (unsigned long long)idx, 0)};
            LLVMValueRef ea = LLVMBuildInBoundsGEP2(cg->b, mty, addr, ix, 2, "");
            Node *vu = ast_unparen(val);
            if (vu->kind == N_COMPOSITELIT && !vu->complit.type &&
                types_underlying(et)->kind != TY_POINTER)
                cg_complit_store(cg, vu, ea);
            else
                cg_store(cg, et, cg_expr_to(cg, val, et), ea);
            idx++;
        }
        return;
    }
    if (u->kind == TY_SLICE) { /* cg_slice.c */
        cg_store(cg, e->type, cg_slice_lit(cg, e), addr);
        return;
    }
    if (u->kind == TY_MAP) { /* cg_map.c */
        cg_store(cg, e->type, cg_map_lit(cg, e), addr);
        return;
    }
    cg_unsupported(cg, e, arena_printf("composite literals of type %s", types_string(e->type)));
}

LLVMValueRef cg_complit_value(Cg *cg, Node *e) {
    if (!cg_type_supported(e->type)) {
        cg_unsupported(cg, e, arena_printf("composite literals of type %s", types_string(e->type)));
        return LLVMGetUndef(cg_type(cg, e->type));
    }
    Type *eu = types_underlying(e->type);
    if (eu->kind == TY_SLICE) return cg_slice_lit(cg, e);            /* cg_slice.c */
    if (eu->kind == TY_POINTER) return cg_complit_elided_ptr(cg, e); /* {...} for &T{...} */
    LLVMValueRef tmp = cg_alloca(cg, cg_memtype(cg, e->type), "lit");
    cg_store(cg, e->type, cg_zero(cg, e->type), tmp);
    cg_complit_store(cg, e, tmp);
    return cg_load(cg, e->type, tmp, "");
}

/* Storage for a new object of type t at allocation site site: the heap if
 * escape analysis says so, else a zeroed stack slot. */
static LLVMValueRef cg_new_object(Cg *cg, Node *site, Type *t) {
    if (esc_expr_on_heap(site)) return cg_heap_alloc(cg, t); /* with gc's size limits */
    LLVMValueRef a = cg_alloca(cg, cg_memtype(cg, t), "new");
    cg_store(cg, t, cg_zero(cg, t), a);
    return a;
}

/* &x: the address of x, or a new object for &T{...}. */
LLVMValueRef cg_address_of(Cg *cg, Node *e) {
    Node *x = ast_unparen(e->unary.x);
    if (x->kind == N_COMPOSITELIT) {
        if (!cg_type_supported(x->type)) {
            cg_unsupported(cg, x,
                           arena_printf("composite literals of type %s", types_string(x->type)));
            return LLVMConstNull(cg->t_ptr);
        }
        LLVMValueRef p = cg_new_object(cg, e, x->type);
        cg_complit_store(cg, x, p);
        return p;
    }
    LLVMValueRef a = cg_addr(cg, x);
    return a ? a : LLVMConstNull(cg->t_ptr);
}

LLVMValueRef cg_new(Cg *cg, Node *call) {
    Type *t = types_underlying(call->type)->pointer.elem;
    if (!cg_type_supported(t)) {
        cg_unsupported(cg, call, arena_printf("new(%s)", types_string(t)));
        return LLVMConstNull(cg->t_ptr);
    }
    return cg_new_object(cg, call, t);
}

/* ---- comparison ---------------------------------------------------------------------------- */

/* == on structs and arrays: field by field (element by element), as Go
 * defines it (floats compare as floats, strings by content). */
LLVMValueRef cg_compare_aggregate(Cg *cg, LLVMValueRef x, LLVMValueRef y, Type *t) {
    Type *u = types_underlying(t);
    LLVMValueRef eq = LLVMConstInt(cg->t_i1, 1, 0);
    if (u->kind == TY_STRUCT) {
        for (int i = 0; i < u->strct.fields.len; i++) {
            Object *f = VEC_AT(u->strct.fields, i);
            if (strcmp(f->name, "_") == 0) continue;
            LLVMValueRef a = LLVMBuildExtractValue(cg->b, x, (unsigned)i, "");
            LLVMValueRef b = LLVMBuildExtractValue(cg->b, y, (unsigned)i, "");
            if (cg_is_bool(f->type)) {
                a = LLVMBuildTrunc(cg->b, a, cg->t_i1, "");
                b = LLVMBuildTrunc(cg->b, b, cg->t_i1, "");
            }
            eq = LLVMBuildAnd(cg->b, eq, cg_compare(cg, T_EQL, a, b, f->type), "");
        }
        return eq;
    }
    if (u->kind == TY_ARRAY) {
        for (int64_t i = 0; i < u->array.len; i++) {
            LLVMValueRef a = LLVMBuildExtractValue(cg->b, x, (unsigned)i, "");
            LLVMValueRef b = LLVMBuildExtractValue(cg->b, y, (unsigned)i, "");
            if (cg_is_bool(u->array.elem)) {
                a = LLVMBuildTrunc(cg->b, a, cg->t_i1, "");
                b = LLVMBuildTrunc(cg->b, b, cg->t_i1, "");
            }
            eq = LLVMBuildAnd(cg->b, eq, cg_compare(cg, T_EQL, a, b, u->array.elem), "");
        }
        return eq;
    }
    return eq;
}

/* ---- range over arrays ----------------------------------------------------------------------- */

/* The part of a range loop over an index idx (arrays and slices) after the
 * iteration variables are assigned: the body, with break and continue
 * targets, then idx++ and back to the condition block. */
void cg_range_index_loop_tail(Cg *cg, Node *s, LLVMValueRef idx, LLVMBasicBlockRef cond,
                              LLVMBasicBlockRef cont, LLVMBasicBlockRef end) {
    CgTarget t;
    t.stmt = s;
    t.brk = end;
    t.cont = cont;
    t.outer = cg->fn->targets;
    cg->fn->targets = &t;
    cg_stmt(cg, s->rangestmt.body);
    cg->fn->targets = t.outer;
    cg_br(cg, cont);
    LLVMPositionBuilderAtEnd(cg->b, cont);
    LLVMValueRef i2 = LLVMBuildLoad2(cg->b, cg->t_i64, idx, "");
    LLVMBuildStore(cg->b, LLVMBuildAdd(cg->b, i2, LLVMConstInt(cg->t_i64, 1, 0), ""), idx);
    LLVMBuildBr(cg->b, cond);
}

/* for i, v := range a (array or pointer to array). The array is
 * evaluated once; with a value variable it is copied first, as Go
 * specifies (later writes to a do not show in v). */
void cg_range_array(Cg *cg, Node *s, void (*assign)(Cg *, Node *, bool, LLVMValueRef, Type *)) {
    Node *x = s->rangestmt.x;
    Type *xt = types_underlying(x->type);
    bool ptr = xt->kind == TY_POINTER;
    Type *at = ptr ? types_underlying(xt->pointer.elem) : xt;
    bool want_value =
        s->rangestmt.value && !(ast_unparen(s->rangestmt.value)->kind == N_IDENT &&
                                strcmp(ast_unparen(s->rangestmt.value)->ident.name, "_") == 0);
    LLVMValueRef base = NULL;
    if (ptr) {
        base = cg_expr(cg, x);
        if (want_value) cg_nil_check(cg, base);
    } else if (want_value) {
        base = cg_alloca(cg, cg_memtype(cg, at), "range.copy");
        cg_store(cg, at, cg_expr(cg, x), base);
    } else if (ast_unparen(x)->kind == N_CALL) {
        cg_expr(cg, x); /* evaluated for its effects */
    }
    bool define = s->rangestmt.tok == T_DEFINE;
    if (define) {
        Node *vars[2] = {s->rangestmt.key, s->rangestmt.value};
        for (int i = 0; i < 2; i++)
            if (vars[i] && strcmp(ast_unparen(vars[i])->ident.name, "_") != 0 &&
                ast_unparen(vars[i])->ident.obj)
                cg_declare_local(cg, ast_unparen(vars[i])->ident.obj, NULL);
    }
    LLVMValueRef idx = cg_alloca(cg, cg->t_i64, "range.i");
    LLVMBuildStore(cg->b, LLVMConstInt(cg->t_i64, 0, 0), idx);
    LLVMBasicBlockRef cond = cg_new_block(cg, "range.cond");
    LLVMBasicBlockRef body = cg_new_block(cg, "range.body");
    LLVMBasicBlockRef cont = cg_new_block(cg, "range.next");
    LLVMBasicBlockRef end = cg_new_block(cg, "range.end");
    LLVMBuildBr(cg->b, cond);
    LLVMPositionBuilderAtEnd(cg->b, cond);
    LLVMValueRef i = LLVMBuildLoad2(cg->b, cg->t_i64, idx, "i");
    LLVMValueRef n = LLVMConstInt(cg->t_i64, (unsigned long long)at->array.len, 0);
    LLVMBuildCondBr(cg->b, LLVMBuildICmp(cg->b, LLVMIntSLT, i, n, ""), body, end);
    LLVMPositionBuilderAtEnd(cg->b, body);
    assign(cg, s->rangestmt.key, define, i, types_basic[B_INT]);
    if (want_value) {
        LLVMValueRef ix[] = {LLVMConstInt(cg->t_i64, 0, 0), i};
        LLVMValueRef ea = LLVMBuildInBoundsGEP2(cg->b, cg_memtype(cg, at), base, ix, 2, "");
        assign(cg, s->rangestmt.value, define, cg_load(cg, at->array.elem, ea, ""), at->array.elem);
    }
    cg_range_index_loop_tail(cg, s, idx, cond, cont, end);
    LLVMPositionBuilderAtEnd(cg->b, end);
}
