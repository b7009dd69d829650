/* cg_types.c: Go types as LLVM types, constants, and type descriptors.
 *
 * The mapping follows DESIGN.md's Values table. LLVM types are cached in
 * Type.cg; named types share their underlying type's LLVM type but get a
 * descriptor of their own. Descriptors are constant globals in the
 * runtime's GoType layout (runtime/escgo_rt.h), named "type:<qualified
 * name>" with linkonce_odr linkage so identical types built twice by the
 * checker collapse into one symbol. */
#include <stdio.h>
#include <string.h>

#include "codegen/cg_internal.h"

typedef struct CgTypeInfo {
    LLVMTypeRef reg, mem;
    LLVMValueRef desc;
} CgTypeInfo;

void cg_types_init(Cg *cg) {
    LLVMContextRef c = cg->ctx;
    cg->t_void = LLVMVoidTypeInContext(c);
    cg->t_i1 = LLVMInt1TypeInContext(c);
    cg->t_i8 = LLVMInt8TypeInContext(c);
    cg->t_i16 = LLVMInt16TypeInContext(c);
    cg->t_i32 = LLVMInt32TypeInContext(c);
    cg->t_i64 = LLVMInt64TypeInContext(c);
    cg->t_f32 = LLVMFloatTypeInContext(c);
    cg->t_f64 = LLVMDoubleTypeInContext(c);
    cg->t_ptr = LLVMPointerTypeInContext(c, 0);
    LLVMTypeRef s[] = {cg->t_ptr, cg->t_i64};
    cg->t_string = LLVMStructTypeInContext(c, s, 2, 0);
    LLVMTypeRef e[] = {cg->t_ptr, cg->t_ptr};
    cg->t_eface = LLVMStructTypeInContext(c, e, 2, 0);
    LLVMTypeRef sl[] = {cg->t_ptr, cg->t_i64, cg->t_i64};
    cg->t_slice = LLVMStructTypeInContext(c, sl, 3, 0);
    /* GoType: size, hash, kind, align, flags, pad, name, elem, key, len,
     * fields, methods, nmethods, equal, hashfn */
    LLVMTypeRef gt[] = {cg->t_i64, cg->t_i32,    cg->t_i8,  cg->t_i8,  cg->t_i8,
                        cg->t_i8,  cg->t_string, cg->t_ptr, cg->t_ptr, cg->t_i64,
                        cg->t_ptr, cg->t_ptr,    cg->t_i64, cg->t_ptr, cg->t_ptr};
    cg->t_gotype = LLVMStructTypeInContext(c, gt, sizeof gt / sizeof gt[0], 0);
}

static CgTypeInfo *cg_tinfo(Type *t) {
    if (!t->cg) t->cg = ARENA_NEW(CgTypeInfo);
    return t->cg;
}

/* Untyped types should not reach codegen; fall back to the default type. */
static Type *cg_concrete(Type *t) {
    if (t && types_is_untyped(t)) return types_default(t);
    return t;
}

/* A named type met again inside itself (type S struct{ m map[int]S }) is
 * supported if the outer visit finds it so: the inner one answers yes
 * rather than exploring S again (exponentially, with several such fields). */
static bool cg_supported_depth(Type *t, int depth) {
    static Type *visiting[66];
    if (!t || depth > 64) return false;
    t = cg_concrete(t);
    if (t->kind == TY_NAMED) {
        for (int i = 0; i < depth; i++)
            if (visiting[i] == t) return true;
    }
    visiting[depth] = t;
    t = types_underlying(t);
    switch (t->kind) {
    case TY_BASIC: return t->basic.kind != B_UNTYPED_NIL && t->basic.kind != B_INVALID;
    case TY_POINTER: return true;                      /* what it points to is checked at use */
    case TY_SIGNATURE: return true;                    /* func values: cg_closure.c */
    case TY_SLICE: return true;                        /* cg_slice.c; elements are checked at use */
    case TY_CHAN: return true;                         /* cg_chan.c; elements are checked at use */
    case TY_INTERFACE: return !t->iface.is_constraint; /* cg_iface.c */
    case TY_MAP:                                       /* cg_map.c */
        return cg_supported_depth(t->map.key, depth + 1) &&
               cg_supported_depth(t->map.elem, depth + 1);
    case TY_ARRAY: return t->array.len >= 0 && cg_supported_depth(t->array.elem, depth + 1);
    case TY_STRUCT:
        for (int i = 0; i < t->strct.fields.len; i++)
            if (!cg_supported_depth(((Object *)VEC_AT(t->strct.fields, i))->type, depth + 1))
                return false;
        return true;
    default: return false;
    }
}

bool cg_type_supported(Type *t) {
    return cg_supported_depth(t, 0);
}

static LLVMTypeRef cg_basic_type(Cg *cg, Type *t) {
    switch (t->basic.kind) {
    case B_BOOL:
    case B_UNTYPED_BOOL: return cg->t_i1;
    case B_INT8:
    case B_UINT8: return cg->t_i8;
    case B_INT16:
    case B_UINT16: return cg->t_i16;
    case B_INT32:
    case B_UINT32:
    case B_UNTYPED_RUNE: return cg->t_i32;
    case B_INT:
    case B_INT64:
    case B_UINT:
    case B_UINT64:
    case B_UINTPTR:
    case B_UNTYPED_INT: return cg->t_i64;
    case B_FLOAT32: return cg->t_f32;
    case B_FLOAT64:
    case B_UNTYPED_FLOAT: return cg->t_f64;
    case B_COMPLEX64: {
        LLVMTypeRef f[] = {cg->t_f32, cg->t_f32};
        return LLVMStructTypeInContext(cg->ctx, f, 2, 0);
    }
    case B_COMPLEX128:
    case B_UNTYPED_COMPLEX: {
        LLVMTypeRef f[] = {cg->t_f64, cg->t_f64};
        return LLVMStructTypeInContext(cg->ctx, f, 2, 0);
    }
    case B_STRING:
    case B_UNTYPED_STRING: return cg->t_string;
    case B_UNSAFEPOINTER:
    case B_UNTYPED_NIL: return cg->t_ptr;
    default: return cg->t_i64;
    }
}

static LLVMTypeRef cg_type_uncached(Cg *cg, Type *t, bool mem) {
    Type *u = types_underlying(t);
    switch (u->kind) {
    case TY_BASIC:
        if (mem && (u->basic.kind == B_BOOL || u->basic.kind == B_UNTYPED_BOOL)) return cg->t_i8;
        return cg_basic_type(cg, u);
    case TY_POINTER:
    case TY_MAP:
    case TY_CHAN:
    case TY_SIGNATURE: return cg->t_ptr;
    case TY_SLICE: return cg->t_slice;
    case TY_INTERFACE: return cg->t_eface;
    case TY_ARRAY:
        return LLVMArrayType2(cg_memtype(cg, u->array.elem),
                              (uint64_t)(u->array.len < 0 ? 0 : u->array.len));
    case TY_STRUCT: {
        int n = u->strct.fields.len;
        LLVMTypeRef *f = ARENA_ARRAY(LLVMTypeRef, n + 1);
        for (int i = 0; i < n; i++)
            f[i] = cg_memtype(cg, ((Object *)VEC_AT(u->strct.fields, i))->type);
        return LLVMStructTypeInContext(cg->ctx, f, (unsigned)n, 0);
    }
    case TY_TUPLE: {
        int n = u->tuple.vars.len;
        if (n == 0) return cg->t_void;
        if (n == 1) return cg_type(cg, ((Object *)VEC_AT(u->tuple.vars, 0))->type);
        LLVMTypeRef *f = ARENA_ARRAY(LLVMTypeRef, n);
        for (int i = 0; i < n; i++)
            f[i] = cg_type(cg, ((Object *)VEC_AT(u->tuple.vars, i))->type);
        return LLVMStructTypeInContext(cg->ctx, f, (unsigned)n, 0);
    }
    default: return cg->t_i8;
    }
}

LLVMTypeRef cg_type(Cg *cg, Type *t) {
    t = cg_concrete(t);
    CgTypeInfo *ti = cg_tinfo(t);
    if (!ti->reg) ti->reg = cg_type_uncached(cg, t, false);
    return ti->reg;
}

LLVMTypeRef cg_memtype(Cg *cg, Type *t) {
    t = cg_concrete(t);
    CgTypeInfo *ti = cg_tinfo(t);
    if (!ti->mem) ti->mem = cg_type_uncached(cg, t, true);
    return ti->mem;
}

int64_t cg_sizeof(Cg *cg, Type *t) {
    (void)cg;
    return types_sizeof(cg_concrete(t));
}

static int cg_basic_info(Type *t) {
    t = t ? types_underlying(cg_concrete(t)) : NULL;
    return t && t->kind == TY_BASIC ? t->basic.info : 0;
}

bool cg_is_signed(Type *t) {
    int i = cg_basic_info(t);
    return (i & BI_INTEGER) && !(i & BI_UNSIGNED);
}
bool cg_is_unsigned(Type *t) {
    int i = cg_basic_info(t);
    return (i & BI_INTEGER) && (i & BI_UNSIGNED);
}
bool cg_is_float(Type *t) {
    return cg_basic_info(t) & BI_FLOAT;
}
bool cg_is_complex(Type *t) {
    return cg_basic_info(t) & BI_COMPLEX;
}
bool cg_is_string(Type *t) {
    return cg_basic_info(t) & BI_STRING;
}
bool cg_is_bool(Type *t) {
    return cg_basic_info(t) & BI_BOOLEAN;
}

int cg_int_bits(Type *t) {
    t = types_underlying(cg_concrete(t));
    if (t->kind != TY_BASIC) return 64;
    switch (t->basic.kind) {
    case B_INT8:
    case B_UINT8: return 8;
    case B_INT16:
    case B_UINT16: return 16;
    case B_INT32:
    case B_UINT32:
    case B_UNTYPED_RUNE: return 32;
    default: return 64;
    }
}

LLVMValueRef cg_zero(Cg *cg, Type *t) {
    return LLVMConstNull(cg_type(cg, t));
}

/* ---- constants ---------------------------------------------------------- */

LLVMValueRef cg_const_string(Cg *cg, const char *s, int64_t len) {
    if (len == 0) {
        LLVMValueRef f[] = {LLVMConstNull(cg->t_ptr), LLVMConstInt(cg->t_i64, 0, 0)};
        return LLVMConstNamedStruct(cg->t_string, f, 2);
    }
    LLVMValueRef data = LLVMConstStringInContext2(cg->ctx, s, (size_t)len, 1);
    char name[32];
    snprintf(name, sizeof name, "go:str.%u", cg->str_count++);
    LLVMValueRef g = LLVMAddGlobal(cg->mod, LLVMTypeOf(data), name);
    LLVMSetInitializer(g, data);
    LLVMSetGlobalConstant(g, 1);
    LLVMSetLinkage(g, LLVMPrivateLinkage);
    LLVMSetUnnamedAddress(g, LLVMGlobalUnnamedAddr);
    LLVMSetAlignment(g, 1);
    LLVMValueRef f[] = {g, LLVMConstInt(cg->t_i64, (unsigned long long)len, 0)};
    return LLVMConstNamedStruct(cg->t_string, f, 2);
}

static LLVMValueRef cg_const_real(Cg *cg, mpq_t q, bool f32) {
    ConstVal tmp;
    memset(&tmp, 0, sizeof tmp);
    tmp.kind = CONST_FLOAT;
    mpq_init(tmp.f);
    mpq_set(tmp.f, q);
    double d = f32 ? (double)const_float32(&tmp) : const_float64(&tmp);
    mpq_clear(tmp.f);
    return LLVMConstReal(f32 ? cg->t_f32 : cg->t_f64, d);
}

LLVMValueRef cg_const(Cg *cg, ConstVal *v, Type *t) {
    t = cg_concrete(t);
    Type *u = types_underlying(t);
    LLVMTypeRef ty = cg_type(cg, t);
    if (!v || v->kind == CONST_UNKNOWN || u->kind != TY_BASIC) return LLVMConstNull(ty);
    int info = u->basic.info;
    if (info & BI_BOOLEAN) return LLVMConstInt(ty, v->kind == CONST_BOOL && v->b, 0);
    if (info & BI_STRING) {
        if (v->kind == CONST_STRING) return cg_const_string(cg, v->str.ptr, v->str.len);
        return cg_const_string(cg, "", 0);
    }
    if (info & BI_INTEGER) {
        ConstVal *iv = v->kind == CONST_INT ? v : const_to_int(v);
        if (!iv) return LLVMConstNull(ty);
        return LLVMConstInt(ty, const_uint64(iv), 0);
    }
    if (info & BI_FLOAT) {
        bool f32 = u->basic.kind == B_FLOAT32;
        if (v->kind == CONST_INT) {
            ConstVal *fv = const_to_float(v);
            if (fv) v = fv;
        }
        if (v->kind == CONST_FLOAT || v->kind == CONST_COMPLEX) return cg_const_real(cg, v->f, f32);
        if (v->kind == CONST_INT) return LLVMConstReal(ty, (double)const_int64(v));
        return LLVMConstNull(ty);
    }
    if (info & BI_COMPLEX) {
        bool f32 = u->basic.kind == B_COMPLEX64;
        ConstVal *cv = v->kind == CONST_COMPLEX ? v : const_to_complex(v);
        if (!cv) return LLVMConstNull(ty);
        LLVMValueRef f[] = {cg_const_real(cg, cv->f, f32), cg_const_real(cg, cv->imag, f32)};
        return LLVMConstNamedStruct(ty, f, 2);
    }
    return LLVMConstNull(ty);
}

/* ---- type descriptors --------------------------------------------------- */

/* The cache and the symbol live here; cg_typedesc.c fills the global in. */
LLVMValueRef cg_type_desc(Cg *cg, Type *t) {
    t = cg_concrete(t);
    CgTypeInfo *ti = cg_tinfo(t);
    if (ti->desc) return ti->desc;
    const char *qname = types_string_qualified(t);
    const char *sym = arena_printf("type:%s", cg_type_symname(t)); /* cg_typedesc.c */
    LLVMValueRef g = LLVMGetNamedGlobal(cg->mod, sym);
    if (g) {
        ti->desc = g;
        return g;
    }
    g = LLVMAddGlobal(cg->mod, cg->t_gotype, sym);
    ti->desc = g; /* before recursing: descriptors may refer to themselves */
    cg_typedesc_init(cg, t, g, qname);
    return g;
}
