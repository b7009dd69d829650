/* cg_debug.c: DWARF through LLVM's DIBuilder, emitted for every build
 * unless -g0, so that gdb, perf and addr2line understand escgo's binaries.
 *
 * What goes in:
 *  - one compile unit, language DW_LANG_Go, producer "escgo"; each source
 *    file under the name it was given (relative stays relative) with the
 *    compilation directory beside it, so debuggers find it from there;
 *  - a subprogram per function, named as Go names it ("main.f",
 *    "main.(*T).M") because gdb's Go mode and perf show DW_AT_name;
 *  - a location on every statement (calls take their statement's line);
 *  - every named local variable and parameter with its Go type, in the
 *    lexical block of the Go block that declares it, so gdb's "print x"
 *    and "info locals" work and tell shadowed names apart. In optimized
 *    builds LLVM carries the declarations through mem2reg as value
 *    locations; where a value is gone gdb says "<optimized out>". The
 *    generated code is the same with and without them (checked on the
 *    benchmarks: identical .text), and compile time barely moves.
 *
 * Helper functions generated on the side (wrappers, equality functions)
 * get an artificial subprogram in cg_debug_finish, and every call gets a
 * location: LLVM's verifier rejects a call without !dbg to a function with
 * debug info from one with debug info, because inlining could not say
 * where the inlined code came from. DWARF version 4, which gdb, perf and
 * addr2line all read. */
#include <limits.h>
#include <string.h>
#include <unistd.h>

#include "codegen/cg_internal.h"

/* DWARF constants the C API leaves to the caller. */
enum {
    DW_ATE_boolean = 0x02,
    DW_ATE_complex_float = 0x03,
    DW_ATE_float = 0x04,
    DW_ATE_signed = 0x05,
    DW_ATE_unsigned = 0x07,
    DW_TAG_structure_type = 0x13,
    DW_OP_deref = 0x06,
};

/* The compilation directory, so that debuggers find relative source
 * paths from anywhere. */
static const char *cg_cwd(void) {
    static char buf[PATH_MAX];
    if (!buf[0] && !getcwd(buf, sizeof buf)) strcpy(buf, ".");
    return buf;
}

static LLVMMetadataRef cg_di_file(Cg *cg, int idx) {
    if (idx < 0) idx = 0;
    while (cg->di_files.len <= idx)
        vec_push(&cg->di_files, NULL);
    if (!cg->di_files.items[idx]) {
        const char *path = src_file_name(idx);
        if (!path) path = "?";
        const char *cwd = cg_cwd();
        cg->di_files.items[idx] =
            LLVMDIBuilderCreateFile(cg->dib, path, strlen(path), cwd, strlen(cwd));
    }
    return cg->di_files.items[idx];
}

void cg_debug_init(Cg *cg) {
    /* declares are debug records, not intrinsic calls, in LLVM 19 */
    LLVMSetIsNewDbgInfoFormat(cg->mod, 1);
    cg->dib = LLVMCreateDIBuilder(cg->mod);
    /* Debug types by Type*: the checker may build an unnamed type several
     * times, which only duplicates a DIE; named types are unique. */
    cg->di_types = ARENA_NEW(PtrMap);
    LLVMAddModuleFlag(cg->mod, LLVMModuleFlagBehaviorWarning, "Dwarf Version", 13,
                      LLVMValueAsMetadata(LLVMConstInt(cg->t_i32, 4, 0)));
    LLVMAddModuleFlag(cg->mod, LLVMModuleFlagBehaviorWarning, "Debug Info Version", 18,
                      LLVMValueAsMetadata(LLVMConstInt(cg->t_i32, LLVMDebugMetadataVersion(), 0)));
    int idx = 0;
    Package *main = cg->prog->main;
    if (main && main->files.len > 0) {
        Node *f = VEC_AT(main->files, 0);
        if (pos_valid(f->pos)) idx = f->pos.file;
    }
    LLVMMetadataRef file = cg_di_file(cg, idx);
    const char *producer = "escgo";
    cg->di_cu = LLVMDIBuilderCreateCompileUnit(cg->dib, LLVMDWARFSourceLanguageGo, file, producer,
                                               strlen(producer), cg->opts->opt_level > 0, "", 0, 0,
                                               "", 0, LLVMDWARFEmissionFull, 0, 0, 0, "", 0, "", 0);
}

/* ---- types ------------------------------------------------------------------- */

static LLVMMetadataRef di_type(Cg *cg, Type *t);

static uint64_t di_bits(Type *t) {
    int64_t s = types_sizeof(t);
    return s > 0 ? (uint64_t)s * 8 : 0;
}

static uint32_t di_align(Type *t) {
    int64_t a = types_alignof(t);
    return a > 0 ? (uint32_t)a * 8 : 8;
}

static LLVMMetadataRef di_member(Cg *cg, LLVMMetadataRef file, const char *name, Type *t,
                                 uint64_t offset_bytes) {
    return LLVMDIBuilderCreateMemberType(cg->dib, NULL, name, strlen(name), file, 0, di_bits(t),
                                         di_align(t), offset_bytes * 8, LLVMDIFlagZero,
                                         di_type(cg, t));
}

static LLVMMetadataRef di_struct(Cg *cg, const char *name, Type *t, LLVMMetadataRef *elems,
                                 unsigned n) {
    LLVMMetadataRef file = cg_di_file(cg, 0);
    return LLVMDIBuilderCreateStructType(cg->dib, NULL, name, strlen(name), file, 0, di_bits(t),
                                         di_align(t), LLVMDIFlagZero, NULL, elems, n, 0, NULL, "",
                                         0);
}

static LLVMMetadataRef di_pointer(Cg *cg, LLVMMetadataRef to, const char *name) {
    return LLVMDIBuilderCreatePointerType(cg->dib, to, 64, 64, 0, name, strlen(name));
}

static LLVMMetadataRef di_basic(Cg *cg, Type *t, const char *name) {
    switch (t->basic.kind) {
    case B_BOOL:
        return LLVMDIBuilderCreateBasicType(cg->dib, name, strlen(name), 8, DW_ATE_boolean,
                                            LLVMDIFlagZero);
    case B_INT:
    case B_INT8:
    case B_INT16:
    case B_INT32:
    case B_INT64:
        return LLVMDIBuilderCreateBasicType(cg->dib, name, strlen(name), di_bits(t), DW_ATE_signed,
                                            LLVMDIFlagZero);
    case B_UINT:
    case B_UINT8:
    case B_UINT16:
    case B_UINT32:
    case B_UINT64:
    case B_UINTPTR:
        return LLVMDIBuilderCreateBasicType(cg->dib, name, strlen(name), di_bits(t),
                                            DW_ATE_unsigned, LLVMDIFlagZero);
    case B_FLOAT32:
    case B_FLOAT64:
        return LLVMDIBuilderCreateBasicType(cg->dib, name, strlen(name), di_bits(t), DW_ATE_float,
                                            LLVMDIFlagZero);
    case B_COMPLEX64:
    case B_COMPLEX128:
        return LLVMDIBuilderCreateBasicType(cg->dib, name, strlen(name), di_bits(t),
                                            DW_ATE_complex_float, LLVMDIFlagZero);
    case B_STRING: {
        /* gdb's Go mode prints a struct "string" {str, len} as a string */
        LLVMMetadataRef file = cg_di_file(cg, 0);
        LLVMMetadataRef elems[2] = {
            LLVMDIBuilderCreateMemberType(
                cg->dib, NULL, "str", 3, file, 0, 64, 64, 0, LLVMDIFlagZero,
                di_pointer(cg, di_type(cg, types_basic[B_UINT8]), "*uint8")),
            di_member(cg, file, "len", types_basic[B_INT], 8)};
        return di_struct(cg, "string", t, elems, 2);
    }
    default: /* unsafe.Pointer */ return di_pointer(cg, NULL, name);
    }
}

static LLVMMetadataRef di_unnamed(Cg *cg, Type *t, const char *name) {
    LLVMMetadataRef file = cg_di_file(cg, 0);
    switch (t->kind) {
    case TY_BASIC: return di_basic(cg, t, name);
    case TY_POINTER: return di_pointer(cg, di_type(cg, t->pointer.elem), name);
    case TY_ARRAY: {
        int64_t n = t->array.len < 0 ? 0 : t->array.len;
        LLVMMetadataRef sub = LLVMDIBuilderGetOrCreateSubrange(cg->dib, 0, n);
        return LLVMDIBuilderCreateArrayType(cg->dib, di_bits(t), di_align(t),
                                            di_type(cg, t->array.elem), &sub, 1);
    }
    case TY_SLICE: {
        LLVMMetadataRef elems[3] = {
            LLVMDIBuilderCreateMemberType(
                cg->dib, NULL, "array", 5, file, 0, 64, 64, 0, LLVMDIFlagZero,
                di_pointer(cg, di_type(cg, t->slice.elem),
                           arena_printf("*%s", types_string_qualified(t->slice.elem)))),
            di_member(cg, file, "len", types_basic[B_INT], 8),
            di_member(cg, file, "cap", types_basic[B_INT], 16)};
        return di_struct(cg, name, t, elems, 3);
    }
    case TY_STRUCT: {
        int n = t->strct.fields.len;
        LLVMMetadataRef *elems = ARENA_ARRAY(LLVMMetadataRef, n + 1);
        for (int i = 0; i < n; i++) {
            Object *f = VEC_AT(t->strct.fields, i);
            elems[i] = di_member(cg, file, f->name ? f->name : "_", f->type,
                                 (uint64_t)types_offsetof(t, i));
        }
        return di_struct(cg, name, t, elems, (unsigned)n);
    }
    case TY_INTERFACE: {
        /* {itab or type descriptor, data}, as the runtime lays it out */
        LLVMMetadataRef word = di_pointer(cg, NULL, "unsafe.Pointer");
        LLVMMetadataRef elems[2] = {LLVMDIBuilderCreateMemberType(cg->dib, NULL, "tab", 3, file, 0,
                                                                  64, 64, 0, LLVMDIFlagZero, word),
                                    LLVMDIBuilderCreateMemberType(cg->dib, NULL, "data", 4, file, 0,
                                                                  64, 64, 64, LLVMDIFlagZero,
                                                                  word)};
        return di_struct(cg, name, t, elems, 2);
    }
    case TY_MAP:
    case TY_CHAN:
    case TY_SIGNATURE: return di_pointer(cg, NULL, name); /* one word, opaque */
    default: return LLVMDIBuilderCreateUnspecifiedType(cg->dib, name, strlen(name));
    }
}

static LLVMMetadataRef di_type(Cg *cg, Type *t) {
    if (types_is_untyped(t)) t = types_default(t);
    PtrMap *m = cg->di_types;
    LLVMMetadataRef md = ptrmap_get(m, t);
    if (md) return md;
    const char *name = types_string_qualified(t);
    if (t->kind != TY_NAMED) {
        md = di_unnamed(cg, t, name);
        ptrmap_put(m, t, md);
        return md;
    }
    /* A named type can refer to itself (type L struct{ next *L }): uses
     * inside see a placeholder, replaced once the type is built. */
    Object *obj = t->named.obj;
    LLVMMetadataRef file =
        obj && pos_valid(obj->pos) ? cg_di_file(cg, obj->pos.file) : cg_di_file(cg, 0);
    unsigned line = obj && pos_valid(obj->pos) ? (unsigned)obj->pos.line : 0;
    LLVMMetadataRef tmp = LLVMDIBuilderCreateReplaceableCompositeType(
        cg->dib, DW_TAG_structure_type, name, strlen(name), NULL, file, line, 0, 0, 0,
        LLVMDIFlagFwdDecl, "", 0);
    ptrmap_put(m, t, tmp);
    Type *u = types_underlying(t);
    if (u->kind == TY_STRUCT || (u->kind == TY_BASIC && u->basic.kind == B_STRING) ||
        u->kind == TY_SLICE || u->kind == TY_INTERFACE)
        md = di_unnamed(cg, u, name); /* the struct itself carries Go's name */
    else
        md = LLVMDIBuilderCreateTypedef(cg->dib, di_type(cg, u), name, strlen(name), file, line,
                                        NULL, 0);
    LLVMMetadataReplaceAllUsesWith(tmp, md);
    ptrmap_put(m, t, md);
    return md;
}

/* ---- functions, locations, variables ------------------------------------------- */

/* The signature's types: gdb prints arguments in backtraces. */
static LLVMMetadataRef di_subroutine_type(Cg *cg, FuncInfo *fi, LLVMMetadataRef file) {
    if (!fi)
        return LLVMDIBuilderCreateSubroutineType(cg->dib, file, NULL, 0, LLVMDIFlagZero);
    int n = fi->params.len;
    LLVMMetadataRef *tys = ARENA_ARRAY(LLVMMetadataRef, n + 2);
    tys[0] = fi->results.len == 1 ? di_type(cg, ((Object *)VEC_AT(fi->results, 0))->type) : NULL;
    for (int i = 0; i < n; i++)
        tys[i + 1] = di_type(cg, ((Object *)VEC_AT(fi->params, i))->type);
    return LLVMDIBuilderCreateSubroutineType(cg->dib, file, tys, (unsigned)n + 1, LLVMDIFlagZero);
}

static LLVMMetadataRef di_function(Cg *cg, LLVMValueRef fn, FuncInfo *fi, Pos pos,
                                   LLVMDIFlags flags) {
    LLVMMetadataRef file = pos_valid(pos) ? cg_di_file(cg, pos.file) : cg_di_file(cg, 0);
    size_t len;
    const char *name = LLVMGetValueName2(fn, &len);
    unsigned line = pos_valid(pos) ? (unsigned)pos.line : 0;
    LLVMLinkage lk = LLVMGetLinkage(fn);
    bool local = lk == LLVMInternalLinkage || lk == LLVMPrivateLinkage;
    LLVMMetadataRef sp = LLVMDIBuilderCreateFunction(cg->dib, file, name, len, name, len, file,
                                                     line, di_subroutine_type(cg, fi, file), local,
                                                     1, line, flags, cg->opts->opt_level > 0);
    LLVMSetSubprogram(fn, sp);
    return sp;
}

void cg_debug_func(Cg *cg, CgFunc *f) {
    if (!cg->dib) return;
    Pos pos = f->fi && f->fi->decl ? f->fi->decl->pos : (Pos){0, 0, 0};
    f->di_sp = di_function(cg, f->fn, f->fi, pos, LLVMDIFlagZero);
    unsigned line = pos_valid(pos) ? (unsigned)pos.line : 0;
    LLVMMetadataRef loc = LLVMDIBuilderCreateDebugLocation(cg->ctx, line, 0, f->di_sp, NULL);
    LLVMSetCurrentDebugLocation2(cg->b, loc);
}

static LLVMMetadataRef di_scope(Cg *cg) {
    return cg->fn->di_scope ? cg->fn->di_scope : cg->fn->di_sp;
}

void cg_debug_loc(Cg *cg, Pos pos) {
    if (!cg->dib || !cg->fn || !cg->fn->di_sp || !pos_valid(pos)) return;
    LLVMMetadataRef loc = LLVMDIBuilderCreateDebugLocation(cg->ctx, (unsigned)pos.line,
                                                           (unsigned)pos.col, di_scope(cg), NULL);
    LLVMSetCurrentDebugLocation2(cg->b, loc);
}

/* Each lexical block made -> its DISubprogram (the C API cannot ask a
 * scope for its subprogram; di_fix_function needs to know). */
static PtrMap di_block_sp;

LLVMMetadataRef cg_debug_scope_enter(Cg *cg, Pos pos) {
    if (!cg->dib || !cg->fn || !cg->fn->di_sp || !pos_valid(pos)) return NULL;
    LLVMMetadataRef prev = cg->fn->di_scope;
    cg->fn->di_scope = LLVMDIBuilderCreateLexicalBlock(
        cg->dib, di_scope(cg), cg_di_file(cg, pos.file), (unsigned)pos.line, (unsigned)pos.col);
    ptrmap_put(&di_block_sp, cg->fn->di_scope, cg->fn->di_sp);
    return prev;
}

void cg_debug_scope_leave(Cg *cg, LLVMMetadataRef prev) {
    if (cg->fn) cg->fn->di_scope = prev;
}

void cg_debug_var(Cg *cg, Object *obj, LLVMValueRef slot, bool heap) {
    if (!cg->dib || !cg->fn || !cg->fn->di_sp || !obj || !slot) return;
    const char *name = obj->name;
    if (!name || !name[0] || name[0] == '~' || strcmp(name, "_") == 0 || !obj->type) return;
    if (!LLVMIsAAllocaInst(slot)) return;
    /* LLVM 19's instruction selector crashes on the value location of a
     * zero-sized variable (an empty struct) once mem2reg has run; such a
     * variable holds nothing to print anyway */
    if (cg->opts->opt_level > 0 && types_sizeof(obj->type) == 0) return;
    LLVMMetadataRef sp = di_scope(cg);
    Pos pos = obj->pos;
    LLVMMetadataRef file = pos_valid(pos) ? cg_di_file(cg, pos.file) : cg_di_file(cg, 0);
    unsigned line = pos_valid(pos) ? (unsigned)pos.line : 0;
    LLVMMetadataRef ty = di_type(cg, obj->type);
    unsigned argno = 0;
    FuncInfo *fi = cg->fn->fi;
    if (obj->var.is_param && fi)
        for (int i = 0; i < fi->params.len; i++)
            if (VEC_AT(fi->params, i) == obj) argno = (unsigned)i + 1;
    LLVMMetadataRef var =
        argno ? LLVMDIBuilderCreateParameterVariable(cg->dib, sp, name, strlen(name), argno, file,
                                                     line, ty, 1, LLVMDIFlagZero)
              : LLVMDIBuilderCreateAutoVariable(cg->dib, sp, name, strlen(name), file, line, ty, 1,
                                                LLVMDIFlagZero, 0);
    /* a variable on the heap: its slot holds the cell's address */
    uint64_t deref[1] = {DW_OP_deref};
    LLVMMetadataRef expr = LLVMDIBuilderCreateExpression(cg->dib, deref, heap ? 1 : 0);
    LLVMMetadataRef loc = LLVMDIBuilderCreateDebugLocation(
        cg->ctx, line, pos_valid(pos) ? (unsigned)pos.col : 0, sp, NULL);
    LLVMValueRef next = LLVMGetNextInstruction(slot);
    if (next)
        LLVMDIBuilderInsertDeclareRecordBefore(cg->dib, slot, var, expr, loc, next);
    else
        LLVMDIBuilderInsertDeclareRecordAtEnd(cg->dib, slot, var, expr, loc,
                                              LLVMGetInstructionParent(slot));
}

/* ---- finishing --------------------------------------------------------------- */

/* Every defined function gets a subprogram (helpers generated on the side
 * an artificial one), and every call in it a location of its own
 * subprogram: the last one seen in the block, else the function's line. */
static void di_fix_function(Cg *cg, LLVMValueRef fn) {
    LLVMMetadataRef sp = LLVMGetSubprogram(fn);
    if (!sp) sp = di_function(cg, fn, NULL, (Pos){0, 0, 0}, LLVMDIFlagArtificial);
    LLVMMetadataRef fallback = NULL;
    for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb)) {
        LLVMMetadataRef last = NULL;
        for (LLVMValueRef in = LLVMGetFirstInstruction(bb); in; in = LLVMGetNextInstruction(in)) {
            LLVMMetadataRef loc = LLVMInstructionGetDebugLoc(in);
            LLVMMetadataRef scope = loc ? LLVMDILocationGetScope(loc) : NULL;
            if (loc && (LLVMDILocationGetInlinedAt(loc) || scope == sp ||
                        ptrmap_get(&di_block_sp, scope) == sp)) {
                last = loc;
                continue;
            }
            if (!loc && !LLVMIsACallInst(in) && !LLVMIsAInvokeInst(in)) continue;
            if (!last) {
                if (!fallback)
                    fallback = LLVMDIBuilderCreateDebugLocation(
                        cg->ctx, LLVMDISubprogramGetLine(sp), 0, sp, NULL);
                last = fallback;
            }
            LLVMInstructionSetDebugLoc(in, last);
        }
    }
}

void cg_debug_finish(Cg *cg) {
    if (!cg->dib) return;
    LLVMSetCurrentDebugLocation2(cg->b, NULL);
    for (LLVMValueRef fn = LLVMGetFirstFunction(cg->mod); fn; fn = LLVMGetNextFunction(fn))
        if (!LLVMIsDeclaration(fn)) di_fix_function(cg, fn);
    LLVMDIBuilderFinalize(cg->dib);
    LLVMDisposeDIBuilder(cg->dib);
    cg->dib = NULL;
}
