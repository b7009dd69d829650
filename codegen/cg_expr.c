/* cg_expr.c: expressions — operators with Go's semantics, conversions,
 * and string operations.
 *
 * Go defines what C and LLVM leave undefined, and the generated code must
 * do what gc's does: integer arithmetic wraps (no nsw/nuw flags), integer
 * division by zero panics, MinInt / -1 is MinInt and MinInt % -1 is 0 (no
 * trap: the divisor -1 is handled as a negation), shifts by any count give
 * 0 or the sign fill, a negative signed shift count panics, and float to
 * integer conversions of out-of-range values give amd64's results instead
 * of LLVM poison. */
#include <string.h>

#include "codegen/cg_internal.h"

/* ---- small helpers -------------------------------------------------------- */

static LLVMValueRef cg_bad(Cg *cg, Node *e, const char *what);

LLVMValueRef cg_str_ptr(Cg *cg, LLVMValueRef s) {
    return LLVMBuildExtractValue(cg->b, s, 0, "");
}

LLVMValueRef cg_str_len(Cg *cg, LLVMValueRef s) {
    return LLVMBuildExtractValue(cg->b, s, 1, "");
}

LLVMValueRef cg_make_string(Cg *cg, LLVMValueRef ptr, LLVMValueRef len) {
    LLVMValueRef s = LLVMGetUndef(cg->t_string);
    s = LLVMBuildInsertValue(cg->b, s, ptr, 0, "");
    return LLVMBuildInsertValue(cg->b, s, len, 1, "");
}

LLVMValueRef cg_to_i64(Cg *cg, LLVMValueRef v, Type *t) {
    unsigned w = LLVMGetIntTypeWidth(LLVMTypeOf(v));
    if (w == 64) return v;
    if (w == 1 || cg_is_unsigned(t)) return LLVMBuildZExt(cg->b, v, cg->t_i64, "");
    return LLVMBuildSExt(cg->b, v, cg->t_i64, "");
}

static LLVMValueRef cg_intrinsic(Cg *cg, const char *name, LLVMTypeRef ty, LLVMValueRef *args,
                                 unsigned n) {
    unsigned id = LLVMLookupIntrinsicID(name, strlen(name));
    LLVMValueRef fn = LLVMGetIntrinsicDeclaration(cg->mod, id, &ty, 1);
    LLVMTypeRef fty = LLVMIntrinsicGetType(cg->ctx, id, &ty, 1);
    return LLVMBuildCall2(cg->b, fty, fn, args, n, "");
}

static bool cg_const_int_is(LLVMValueRef v, long long k) {
    return LLVMIsAConstantInt(v) && LLVMConstIntGetSExtValue(v) == k;
}

/* ---- division and shifts ---------------------------------------------------- */

static LLVMValueRef cg_divide(Cg *cg, TokKind op, LLVMValueRef x, LLVMValueRef y, Type *t) {
    LLVMTypeRef ty = LLVMTypeOf(x);
    bool quo = op == T_QUO;
    if (!LLVMIsAConstantInt(y) || cg_const_int_is(y, 0)) {
        LLVMValueRef zero = LLVMBuildICmp(cg->b, LLVMIntEQ, y, LLVMConstNull(ty), "");
        cg_check_fail(cg, zero, RT_PANIC_DIVIDE, NULL, 0);
    }
    if (cg_is_unsigned(t))
        return quo ? LLVMBuildUDiv(cg->b, x, y, "") : LLVMBuildURem(cg->b, x, y, "");
    if (LLVMIsAConstantInt(y) && !cg_const_int_is(y, -1))
        return quo ? LLVMBuildSDiv(cg->b, x, y, "") : LLVMBuildSRem(cg->b, x, y, "");
    /* x / -1 is -x (wrapping) and x % -1 is 0: never let sdiv trap. */
    LLVMValueRef m1 = LLVMBuildICmp(cg->b, LLVMIntEQ, y, LLVMConstAllOnes(ty), "");
    LLVMValueRef ys = LLVMBuildSelect(cg->b, m1, LLVMConstInt(ty, 1, 0), y, "");
    LLVMValueRef r = quo ? LLVMBuildSDiv(cg->b, x, ys, "") : LLVMBuildSRem(cg->b, x, ys, "");
    LLVMValueRef alt = quo ? LLVMBuildSub(cg->b, LLVMConstNull(ty), x, "") : LLVMConstNull(ty);
    return LLVMBuildSelect(cg->b, m1, alt, r, "");
}

static LLVMValueRef cg_shift(Cg *cg, TokKind op, LLVMValueRef x, LLVMValueRef y, Type *t,
                             Type *yt) {
    LLVMTypeRef ty = LLVMTypeOf(x);
    unsigned w = LLVMGetIntTypeWidth(ty);
    LLVMValueRef y64 = cg_to_i64(cg, y, yt);
    if (cg_is_signed(yt) && !LLVMIsAConstantInt(y)) {
        LLVMValueRef neg = LLVMBuildICmp(cg->b, LLVMIntSLT, y64, LLVMConstNull(cg->t_i64), "");
        cg_check_fail(cg, neg, RT_PANIC_SHIFT, NULL, 0);
    }
    LLVMValueRef big = LLVMBuildICmp(cg->b, LLVMIntUGE, y64, LLVMConstInt(cg->t_i64, w, 0), "");
    LLVMValueRef amt = w == 64 ? y64 : LLVMBuildTrunc(cg->b, y64, ty, "");
    bool arith = op == T_SHR && cg_is_signed(t);
    /* Counts >= width: 0, or the sign fill for a signed >>. Never a
     * poison shift: the count is clamped before shifting. */
    amt = LLVMBuildSelect(cg->b, big, LLVMConstInt(ty, arith ? w - 1 : 0, 0), amt, "");
    if (arith) return LLVMBuildAShr(cg->b, x, amt, "");
    LLVMValueRef r =
        op == T_SHL ? LLVMBuildShl(cg->b, x, amt, "") : LLVMBuildLShr(cg->b, x, amt, "");
    return LLVMBuildSelect(cg->b, big, LLVMConstNull(ty), r, "");
}

/* ---- complex ------------------------------------------------------------------ */

static LLVMValueRef cg_complex(Cg *cg, LLVMTypeRef ty, LLVMValueRef re, LLVMValueRef im) {
    LLVMValueRef c = LLVMGetUndef(ty);
    c = LLVMBuildInsertValue(cg->b, c, re, 0, "");
    return LLVMBuildInsertValue(cg->b, c, im, 1, "");
}

/* complex division as gc's runtime does it: Smith's algorithm, with the
 * C99 correction for division by zero. complex64 is divided in double. */
static LLVMValueRef cg_complex_div(Cg *cg, LLVMValueRef n, LLVMValueRef m) {
    LLVMBuilderRef b = cg->b;
    LLVMTypeRef cty = LLVMTypeOf(n);
    LLVMTypeRef ft = LLVMStructGetTypeAtIndex(cty, 0);
    bool f32 = ft == cg->t_f32;
    LLVMValueRef a = LLVMBuildExtractValue(b, n, 0, ""), bb = LLVMBuildExtractValue(b, n, 1, "");
    LLVMValueRef c = LLVMBuildExtractValue(b, m, 0, ""), d = LLVMBuildExtractValue(b, m, 1, "");
    if (f32) {
        a = LLVMBuildFPExt(b, a, cg->t_f64, "");
        bb = LLVMBuildFPExt(b, bb, cg->t_f64, "");
        c = LLVMBuildFPExt(b, c, cg->t_f64, "");
        d = LLVMBuildFPExt(b, d, cg->t_f64, "");
    }
    LLVMValueRef ac = cg_intrinsic(cg, "llvm.fabs", cg->t_f64, &c, 1);
    LLVMValueRef ad = cg_intrinsic(cg, "llvm.fabs", cg->t_f64, &d, 1);
    LLVMValueRef first = LLVMBuildFCmp(b, LLVMRealOGE, ac, ad, "");
    LLVMValueRef r1 = LLVMBuildFDiv(b, d, c, "");
    LLVMValueRef den1 = LLVMBuildFAdd(b, c, LLVMBuildFMul(b, r1, d, ""), "");
    LLVMValueRef e1 =
        LLVMBuildFDiv(b, LLVMBuildFAdd(b, a, LLVMBuildFMul(b, bb, r1, ""), ""), den1, "");
    LLVMValueRef f1 =
        LLVMBuildFDiv(b, LLVMBuildFSub(b, bb, LLVMBuildFMul(b, a, r1, ""), ""), den1, "");
    LLVMValueRef r2 = LLVMBuildFDiv(b, c, d, "");
    LLVMValueRef den2 = LLVMBuildFAdd(b, d, LLVMBuildFMul(b, r2, c, ""), "");
    LLVMValueRef e2 =
        LLVMBuildFDiv(b, LLVMBuildFAdd(b, LLVMBuildFMul(b, a, r2, ""), bb, ""), den2, "");
    LLVMValueRef f2 =
        LLVMBuildFDiv(b, LLVMBuildFSub(b, LLVMBuildFMul(b, bb, r2, ""), a, ""), den2, "");
    LLVMValueRef e = LLVMBuildSelect(b, first, e1, e2, "");
    LLVMValueRef f = LLVMBuildSelect(b, first, f1, f2, "");
    /* Both NaN, divisor zero, dividend not all NaN: signed infinities. */
    LLVMValueRef zero = LLVMConstReal(cg->t_f64, 0);
    LLVMValueRef nan2 = LLVMBuildAnd(b, LLVMBuildFCmp(b, LLVMRealUNO, e, e, ""),
                                     LLVMBuildFCmp(b, LLVMRealUNO, f, f, ""), "");
    LLVMValueRef mzero = LLVMBuildAnd(b, LLVMBuildFCmp(b, LLVMRealOEQ, c, zero, ""),
                                      LLVMBuildFCmp(b, LLVMRealOEQ, d, zero, ""), "");
    LLVMValueRef notnan = LLVMBuildOr(b, LLVMBuildFCmp(b, LLVMRealORD, a, a, ""),
                                      LLVMBuildFCmp(b, LLVMRealORD, bb, bb, ""), "");
    LLVMValueRef fix = LLVMBuildAnd(b, nan2, LLVMBuildAnd(b, mzero, notnan, ""), "");
    LLVMValueRef cs[] = {LLVMConstReal(cg->t_f64, __builtin_inf()), c};
    LLVMValueRef inf = cg_intrinsic(cg, "llvm.copysign", cg->t_f64, cs, 2);
    e = LLVMBuildSelect(b, fix, LLVMBuildFMul(b, inf, a, ""), e, "");
    f = LLVMBuildSelect(b, fix, LLVMBuildFMul(b, inf, bb, ""), f, "");
    if (f32) {
        e = LLVMBuildFPTrunc(b, e, cg->t_f32, "");
        f = LLVMBuildFPTrunc(b, f, cg->t_f32, "");
    }
    return cg_complex(cg, cty, e, f);
}

static LLVMValueRef cg_complex_binop(Cg *cg, TokKind op, LLVMValueRef x, LLVMValueRef y) {
    LLVMBuilderRef b = cg->b;
    LLVMTypeRef ty = LLVMTypeOf(x);
    if (op == T_QUO) return cg_complex_div(cg, x, y);
    LLVMValueRef a = LLVMBuildExtractValue(b, x, 0, ""), bb = LLVMBuildExtractValue(b, x, 1, "");
    LLVMValueRef c = LLVMBuildExtractValue(b, y, 0, ""), d = LLVMBuildExtractValue(b, y, 1, "");
    switch (op) {
    case T_ADD: return cg_complex(cg, ty, LLVMBuildFAdd(b, a, c, ""), LLVMBuildFAdd(b, bb, d, ""));
    case T_SUB: return cg_complex(cg, ty, LLVMBuildFSub(b, a, c, ""), LLVMBuildFSub(b, bb, d, ""));
    case T_MUL: {
        LLVMValueRef re =
            LLVMBuildFSub(b, LLVMBuildFMul(b, a, c, ""), LLVMBuildFMul(b, bb, d, ""), "");
        LLVMValueRef im =
            LLVMBuildFAdd(b, LLVMBuildFMul(b, a, d, ""), LLVMBuildFMul(b, bb, c, ""), "");
        return cg_complex(cg, ty, re, im);
    }
    default: return LLVMGetUndef(ty);
    }
}

/* ---- strings -------------------------------------------------------------- */

enum { CG_TMP_BUF = 32 }; /* ESCGO_TMP_BUF (runtime/escgo_rt.h): gc's tmpBuf */

/* a + b + c ... as one runtime call over an array of the parts. site: the
 * outermost + escape analysis knows (NULL: the result escapes); a result
 * that does not escape is built in a frame buffer when it fits, as gc's. */
static LLVMValueRef cg_concat(Cg *cg, LLVMValueRef *parts, int n, const Node *site) {
    LLVMTypeRef aty = LLVMArrayType2(cg->t_string, (uint64_t)n);
    LLVMValueRef arr = cg_alloca(cg, aty, "concat");
    for (int i = 0; i < n; i++) {
        LLVMValueRef idx[] = {LLVMConstInt(cg->t_i64, 0, 0),
                              LLVMConstInt(cg->t_i64, (unsigned long long)i, 0)};
        LLVMValueRef p = LLVMBuildInBoundsGEP2(cg->b, aty, arr, idx, 2, "");
        LLVMBuildStore(cg->b, parts[i], p);
    }
    LLVMValueRef args[] = {arr, LLVMConstInt(cg->t_i64, (unsigned long long)n, 0)};
    if (!site || esc_expr_on_heap(site)) return cg_rt(cg, RT_CONCATSTRINGS, args, 2);
    LLVMValueRef buf = cg_alloca(cg, LLVMArrayType2(cg->t_i8, CG_TMP_BUF), "tmpbuf");
    LLVMValueRef bargs[] = {buf, args[0], args[1]};
    LLVMTypeRef pt[] = {cg->t_ptr, cg->t_ptr, cg->t_i64};
    LLVMTypeRef fty = LLVMFunctionType(cg->t_string, pt, 3, 0);
    LLVMValueRef fn = LLVMGetNamedFunction(cg->mod, "escgo_concatstrings_buf");
    if (!fn) fn = LLVMAddFunction(cg->mod, "escgo_concatstrings_buf", fty);
    return LLVMBuildCall2(cg->b, fty, fn, bargs, 3, "");
}

static void cg_concat_operands(Node *e, Vec *out) {
    Node *u = ast_unparen(e);
    if (u->kind == N_BINARY && u->binary.op == T_ADD && u->mode != MODE_CONSTANT) {
        cg_concat_operands(u->binary.x, out);
        cg_concat_operands(u->binary.y, out);
        return;
    }
    vec_push(out, e);
}

static LLVMValueRef cg_concat_expr(Cg *cg, Node *e) {
    Vec ops = {0};
    cg_concat_operands(e, &ops);
    LLVMValueRef *parts = ARENA_ARRAY(LLVMValueRef, ops.len);
    for (int i = 0; i < ops.len; i++)
        parts[i] = cg_expr(cg, VEC_AT(ops, i));
    return cg_concat(cg, parts, ops.len, e);
}

/* memcmp(a, b, n) of libc, which LLVM knows: with a constant n it becomes
 * a few inline loads and compares. */
static LLVMValueRef cg_memcmp(Cg *cg, LLVMValueRef a, LLVMValueRef b, LLVMValueRef n) {
    LLVMTypeRef mt[] = {cg->t_ptr, cg->t_ptr, cg->t_i64};
    LLVMTypeRef mfty = LLVMFunctionType(cg->t_i32, mt, 3, 0);
    LLVMValueRef fn = LLVMGetNamedFunction(cg->mod, "memcmp");
    if (!fn) fn = LLVMAddFunction(cg->mod, "memcmp", mfty);
    LLVMValueRef args[] = {a, b, n};
    return LLVMBuildCall2(cg->b, mfty, fn, args, 3, "");
}

/* String comparisons need no runtime call: == and != compare lengths and
 * then the bytes; the orderings compare the common prefix bytewise
 * (unsigned, as Go does) and fall back on the lengths. */
static LLVMValueRef cg_string_compare(Cg *cg, TokKind op, LLVMValueRef x, LLVMValueRef y) {
    LLVMValueRef args[] = {cg_str_ptr(cg, x), cg_str_len(cg, x), cg_str_ptr(cg, y),
                           cg_str_len(cg, y)};
    if (op == T_EQL || op == T_NEQ) {
        /* Lengths first: cheap, and lets LLVM fold comparisons with "". */
        LLVMValueRef leq = LLVMBuildICmp(cg->b, LLVMIntEQ, args[1], args[3], "");
        LLVMBasicBlockRef cur = LLVMGetInsertBlock(cg->b);
        LLVMBasicBlockRef cmp = cg_new_block(cg, "streq.cmp");
        LLVMBasicBlockRef done = cg_new_block(cg, "streq.done");
        LLVMBuildCondBr(cg->b, leq, cmp, done);
        LLVMPositionBuilderAtEnd(cg->b, cmp);
        /* Equal lengths: against a constant string the length is then a
         * constant too, and memcmp is expanded inline. */
        LLVMValueRef r = cg_memcmp(cg, args[0], args[2], args[1]);
        r = LLVMBuildICmp(cg->b, LLVMIntEQ, r, LLVMConstNull(cg->t_i32), "");
        LLVMBasicBlockRef cmp_end = LLVMGetInsertBlock(cg->b);
        LLVMBuildBr(cg->b, done);
        LLVMPositionBuilderAtEnd(cg->b, done);
        LLVMValueRef phi = LLVMBuildPhi(cg->b, cg->t_i1, "streq");
        LLVMValueRef vals[] = {LLVMConstInt(cg->t_i1, 0, 0), r};
        LLVMBasicBlockRef bbs[] = {cur, cmp_end};
        LLVMAddIncoming(phi, vals, bbs, 2);
        if (op == T_NEQ) return LLVMBuildNot(cg->b, phi, "");
        return phi;
    }
    LLVMValueRef shorter = LLVMBuildICmp(cg->b, LLVMIntSLT, args[1], args[3], "");
    LLVMValueRef n = LLVMBuildSelect(cg->b, shorter, args[1], args[3], "minlen");
    LLVMValueRef m = LLVMBuildSExt(cg->b, cg_memcmp(cg, args[0], args[2], n), cg->t_i64, "");
    LLVMValueRef same = LLVMBuildICmp(cg->b, LLVMIntEQ, m, LLVMConstNull(cg->t_i64), "");
    LLVMValueRef c =
        LLVMBuildSelect(cg->b, same, LLVMBuildSub(cg->b, args[1], args[3], ""), m, "strcmp");
    LLVMIntPredicate p = op == T_LSS   ? LLVMIntSLT
                         : op == T_LEQ ? LLVMIntSLE
                         : op == T_GTR ? LLVMIntSGT
                                       : LLVMIntSGE;
    return LLVMBuildICmp(cg->b, p, c, LLVMConstNull(cg->t_i64), "");
}

/* s[i] on a string, with gc's bounds check. */
static LLVMValueRef cg_string_index(Cg *cg, LLVMValueRef s, LLVMValueRef i, Type *it) {
    LLVMValueRef len = cg_str_len(cg, s);
    LLVMValueRef i64 = cg_to_i64(cg, i, it);
    LLVMValueRef bad = LLVMBuildICmp(cg->b, LLVMIntUGE, i64, len, "");
    LLVMValueRef args[] = {i64, len};
    cg_check_fail(cg, bad, cg_is_unsigned(it) ? RT_PANIC_INDEX_U : RT_PANIC_INDEX, args, 2);
    LLVMValueRef p = LLVMBuildInBoundsGEP2(cg->b, cg->t_i8, cg_str_ptr(cg, s), &i64, 1, "");
    return LLVMBuildLoad2(cg->b, cg->t_i8, p, "");
}

/* x[lo:hi] on strings too: cg_slice.c has gc's checks and base masking. */
static LLVMValueRef cg_slice_expr(Cg *cg, Node *e) {
    return cg_slicing(cg, e);
}

/* ---- binary operators -------------------------------------------------------- */

LLVMValueRef cg_binop(Cg *cg, Node *at, TokKind op, LLVMValueRef x, LLVMValueRef y, Type *t,
                      Type *yt) {
    LLVMBuilderRef b = cg->b;
    if (op == T_SHL || op == T_SHR) return cg_shift(cg, op, x, y, t, yt);
    if (cg_is_string(t)) {
        if (op == T_ADD) {
            LLVMValueRef parts[] = {x, y};
            return cg_concat(cg, parts, 2, NULL);
        }
    } else if (cg_is_complex(t)) {
        return cg_complex_binop(cg, op, x, y);
    } else if (cg_is_float(t)) {
        switch (op) {
        case T_ADD: return LLVMBuildFAdd(b, x, y, "");
        case T_SUB: return LLVMBuildFSub(b, x, y, "");
        case T_MUL: return LLVMBuildFMul(b, x, y, "");
        case T_QUO: return LLVMBuildFDiv(b, x, y, "");
        default: break;
        }
    } else if (cg_is_signed(t) || cg_is_unsigned(t)) {
        switch (op) {
        case T_ADD: return LLVMBuildAdd(b, x, y, "");
        case T_SUB: return LLVMBuildSub(b, x, y, "");
        case T_MUL: return LLVMBuildMul(b, x, y, "");
        case T_QUO:
        case T_REM: return cg_divide(cg, op, x, y, t);
        case T_AND: return LLVMBuildAnd(b, x, y, "");
        case T_OR: return LLVMBuildOr(b, x, y, "");
        case T_XOR: return LLVMBuildXor(b, x, y, "");
        case T_AND_NOT: return LLVMBuildAnd(b, x, LLVMBuildNot(b, y, ""), "");
        default: break;
        }
    }
    cg_unsupported(cg, at, arena_printf("operator %s on %s", tok_string(op), types_string(t)));
    return LLVMGetUndef(LLVMTypeOf(x));
}

LLVMValueRef cg_compare(Cg *cg, TokKind op, LLVMValueRef x, LLVMValueRef y, Type *t) {
    LLVMBuilderRef b = cg->b;
    if (cg_is_string(t)) return cg_string_compare(cg, op, x, y);
    if (cg_is_complex(t)) {
        LLVMValueRef re = LLVMBuildFCmp(b, LLVMRealOEQ, LLVMBuildExtractValue(b, x, 0, ""),
                                        LLVMBuildExtractValue(b, y, 0, ""), "");
        LLVMValueRef im = LLVMBuildFCmp(b, LLVMRealOEQ, LLVMBuildExtractValue(b, x, 1, ""),
                                        LLVMBuildExtractValue(b, y, 1, ""), "");
        LLVMValueRef eq = LLVMBuildAnd(b, re, im, "");
        return op == T_EQL ? eq : LLVMBuildNot(b, eq, "");
    }
    if (cg_is_float(t)) {
        LLVMRealPredicate p = op == T_EQL   ? LLVMRealOEQ
                              : op == T_NEQ ? LLVMRealUNE
                              : op == T_LSS ? LLVMRealOLT
                              : op == T_LEQ ? LLVMRealOLE
                              : op == T_GTR ? LLVMRealOGT
                                            : LLVMRealOGE;
        return LLVMBuildFCmp(b, p, x, y, "");
    }
    Type *ut = types_underlying(t);
    if (ut->kind == TY_SLICE) return cg_slice_compare(cg, op, x, y); /* only with nil */
    if (ut->kind == TY_STRUCT || ut->kind == TY_ARRAY) {
        LLVMValueRef eq = cg_compare_aggregate(cg, x, y, t);
        return op == T_EQL ? eq : LLVMBuildNot(b, eq, "");
    }
    bool u = !cg_is_signed(t);
    LLVMIntPredicate p = op == T_EQL   ? LLVMIntEQ
                         : op == T_NEQ ? LLVMIntNE
                         : op == T_LSS ? (u ? LLVMIntULT : LLVMIntSLT)
                         : op == T_LEQ ? (u ? LLVMIntULE : LLVMIntSLE)
                         : op == T_GTR ? (u ? LLVMIntUGT : LLVMIntSGT)
                                       : (u ? LLVMIntUGE : LLVMIntSGE);
    if (ut->kind == TY_INTERFACE) return cg_iface_compare(cg, op, x, y, t); /* cg_iface.c */
    return LLVMBuildICmp(b, p, x, y, "");
}

static bool cg_is_compare(TokKind op) {
    return op == T_EQL || op == T_NEQ || op == T_LSS || op == T_LEQ || op == T_GTR || op == T_GEQ;
}

/* x && y, x || y as values: a phi after a short-circuit branch. */
static LLVMValueRef cg_logical(Cg *cg, Node *e) {
    bool land = e->binary.op == T_LAND;
    LLVMValueRef x = cg_expr(cg, e->binary.x);
    LLVMBasicBlockRef xbb = LLVMGetInsertBlock(cg->b);
    LLVMBasicBlockRef rhs = cg_new_block(cg, land ? "and.rhs" : "or.rhs");
    LLVMBasicBlockRef end = cg_new_block(cg, land ? "and.end" : "or.end");
    if (land)
        LLVMBuildCondBr(cg->b, x, rhs, end);
    else
        LLVMBuildCondBr(cg->b, x, end, rhs);
    LLVMPositionBuilderAtEnd(cg->b, rhs);
    LLVMValueRef y = cg_expr(cg, e->binary.y);
    LLVMBasicBlockRef ybb = LLVMGetInsertBlock(cg->b);
    LLVMBuildBr(cg->b, end);
    LLVMPositionBuilderAtEnd(cg->b, end);
    LLVMValueRef phi = LLVMBuildPhi(cg->b, cg->t_i1, "");
    LLVMValueRef vals[] = {LLVMConstInt(cg->t_i1, land ? 0 : 1, 0), y};
    LLVMBasicBlockRef bbs[] = {xbb, ybb};
    LLVMAddIncoming(phi, vals, bbs, 2);
    return phi;
}

static LLVMValueRef cg_binary(Cg *cg, Node *e) {
    TokKind op = e->binary.op;
    if (op == T_LAND || op == T_LOR) return cg_logical(cg, e);
    Node *xn = e->binary.x, *yn = e->binary.y;
    if (cg_is_compare(op)) {
        Type *t = xn->type;
        if (types_is_untyped(t) && yn->type && !types_is_untyped(yn->type)) t = yn->type;
        if (t && t->kind == TY_BASIC && t->basic.kind == B_UNTYPED_NIL) t = yn->type;
        /* interface == concrete: the concrete operand is converted */
        if (t && !types_is_interface(t) && yn->type && types_is_interface(yn->type)) t = yn->type;
        Type *other = xn->type == t ? yn->type : xn->type;
        bool other_nil = other && other->kind == TY_BASIC && other->basic.kind == B_UNTYPED_NIL;
        if (!cg_type_supported(t) || (!other_nil && !cg_type_supported(other))) {
            cg_unsupported(cg, e, arena_printf("comparison of %s values", types_string(t)));
            return LLVMGetUndef(cg->t_i1);
        }
        LLVMValueRef x = cg_expr_to(cg, xn, t);
        LLVMValueRef y = cg_expr_to(cg, yn, t);
        return cg_compare(cg, op, x, y, t);
    }
    if (op == T_ADD && cg_is_string(e->type)) return cg_concat_expr(cg, e);
    LLVMValueRef x = cg_expr(cg, xn);
    LLVMValueRef y = cg_expr(cg, yn);
    Type *yt = (op == T_SHL || op == T_SHR) ? yn->type : e->type;
    return cg_binop(cg, e, op, x, y, e->type, yt);
}

static LLVMValueRef cg_unary(Cg *cg, Node *e) {
    Node *x = e->unary.x;
    switch (e->unary.op) {
    case T_ADD: return cg_expr(cg, x);
    case T_SUB: {
        LLVMValueRef v = cg_expr(cg, x);
        if (cg_is_complex(e->type)) {
            LLVMValueRef re = LLVMBuildFNeg(cg->b, LLVMBuildExtractValue(cg->b, v, 0, ""), "");
            LLVMValueRef im = LLVMBuildFNeg(cg->b, LLVMBuildExtractValue(cg->b, v, 1, ""), "");
            return cg_complex(cg, LLVMTypeOf(v), re, im);
        }
        if (cg_is_float(e->type)) return LLVMBuildFNeg(cg->b, v, "");
        return LLVMBuildNeg(cg->b, v, "");
    }
    case T_NOT:
    case T_XOR: return LLVMBuildNot(cg->b, cg_expr(cg, x), "");
    case T_AND: return cg_address_of(cg, e);
    case T_ARROW: return cg_chan_recv(cg, e); /* cg_chan.c */
    default: return cg_bad(cg, e, "this unary operator");
    }
}

/* ---- conversions ------------------------------------------------------------- */

/* float64 -> int64 as amd64's CVTTSD2SQ: out of range (and NaN) gives
 * 0x8000000000000000. LLVM's fptosi would be poison there. */
static LLVMValueRef cg_cvt_f64_i(Cg *cg, LLVMValueRef d, LLVMTypeRef ity, double lim) {
    LLVMBuilderRef b = cg->b;
    LLVMValueRef lo = LLVMBuildFCmp(b, LLVMRealOGE, d, LLVMConstReal(cg->t_f64, -lim), "");
    LLVMValueRef hi = LLVMBuildFCmp(b, LLVMRealOLT, d, LLVMConstReal(cg->t_f64, lim), "");
    LLVMValueRef ok = LLVMBuildAnd(b, lo, hi, "");
    LLVMValueRef r = LLVMBuildFPToSI(b, d, ity, "");
    unsigned w = LLVMGetIntTypeWidth(ity);
    LLVMValueRef minv = LLVMConstInt(ity, 1ULL << (w - 1), 0);
    return LLVMBuildSelect(b, ok, r, minv, "");
}

static LLVMValueRef cg_float_to_int(Cg *cg, LLVMValueRef v, Type *to) {
    LLVMBuilderRef b = cg->b;
    if (LLVMTypeOf(v) == cg->t_f32) v = LLVMBuildFPExt(b, v, cg->t_f64, "");
    LLVMTypeRef ty = cg_type(cg, to);
    int bits = cg_int_bits(to);
    const double two63 = 9223372036854775808.0, two31 = 2147483648.0;
    if (cg_is_signed(to)) {
        if (bits == 64) return cg_cvt_f64_i(cg, v, cg->t_i64, two63);
        LLVMValueRef r = cg_cvt_f64_i(cg, v, cg->t_i32, two31);
        return bits == 32 ? r : LLVMBuildTrunc(b, r, ty, "");
    }
    if (bits == 64) {
        /* gc: x < 2^63 ? int64(x) : int64(x - 2^63) | MinInt64 */
        LLVMValueRef small = LLVMBuildFCmp(b, LLVMRealOLT, v, LLVMConstReal(cg->t_f64, two63), "");
        LLVMValueRef r1 = cg_cvt_f64_i(cg, v, cg->t_i64, two63);
        LLVMValueRef y = LLVMBuildFSub(b, v, LLVMConstReal(cg->t_f64, two63), "");
        LLVMValueRef r2 = LLVMBuildOr(b, cg_cvt_f64_i(cg, y, cg->t_i64, two63),
                                      LLVMConstInt(cg->t_i64, 1ULL << 63, 0), "");
        return LLVMBuildSelect(b, small, r1, r2, "");
    }
    if (bits == 32) return LLVMBuildTrunc(b, cg_cvt_f64_i(cg, v, cg->t_i64, two63), ty, "");
    return LLVMBuildTrunc(b, cg_cvt_f64_i(cg, v, cg->t_i32, two31), ty, "");
}

static LLVMValueRef cg_num_convert(Cg *cg, LLVMValueRef v, Type *from, Type *to) {
    LLVMBuilderRef b = cg->b;
    LLVMTypeRef fty = LLVMTypeOf(v), tty = cg_type(cg, to);
    bool fint = cg_is_signed(from) || cg_is_unsigned(from);
    bool tint = cg_is_signed(to) || cg_is_unsigned(to);
    if (fint && tint) {
        unsigned fw = LLVMGetIntTypeWidth(fty), tw = LLVMGetIntTypeWidth(tty);
        if (fw == tw) return v;
        if (fw > tw) return LLVMBuildTrunc(b, v, tty, "");
        return cg_is_signed(from) ? LLVMBuildSExt(b, v, tty, "") : LLVMBuildZExt(b, v, tty, "");
    }
    if (fint && cg_is_float(to))
        return cg_is_signed(from) ? LLVMBuildSIToFP(b, v, tty, "") : LLVMBuildUIToFP(b, v, tty, "");
    if (cg_is_float(from) && tint) return cg_float_to_int(cg, v, to);
    if (cg_is_float(from) && cg_is_float(to)) {
        if (fty == tty) return v;
        return fty == cg->t_f32 ? LLVMBuildFPExt(b, v, tty, "") : LLVMBuildFPTrunc(b, v, tty, "");
    }
    if (cg_is_complex(from) && cg_is_complex(to)) {
        if (fty == tty) return v;
        LLVMTypeRef et = LLVMStructGetTypeAtIndex(tty, 0);
        bool ext = et == cg->t_f64;
        LLVMValueRef re = LLVMBuildExtractValue(b, v, 0, ""),
                     im = LLVMBuildExtractValue(b, v, 1, "");
        re = ext ? LLVMBuildFPExt(b, re, et, "") : LLVMBuildFPTrunc(b, re, et, "");
        im = ext ? LLVMBuildFPExt(b, im, et, "") : LLVMBuildFPTrunc(b, im, et, "");
        return cg_complex(cg, tty, re, im);
    }
    return NULL;
}

LLVMValueRef cg_convert(Cg *cg, LLVMValueRef v, Type *from, Type *to) {
    if (!v || !from || !to) return v;
    if (types_is_interface(to)) return cg_iface_convert(cg, v, from, to, NULL); /* cg_iface.c */
    if (cg_is_string(to) && (cg_is_signed(from) || cg_is_unsigned(from))) {
        LLVMValueRef a = cg_to_i64(cg, v, from);
        return cg_rt(cg, RT_INTSTRING, &a, 1);
    }
    LLVMValueRef r = cg_num_convert(cg, v, from, to);
    if (r) return r;
    LLVMTypeRef fty = LLVMTypeOf(v), tty = cg_type(cg, to);
    if (fty == tty) return v;
    if (LLVMGetTypeKind(fty) == LLVMPointerTypeKind && LLVMGetTypeKind(tty) == LLVMIntegerTypeKind)
        return LLVMBuildPtrToInt(cg->b, v, tty, "");
    if (LLVMGetTypeKind(tty) == LLVMPointerTypeKind && LLVMGetTypeKind(fty) == LLVMIntegerTypeKind)
        return LLVMBuildIntToPtr(cg->b, v, tty, "");
    cg_unsupported(cg, NULL,
                   arena_printf("conversion from %s to %s", types_string(from), types_string(to)));
    return LLVMGetUndef(tty);
}

LLVMValueRef cg_expr_to(Cg *cg, Node *e, Type *to) {
    if (to && types_is_interface(to) && e->type && !types_is_interface(e->type))
        return cg_iface_from_expr(cg, e, NULL, to); /* boxing: cg_iface.c */
    LLVMValueRef v = cg_expr(cg, e);
    if (!v || !to) return v;
    Type *from = e->type;
    if (from && types_is_untyped(from) && e->mode == MODE_CONSTANT)
        return cg_const(cg, e->cval, to);
    return cg_convert(cg, v, from, to);
}

/* Interfaces (boxing, cg_to_iface, assertions) are in cg_iface.c. */

/* ---- names and addresses --------------------------------------------------------- */

/* The object an identifier or qualified identifier (pkg.Name) denotes. */
static Object *cg_name_obj(Node *e) {
    e = ast_unparen(e);
    if (e->kind == N_IDENT) return e->ident.obj;
    if (e->kind == N_SELECTOR && !e->selector.selection) return e->selector.sel->ident.obj;
    return NULL;
}

LLVMValueRef cg_addr(Cg *cg, Node *e) {
    Object *o = cg_name_obj(e);
    if (o && o->kind == OBJ_VAR) {
        if (!cg_type_supported(o->type)) {
            cg_unsupported(cg, e, arena_printf("variables of type %s", types_string(o->type)));
            return NULL;
        }
        return cg_var_addr(cg, o);
    }
    if (cg_type_supported(e->type)) {
        LLVMValueRef a = cg_composite_addr(cg, e);
        if (a) return a;
    }
    cg_unsupported(cg, e, arena_printf("assignment to %s", ast_expr_string(e)));
    return NULL;
}

static LLVMValueRef cg_name(Cg *cg, Node *e, Object *o) {
    switch (o->kind) {
    case OBJ_VAR:
        if (!cg_type_supported(o->type)) {
            return cg_bad(cg, e, arena_printf("variables of type %s", types_string(o->type)));
        }
        return cg_load(cg, o->type, cg_var_addr(cg, o), o->name);
    case OBJ_CONST: return cg_const(cg, o->cnst.val, e->type ? e->type : o->type);
    case OBJ_NIL: return LLVMConstNull(cg_type(cg, e->type));
    case OBJ_FUNC: return cg_func_ref(cg, o); /* cg_closure.c */
    default: return cg_bad(cg, e, arena_printf("use of %s", o->name));
    }
}

/* ---- dispatch ---------------------------------------------------------------------- */

/* Reports an unsupported expression and returns a placeholder of its type,
 * so generation can go on to report further problems (the module is never
 * emitted after an error). */
static LLVMValueRef cg_bad(Cg *cg, Node *e, const char *what) {
    cg_unsupported(cg, e, what);
    if (!e->type || e->type->kind == TY_TUPLE || e->mode == MODE_NOVALUE) return NULL;
    return LLVMGetUndef(cg_type(cg, e->type));
}

LLVMValueRef cg_expr(Cg *cg, Node *e) {
    if (e->mode == MODE_CONSTANT && e->cval && e->type) return cg_const(cg, e->cval, e->type);
    switch (e->kind) {
    case N_PAREN: return cg_expr(cg, e->paren.x);
    case N_IDENT:
        if (!e->ident.obj) diag_ice(e->pos, "codegen: unresolved identifier %s", e->ident.name);
        return cg_name(cg, e, e->ident.obj);
    case N_SELECTOR:
        if (!e->selector.selection && e->selector.sel->ident.obj)
            return cg_name(cg, e, e->selector.sel->ident.obj);
        if (e->selector.selection->kind == SEL_FIELD) {
            if (!cg_type_supported(e->type))
                return cg_bad(cg, e, arena_printf("fields of type %s", types_string(e->type)));
            return cg_load(cg, e->type, cg_composite_addr(cg, e), "");
        }
        return cg_method_value(cg, e); /* cg_closure.c */
    case N_BINARY: return cg_binary(cg, e);
    case N_UNARY: return cg_unary(cg, e);
    case N_CALL: return cg_call_expr(cg, e);
    case N_INDEX:
        if (cg_is_map_index(e)) return cg_map_index(cg, e); /* cg_map.c */
        if (cg_is_string(e->index.x->type)) {
            LLVMValueRef s = cg_expr(cg, e->index.x);
            LLVMValueRef i = cg_expr(cg, e->index.index);
            return cg_string_index(cg, s, i, e->index.index->type);
        }
        if (cg_type_supported(e->type)) {
            LLVMValueRef a = cg_composite_addr(cg, e);
            if (a) return cg_load(cg, e->type, a, "");
        }
        return cg_bad(cg, e,
                      arena_printf("indexing a value of type %s", types_string(e->index.x->type)));
    case N_SLICE: return cg_slice_expr(cg, e);
    case N_STAR:
        if (!cg_type_supported(e->type))
            return cg_bad(cg, e, arena_printf("pointers to %s", types_string(e->type)));
        return cg_load(cg, e->type, cg_composite_addr(cg, e), "");
    case N_COMPOSITELIT:
        if (cg_is_map(e->type)) return cg_map_lit(cg, e); /* cg_map.c */
        return cg_complit_value(cg, e);
    case N_FUNCLIT: return cg_funclit(cg, e);        /* cg_closure.c */
    case N_TYPEASSERT: return cg_type_assert(cg, e); /* cg_iface.c */
    default: return cg_bad(cg, e, "this expression");
    }
}

void cg_cond_br(Cg *cg, Node *cond, LLVMBasicBlockRef t, LLVMBasicBlockRef f) {
    Node *c = ast_unparen(cond);
    if (c->kind == N_UNARY && c->unary.op == T_NOT && c->mode != MODE_CONSTANT) {
        cg_cond_br(cg, c->unary.x, f, t);
        return;
    }
    if (c->kind == N_BINARY && (c->binary.op == T_LAND || c->binary.op == T_LOR) &&
        c->mode != MODE_CONSTANT) {
        LLVMBasicBlockRef mid = cg_new_block(cg, c->binary.op == T_LAND ? "and.rhs" : "or.rhs");
        if (c->binary.op == T_LAND)
            cg_cond_br(cg, c->binary.x, mid, f);
        else
            cg_cond_br(cg, c->binary.x, t, mid);
        LLVMPositionBuilderAtEnd(cg->b, mid);
        cg_cond_br(cg, c->binary.y, t, f);
        return;
    }
    LLVMValueRef v = cg_expr(cg, c);
    if (!v) {
        LLVMBuildBr(cg->b, f);
        return;
    }
    LLVMBuildCondBr(cg->b, v, t, f);
}
