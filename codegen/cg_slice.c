/* cg_slice.c: slices — make, literals, indexing, slicing (of slices, arrays,
 * pointers to arrays), append, copy, len/cap, range, conversions to and from
 * strings and to array pointers, comparison with nil — and variadic calls,
 * whose `...` parameter is a slice.
 *
 * A slice is { ptr, len, cap } (cg->t_slice). Everything that needs no
 * allocation is inlined, with gc's bounds checks in gc's order, so that a
 * program panics with the very message gc's would print; what allocates
 * calls runtime/slice.c, which also owns gc's growth and size-class rules
 * (printed cap() values must match gc's).
 *
 * Where a backing array lives is escape analysis' decision, read through
 * esc_expr_on_heap / esc_ddd_on_heap; a stack array is an entry-block alloca
 * zeroed where Go creates it. The runtime functions used only here are
 * declared here by name (sl_fn), so the shared RtFn table stays untouched. */
#include <string.h>

#include "codegen/cg_internal.h"

/* gc's tmpBuf: the frame buffer of a non-escaping []byte(s) / []rune(s).
 * (gc's stack size limits are applied by escape/'s queries.) */
enum { SL_TMP_BUF = 32 };

/* ---- runtime functions ------------------------------------------------------ */

static void sl_attr(Cg *cg, LLVMValueRef fn, const char *name) {
    unsigned kind = LLVMGetEnumAttributeKindForName(name, strlen(name));
    LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex,
                            LLVMCreateEnumAttribute(cg->ctx, kind, 0));
}

/* Calls runtime function name, declaring it on first use. */
static LLVMValueRef sl_call(Cg *cg, const char *name, LLVMTypeRef ret, LLVMTypeRef *pt, unsigned np,
                            LLVMValueRef *args, bool noret) {
    LLVMValueRef fn = LLVMGetNamedFunction(cg->mod, name);
    LLVMTypeRef fty;
    if (fn) {
        fty = LLVMGlobalGetValueType(fn);
    } else {
        fty = LLVMFunctionType(ret, pt, np, 0);
        fn = LLVMAddFunction(cg->mod, name, fty);
        sl_attr(cg, fn, "nounwind");
        if (noret) {
            sl_attr(cg, fn, "noreturn");
            sl_attr(cg, fn, "cold");
        }
    }
    return LLVMBuildCall2(cg->b, fty, fn, args, np, "");
}

/* Calls a noreturn panic function: the block ends there. */
static void sl_panic_call(Cg *cg, const char *name, LLVMTypeRef *pt, unsigned np,
                          LLVMValueRef *args) {
    sl_call(cg, name, cg->t_void, pt, np, args, true);
    LLVMBuildUnreachable(cg->b);
}

/* When bad holds at run time, gc's bounds panic: which < 0 is an index
 * error ("index out of range [x] with length y"), otherwise the `which`
 * of escgo_panic_slice. x is printed unsigned when its Go type is. */
static void sl_bounds_fail(Cg *cg, LLVMValueRef bad, int which, LLVMValueRef x, bool xunsigned,
                           LLVMValueRef y) {
    if (LLVMIsAConstantInt(bad) && LLVMConstIntGetZExtValue(bad) == 0) return;
    LLVMBasicBlockRef fail = cg_new_block(cg, "panic");
    LLVMBasicBlockRef ok = cg_new_block(cg, "ok");
    LLVMBuildCondBr(cg->b, bad, fail, ok);
    LLVMPositionBuilderAtEnd(cg->b, fail);
    if (which < 0) {
        LLVMTypeRef pt[] = {cg->t_i64, cg->t_i64};
        LLVMValueRef args[] = {x, y};
        sl_panic_call(cg, xunsigned ? "escgo_panic_index_u" : "escgo_panic_index", pt, 2, args);
    } else {
        LLVMTypeRef pt[] = {cg->t_i32, cg->t_i64, cg->t_i64};
        LLVMValueRef args[] = {LLVMConstInt(cg->t_i32, (unsigned long long)which, 0), x, y};
        sl_panic_call(cg, xunsigned ? "escgo_panic_slice_u" : "escgo_panic_slice", pt, 3, args);
    }
    LLVMPositionBuilderAtEnd(cg->b, ok);
}

/* ---- small helpers ------------------------------------------------------------ */

static LLVMValueRef sl_i64(Cg *cg, int64_t v) {
    return LLVMConstInt(cg->t_i64, (unsigned long long)v, 1);
}

static Type *sl_elem(Type *st) {
    return types_underlying(st)->slice.elem;
}

static LLVMValueRef sl_make(Cg *cg, LLVMValueRef ptr, LLVMValueRef len, LLVMValueRef cap) {
    LLVMValueRef s = LLVMGetUndef(cg->t_slice);
    s = LLVMBuildInsertValue(cg->b, s, ptr, 0, "");
    s = LLVMBuildInsertValue(cg->b, s, len, 1, "");
    return LLVMBuildInsertValue(cg->b, s, cap, 2, "");
}

static LLVMValueRef sl_field(Cg *cg, LLVMValueRef s, unsigned i) {
    return LLVMBuildExtractValue(cg->b, s, i, i == 0 ? "ptr" : i == 1 ? "len" : "cap");
}

/* An index operand as i64 (sign- or zero-extended by its type). */
static LLVMValueRef sl_index_value(Cg *cg, Node *n) {
    return cg_to_i64(cg, cg_expr(cg, n), n->type);
}

static LLVMValueRef sl_elem_addr(Cg *cg, Type *elem, LLVMValueRef base, LLVMValueRef i) {
    return LLVMBuildInBoundsGEP2(cg->b, cg_memtype(cg, elem), base, &i, 1, "");
}

/* A zeroed array of n elements: on the heap, or in the frame (zeroed here,
 * so that each execution gets a fresh one, as Go creates it). */
static LLVMValueRef sl_new_array(Cg *cg, Type *elem, int64_t n, bool heap) {
    Type *at = types_new_array(elem, n);
    if (heap) return cg_heap_alloc(cg, at); /* escape/ applied gc's size limits */
    LLVMValueRef a = cg_alloca(cg, cg_memtype(cg, at), "backing");
    int64_t align = types_alignof(elem);
    LLVMSetAlignment(a, (unsigned)(align < 8 ? 8 : align));
    cg_store(cg, at, cg_zero(cg, at), a);
    return a;
}

static void sl_memmove(Cg *cg, LLVMValueRef dst, LLVMValueRef src, LLVMValueRef bytes) {
    LLVMBuildMemMove(cg->b, dst, 1, src, 1, bytes);
}

/* ---- composite literals ---------------------------------------------------------- */

/* An elided &T{...} inside an outer literal ([]*T{{...}}): the checker gives
 * the inner literal type *T; the T object is its allocation site. */
LLVMValueRef cg_complit_elided_ptr(Cg *cg, Node *e) {
    Type *t = types_underlying(e->type)->pointer.elem;
    LLVMValueRef p;
    if (esc_expr_on_heap(e)) {
        p = cg_heap_alloc(cg, t);
    } else {
        p = cg_alloca(cg, cg_memtype(cg, t), "new");
        cg_store(cg, t, cg_zero(cg, t), p);
    }
    Node lit = *e; /* the same literal, typed T instead of *T */
    lit.type = t;
    cg_complit_store(cg, &lit, p);
    return p;
}

/* Stores one literal element into zeroed storage ea. */
static void sl_store_elem(Cg *cg, Node *val, Type *et, LLVMValueRef ea) {
    Node *vu = ast_unparen(val);
    if (vu->kind == N_COMPOSITELIT && !vu->complit.type) {
        if (types_underlying(et)->kind == TY_POINTER)
            cg_store(cg, et, cg_complit_elided_ptr(cg, vu), ea);
        else
            cg_complit_store(cg, vu, ea);
        return;
    }
    cg_store(cg, et, cg_expr_to(cg, val, et), ea);
}

/* Elements of a slice literal's backing array: the highest index + 1. */
static int64_t sl_lit_len(Node *e) {
    int64_t idx = 0, len = 0;
    for (int i = 0; i < e->complit.elts.len; i++) {
        Node *el = VEC_AT(e->complit.elts, i);
        if (el->kind == N_KEYVALUE && el->keyvalue.key->cval &&
            el->keyvalue.key->cval->kind == CONST_INT)
            idx = const_int64(el->keyvalue.key->cval);
        idx++;
        if (idx > len) len = idx;
    }
    return len;
}

/* []T{...}, indexed forms ([]int{5: 1}) included: cap == len == the
 * highest index + 1. */
LLVMValueRef cg_slice_lit(Cg *cg, Node *e) {
    Type *et = sl_elem(e->type);
    int64_t n = sl_lit_len(e);
    LLVMValueRef arr = sl_new_array(cg, et, n, esc_expr_on_heap(e));
    int64_t idx = 0;
    for (int i = 0; i < e->complit.elts.len; i++) {
        Node *el = VEC_AT(e->complit.elts, i);
        Node *val = el;
        if (el->kind == N_KEYVALUE) {
            if (el->keyvalue.key->cval) idx = const_int64(el->keyvalue.key->cval);
            val = el->keyvalue.value;
        }
        sl_store_elem(cg, val, et, sl_elem_addr(cg, et, arr, sl_i64(cg, idx)));
        idx++;
    }
    return sl_make(cg, arr, sl_i64(cg, n), sl_i64(cg, n));
}

/* ---- indexing and slicing ---------------------------------------------------------- */

/* s[i] on a slice: the element's address, after gc's bounds check. */
LLVMValueRef cg_slice_index_addr(Cg *cg, Node *e) {
    Node *x = e->index.x;
    LLVMValueRef s = cg_expr(cg, x);
    LLVMValueRef i = sl_index_value(cg, e->index.index);
    LLVMValueRef len = sl_field(cg, s, 1);
    LLVMValueRef bad = LLVMBuildICmp(cg->b, LLVMIntUGE, i, len, "");
    sl_bounds_fail(cg, bad, -1, i, cg_is_unsigned(e->index.index->type), len);
    return sl_elem_addr(cg, sl_elem(x->type), sl_field(cg, s, 0), i);
}

/* hi <= bound (unsigned, so a negative index fails too), else panic. */
static void sl_check_le(Cg *cg, LLVMValueRef v, Node *vn, LLVMValueRef bound, int which) {
    LLVMValueRef bad = LLVMBuildICmp(cg->b, LLVMIntUGT, v, bound, "");
    sl_bounds_fail(cg, bad, which, v, vn && cg_is_unsigned(vn->type), bound);
}

/* x[lo:hi] and x[lo:hi:max] on a slice, string, array or pointer to array.
 * The checks run in gc's order — max, then hi, then lo — so the first
 * failing bound is the one reported. */
LLVMValueRef cg_slicing(Cg *cg, Node *e) {
    Node *x = e->slice.x;
    Type *xt = types_underlying(x->type);
    Type *elem;
    LLVMValueRef base, len, cap;
    bool is_slice = xt->kind == TY_SLICE;
    bool is_ptr = xt->kind == TY_POINTER;
    bool is_string = cg_is_string(x->type);
    if (is_string) {
        LLVMValueRef v = cg_expr(cg, x);
        base = cg_str_ptr(cg, v);
        len = cap = cg_str_len(cg, v);
        elem = types_basic[B_UINT8];
    } else if (is_slice) {
        LLVMValueRef v = cg_expr(cg, x);
        base = sl_field(cg, v, 0);
        len = sl_field(cg, v, 1);
        cap = sl_field(cg, v, 2);
        elem = xt->slice.elem;
    } else {
        Type *at = is_ptr ? types_underlying(xt->pointer.elem) : xt;
        if (at->kind != TY_ARRAY || !cg_type_supported(at)) {
            cg_unsupported(cg, e,
                           arena_printf("slicing a value of type %s", types_string(x->type)));
            return LLVMGetUndef(cg->t_slice);
        }
        base = is_ptr ? cg_expr(cg, x) : cg_addr(cg, x); /* slicing an array takes its address */
        if (!base) return LLVMGetUndef(cg->t_slice);
        elem = at->array.elem;
        len = cap = sl_i64(cg, at->array.len);
    }
    Node *lon = e->slice.low, *hin = e->slice.high, *maxn = e->slice.max;
    LLVMValueRef lo = lon ? sl_index_value(cg, lon) : sl_i64(cg, 0);
    LLVMValueRef hi = hin ? sl_index_value(cg, hin) : len;
    LLVMValueRef max = maxn ? sl_index_value(cg, maxn) : cap;
    if (is_ptr) cg_nil_check(cg, base);
    if (e->slice.slice3) {
        sl_check_le(cg, max, maxn, cap, is_slice ? 4 : 3);
        sl_check_le(cg, hi, hin, max, 5);
        sl_check_le(cg, lo, lon, hi, 6);
    } else {
        if (hin) sl_check_le(cg, hi, hin, cap, is_slice ? 1 : 0);
        if (lon) sl_check_le(cg, lo, lon, hi, 2);
    }
    LLVMValueRef rlen = LLVMBuildSub(cg->b, hi, lo, "");
    LLVMValueRef rcap = is_string ? rlen : LLVMBuildSub(cg->b, max, lo, "");
    /* A result with no capacity keeps the old base: lo*size would point
     * just past the array, possibly at the next object (gc's slicemask). */
    LLVMValueRef empty = LLVMBuildICmp(cg->b, LLVMIntEQ, rcap, sl_i64(cg, 0), "");
    LLVMValueRef off = LLVMBuildSelect(cg->b, empty, sl_i64(cg, 0), lo, "");
    LLVMValueRef rptr = sl_elem_addr(cg, elem, base, off);
    if (is_string) return cg_make_string(cg, rptr, rlen);
    return sl_make(cg, rptr, rlen, rcap);
}

/* ---- comparison ---------------------------------------------------------------------- */

/* s == nil, s != nil (the only comparison Go allows on slices). */
LLVMValueRef cg_slice_compare(Cg *cg, TokKind op, LLVMValueRef x, LLVMValueRef y) {
    LLVMIntPredicate p = op == T_EQL ? LLVMIntEQ : LLVMIntNE;
    return LLVMBuildICmp(cg->b, p, sl_field(cg, x, 0), sl_field(cg, y, 0), "");
}

/* ---- builtins ------------------------------------------------------------------------- */

static LLVMValueRef sl_makeslice(Cg *cg, Node *call) {
    Vec *args = &call->call.args;
    Type *et = sl_elem(call->type);
    Node *ln = VEC_AT(*args, 1);
    Node *cn = args->len > 2 ? VEC_AT(*args, 2) : NULL;
    LLVMValueRef len = sl_index_value(cg, ln);
    LLVMValueRef cap = cn ? sl_index_value(cg, cn) : len;
    Node *size = cn ? cn : ln;
    if (!esc_expr_on_heap(call) && size->mode == MODE_CONSTANT && size->cval &&
        size->cval->kind == CONST_INT) {
        /* escape analysis keeps only constant sizes in the frame */
        int64_t k = const_int64(size->cval);
        LLVMValueRef arr = sl_new_array(cg, et, k, false);
        if (cn && ln->mode != MODE_CONSTANT) {
            LLVMValueRef big = LLVMBuildICmp(cg->b, LLVMIntUGT, len, sl_i64(cg, k), "");
            LLVMBasicBlockRef fail = cg_new_block(cg, "panic");
            LLVMBasicBlockRef neg = cg_new_block(cg, "panic.len");
            LLVMBasicBlockRef over = cg_new_block(cg, "panic.cap");
            LLVMBasicBlockRef ok = cg_new_block(cg, "ok");
            LLVMBuildCondBr(cg->b, big, fail, ok);
            LLVMPositionBuilderAtEnd(cg->b, fail);
            LLVMBuildCondBr(cg->b, LLVMBuildICmp(cg->b, LLVMIntSLT, len, sl_i64(cg, 0), ""), neg,
                            over);
            LLVMPositionBuilderAtEnd(cg->b, neg);
            sl_panic_call(cg, "escgo_panic_makeslicelen", NULL, 0, NULL);
            LLVMPositionBuilderAtEnd(cg->b, over);
            sl_panic_call(cg, "escgo_panic_makeslicecap", NULL, 0, NULL);
            LLVMPositionBuilderAtEnd(cg->b, ok);
        }
        return sl_make(cg, arr, len, sl_i64(cg, k));
    }
    LLVMTypeRef pt[] = {cg->t_i64, cg->t_i64, cg->t_i64, cg->t_i8};
    LLVMValueRef a[] = {len, cap, sl_i64(cg, cg_sizeof(cg, et)),
                        LLVMConstInt(cg->t_i8, types_has_pointers(et), 0)};
    LLVMValueRef p = sl_call(cg, "escgo_makeslice", cg->t_ptr, pt, 4, a, false);
    return sl_make(cg, p, len, cap);
}

/* A builtin's operands: its arguments, or the results of its one
 * multi-value call argument (copy(f()), append(g())). sl_nops counts them
 * (and finds that call); sl_eval_ops evaluates them in order, converting
 * operand i to to[i] unless that is NULL. */
static int sl_nops(Node *call, Node **multi) {
    Vec *args = &call->call.args;
    Node *only = args->len == 1 ? ast_unparen(VEC_AT(*args, 0)) : NULL;
    *multi = only && only->type && only->type->kind == TY_TUPLE ? only : NULL;
    return *multi ? (*multi)->type->tuple.vars.len : args->len;
}

static bool sl_eval_ops(Cg *cg, Node *call, Node *multi, int n, Type **to, LLVMValueRef *vals,
                        Type **types) {
    if (multi) {
        cg_call_multi(cg, multi, vals, n);
        for (int i = 0; i < n; i++) {
            if (!vals[i]) return false;
            types[i] = ((Object *)VEC_AT(multi->type->tuple.vars, i))->type;
            if (to[i]) vals[i] = cg_convert(cg, vals[i], types[i], to[i]);
        }
        return true;
    }
    for (int i = 0; i < n; i++) {
        Node *a = VEC_AT(call->call.args, i);
        types[i] = a->type;
        vals[i] = to[i] ? cg_expr_to(cg, a, to[i]) : cg_expr(cg, a);
        if (!vals[i]) return false;
    }
    return true;
}

/* append(s, a, b), append(s, t...), append(b, str...): grows through the
 * runtime when the new length exceeds cap, then stores the new elements. */
static LLVMValueRef sl_append(Cg *cg, Node *call) {
    Type *st = call->type;
    Type *et = sl_elem(st);
    int64_t es = cg_sizeof(cg, et);
    Node *multi;
    int nops = sl_nops(call, &multi);
    bool spread = call->call.has_ellipsis;
    Type **to = ARENA_ARRAY(Type *, nops + 1), **types = ARENA_ARRAY(Type *, nops + 1);
    LLVMValueRef *ops = ARENA_ARRAY(LLVMValueRef, nops + 1);
    to[0] = st;
    for (int i = 1; i < nops; i++)
        to[i] = spread ? NULL : et;
    if (!sl_eval_ops(cg, call, multi, nops, to, ops, types)) return LLVMGetUndef(cg->t_slice);
    LLVMValueRef s = ops[0];
    if (nops == 1) return s;
    int nv = 0;
    LLVMValueRef *vals = NULL, src_ptr = NULL, n;
    if (spread) {
        src_ptr = LLVMBuildExtractValue(cg->b, ops[1], 0, "");
        n = LLVMBuildExtractValue(cg->b, ops[1], 1, "");
    } else {
        nv = nops - 1;
        vals = ops + 1;
        n = sl_i64(cg, nv);
    }
    LLVMValueRef ptr = sl_field(cg, s, 0), len = sl_field(cg, s, 1), cap = sl_field(cg, s, 2);
    LLVMValueRef newlen = LLVMBuildAdd(cg->b, len, n, "newlen");
    LLVMValueRef grow = LLVMBuildICmp(cg->b, LLVMIntUGT, newlen, cap, "");
    LLVMBasicBlockRef cur = LLVMGetInsertBlock(cg->b);
    LLVMBasicBlockRef gbb = cg_new_block(cg, "append.grow");
    LLVMBasicBlockRef done = cg_new_block(cg, "append.store");
    LLVMBuildCondBr(cg->b, grow, gbb, done);
    LLVMPositionBuilderAtEnd(cg->b, gbb);
    LLVMValueRef out = cg_alloca(cg, cg->t_slice, "grown");
    LLVMTypeRef pt[] = {cg->t_ptr, cg->t_ptr, cg->t_i64, cg->t_i64, cg->t_i64, cg->t_i64, cg->t_i8};
    LLVMValueRef a[] = {out,
                        ptr,
                        len,
                        cap,
                        newlen,
                        sl_i64(cg, es),
                        LLVMConstInt(cg->t_i8, types_has_pointers(et), 0)};
    sl_call(cg, "escgo_growslice", cg->t_void, pt, 7, a, false);
    LLVMValueRef g = LLVMBuildLoad2(cg->b, cg->t_slice, out, "");
    LLVMValueRef gptr = sl_field(cg, g, 0), gcap = sl_field(cg, g, 2);
    LLVMBasicBlockRef gend = LLVMGetInsertBlock(cg->b);
    LLVMBuildBr(cg->b, done);
    LLVMPositionBuilderAtEnd(cg->b, done);
    LLVMValueRef pphi = LLVMBuildPhi(cg->b, cg->t_ptr, "ptr");
    LLVMValueRef cphi = LLVMBuildPhi(cg->b, cg->t_i64, "cap");
    LLVMBasicBlockRef from[] = {cur, gend};
    LLVMValueRef pv[] = {ptr, gptr}, cv[] = {cap, gcap};
    LLVMAddIncoming(pphi, pv, from, 2);
    LLVMAddIncoming(cphi, cv, from, 2);
    if (src_ptr) {
        LLVMValueRef dst = sl_elem_addr(cg, et, pphi, len);
        sl_memmove(cg, dst, src_ptr, LLVMBuildMul(cg->b, n, sl_i64(cg, es), ""));
    } else {
        for (int i = 0; i < nv; i++) {
            LLVMValueRef idx = LLVMBuildAdd(cg->b, len, sl_i64(cg, i), "");
            cg_store(cg, et, vals[i], sl_elem_addr(cg, et, pphi, idx));
        }
    }
    return sl_make(cg, pphi, newlen, cphi);
}

/* copy(dst, src) with src a slice or a string: memmove semantics (the two
 * may overlap), returns the number of elements copied. */
static LLVMValueRef sl_copy(Cg *cg, Node *call) {
    Node *multi;
    int nops = sl_nops(call, &multi);
    Type *to[2] = {NULL, NULL}, *types[2];
    LLVMValueRef ops[2];
    if (nops != 2 || !sl_eval_ops(cg, call, multi, 2, to, ops, types))
        return LLVMGetUndef(cg->t_i64);
    LLVMValueRef d = ops[0], s = ops[1];
    LLVMValueRef dlen = sl_field(cg, d, 1);
    LLVMValueRef slen = LLVMBuildExtractValue(cg->b, s, 1, "");
    LLVMValueRef n =
        LLVMBuildSelect(cg->b, LLVMBuildICmp(cg->b, LLVMIntSLT, dlen, slen, ""), dlen, slen, "n");
    int64_t es = cg_sizeof(cg, sl_elem(types[0]));
    sl_memmove(cg, sl_field(cg, d, 0), LLVMBuildExtractValue(cg->b, s, 0, ""),
               LLVMBuildMul(cg->b, n, sl_i64(cg, es), ""));
    return n;
}

static bool sl_is_slice(Type *t) {
    return t && types_underlying(t)->kind == TY_SLICE;
}

LLVMValueRef cg_slice_builtin(Cg *cg, Node *call, BuiltinId id, bool *handled) {
    Vec *args = &call->call.args;
    *handled = true;
    switch (id) {
    case BUILTIN_MAKE:
        if (sl_is_slice(call->type)) return sl_makeslice(cg, call);
        break;
    case BUILTIN_APPEND: return sl_append(cg, call);
    case BUILTIN_COPY: return sl_copy(cg, call);
    case BUILTIN_LEN:
    case BUILTIN_CAP: {
        Node *a = VEC_AT(*args, 0);
        if (sl_is_slice(a->type)) return sl_field(cg, cg_expr(cg, a), id == BUILTIN_LEN ? 1 : 2);
        break;
    }
    default: break;
    }
    *handled = false;
    return NULL;
}

/* ---- conversions ---------------------------------------------------------------------- */

static BasicKind sl_elem_basic(Type *st) {
    Type *e = types_underlying(sl_elem(st));
    return e->kind == TY_BASIC ? e->basic.kind : B_INVALID;
}

/* []byte(s) / []rune(s). A constant string gets an array of exactly its
 * length (cap == len, as gc); otherwise the runtime sizes it, using a
 * 32-element frame buffer when the result does not escape (gc's tmpBuf). */
static LLVMValueRef sl_from_string(Cg *cg, Node *call, Node *a, bool runes) {
    bool heap = esc_expr_on_heap(call);
    if (!runes && a->mode == MODE_CONSTANT && a->cval && a->cval->kind == CONST_STRING) {
        int64_t n = a->cval->str.len;
        LLVMValueRef arr = sl_new_array(cg, types_basic[B_UINT8], n, heap);
        LLVMValueRef str = cg_expr(cg, a);
        if (n > 0) sl_memmove(cg, arr, cg_str_ptr(cg, str), sl_i64(cg, n));
        return sl_make(cg, arr, sl_i64(cg, n), sl_i64(cg, n));
    }
    LLVMValueRef str = cg_expr(cg, a);
    LLVMValueRef buf = LLVMConstNull(cg->t_ptr);
    if (!heap) {
        LLVMTypeRef bt = LLVMArrayType2(runes ? cg->t_i32 : cg->t_i8, SL_TMP_BUF);
        buf = cg_alloca(cg, bt, "tmpbuf");
        LLVMSetAlignment(buf, 8);
    }
    LLVMValueRef out = cg_alloca(cg, cg->t_slice, "conv");
    LLVMTypeRef pt[] = {cg->t_ptr, cg->t_ptr, cg->t_ptr, cg->t_i64};
    LLVMValueRef args[] = {out, buf, cg_str_ptr(cg, str), cg_str_len(cg, str)};
    sl_call(cg, runes ? "escgo_stringtoslicerune" : "escgo_stringtoslicebyte", cg->t_void, pt, 4,
            args, false);
    return LLVMBuildLoad2(cg->b, cg->t_slice, out, "");
}

/* Conversions involving slices that are more than a change of type:
 * string <-> []byte / []rune, and slice -> array pointer (Go 1.17). Returns
 * false (and generates nothing) for any other conversion. */
bool cg_slice_conversion(Cg *cg, Node *call, LLVMValueRef *out) {
    Node *a = VEC_AT(call->call.args, 0);
    Type *to = call->type, *from = a->type;
    if (!to || !from) return false;
    Type *tu = types_underlying(to), *fu = types_underlying(from);
    if (cg_is_string(to) && fu->kind == TY_SLICE) {
        bool runes = sl_elem_basic(from) == B_INT32;
        LLVMValueRef s = cg_expr(cg, a);
        /* a string that does not escape may live in gc's tmpBuf */
        LLVMValueRef buf = LLVMConstNull(cg->t_ptr);
        if (!esc_expr_on_heap(call)) {
            buf = cg_alloca(cg, LLVMArrayType2(cg->t_i8, SL_TMP_BUF), "tmpbuf");
            LLVMSetAlignment(buf, 8);
        }
        LLVMTypeRef pt[] = {cg->t_ptr, cg->t_ptr, cg->t_i64};
        LLVMValueRef args[] = {buf, sl_field(cg, s, 0), sl_field(cg, s, 1)};
        *out = sl_call(cg, runes ? "escgo_slicerunetostring_buf" : "escgo_slicebytetostring_buf",
                       cg->t_string, pt, 3, args, false);
        return true;
    }
    if (tu->kind == TY_SLICE && cg_is_string(from)) {
        *out = sl_from_string(cg, call, a, sl_elem_basic(to) == B_INT32);
        return true;
    }
    if (tu->kind == TY_POINTER && fu->kind == TY_SLICE) {
        Type *at = types_underlying(tu->pointer.elem);
        LLVMValueRef s = cg_expr(cg, a);
        LLVMValueRef len = sl_field(cg, s, 1);
        LLVMValueRef n = sl_i64(cg, at->array.len);
        LLVMValueRef bad = LLVMBuildICmp(cg->b, LLVMIntULT, len, n, "");
        sl_bounds_fail(cg, bad, 7, n, false, len);
        *out = sl_field(cg, s, 0);
        return true;
    }
    return false;
}

/* ---- range ------------------------------------------------------------------------------ */

static bool sl_is_blank(Node *e) {
    e = e ? ast_unparen(e) : NULL;
    return !e || (e->kind == N_IDENT && strcmp(e->ident.name, "_") == 0);
}

/* for i, v := range s: the slice header (and so its length) is read once;
 * v is a copy of s[i] read at the start of each iteration. */
void cg_range_slice(Cg *cg, Node *s, void (*assign)(Cg *, Node *, bool, LLVMValueRef, Type *)) {
    Node *x = s->rangestmt.x;
    Type *et = sl_elem(x->type);
    LLVMValueRef v = cg_expr(cg, x);
    LLVMValueRef ptr = sl_field(cg, v, 0), len = sl_field(cg, v, 1);
    bool want_value = !sl_is_blank(s->rangestmt.value);
    bool define = s->rangestmt.tok == T_DEFINE;
    if (define) {
        Node *vars[2] = {s->rangestmt.key, s->rangestmt.value};
        for (int i = 0; i < 2; i++)
            if (!sl_is_blank(vars[i]) && ast_unparen(vars[i])->ident.obj)
                cg_declare_local(cg, ast_unparen(vars[i])->ident.obj, NULL);
    }
    LLVMValueRef idx = cg_alloca(cg, cg->t_i64, "range.i");
    LLVMBuildStore(cg->b, sl_i64(cg, 0), idx);
    LLVMBasicBlockRef cond = cg_new_block(cg, "range.cond");
    LLVMBasicBlockRef body = cg_new_block(cg, "range.body");
    LLVMBasicBlockRef cont = cg_new_block(cg, "range.next");
    LLVMBasicBlockRef end = cg_new_block(cg, "range.end");
    LLVMBuildBr(cg->b, cond);
    LLVMPositionBuilderAtEnd(cg->b, cond);
    LLVMValueRef i = LLVMBuildLoad2(cg->b, cg->t_i64, idx, "i");
    LLVMBuildCondBr(cg->b, LLVMBuildICmp(cg->b, LLVMIntSLT, i, len, ""), body, end);
    LLVMPositionBuilderAtEnd(cg->b, body);
    if (want_value) {
        /* loaded before the key is assigned: `for i, s[i] = range` style
         * assignments must see this iteration's element */
        LLVMValueRef ev = cg_load(cg, et, sl_elem_addr(cg, et, ptr, i), "");
        assign(cg, s->rangestmt.key, define, i, types_basic[B_INT]);
        assign(cg, s->rangestmt.value, define, ev, et);
    } else {
        assign(cg, s->rangestmt.key, define, i, types_basic[B_INT]);
    }
    cg_range_index_loop_tail(cg, s, idx, cond, cont, end);
    LLVMPositionBuilderAtEnd(cg->b, end);
}

/* ---- variadic calls ----------------------------------------------------------------------- */

/* The arguments of a call to a variadic function, converted to its
 * parameter types, into argv[0..nparams). f(a, b) passes a new slice
 * holding a and b (the implicit "... argument", in the frame unless escape
 * analysis says otherwise), f() passes nil, f(s...) passes s itself.
 * Returns false if an argument failed to generate. */
bool cg_variadic_args(Cg *cg, Node *call, Type *sig, LLVMValueRef *argv) {
    Vec *params = &sig->sig.params->tuple.vars;
    int np = params->len;
    Vec *args = &call->call.args;
    Type *st = ((Object *)VEC_AT(*params, np - 1))->type;
    Type *et = sl_elem(st);
    if (call->call.has_ellipsis) {
        for (int i = 0; i < np; i++) {
            argv[i] = cg_expr_to(cg, VEC_AT(*args, i), ((Object *)VEC_AT(*params, i))->type);
            if (!argv[i]) return false;
        }
        return true;
    }
    /* the values: the arguments, or the results of a single multi-value call */
    Node *only = args->len == 1 ? ast_unparen(VEC_AT(*args, 0)) : NULL;
    bool multi = only && only->type && only->type->kind == TY_TUPLE;
    int nv = multi ? only->type->tuple.vars.len : args->len;
    LLVMValueRef *vals = ARENA_ARRAY(LLVMValueRef, nv + 1);
    if (multi) {
        cg_call_multi(cg, only, vals, nv);
        for (int i = 0; i < nv; i++) {
            if (!vals[i]) return false;
            Type *from = ((Object *)VEC_AT(only->type->tuple.vars, i))->type;
            Type *to = i < np - 1 ? ((Object *)VEC_AT(*params, i))->type : et;
            vals[i] = cg_convert(cg, vals[i], from, to);
        }
    } else {
        for (int i = 0; i < nv; i++) {
            Type *to = i < np - 1 ? ((Object *)VEC_AT(*params, i))->type : et;
            vals[i] = cg_expr_to(cg, VEC_AT(*args, i), to);
            if (!vals[i]) return false;
        }
    }
    for (int i = 0; i < np - 1; i++)
        argv[i] = vals[i];
    int nd = nv - (np - 1);
    if (nd <= 0) {
        argv[np - 1] = LLVMConstNull(cg->t_slice);
        return true;
    }
    LLVMValueRef arr = sl_new_array(cg, et, nd, esc_ddd_on_heap(call));
    for (int i = 0; i < nd; i++)
        cg_store(cg, et, vals[np - 1 + i], sl_elem_addr(cg, et, arr, sl_i64(cg, i)));
    argv[np - 1] = sl_make(cg, arr, sl_i64(cg, nd), sl_i64(cg, nd));
    return true;
}
