/* cg_typedesc.c: type descriptors — the contents of the "type:<name>"
 * globals (GoType in runtime/escgo_rt.h) and the per-type equality and
 * hash functions they point to.
 *
 * cg_types.c owns the cache and the global's name; this file fills the
 * global in. Everything a run-time reader needs is here: the kind, size
 * and flags, element/key descriptors, a struct's field table (fmt prints
 * structs from it), the method table (interfaces, type assertions and the
 * panic printer's Error/String lookup read it) and the equal/hash
 * functions (maps and interface comparison call them).
 *
 * Equality and hashing use the runtime's functions for basic kinds and
 * for structs and arrays that are plain memory (no padding, no floats,
 * strings or interfaces, no blank fields); any other comparable struct or
 * array gets "go:eq.<name>" / "go:hash.<name>" generated here in IR, which
 * compare or hash field by field (element by element in a loop), skipping
 * blank fields as Go's == does. */
#include <stdio.h>
#include <string.h>

#include "codegen/cg_internal.h"

/* ---- kinds and flags --------------------------------------------------- */

int cg_go_kind(Type *t) {
    Type *u = types_underlying(t);
    switch (u->kind) {
    case TY_BASIC:
        switch (u->basic.kind) {
        case B_BOOL: return 1;
        case B_INT: return 2;
        case B_INT8: return 3;
        case B_INT16: return 4;
        case B_INT32: return 5;
        case B_INT64: return 6;
        case B_UINT: return 7;
        case B_UINT8: return 8;
        case B_UINT16: return 9;
        case B_UINT32: return 10;
        case B_UINT64: return 11;
        case B_UINTPTR: return 12;
        case B_FLOAT32: return 13;
        case B_FLOAT64: return 14;
        case B_COMPLEX64: return 15;
        case B_COMPLEX128: return 16;
        case B_STRING: return 24;
        case B_UNSAFEPOINTER: return 26;
        default: return 0;
        }
    case TY_ARRAY: return 17;
    case TY_CHAN: return 18;
    case TY_SIGNATURE: return 19;
    case TY_INTERFACE: return 20;
    case TY_MAP: return 21;
    case TY_POINTER: return 22;
    case TY_SLICE: return 23;
    case TY_STRUCT: return 25;
    default: return 0;
    }
}

/* gc's isdirectiface (escape/ uses the same rule): pointer-shaped values,
 * and structs/arrays holding exactly one of them, are the data word of an
 * interface themselves; everything else is boxed. */
bool cg_direct_iface(Type *t) {
    Type *u = types_underlying(t);
    switch (u->kind) {
    case TY_POINTER:
    case TY_MAP:
    case TY_CHAN:
    case TY_SIGNATURE: return true;
    case TY_BASIC: return u->basic.kind == B_UNSAFEPOINTER;
    case TY_ARRAY: return u->array.len == 1 && cg_direct_iface(u->array.elem);
    case TY_STRUCT:
        return u->strct.fields.len == 1 &&
               cg_direct_iface(((Object *)VEC_AT(u->strct.fields, 0))->type);
    default: return false;
    }
}

static uint32_t cg_fnv32(const char *s) {
    uint32_t h = 2166136261u;
    for (; *s; s++) {
        h ^= (uint8_t)*s;
        h *= 16777619u;
    }
    return h;
}

/* ---- equality and hash functions ----------------------------------------- */

static LLVMTypeRef cg_eq_fnty(Cg *cg) {
    LLVMTypeRef p[] = {cg->t_ptr, cg->t_ptr};
    return LLVMFunctionType(cg->t_i1, p, 2, 0);
}

static LLVMTypeRef cg_hash_fnty(Cg *cg) {
    LLVMTypeRef p[] = {cg->t_ptr, cg->t_i64};
    return LLVMFunctionType(cg->t_i64, p, 2, 0);
}

static void cg_zeroext_ret(Cg *cg, LLVMValueRef fn) {
    unsigned k = LLVMGetEnumAttributeKindForName("zeroext", 7);
    LLVMAddAttributeAtIndex(fn, LLVMAttributeReturnIndex, LLVMCreateEnumAttribute(cg->ctx, k, 0));
}

static LLVMValueRef cg_rt_fn(Cg *cg, const char *name, LLVMTypeRef fty, bool eq) {
    LLVMValueRef fn = LLVMGetNamedFunction(cg->mod, name);
    if (!fn) {
        fn = LLVMAddFunction(cg->mod, name, fty);
        if (eq) cg_zeroext_ret(cg, fn);
    }
    return fn;
}

/* Whether == on t is == on its bytes. */
static bool cg_plain_memory(Type *t) {
    Type *u = types_underlying(t);
    switch (u->kind) {
    case TY_BASIC: {
        int info = u->basic.info;
        return (info & (BI_INTEGER | BI_BOOLEAN)) || u->basic.kind == B_UNSAFEPOINTER;
    }
    case TY_POINTER:
    case TY_CHAN: return true;
    case TY_ARRAY: return cg_plain_memory(u->array.elem);
    case TY_STRUCT: {
        int64_t sum = 0;
        for (int i = 0; i < u->strct.fields.len; i++) {
            Object *f = VEC_AT(u->strct.fields, i);
            if (strcmp(f->name, "_") == 0 || !cg_plain_memory(f->type)) return false;
            sum += types_sizeof(f->type);
        }
        return sum == types_sizeof(u);
    }
    default: return false;
    }
}

/* The runtime function suffix for t's equal/hash, or NULL when codegen
 * must generate them. */
static const char *cg_rt_suffix(Type *t) {
    Type *u = types_underlying(t);
    if (u->kind == TY_INTERFACE) {
        types_complete_interface(u);
        return u->iface.all.len == 0 ? "interface" : "iface";
    }
    if (u->kind == TY_BASIC) {
        switch (u->basic.kind) {
        case B_STRING: return "string";
        case B_FLOAT32: return "float32";
        case B_FLOAT64: return "float64";
        case B_COMPLEX64: return "complex64";
        case B_COMPLEX128: return "complex128";
        default: break;
        }
    }
    if (cg_plain_memory(t)) {
        switch (types_sizeof(t)) {
        case 0: return "mem0";
        case 1: return "mem8";
        case 2: return "mem16";
        case 4: return "mem32";
        case 8: return "mem64";
        case 16: return "mem128";
        default: return NULL;
        }
    }
    return NULL;
}

static LLVMValueRef cg_gen_eq(Cg *cg, Type *t, const char *qname);
static LLVMValueRef cg_gen_hash(Cg *cg, Type *t, const char *qname);

/* t's equality function (an LLVM function), or NULL if t is not
 * comparable. */
LLVMValueRef cg_type_equal_fn(Cg *cg, Type *t) {
    if (!types_comparable(t)) return NULL;
    const char *sfx = cg_rt_suffix(t);
    if (sfx) return cg_rt_fn(cg, arena_printf("escgo_equal_%s", sfx), cg_eq_fnty(cg), true);
    return cg_gen_eq(cg, t, cg_type_symname(t));
}

LLVMValueRef cg_type_hash_fn(Cg *cg, Type *t) {
    if (!types_comparable(t)) return NULL;
    const char *sfx = cg_rt_suffix(t);
    if (sfx) return cg_rt_fn(cg, arena_printf("escgo_hash_%s", sfx), cg_hash_fnty(cg), false);
    return cg_gen_hash(cg, t, cg_type_symname(t));
}

static LLVMValueRef cg_new_helper(Cg *cg, const char *name, LLVMTypeRef fty, bool *existed) {
    LLVMValueRef fn = LLVMGetNamedFunction(cg->mod, name);
    *existed = fn != NULL;
    if (fn) return fn;
    fn = LLVMAddFunction(cg->mod, name, fty);
    LLVMSetLinkage(fn, LLVMLinkOnceODRLinkage);
    unsigned k = LLVMGetEnumAttributeKindForName("nounwind", 8);
    LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(cg->ctx, k, 0));
    return fn;
}

static LLVMValueRef cg_gep8(Cg *cg, LLVMBuilderRef b, LLVMValueRef p, int64_t off) {
    if (off == 0) return p;
    LLVMValueRef o = LLVMConstInt(cg->t_i64, (unsigned long long)off, 0);
    return LLVMBuildInBoundsGEP2(b, cg->t_i8, p, &o, 1, "");
}

static void cg_no_dbg(LLVMBuilderRef b) {
    LLVMSetCurrentDebugLocation2(b, NULL);
}

/* Plain memory of an odd size: memcmp / escgo_hash_bytes. */
static LLVMValueRef cg_gen_mem_eq(Cg *cg, LLVMValueRef fn, int64_t size) {
    LLVMBuilderRef b = LLVMCreateBuilderInContext(cg->ctx);
    cg_no_dbg(b);
    LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(cg->ctx, fn, "entry"));
    LLVMTypeRef pt[] = {cg->t_ptr, cg->t_ptr, cg->t_i64};
    LLVMTypeRef mty = LLVMFunctionType(cg->t_i32, pt, 3, 0);
    LLVMValueRef memcmp = cg_rt_fn(cg, "memcmp", mty, false);
    LLVMValueRef a[] = {LLVMGetParam(fn, 0), LLVMGetParam(fn, 1),
                        LLVMConstInt(cg->t_i64, (unsigned long long)size, 0)};
    LLVMValueRef r = LLVMBuildCall2(b, mty, memcmp, a, 3, "");
    LLVMBuildRet(b, LLVMBuildICmp(b, LLVMIntEQ, r, LLVMConstInt(cg->t_i32, 0, 0), ""));
    LLVMDisposeBuilder(b);
    return fn;
}

static LLVMValueRef cg_gen_eq(Cg *cg, Type *t, const char *qname) {
    bool existed;
    LLVMValueRef fn = cg_new_helper(cg, arena_printf("go:eq.%s", qname), cg_eq_fnty(cg), &existed);
    if (existed) return fn;
    cg_zeroext_ret(cg, fn);
    if (cg_plain_memory(t)) return cg_gen_mem_eq(cg, fn, types_sizeof(t));
    Type *u = types_underlying(t);
    LLVMTypeRef eqty = cg_eq_fnty(cg);
    LLVMBuilderRef b = LLVMCreateBuilderInContext(cg->ctx);
    cg_no_dbg(b);
    LLVMBasicBlockRef entry = LLVMAppendBasicBlockInContext(cg->ctx, fn, "entry");
    LLVMBasicBlockRef no = LLVMAppendBasicBlockInContext(cg->ctx, fn, "ne");
    LLVMValueRef pa = LLVMGetParam(fn, 0), pb = LLVMGetParam(fn, 1);
    LLVMPositionBuilderAtEnd(b, no);
    LLVMBuildRet(b, LLVMConstInt(cg->t_i1, 0, 0));
    LLVMPositionBuilderAtEnd(b, entry);
    if (u->kind == TY_STRUCT) {
        for (int i = 0; i < u->strct.fields.len; i++) {
            Object *f = VEC_AT(u->strct.fields, i);
            if (strcmp(f->name, "_") == 0 || types_sizeof(f->type) == 0) continue;
            int64_t off = types_offsetof(u, i);
            LLVMValueRef ffn = cg_type_equal_fn(cg, f->type);
            LLVMValueRef a[] = {cg_gep8(cg, b, pa, off), cg_gep8(cg, b, pb, off)};
            LLVMValueRef r = LLVMBuildCall2(b, eqty, ffn, a, 2, "");
            LLVMBasicBlockRef next = LLVMAppendBasicBlockInContext(cg->ctx, fn, "next");
            LLVMBuildCondBr(b, r, next, no);
            LLVMPositionBuilderAtEnd(b, next);
        }
        LLVMBuildRet(b, LLVMConstInt(cg->t_i1, 1, 0));
    } else { /* array: a loop over the elements */
        Type *et = u->array.elem;
        int64_t es = types_sizeof(et);
        LLVMValueRef efn = cg_type_equal_fn(cg, et);
        LLVMBasicBlockRef head = LLVMAppendBasicBlockInContext(cg->ctx, fn, "head");
        LLVMBasicBlockRef body = LLVMAppendBasicBlockInContext(cg->ctx, fn, "body");
        LLVMBasicBlockRef yes = LLVMAppendBasicBlockInContext(cg->ctx, fn, "eq");
        LLVMBuildBr(b, head);
        LLVMPositionBuilderAtEnd(b, head);
        LLVMValueRef i = LLVMBuildPhi(b, cg->t_i64, "i");
        LLVMValueRef more = LLVMBuildICmp(
            b, LLVMIntULT, i, LLVMConstInt(cg->t_i64, (unsigned long long)u->array.len, 0), "");
        LLVMBuildCondBr(b, more, body, yes);
        LLVMPositionBuilderAtEnd(b, body);
        LLVMValueRef off =
            LLVMBuildMul(b, i, LLVMConstInt(cg->t_i64, (unsigned long long)es, 0), "");
        LLVMValueRef a[] = {LLVMBuildInBoundsGEP2(b, cg->t_i8, pa, &off, 1, ""),
                            LLVMBuildInBoundsGEP2(b, cg->t_i8, pb, &off, 1, "")};
        LLVMValueRef r = LLVMBuildCall2(b, eqty, efn, a, 2, "");
        LLVMValueRef i1 = LLVMBuildAdd(b, i, LLVMConstInt(cg->t_i64, 1, 0), "");
        LLVMBasicBlockRef body_end = LLVMGetInsertBlock(b);
        LLVMBuildCondBr(b, r, head, no);
        LLVMValueRef iv[] = {LLVMConstInt(cg->t_i64, 0, 0), i1};
        LLVMBasicBlockRef ib[] = {entry, body_end};
        LLVMAddIncoming(i, iv, ib, 2);
        LLVMPositionBuilderAtEnd(b, yes);
        LLVMBuildRet(b, LLVMConstInt(cg->t_i1, 1, 0));
    }
    LLVMDisposeBuilder(b);
    return fn;
}

static LLVMValueRef cg_gen_hash(Cg *cg, Type *t, const char *qname) {
    bool existed;
    LLVMValueRef fn =
        cg_new_helper(cg, arena_printf("go:hash.%s", qname), cg_hash_fnty(cg), &existed);
    if (existed) return fn;
    LLVMTypeRef hty = cg_hash_fnty(cg);
    LLVMBuilderRef b = LLVMCreateBuilderInContext(cg->ctx);
    cg_no_dbg(b);
    LLVMBasicBlockRef entry = LLVMAppendBasicBlockInContext(cg->ctx, fn, "entry");
    LLVMPositionBuilderAtEnd(b, entry);
    LLVMValueRef p = LLVMGetParam(fn, 0), seed = LLVMGetParam(fn, 1);
    if (cg_plain_memory(t)) {
        LLVMTypeRef pt[] = {cg->t_ptr, cg->t_i64, cg->t_i64};
        LLVMTypeRef bty = LLVMFunctionType(cg->t_i64, pt, 3, 0);
        LLVMValueRef hb = cg_rt_fn(cg, "escgo_hash_bytes", bty, false);
        LLVMValueRef a[] = {p, LLVMConstInt(cg->t_i64, (unsigned long long)types_sizeof(t), 0),
                            seed};
        LLVMBuildRet(b, LLVMBuildCall2(b, bty, hb, a, 3, ""));
        LLVMDisposeBuilder(b);
        return fn;
    }
    Type *u = types_underlying(t);
    if (u->kind == TY_STRUCT) {
        for (int i = 0; i < u->strct.fields.len; i++) {
            Object *f = VEC_AT(u->strct.fields, i);
            if (strcmp(f->name, "_") == 0 || types_sizeof(f->type) == 0) continue;
            LLVMValueRef ffn = cg_type_hash_fn(cg, f->type);
            LLVMValueRef a[] = {cg_gep8(cg, b, p, types_offsetof(u, i)), seed};
            seed = LLVMBuildCall2(b, hty, ffn, a, 2, "");
        }
        LLVMBuildRet(b, seed);
    } else {
        Type *et = u->array.elem;
        int64_t es = types_sizeof(et);
        LLVMValueRef efn = cg_type_hash_fn(cg, et);
        LLVMBasicBlockRef head = LLVMAppendBasicBlockInContext(cg->ctx, fn, "head");
        LLVMBasicBlockRef body = LLVMAppendBasicBlockInContext(cg->ctx, fn, "body");
        LLVMBasicBlockRef done = LLVMAppendBasicBlockInContext(cg->ctx, fn, "done");
        LLVMBuildBr(b, head);
        LLVMPositionBuilderAtEnd(b, head);
        LLVMValueRef i = LLVMBuildPhi(b, cg->t_i64, "i");
        LLVMValueRef h = LLVMBuildPhi(b, cg->t_i64, "h");
        LLVMValueRef more = LLVMBuildICmp(
            b, LLVMIntULT, i, LLVMConstInt(cg->t_i64, (unsigned long long)u->array.len, 0), "");
        LLVMBuildCondBr(b, more, body, done);
        LLVMPositionBuilderAtEnd(b, body);
        LLVMValueRef off =
            LLVMBuildMul(b, i, LLVMConstInt(cg->t_i64, (unsigned long long)es, 0), "");
        LLVMValueRef a[] = {LLVMBuildInBoundsGEP2(b, cg->t_i8, p, &off, 1, ""), h};
        LLVMValueRef h2 = LLVMBuildCall2(b, hty, efn, a, 2, "");
        LLVMValueRef i1 = LLVMBuildAdd(b, i, LLVMConstInt(cg->t_i64, 1, 0), "");
        LLVMBuildBr(b, head);
        LLVMValueRef iv[] = {LLVMConstInt(cg->t_i64, 0, 0), i1};
        LLVMValueRef hv[] = {seed, h2};
        LLVMBasicBlockRef ib[] = {entry, body};
        LLVMAddIncoming(i, iv, ib, 2);
        LLVMAddIncoming(h, hv, ib, 2);
        LLVMPositionBuilderAtEnd(b, done);
        LLVMBuildRet(b, h);
    }
    LLVMDisposeBuilder(b);
    return fn;
}

/* ---- tables ------------------------------------------------------------------- */

static LLVMValueRef cg_const_global(Cg *cg, LLVMValueRef init, const char *name) {
    LLVMValueRef g = LLVMAddGlobal(cg->mod, LLVMTypeOf(init), name);
    LLVMSetInitializer(g, init);
    LLVMSetGlobalConstant(g, 1);
    LLVMSetLinkage(g, LLVMLinkOnceODRLinkage);
    LLVMSetAlignment(g, 8);
    return g;
}

static LLVMTypeRef cg_field_ty(Cg *cg) {
    LLVMTypeRef f[] = {cg->t_string, cg->t_ptr, cg->t_i64, cg->t_i8, cg->t_i8};
    return LLVMStructTypeInContext(cg->ctx, f, 5, 0);
}

LLVMTypeRef cg_method_ty(Cg *cg) {
    LLVMTypeRef f[] = {cg->t_string, cg->t_ptr, cg->t_ptr};
    return LLVMStructTypeInContext(cg->ctx, f, 3, 0);
}

static LLVMValueRef cg_fields_table(Cg *cg, Type *u, const char *qname) {
    int n = u->strct.fields.len;
    if (n == 0) return LLVMConstNull(cg->t_ptr);
    const char *name = arena_printf("go:fields.%s", qname);
    LLVMValueRef g = LLVMGetNamedGlobal(cg->mod, name);
    if (g) return g;
    LLVMTypeRef fty = cg_field_ty(cg);
    LLVMValueRef *elts = ARENA_ARRAY(LLVMValueRef, n);
    for (int i = 0; i < n; i++) {
        Object *f = VEC_AT(u->strct.fields, i);
        LLVMValueRef v[] = {
            cg_const_string(cg, f->name, (int64_t)strlen(f->name)),
            cg_type_desc(cg, f->type),
            LLVMConstInt(cg->t_i64, (unsigned long long)types_offsetof(u, i), 0),
            LLVMConstInt(cg->t_i8, f->var.embedded ? 1 : 0, 0),
            LLVMConstInt(cg->t_i8, types_is_exported(f->name) ? 1 : 0, 0),
        };
        elts[i] = LLVMConstNamedStruct(fty, v, 5);
    }
    return cg_const_global(cg, LLVMConstArray2(fty, elts, (uint64_t)n), name);
}

/* An interface type's own method table: names and signatures, fn NULL
 * (the run-time itab builder matches them against a concrete type's). */
static LLVMValueRef cg_iface_method_table(Cg *cg, Type *u, const char *qname, int64_t *count) {
    types_complete_interface(u);
    int n = u->iface.all.len;
    *count = n;
    if (n == 0) return LLVMConstNull(cg->t_ptr);
    LLVMTypeRef mty = cg_method_ty(cg);
    LLVMValueRef *elts = ARENA_ARRAY(LLVMValueRef, n);
    for (int i = 0; i < n; i++) {
        Object *m = VEC_AT(u->iface.all, i);
        LLVMValueRef v[] = {cg_const_string(cg, m->name, (int64_t)strlen(m->name)),
                            cg_type_desc(cg, m->type), LLVMConstNull(cg->t_ptr)};
        elts[i] = LLVMConstNamedStruct(mty, v, 3);
    }
    return cg_const_global(cg, LLVMConstArray2(mty, elts, (uint64_t)n),
                           arena_printf("go:imethods.%s", qname));
}

/* ---- the descriptor ------------------------------------------------------------ */

void cg_typedesc_init(Cg *cg, Type *t, LLVMValueRef g, const char *qname) {
    Type *u = types_underlying(t);
    const char *sym = cg_type_symname(t); /* for the tables' symbols */
    LLVMValueRef nullp = LLVMConstNull(cg->t_ptr);
    LLVMValueRef elem = nullp, key = nullp, fields = nullp, methods = nullp;
    int64_t len = 0, nmethods = 0;
    switch (u->kind) {
    case TY_POINTER: elem = cg_type_desc(cg, u->pointer.elem); break;
    case TY_SLICE: elem = cg_type_desc(cg, u->slice.elem); break;
    case TY_ARRAY:
        elem = cg_type_desc(cg, u->array.elem);
        len = u->array.len;
        break;
    case TY_CHAN: elem = cg_type_desc(cg, u->chan.elem); break;
    case TY_MAP:
        key = cg_type_desc(cg, u->map.key);
        elem = cg_type_desc(cg, u->map.elem);
        break;
    case TY_STRUCT:
        len = u->strct.fields.len;
        fields = cg_fields_table(cg, u, sym);
        break;
    case TY_SIGNATURE: /* runtime.SetFinalizer checks the first parameter */
        len = u->sig.params->tuple.vars.len;
        if (len > 0)
            elem = cg_type_desc(cg, ((Object *)VEC_AT(u->sig.params->tuple.vars, 0))->type);
        break;
    case TY_INTERFACE: methods = cg_iface_method_table(cg, u, sym, &nmethods); break;
    default: break;
    }
    if (u->kind != TY_INTERFACE) methods = cg_method_table(cg, t, sym, &nmethods);
    LLVMValueRef eq = cg_type_equal_fn(cg, t), hash = cg_type_hash_fn(cg, t);
    int flags = 0;
    if (types_has_pointers(t)) flags |= 1;
    if (types_comparable(t)) flags |= 2;
    if (cg_direct_iface(t)) flags |= 4;
    if (t->kind == TY_NAMED) flags |= 8;
    LLVMValueRef f[] = {
        LLVMConstInt(cg->t_i64, (unsigned long long)types_sizeof(t), 0),
        LLVMConstInt(cg->t_i32, cg_fnv32(qname), 0),
        LLVMConstInt(cg->t_i8, (unsigned long long)cg_go_kind(t), 0),
        LLVMConstInt(cg->t_i8, (unsigned long long)types_alignof(t), 0),
        LLVMConstInt(cg->t_i8, (unsigned long long)flags, 0),
        LLVMConstInt(cg->t_i8, 0, 0),
        cg_const_string(cg, qname, (int64_t)strlen(qname)),
        elem,
        key,
        LLVMConstInt(cg->t_i64, (unsigned long long)len, 0),
        fields,
        methods,
        LLVMConstInt(cg->t_i64, (unsigned long long)nmethods, 0),
        eq ? eq : nullp,
        hash ? hash : nullp,
    };
    LLVMSetInitializer(g, LLVMConstNamedStruct(cg->t_gotype, f, sizeof f / sizeof f[0]));
    LLVMSetGlobalConstant(g, 1);
    LLVMSetLinkage(g, LLVMLinkOnceODRLinkage);
    LLVMSetAlignment(g, 8);
}

/* ---- symbol names ------------------------------------------------------------ */

/* Whether t mentions a type declared inside a function: such types print
 * like package-level ones ("main.T") but are distinct per declaration. */
static bool cg_has_local_type(Type *t, int depth) {
    if (!t || depth > 16) return false;
    switch (t->kind) {
    case TY_NAMED: {
        Object *o = t->named.obj;
        return o && o->pkg && o->parent && o->parent != o->pkg->scope;
    }
    case TY_POINTER: return cg_has_local_type(t->pointer.elem, depth + 1);
    case TY_SLICE: return cg_has_local_type(t->slice.elem, depth + 1);
    case TY_ARRAY: return cg_has_local_type(t->array.elem, depth + 1);
    case TY_CHAN: return cg_has_local_type(t->chan.elem, depth + 1);
    case TY_MAP:
        return cg_has_local_type(t->map.key, depth + 1) ||
               cg_has_local_type(t->map.elem, depth + 1);
    case TY_STRUCT:
        for (int i = 0; i < t->strct.fields.len; i++)
            if (cg_has_local_type(((Object *)VEC_AT(t->strct.fields, i))->type, depth + 1))
                return true;
        return false;
    case TY_TUPLE:
        for (int i = 0; i < t->tuple.vars.len; i++)
            if (cg_has_local_type(((Object *)VEC_AT(t->tuple.vars, i))->type, depth + 1))
                return true;
        return false;
    case TY_SIGNATURE:
        return cg_has_local_type(t->sig.params, depth + 1) ||
               cg_has_local_type(t->sig.results, depth + 1);
    case TY_INTERFACE:
        types_complete_interface(t);
        for (int i = 0; i < t->iface.all.len; i++)
            if (cg_has_local_type(((Object *)VEC_AT(t->iface.all, i))->type, depth + 1))
                return true;
        return false;
    default: return false;
    }
}

/* Types with local named types, each with its unique symbol suffix. */
static Vec cg_local_types; /* Type* */

const char *cg_type_symname(Type *t) {
    const char *q = types_string_qualified(t);
    if (!cg_has_local_type(t, 0)) return q;
    int k = -1;
    for (int i = 0; i < cg_local_types.len && k < 0; i++)
        if (types_identical(VEC_AT(cg_local_types, i), t)) k = i;
    if (k < 0) {
        k = cg_local_types.len;
        vec_push(&cg_local_types, t);
    }
    return arena_printf("%s#%d", q, k);
}
