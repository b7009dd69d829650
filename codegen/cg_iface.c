/* cg_iface.c: interfaces — boxing values into interface values,
 * conversions between interface types, type assertions and type switches,
 * interface comparison, method tables with their wrappers, itabs, and
 * method calls through interfaces.
 *
 * An interface value is two words (DESIGN.md): the dynamic type's
 * descriptor (empty interfaces) or an itab (non-empty ones), and the data
 * word, which is the value itself for pointer-shaped types (cg_direct_iface)
 * and otherwise a pointer to a box holding it. A box is on the stack when
 * escape analysis says it does not escape (esc_box_on_heap), a read-only
 * global for constants, and GC memory otherwise.
 *
 * Dynamic types are identified by descriptor address (one "type:<name>"
 * global per type), so an assertion to a concrete type is a compare of
 * the type word; an assertion to a non-empty interface asks the runtime
 * for an itab (escgo_getitab, cached). */
#include <stdlib.h>
#include <string.h>

#include "codegen/cg_internal.h"

/* Runtime functions of this file, declared on first use. */
static LLVMValueRef cg_iface_rt(Cg *cg, const char *name, LLVMTypeRef ret, LLVMTypeRef *params,
                                unsigned np, LLVMTypeRef *fty_out, bool noret) {
    LLVMTypeRef fty = LLVMFunctionType(ret, params, np, 0);
    LLVMValueRef fn = LLVMGetNamedFunction(cg->mod, name);
    if (!fn) {
        fn = LLVMAddFunction(cg->mod, name, fty);
        unsigned k = LLVMGetEnumAttributeKindForName("nounwind", 8);
        LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex,
                                LLVMCreateEnumAttribute(cg->ctx, k, 0));
        if (noret) {
            k = LLVMGetEnumAttributeKindForName("noreturn", 8);
            LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex,
                                    LLVMCreateEnumAttribute(cg->ctx, k, 0));
            k = LLVMGetEnumAttributeKindForName("cold", 4);
            LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex,
                                    LLVMCreateEnumAttribute(cg->ctx, k, 0));
        }
        if (ret == cg->t_i1) {
            k = LLVMGetEnumAttributeKindForName("zeroext", 7);
            LLVMAddAttributeAtIndex(fn, LLVMAttributeReturnIndex,
                                    LLVMCreateEnumAttribute(cg->ctx, k, 0));
        }
    }
    *fty_out = fty;
    return fn;
}

static LLVMValueRef cg_call_getitab(Cg *cg, LLVMValueRef inter, LLVMValueRef t, bool canfail) {
    LLVMTypeRef p[] = {cg->t_ptr, cg->t_ptr, cg->t_i8}, fty;
    LLVMValueRef fn = cg_iface_rt(cg, "escgo_getitab", cg->t_ptr, p, 3, &fty, false);
    LLVMValueRef a[] = {inter, t, LLVMConstInt(cg->t_i8, canfail ? 1 : 0, 0)};
    return LLVMBuildCall2(cg->b, fty, fn, a, 3, "itab");
}

static void cg_call_assert_panic(Cg *cg, LLVMValueRef have, LLVMValueRef want, LLVMValueRef iface) {
    LLVMTypeRef p[] = {cg->t_ptr, cg->t_ptr, cg->t_ptr}, fty;
    LLVMValueRef fn = cg_iface_rt(cg, "escgo_panic_typeassert", cg->t_void, p, 3, &fty, true);
    LLVMValueRef a[] = {have, want, iface};
    LLVMBuildCall2(cg->b, fty, fn, a, 3, "");
    LLVMBuildUnreachable(cg->b);
}

/* ---- basics ----------------------------------------------------------------- */

bool cg_is_eface(Type *t) {
    Type *u = types_underlying(t);
    if (u->kind != TY_INTERFACE) return false;
    types_complete_interface(u);
    return u->iface.all.len == 0;
}

static LLVMValueRef cg_pair(Cg *cg, LLVMValueRef w0, LLVMValueRef w1) {
    LLVMValueRef r = LLVMGetUndef(cg->t_eface);
    r = LLVMBuildInsertValue(cg->b, r, w0, 0, "");
    return LLVMBuildInsertValue(cg->b, r, w1, 1, "");
}

static LLVMValueRef cg_word(Cg *cg, LLVMValueRef v, unsigned i) {
    return LLVMBuildExtractValue(cg->b, v, i, i ? "data" : "tab");
}

/* The value of a direct-iface type as the data word, and back. */
static LLVMValueRef cg_direct_to_word(Cg *cg, LLVMValueRef v) {
    while (LLVMGetTypeKind(LLVMTypeOf(v)) != LLVMPointerTypeKind)
        v = LLVMBuildExtractValue(cg->b, v, 0, "");
    return v;
}

static LLVMValueRef cg_word_to_direct(Cg *cg, LLVMValueRef w, LLVMTypeRef ty) {
    if (LLVMGetTypeKind(ty) == LLVMPointerTypeKind) return w;
    LLVMTypeRef inner = LLVMGetTypeKind(ty) == LLVMStructTypeKind ? LLVMStructGetTypeAtIndex(ty, 0)
                                                                  : LLVMGetElementType(ty);
    LLVMValueRef x = cg_word_to_direct(cg, w, inner);
    return LLVMBuildInsertValue(cg->b, LLVMGetUndef(ty), x, 0, "");
}

/* The dynamic type (a GoType*) of interface value v of static type t. */
LLVMValueRef cg_iface_dyntype(Cg *cg, LLVMValueRef v, Type *t) {
    LLVMValueRef w = cg_word(cg, v, 0);
    if (cg_is_eface(t)) return w;
    /* an itab's first word is the dynamic type; a nil interface has none */
    return cg_load_unless_nil(cg, w, cg->t_ptr, "dyntype");
}

/* ---- boxing -------------------------------------------------------------------- */

/* A constant's box: read-only data, no allocation. */
static LLVMValueRef cg_const_box(Cg *cg, ConstVal *cv, Type *t) {
    LLVMValueRef c = cg_const(cg, cv, t);
    if (cg_is_bool(t)) c = LLVMConstInt(cg->t_i8, cv->kind == CONST_BOOL && cv->b, 0);
    LLVMValueRef g = LLVMAddGlobal(cg->mod, LLVMTypeOf(c), "go:box");
    LLVMSetInitializer(g, c);
    LLVMSetGlobalConstant(g, 1);
    LLVMSetLinkage(g, LLVMPrivateLinkage);
    LLVMSetUnnamedAddress(g, LLVMGlobalUnnamedAddr);
    LLVMSetAlignment(g, 8);
    return g;
}

/* gc's shortcuts for heap boxes (walk's dataWord and runtime.convT16/32/
 * 64): a pointer-free value of 1, 2, 4 or 8 bytes whose bits read as an
 * integer below 256 is boxed as a pointer into a static table of those
 * integers (escgo_staticuint64s, little-endian, so any width reads right),
 * never allocated; a bool or one-byte integer always is. Boxes are never
 * written through, so sharing them is safe. NULL: t does not qualify. */
static LLVMValueRef cg_small_box(Cg *cg, LLVMValueRef v, Type *t) {
    int64_t size = cg_sizeof(cg, t);
    int64_t align = types_alignof(t);
    bool ok = (size == 1 && (cg_is_bool(t) || cg_int_bits(t) == 8)) || (size == 2 && align == 2) ||
              (size == 4 && align == 4 && !types_has_pointers(t)) ||
              (size == 8 && align == 8 && !types_has_pointers(t));
    if (!ok) return NULL;
    LLVMTypeRef it = LLVMIntTypeInContext(cg->ctx, (unsigned)(size * 8));
    LLVMValueRef tmp = cg_alloca(cg, cg_memtype(cg, t), "convT");
    cg_store(cg, t, v, tmp);
    LLVMValueRef bits = LLVMBuildZExt(cg->b, LLVMBuildLoad2(cg->b, it, tmp, ""), cg->t_i64, "");
    LLVMValueRef table = LLVMGetNamedGlobal(cg->mod, "escgo_staticuint64s");
    if (!table) {
        table = LLVMAddGlobal(cg->mod, LLVMArrayType2(cg->t_i64, 256), "escgo_staticuint64s");
        LLVMSetGlobalConstant(table, 1);
    }
    if (size == 1) return LLVMBuildInBoundsGEP2(cg->b, cg->t_i64, table, &bits, 1, "small");
    LLVMBasicBlockRef cur = LLVMGetInsertBlock(cg->b);
    LLVMBasicBlockRef alloc = cg_new_block(cg, "convT.alloc");
    LLVMBasicBlockRef done = cg_new_block(cg, "convT.done");
    LLVMValueRef small =
        LLVMBuildICmp(cg->b, LLVMIntULT, bits, LLVMConstInt(cg->t_i64, 256, 0), "");
    LLVMValueRef idx = LLVMBuildSelect(cg->b, small, bits, LLVMConstInt(cg->t_i64, 0, 0), "");
    LLVMValueRef sp = LLVMBuildInBoundsGEP2(cg->b, cg->t_i64, table, &idx, 1, "small");
    LLVMBuildCondBr(cg->b, small, done, alloc);
    LLVMPositionBuilderAtEnd(cg->b, alloc);
    LLVMValueRef hp = cg_heap_alloc(cg, t);
    cg_store(cg, t, v, hp);
    LLVMBuildBr(cg->b, done);
    LLVMPositionBuilderAtEnd(cg->b, done);
    LLVMValueRef phi = LLVMBuildPhi(cg->b, cg->t_ptr, "box");
    LLVMValueRef vals[] = {sp, hp};
    LLVMBasicBlockRef bbs[] = {cur, alloc};
    LLVMAddIncoming(phi, vals, bbs, 2);
    return phi;
}

/* The data word for value v of concrete type t. site is the node escape
 * analysis knows the box by (NULL: heap). */
static LLVMValueRef cg_box(Cg *cg, LLVMValueRef v, Type *t, const Node *site) {
    if (cg_direct_iface(t)) return cg_direct_to_word(cg, v);
    bool heap = site ? esc_box_on_heap(site) : true; /* with gc's size limit */
    LLVMValueRef box;
    if (heap) {
        LLVMValueRef small = cg_small_box(cg, v, t);
        if (small) return small;
        box = cg_heap_alloc(cg, t);
    } else {
        box = cg_alloca(cg, cg_memtype(cg, t), "box");
        LLVMSetAlignment(box, 8);
    }
    cg_store(cg, t, v, box);
    return box;
}

/* The type word for concrete type t in an interface of type to. */
static LLVMValueRef cg_type_word(Cg *cg, Type *t, Type *to) {
    if (cg_is_eface(to)) return cg_type_desc(cg, t);
    return cg_itab(cg, t, to);
}

LLVMValueRef cg_to_iface(Cg *cg, LLVMValueRef v, Type *t) {
    return cg_pair(cg, cg_type_desc(cg, t), cg_box(cg, v, t, NULL));
}

/* Interface value v of interface type from as interface type to. */
static LLVMValueRef cg_iface_to_iface(Cg *cg, LLVMValueRef v, Type *from, Type *to) {
    if (cg_is_eface(to)) {
        if (cg_is_eface(from)) return v;
        return cg_pair(cg, cg_iface_dyntype(cg, v, from), cg_word(cg, v, 1));
    }
    if (types_identical(types_underlying(from), types_underlying(to))) return v;
    /* to's methods are a subset of from's: a run-time itab (nil stays nil) */
    LLVMValueRef t = cg_iface_dyntype(cg, v, from);
    LLVMValueRef isnil = LLVMBuildICmp(cg->b, LLVMIntEQ, t, LLVMConstNull(cg->t_ptr), "");
    LLVMBasicBlockRef cur = LLVMGetInsertBlock(cg->b);
    LLVMBasicBlockRef get = cg_new_block(cg, "conv.itab");
    LLVMBasicBlockRef done = cg_new_block(cg, "conv.done");
    LLVMBuildCondBr(cg->b, isnil, done, get);
    LLVMPositionBuilderAtEnd(cg->b, get);
    LLVMValueRef itab = cg_call_getitab(cg, cg_type_desc(cg, to), t, false);
    LLVMBasicBlockRef get_end = LLVMGetInsertBlock(cg->b);
    LLVMBuildBr(cg->b, done);
    LLVMPositionBuilderAtEnd(cg->b, done);
    LLVMValueRef phi = LLVMBuildPhi(cg->b, cg->t_ptr, "");
    LLVMValueRef vals[] = {LLVMConstNull(cg->t_ptr), itab};
    LLVMBasicBlockRef bbs[] = {cur, get_end};
    LLVMAddIncoming(phi, vals, bbs, 2);
    return cg_pair(cg, phi, cg_word(cg, v, 1));
}

LLVMValueRef cg_iface_convert(Cg *cg, LLVMValueRef v, Type *from, Type *to, const Node *site) {
    if (types_is_interface(from)) return cg_iface_to_iface(cg, v, from, to);
    if (from->kind == TY_BASIC && from->basic.kind == B_UNTYPED_NIL)
        return LLVMConstNull(cg->t_eface);
    return cg_pair(cg, cg_type_word(cg, from, to), cg_box(cg, v, from, site));
}

LLVMValueRef cg_iface_from_expr(Cg *cg, Node *e, const Node *site, Type *to) {
    Type *from = e->type;
    if (!from || (from->kind == TY_BASIC && from->basic.kind == B_UNTYPED_NIL))
        return LLVMConstNull(cg->t_eface);
    if (e->mode == MODE_CONSTANT && e->cval && !types_is_interface(from)) {
        Type *t = types_is_untyped(from) ? types_default(from) : from;
        LLVMValueRef data;
        if (cg_direct_iface(t))
            data = cg_direct_to_word(cg, cg_const(cg, e->cval, t));
        else
            data = cg_const_box(cg, e->cval, t);
        return cg_pair(cg, cg_type_word(cg, t, to), data);
    }
    if (!cg_type_supported(from)) {
        cg_unsupported(cg, e, arena_printf("converting %s to an interface", types_string(from)));
        return LLVMGetUndef(cg->t_eface);
    }
    LLVMValueRef v = cg_expr(cg, e);
    if (!v) return LLVMGetUndef(cg->t_eface);
    return cg_iface_convert(cg, v, from, to, site ? site : e);
}

/* The concrete value of type t held in an interface's data word. */
static LLVMValueRef cg_unbox(Cg *cg, LLVMValueRef data, Type *t) {
    if (cg_direct_iface(t)) return cg_word_to_direct(cg, data, cg_type(cg, t));
    return cg_load(cg, t, data, "");
}

/* ---- comparison ------------------------------------------------------------------- */

/* x == y (or !=) on interface values of type t. */
LLVMValueRef cg_iface_compare(Cg *cg, TokKind op, LLVMValueRef x, LLVMValueRef y, Type *t) {
    LLVMBuilderRef b = cg->b;
    LLVMValueRef eq;
    if (LLVMIsConstant(x) && LLVMIsNull(x)) {
        LLVMValueRef tmp = x;
        x = y;
        y = tmp;
    }
    if (LLVMIsConstant(y) && LLVMIsNull(y)) {
        /* x == nil: only the type word matters */
        eq = LLVMBuildICmp(b, LLVMIntEQ, cg_word(cg, x, 0), LLVMConstNull(cg->t_ptr), "");
    } else {
        LLVMValueRef tx = cg_iface_dyntype(cg, x, t), ty = cg_iface_dyntype(cg, y, t);
        LLVMValueRef same = LLVMBuildICmp(b, LLVMIntEQ, tx, ty, "");
        LLVMValueRef isnil = LLVMBuildICmp(b, LLVMIntEQ, tx, LLVMConstNull(cg->t_ptr), "");
        LLVMBasicBlockRef cur = LLVMGetInsertBlock(b);
        LLVMBasicBlockRef cmp = cg_new_block(cg, "ifaceeq.data");
        LLVMBasicBlockRef done = cg_new_block(cg, "ifaceeq.done");
        LLVMValueRef need = LLVMBuildAnd(b, same, LLVMBuildNot(b, isnil, ""), "");
        LLVMBuildCondBr(b, need, cmp, done);
        LLVMPositionBuilderAtEnd(b, cmp);
        LLVMTypeRef p[] = {cg->t_ptr, cg->t_ptr, cg->t_ptr}, fty;
        LLVMValueRef fn = cg_iface_rt(cg, "escgo_ifacedataeq", cg->t_i1, p, 3, &fty, false);
        LLVMValueRef a[] = {tx, cg_word(cg, x, 1), cg_word(cg, y, 1)};
        LLVMValueRef r = LLVMBuildCall2(b, fty, fn, a, 3, "");
        LLVMBasicBlockRef cmp_end = LLVMGetInsertBlock(b);
        LLVMBuildBr(b, done);
        LLVMPositionBuilderAtEnd(b, done);
        eq = LLVMBuildPhi(b, cg->t_i1, "ifaceeq");
        LLVMValueRef vals[] = {same, r};
        LLVMBasicBlockRef bbs[] = {cur, cmp_end};
        LLVMAddIncoming(eq, vals, bbs, 2);
    }
    return op == T_EQL ? eq : LLVMBuildNot(b, eq, "");
}

/* ---- type assertions ------------------------------------------------------------ */

/* Tests whether interface value v (static type xt, dynamic type dyn) holds
 * a T; *out gets the converted value (valid only where ok is true). */
static LLVMValueRef cg_assert_test(Cg *cg, LLVMValueRef v, Type *xt, LLVMValueRef dyn, Type *T,
                                   LLVMValueRef *itab_out) {
    (void)v;
    (void)xt;
    if (!types_is_interface(T))
        return LLVMBuildICmp(cg->b, LLVMIntEQ, dyn, cg_type_desc(cg, T), "isT");
    if (cg_is_eface(T)) return LLVMBuildICmp(cg->b, LLVMIntNE, dyn, LLVMConstNull(cg->t_ptr), "");
    LLVMValueRef itab = cg_call_getitab(cg, cg_type_desc(cg, T), dyn, true);
    *itab_out = itab;
    return LLVMBuildICmp(cg->b, LLVMIntNE, itab, LLVMConstNull(cg->t_ptr), "");
}

/* The asserted value, where the test succeeded. */
static LLVMValueRef cg_assert_value(Cg *cg, LLVMValueRef v, LLVMValueRef dyn, Type *T,
                                    LLVMValueRef itab) {
    if (!types_is_interface(T)) return cg_unbox(cg, cg_word(cg, v, 1), T);
    if (cg_is_eface(T)) return cg_pair(cg, dyn, cg_word(cg, v, 1));
    return cg_pair(cg, itab, cg_word(cg, v, 1));
}

static Type *cg_assert_type(Node *e) {
    return e->type;
}

/* x.(T), panicking on failure. */
LLVMValueRef cg_type_assert(Cg *cg, Node *e) {
    Node *x = e->typeassert.x;
    Type *T = e->type, *xt = x->type;
    if (!cg_type_supported(T)) {
        cg_unsupported(cg, e, arena_printf("type assertions to %s", types_string(T)));
        return LLVMGetUndef(cg_type(cg, T));
    }
    LLVMValueRef v = cg_expr(cg, x);
    LLVMValueRef dyn = cg_iface_dyntype(cg, v, xt);
    if (types_is_interface(T) && !cg_is_eface(T)) {
        /* the runtime panics with the missing method's name */
        LLVMValueRef itab = cg_call_getitab(cg, cg_type_desc(cg, T), dyn, false);
        return cg_pair(cg, itab, cg_word(cg, v, 1));
    }
    LLVMValueRef itab = NULL;
    LLVMValueRef ok = cg_assert_test(cg, v, xt, dyn, T, &itab);
    LLVMBasicBlockRef bad = cg_new_block(cg, "assert.fail");
    LLVMBasicBlockRef good = cg_new_block(cg, "assert.ok");
    LLVMBuildCondBr(cg->b, ok, good, bad);
    LLVMPositionBuilderAtEnd(cg->b, bad);
    LLVMValueRef iface = types_is_interface(T) ? LLVMConstNull(cg->t_ptr) : cg_type_desc(cg, xt);
    cg_call_assert_panic(cg, dyn, cg_type_desc(cg, T), iface);
    LLVMPositionBuilderAtEnd(cg->b, good);
    return cg_assert_value(cg, v, dyn, T, itab);
}

/* v, ok := x.(T): out[0] the value (zero on failure), out[1] ok (i1). */
void cg_type_assert_commaok(Cg *cg, Node *e, LLVMValueRef *out) {
    Node *x = ast_unparen(e)->typeassert.x;
    Type *T = cg_assert_type(ast_unparen(e)), *xt = x->type;
    if (!cg_type_supported(T)) {
        cg_unsupported(cg, e, arena_printf("type assertions to %s", types_string(T)));
        out[0] = LLVMGetUndef(cg_type(cg, T));
        out[1] = LLVMGetUndef(cg->t_i1);
        return;
    }
    LLVMValueRef v = cg_expr(cg, x);
    LLVMValueRef dyn = cg_iface_dyntype(cg, v, xt);
    LLVMValueRef itab = NULL;
    LLVMValueRef ok = cg_assert_test(cg, v, xt, dyn, T, &itab);
    LLVMBasicBlockRef cur = LLVMGetInsertBlock(cg->b);
    LLVMBasicBlockRef good = cg_new_block(cg, "assert.ok");
    LLVMBasicBlockRef done = cg_new_block(cg, "assert.done");
    LLVMBuildCondBr(cg->b, ok, good, done);
    LLVMPositionBuilderAtEnd(cg->b, good);
    LLVMValueRef val = cg_assert_value(cg, v, dyn, T, itab);
    LLVMBasicBlockRef good_end = LLVMGetInsertBlock(cg->b);
    LLVMBuildBr(cg->b, done);
    LLVMPositionBuilderAtEnd(cg->b, done);
    LLVMValueRef phi = LLVMBuildPhi(cg->b, cg_type(cg, T), "");
    LLVMValueRef vals[] = {cg_zero(cg, T), val};
    LLVMBasicBlockRef bbs[] = {cur, good_end};
    LLVMAddIncoming(phi, vals, bbs, 2);
    out[0] = phi;
    out[1] = ok;
}

/* ---- type switches ------------------------------------------------------------------ */

static bool cg_is_nil_case(Node *e) {
    Node *u = ast_unparen(e);
    return u->type && u->type->kind == TY_BASIC && u->type->basic.kind == B_UNTYPED_NIL;
}

void cg_type_switch(Cg *cg, Node *s) {
    if (s->typeswitch.init) cg_stmt(cg, s->typeswitch.init);
    Node *guard = s->typeswitch.assign;
    Node *rhs =
        ast_unparen(guard->kind == N_ASSIGNSTMT ? VEC_AT(guard->assign.rhs, 0) : guard->exprstmt.x);
    Node *x = rhs->kind == N_TYPEASSERT ? rhs->typeassert.x : rhs;
    Type *xt = x->type;
    LLVMValueRef v = cg_expr(cg, x);
    if (!v) return;
    LLVMValueRef dyn = cg_iface_dyntype(cg, v, xt);
    Vec *clauses = &s->typeswitch.body->block.list;
    int n = clauses->len;
    LLVMBasicBlockRef *bodies = ARENA_ARRAY(LLVMBasicBlockRef, n + 1);
    LLVMBasicBlockRef end = cg_new_block(cg, "tswitch.end");
    int dflt = -1;
    for (int i = 0; i < n; i++) {
        Node *cc = VEC_AT(*clauses, i);
        bool d = cc->caseclause.is_default || cc->caseclause.list.len == 0;
        bodies[i] = cg_new_block(cg, d ? "tswitch.default" : "tswitch.case");
        if (d) dflt = i;
    }
    for (int i = 0; i < n; i++) {
        Node *cc = VEC_AT(*clauses, i);
        for (int j = 0; j < cc->caseclause.list.len; j++) {
            Node *e = VEC_AT(cc->caseclause.list, j);
            LLVMBasicBlockRef next = cg_new_block(cg, "tswitch.next");
            LLVMValueRef ok;
            if (cg_is_nil_case(e)) {
                ok = LLVMBuildICmp(cg->b, LLVMIntEQ, dyn, LLVMConstNull(cg->t_ptr), "");
            } else {
                LLVMValueRef itab = NULL;
                ok = cg_assert_test(cg, v, xt, dyn, e->type, &itab);
            }
            LLVMBuildCondBr(cg->b, ok, bodies[i], next);
            LLVMPositionBuilderAtEnd(cg->b, next);
        }
    }
    cg_br(cg, dflt >= 0 ? bodies[dflt] : end);
    CgTarget t = {s, end, NULL, cg->fn->targets};
    cg->fn->targets = &t;
    for (int i = 0; i < n; i++) {
        Node *cc = VEC_AT(*clauses, i);
        LLVMPositionBuilderAtEnd(cg->b, bodies[i]);
        LLVMMetadataRef outer = cg_debug_scope_enter(cg, cc->pos);
        cg_debug_loc(cg, cc->pos);
        Object *o = cc->caseclause.implicit;
        if (o && cg_type_supported(o->type)) {
            LLVMValueRef val;
            Node *e0 = cc->caseclause.list.len == 1 ? VEC_AT(cc->caseclause.list, 0) : NULL;
            if (e0 && !cg_is_nil_case(e0) && !types_identical(o->type, xt)) {
                Type *T = o->type;
                LLVMValueRef itab = NULL;
                if (types_is_interface(T) && !cg_is_eface(T))
                    itab = cg_call_getitab(cg, cg_type_desc(cg, T), dyn, false);
                val = cg_assert_value(cg, v, dyn, T, itab);
            } else if (e0 && !cg_is_nil_case(e0) && types_is_interface(o->type)) {
                val = cg_iface_to_iface(cg, v, xt, o->type);
            } else {
                val = v;
            }
            cg_declare_local(cg, o, val);
        } else if (o) {
            cg_unsupported(cg, cc, arena_printf("variables of type %s", types_string(o->type)));
        }
        cg_block(cg, &cc->caseclause.body);
        cg_debug_scope_leave(cg, outer);
        cg_br(cg, end);
    }
    cg->fn->targets = t.outer;
    LLVMPositionBuilderAtEnd(cg->b, end);
}

/* ---- method sets, wrappers and itabs --------------------------------------------------- */

typedef struct CgMeth {
    Object *m;      /* the method (OBJ_FUNC with a body or C implementation) */
    Selection *sel; /* how t reaches it */
} CgMeth;

static int cg_meth_cmp(const void *a, const void *b) {
    const CgMeth *x = a, *y = b;
    return strcmp(x->m->name, y->m->name);
}

/* Candidate methods of interfaces embedded in struct t. */
static void cg_collect_iface_cands(Type *t, Vec *out, int depth) {
    if (!t || depth > 8) return;
    if (t->kind == TY_POINTER) t = t->pointer.elem;
    Type *u = types_underlying(t);
    if (u->kind != TY_STRUCT) return;
    for (int i = 0; i < u->strct.fields.len; i++) {
        Object *f = VEC_AT(u->strct.fields, i);
        if (!f->var.embedded) continue;
        Type *fu = types_underlying(f->type);
        if (fu->kind == TY_INTERFACE) {
            types_complete_interface(fu);
            for (int j = 0; j < fu->iface.all.len; j++)
                vec_push(out, VEC_AT(fu->iface.all, j));
        } else {
            cg_collect_iface_cands(f->type, out, depth + 1);
        }
    }
}

/* Candidate methods: the methods of t and of every embedded type. */
static void cg_collect_cands(Type *t, Vec *out, int depth) {
    if (!t || depth > 8) return;
    if (t->kind == TY_POINTER) t = t->pointer.elem;
    if (t->kind == TY_NAMED)
        for (int i = 0; i < t->named.methods.len; i++)
            vec_push(out, VEC_AT(t->named.methods, i));
    Type *u = types_underlying(t);
    if (u->kind != TY_STRUCT) return;
    for (int i = 0; i < u->strct.fields.len; i++) {
        Object *f = VEC_AT(u->strct.fields, i);
        if (f->var.embedded) cg_collect_cands(f->type, out, depth + 1);
    }
}

/* The type that holds the method selection s reaches: t, or the embedded
 * field at the end of s's path (pointers followed). */
static Type *cg_sel_holder(Type *t, Selection *s) {
    for (int i = 0; i < s->index_len - 1; i++) {
        Type *u = types_underlying(t);
        if (u->kind == TY_POINTER) u = types_underlying(u->pointer.elem);
        if (u->kind != TY_STRUCT) return t;
        t = ((Object *)VEC_AT(u->strct.fields, s->index[i]))->type;
    }
    return t;
}

/* Whether selection s on t reaches a method of an embedded interface. */
bool cg_sel_via_iface(Type *t, Selection *s) {
    return s->index_len > 1 && types_is_interface(cg_sel_holder(t, s));
}

/* t's method set (as Go defines it), sorted by name. */
static int cg_method_set(Type *t, CgMeth **out) {
    Vec cands = {0};
    Type *u = types_underlying(t);
    if (u->kind == TY_INTERFACE || (t->kind == TY_NAMED && u->kind == TY_POINTER)) {
        *out = NULL;
        return 0;
    }
    cg_collect_cands(t, &cands, 0);
    cg_collect_iface_cands(t, &cands, 0);
    CgMeth *ms = ARENA_ARRAY(CgMeth, cands.len + 1);
    int n = 0;
    for (int i = 0; i < cands.len; i++) {
        Object *c = VEC_AT(cands, i);
        bool dup = false;
        for (int j = 0; j < n && !dup; j++)
            if (strcmp(ms[j].m->name, c->name) == 0) dup = true;
        if (dup) continue;
        bool amb = false, needs_addr = false;
        Selection *s = types_lookup(t, false, c->pkg, c->name, &amb, &needs_addr);
        if (!s || amb || needs_addr || s->kind != SEL_METHOD || s->obj->kind != OBJ_FUNC ||
            (!s->obj->func.info && !cg_sel_via_iface(t, s)))
            continue;
        ms[n].m = s->obj;
        ms[n].sel = s;
        n++;
    }
    qsort(ms, (size_t)n, sizeof ms[0], cg_meth_cmp);
    *out = ms;
    return n;
}

/* The LLVM type of a method called through an interface: the data word,
 * then the parameters. */
static LLVMTypeRef cg_iface_method_fnty(Cg *cg, Type *sig) {
    Vec *ps = &sig->sig.params->tuple.vars;
    LLVMTypeRef *pt = ARENA_ARRAY(LLVMTypeRef, ps->len + 1);
    pt[0] = cg->t_ptr;
    for (int i = 0; i < ps->len; i++)
        pt[i + 1] = cg_type(cg, ((Object *)VEC_AT(*ps, i))->type);
    return LLVMFunctionType(cg_type(cg, sig->sig.results), pt, (unsigned)ps->len + 1, 0);
}

/* The function pointer for method index idx of non-empty interface value
 * iv (nil interface: the nil-dereference panic). */
static LLVMValueRef cg_itab_fn(Cg *cg, LLVMValueRef iv, int idx) {
    LLVMValueRef itab = cg_nil_check(cg, cg_word(cg, iv, 0));
    LLVMValueRef gi[] = {LLVMConstInt(cg->t_i64, (unsigned long long)(2 + idx), 0)};
    LLVMValueRef slot = LLVMBuildInBoundsGEP2(cg->b, cg->t_ptr, itab, gi, 1, "");
    return LLVMBuildLoad2(cg->b, cg->t_ptr, slot, "method");
}

static bool cg_is_ptr(Type *t) {
    return types_underlying(t)->kind == TY_POINTER;
}

/* p, or gc's panicwrap panic if p is nil: "value method pkg.T.M called
 * using nil *T pointer" (elem is T). */
LLVMValueRef cg_panicwrap_check(Cg *cg, LLVMValueRef p, Type *elem, const char *meth) {
    const char *tname = types_string(elem), *pkg = "main";
    if (elem->kind == TY_NAMED && elem->named.obj) {
        tname = elem->named.obj->name;
        if (elem->named.obj->pkg) pkg = elem->named.obj->pkg->path;
    }
    const char *msg =
        arena_printf("value method %s.%s.%s called using nil *%s pointer", pkg, tname, meth, tname);
    LLVMBasicBlockRef bad = cg_new_block(cg, "panicwrap");
    LLVMBasicBlockRef ok = cg_new_block(cg, "panicwrap.ok");
    LLVMValueRef isnil = LLVMBuildICmp(cg->b, LLVMIntEQ, p, LLVMConstNull(cg->t_ptr), "");
    LLVMBuildCondBr(cg->b, isnil, bad, ok);
    LLVMPositionBuilderAtEnd(cg->b, bad);
    LLVMTypeRef pt[] = {cg->t_ptr, cg->t_i64}, fty;
    LLVMValueRef fn = cg_iface_rt(cg, "escgo_panicwrap", cg->t_void, pt, 2, &fty, true);
    LLVMValueRef str = cg_const_string(cg, msg, (int64_t)strlen(msg));
    LLVMValueRef a[] = {LLVMBuildExtractValue(cg->b, str, 0, ""),
                        LLVMBuildExtractValue(cg->b, str, 1, "")};
    LLVMBuildCall2(cg->b, fty, fn, a, 2, "");
    LLVMBuildUnreachable(cg->b);
    LLVMPositionBuilderAtEnd(cg->b, ok);
    return p;
}

/* The address of the embedded field on selection s's path (index[0] ..
 * index[len-2]) from a value of type *cur at addr; *cur becomes its type.
 * Embedded pointers on the way are loaded, a nil one faulting. */
LLVMValueRef cg_sel_field_addr(Cg *cg, LLVMValueRef addr, Type **cur, Selection *s) {
    Type *t = *cur;
    for (int i = 0; i < s->index_len - 1; i++) {
        Type *u = types_underlying(t);
        if (u->kind == TY_POINTER) {
            addr = cg_nil_check(cg, LLVMBuildLoad2(cg->b, cg->t_ptr, addr, ""));
            t = u->pointer.elem;
            u = types_underlying(t);
        }
        addr = LLVMBuildStructGEP2(cg->b, cg_memtype(cg, u), addr, (unsigned)s->index[i], "");
        t = ((Object *)VEC_AT(u->strct.fields, s->index[i]))->type;
    }
    *cur = t;
    return addr;
}

LLVMValueRef cg_recv_from_addr(Cg *cg, LLVMValueRef addr, Type *cur, Selection *s, Object *m) {
    addr = cg_sel_field_addr(cg, addr, &cur, s);
    if (m->func.has_ptr_recv)
        return cg_is_ptr(cur) ? LLVMBuildLoad2(cg->b, cg->t_ptr, addr, "") : addr;
    if (cg_is_ptr(cur)) {
        LLVMValueRef p = LLVMBuildLoad2(cg->b, cg->t_ptr, addr, "");
        Type *elem = types_underlying(cur)->pointer.elem;
        /* (*T).M of value method T.M: gc's wrapper panics with its own
         * text; through embedded fields a nil pointer just faults */
        addr = s->index_len == 1 ? cg_panicwrap_check(cg, p, elem, m->name) : cg_nil_check(cg, p);
        cur = elem;
    }
    return cg_load(cg, cur, addr, "");
}

/* The function a method table entry of type t points to for method cm:
 * the method itself when its receiver is the data word, else a wrapper
 * that finds the receiver from the data word. */
static LLVMValueRef cg_method_entry(Cg *cg, Type *t, const char *qname, CgMeth *cm) {
    Object *m = cm->m;
    FuncInfo *fi = m->func.info;
    Selection *s = cm->sel;
    bool via_iface = cg_sel_via_iface(t, s);
    LLVMValueRef target = via_iface ? NULL : cg_func_value(cg, fi);
    if (!target && !via_iface) return NULL;
    if (s->index_len == 1 && m->func.has_ptr_recv && cg_is_ptr(t)) return target;
    const char *name = arena_printf("go:wrap.%s.%s", qname, m->name);
    LLVMValueRef fn = LLVMGetNamedFunction(cg->mod, name);
    if (fn) return fn;
    LLVMTypeRef fty = cg_iface_method_fnty(cg, m->type);
    fn = LLVMAddFunction(cg->mod, name, cg_abi_fnty(cg, fty));
    LLVMSetLinkage(fn, LLVMLinkOnceODRLinkage);

    /* generate the body with the ordinary helpers, on the side */
    CgFunc *w = ARENA_NEW(CgFunc);
    w->fn = fn;
    w->fnty = fty;
    CgSideState save;
    cg_side_begin(cg, w, &save);
    LLVMValueRef word = LLVMGetParam(fn, 0);
    LLVMValueRef addr;
    if (cg_direct_iface(t)) {
        addr = cg_alloca(cg, cg->t_ptr, "recv");
        LLVMBuildStore(cg->b, word, addr);
    } else {
        addr = word;
    }
    unsigned np = cg_abi_nparams(cg);
    LLVMValueRef *args = ARENA_ARRAY(LLVMValueRef, np + 1);
    for (unsigned i = 1; i < np; i++)
        args[i] = cg_abi_param(cg, i);
    LLVMValueRef r;
    if (via_iface) {
        /* the embedded interface's own method: call through its itab */
        Type *cur = t;
        LLVMValueRef iv =
            LLVMBuildLoad2(cg->b, cg->t_eface, cg_sel_field_addr(cg, addr, &cur, s), "");
        args[0] = cg_word(cg, iv, 1);
        r = cg_abi_call(cg, fty, cg_itab_fn(cg, iv, s->index[s->index_len - 1]), args, np,
                        LLVMTailCallKindNone, NULL);
    } else {
        args[0] = cg_recv_from_addr(cg, addr, t, s, m);
        CgFunc *tf = fi->cg;
        bool wrapped = cg_recover_wrap(cg, fi); /* recover in fi still works: cg_defer.c */
        r = cg_abi_call(cg, tf->fnty, tf->fn, args, np,
                        wrapped ? LLVMTailCallKindNoTail : LLVMTailCallKindNone, NULL);
    }
    cg_abi_ret(cg, r);
    cg_side_end(cg, &save);
    return fn;
}

LLVMValueRef cg_method_table(Cg *cg, Type *t, const char *qname, int64_t *count) {
    CgMeth *ms;
    int n = cg_method_set(t, &ms);
    *count = 0;
    if (n == 0) return LLVMConstNull(cg->t_ptr);
    LLVMTypeRef mty = cg_method_ty(cg);
    LLVMValueRef *elts = ARENA_ARRAY(LLVMValueRef, n);
    int k = 0;
    for (int i = 0; i < n; i++) {
        LLVMValueRef fn = cg_method_entry(cg, t, qname, &ms[i]);
        if (!fn) continue;
        const char *name = ms[i].m->name;
        /* the method's type without its receiver, as interfaces spell it */
        Type *sig = ms[i].m->type;
        Type *bare =
            types_new_signature(NULL, sig->sig.params, sig->sig.results, sig->sig.variadic);
        LLVMValueRef v[] = {cg_const_string(cg, name, (int64_t)strlen(name)),
                            cg_type_desc(cg, bare), fn};
        elts[k++] = LLVMConstNamedStruct(mty, v, 3);
    }
    *count = k;
    LLVMValueRef arr = LLVMConstArray2(mty, elts, (uint64_t)k);
    LLVMValueRef g = LLVMAddGlobal(cg->mod, LLVMTypeOf(arr), arena_printf("go:methods.%s", qname));
    LLVMSetInitializer(g, arr);
    LLVMSetGlobalConstant(g, 1);
    LLVMSetLinkage(g, LLVMLinkOnceODRLinkage);
    LLVMSetAlignment(g, 8);
    return g;
}

/* The itab of concrete type t for non-empty interface type it. */
LLVMValueRef cg_itab(Cg *cg, Type *t, Type *it) {
    const char *tq = cg_type_symname(t), *iq = cg_type_symname(it);
    const char *name = arena_printf("go:itab.%s,%s", tq, iq);
    LLVMValueRef g = LLVMGetNamedGlobal(cg->mod, name);
    if (g) return g;
    Type *iu = types_underlying(it);
    types_complete_interface(iu);
    int n = iu->iface.all.len;
    CgMeth *ms;
    int nm = cg_method_set(t, &ms);
    LLVMValueRef *fns = ARENA_ARRAY(LLVMValueRef, n + 1);
    for (int i = 0; i < n; i++) {
        Object *im = VEC_AT(iu->iface.all, i);
        fns[i] = LLVMConstNull(cg->t_ptr);
        for (int j = 0; j < nm; j++) {
            if (strcmp(ms[j].m->name, im->name) == 0) {
                LLVMValueRef fn = cg_method_entry(cg, t, tq, &ms[j]);
                if (fn) fns[i] = fn;
                break;
            }
        }
    }
    LLVMValueRef f[] = {cg_type_desc(cg, t), cg_type_desc(cg, it),
                        LLVMConstArray2(cg->t_ptr, fns, (uint64_t)n)};
    LLVMValueRef init = LLVMConstStructInContext(cg->ctx, f, 3, 0);
    g = LLVMAddGlobal(cg->mod, LLVMTypeOf(init), name);
    LLVMSetInitializer(g, init);
    LLVMSetGlobalConstant(g, 1);
    LLVMSetLinkage(g, LLVMLinkOnceODRLinkage);
    LLVMSetAlignment(g, 8);
    return g;
}

/* ---- calls through interfaces ------------------------------------------------------------ */

bool cg_is_iface_call(Node *call) {
    Node *fun = ast_unparen(call->call.fun);
    if (fun->kind != N_SELECTOR || !fun->selector.selection) return false;
    Selection *s = fun->selector.selection;
    if (s->kind != SEL_METHOD) return false;
    return types_is_interface(s->recv) || cg_sel_via_iface(s->recv, s);
}

LLVMValueRef cg_iface_call(Cg *cg, Node *call) {
    Node *fun = ast_unparen(call->call.fun);
    Selection *s = fun->selector.selection;
    Object *m = s->obj;
    Type *sig = m->type;
    Node *x = fun->selector.x;
    /* through embedded fields, cg_method_recv loads the interface field */
    LLVMValueRef iv = s->index_len == 1 ? cg_expr(cg, x) : cg_method_recv(cg, fun);
    if (!iv) return NULL;
    Vec *params = &sig->sig.params->tuple.vars;
    int np = params->len;
    LLVMValueRef *argv = ARENA_ARRAY(LLVMValueRef, np + 2);
    Vec *args = &call->call.args;
    if (sig->sig.variadic) {
        if (!cg_variadic_args(cg, call, sig, argv + 1)) return NULL; /* cg_slice.c */
    } else if (args->len == 1 && np > 1) {
        Node *inner = ast_unparen(VEC_AT(*args, 0));
        cg_call_multi(cg, inner, argv + 1, np);
        Type *tt = inner->type;
        for (int i = 0; i < np; i++) {
            if (!argv[i + 1]) return NULL;
            Type *from = ((Object *)VEC_AT(tt->tuple.vars, i))->type;
            argv[i + 1] = cg_convert(cg, argv[i + 1], from, ((Object *)VEC_AT(*params, i))->type);
        }
    } else {
        for (int i = 0; i < np && i < args->len; i++) {
            argv[i + 1] = cg_expr_to(cg, VEC_AT(*args, i), ((Object *)VEC_AT(*params, i))->type);
            if (!argv[i + 1]) return NULL;
        }
    }
    LLVMValueRef fn = cg_itab_fn(cg, iv, s->index[s->index_len - 1]);
    argv[0] = cg_word(cg, iv, 1);
    LLVMTypeRef fty = cg_iface_method_fnty(cg, sig);
    /* the method may call recover, which checks its caller's frame (cg_defer.c) */
    return cg_abi_call(cg, fty, fn, argv, (unsigned)np + 1, LLVMTailCallKindNoTail, NULL);
}
