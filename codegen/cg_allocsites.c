/* cg_allocsites.c: escgo build -allocsites — gives every heap allocation
 * site a record the program counts into (runtime/allocsites.c prints the
 * busiest at exit).
 *
 * It runs once over the finished module, before the optimization pipeline,
 * instead of inside the code that emits allocations: every allocation,
 * wherever codegen emits it, is a call of escgo_alloc / escgo_alloc_noscan
 * or of a runtime function that allocates, so rewriting those calls covers
 * them all and costs nothing when the flag is off. Each site is named by
 * the call's line-table location (the driver turns debug information on for
 * -allocsites) — the statement's file:line:col — and by the function it is
 * in. A site is one record per (function, position, kind): two
 * allocations of one statement share a row.
 *
 *  - escgo_alloc(size) becomes escgo_alloc_site(size, &site) (noscan
 *    likewise), with the allocator attributes LLVM relies on, so the
 *    optimizer treats the instrumented allocation exactly as the plain one;
 *  - a call of a runtime function that allocates for its caller (append's
 *    growslice, make, map assignment, string concatenation and
 *    conversions) is bracketed by escgo_allocsite_enter(&site) /
 *    escgo_allocsite_leave(prev), which set the thread's current site for
 *    the duration of the call: what it allocates is charged to that site,
 *    with the runtime function's name as the kind.
 *
 * The record layout is EscgoAllocSite in runtime/escgo_rt.h. */
#include <string.h>

#include "codegen/cg_internal.h"

/* Runtime functions that allocate on their caller's behalf; a trailing '*'
 * matches a prefix (the map operations' _fast32/_fast64/_faststr forms). */
static const char *const wrapped_rt[] = {"escgo_makeslice",         "escgo_growslice",
                                         "escgo_stringtoslicebyte", "escgo_stringtoslicerune",
                                         "escgo_slicebytetostring", "escgo_slicebytetostring_buf",
                                         "escgo_slicerunetostring", "escgo_slicerunetostring_buf",
                                         "escgo_concatstrings",     "escgo_concatstrings_buf",
                                         "escgo_intstring",         "escgo_makemap*",
                                         "escgo_mapassign*",        NULL};

typedef struct AsSite {
    const char *key; /* "pos\tkind" within the current function */
    LLVMValueRef global;
} AsSite;

typedef struct AsState {
    Cg *cg;
    LLVMBuilderRef b;
    LLVMTypeRef site_ty;
    LLVMValueRef alloc_site[2]; /* escgo_alloc_site, escgo_alloc_noscan_site */
    LLVMTypeRef alloc_site_ty;
    LLVMValueRef enter, leave;
    LLVMTypeRef enter_ty, leave_ty;
    Vec fn_sites; /* AsSite* of the function being instrumented */
    unsigned nsites;
} AsState;

static LLVMValueRef as_cstr(AsState *st, const char *s) {
    LLVMContextRef ctx = st->cg->ctx;
    LLVMValueRef init = LLVMConstStringInContext(ctx, s, (unsigned)strlen(s), 0);
    LLVMValueRef g = LLVMAddGlobal(st->cg->mod, LLVMTypeOf(init), "escgo.allocsite.str");
    LLVMSetInitializer(g, init);
    LLVMSetGlobalConstant(g, 1);
    LLVMSetLinkage(g, LLVMPrivateLinkage);
    LLVMSetUnnamedAddress(g, LLVMGlobalUnnamedAddr);
    return g;
}

/* Where call is: "file:line:col" from its line-table location. */
static const char *as_pos(LLVMValueRef call) {
    LLVMMetadataRef loc = LLVMInstructionGetDebugLoc(call);
    if (!loc) return "?";
    unsigned line = LLVMDILocationGetLine(loc), col = LLVMDILocationGetColumn(loc);
    LLVMMetadataRef scope = LLVMDILocationGetScope(loc);
    LLVMMetadataRef file = scope ? LLVMDIScopeGetFile(scope) : NULL;
    unsigned flen = 0;
    const char *fname = file ? LLVMDIFileGetFilename(file, &flen) : NULL;
    if (!fname || line == 0) return "?";
    return arena_printf("%.*s:%u:%u", (int)flen, fname, line, col);
}

static LLVMValueRef as_site(AsState *st, LLVMValueRef fn, LLVMValueRef call, const char *kind) {
    const char *pos = as_pos(call);
    const char *key = arena_printf("%s\t%s", pos, kind);
    for (int i = 0; i < st->fn_sites.len; i++) {
        AsSite *s = VEC_AT(st->fn_sites, i);
        if (strcmp(s->key, key) == 0) return s->global;
    }
    size_t nlen = 0;
    const char *fname = LLVMGetValueName2(fn, &nlen);
    LLVMValueRef fields[7] = {
        as_cstr(st, pos),
        as_cstr(st, arena_strndup(fname, nlen)),
        as_cstr(st, kind),
        LLVMConstInt(st->cg->t_i64, 0, 0),
        LLVMConstInt(st->cg->t_i64, 0, 0),
        LLVMConstNull(st->cg->t_ptr),
        LLVMConstInt(st->cg->t_i64, 0, 0),
    };
    LLVMValueRef g =
        LLVMAddGlobal(st->cg->mod, st->site_ty, arena_printf("escgo.allocsite.%u", st->nsites++));
    LLVMSetInitializer(g, LLVMConstNamedStruct(st->site_ty, fields, 7));
    LLVMSetLinkage(g, LLVMInternalLinkage);
    LLVMSetAlignment(g, 8);
    AsSite *s = ARENA_NEW(AsSite);
    s->key = key;
    s->global = g;
    vec_push(&st->fn_sites, s);
    return g;
}

/* The _site variant of allocator orig: its attributes (noalias, allocsize,
 * allockind, alloc-family ...), except that it also writes the record. */
static LLVMValueRef as_alloc_decl(AsState *st, LLVMValueRef orig, const char *name) {
    Cg *cg = st->cg;
    LLVMValueRef fn = LLVMGetNamedFunction(cg->mod, name);
    if (fn) return fn;
    fn = LLVMAddFunction(cg->mod, name, st->alloc_site_ty);
    unsigned mem_kind = LLVMGetEnumAttributeKindForName("memory", 6);
    LLVMAttributeIndex idxs[2] = {LLVMAttributeFunctionIndex, LLVMAttributeReturnIndex};
    for (int k = 0; k < 2; k++) {
        unsigned n = LLVMGetAttributeCountAtIndex(orig, idxs[k]);
        LLVMAttributeRef *attrs = ARENA_ARRAY(LLVMAttributeRef, n + 1);
        LLVMGetAttributesAtIndex(orig, idxs[k], attrs);
        for (unsigned i = 0; i < n; i++) {
            if (LLVMIsEnumAttribute(attrs[i]) && LLVMGetEnumAttributeKind(attrs[i]) == mem_kind)
                continue;
            LLVMAddAttributeAtIndex(fn, idxs[k], attrs[i]);
        }
    }
    /* argument memory (the record) and the runtime's own state */
    LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex,
                            LLVMCreateEnumAttribute(cg->ctx, mem_kind, 3 | (3 << 2)));
    return fn;
}

static bool is_wrapped(const char *name) {
    for (int i = 0; wrapped_rt[i]; i++) {
        size_t n = strlen(wrapped_rt[i]);
        if (wrapped_rt[i][n - 1] == '*' ? strncmp(name, wrapped_rt[i], n - 1) == 0
                                        : strcmp(name, wrapped_rt[i]) == 0)
            return true;
    }
    return false;
}

static void as_instrument_call(AsState *st, LLVMValueRef fn, LLVMValueRef call, LLVMValueRef callee,
                               const char *name) {
    LLVMMetadataRef loc = LLVMInstructionGetDebugLoc(call);
    bool noscan = strcmp(name, "escgo_alloc_noscan") == 0;
    if (noscan || strcmp(name, "escgo_alloc") == 0) {
        LLVMValueRef site = as_site(st, fn, call, "alloc");
        LLVMValueRef decl =
            as_alloc_decl(st, callee, noscan ? "escgo_alloc_noscan_site" : "escgo_alloc_site");
        LLVMValueRef args[2] = {LLVMGetOperand(call, 0), site};
        LLVMPositionBuilderBefore(st->b, call);
        LLVMValueRef nc = LLVMBuildCall2(st->b, st->alloc_site_ty, decl, args, 2, "");
        if (loc) LLVMInstructionSetDebugLoc(nc, loc);
        LLVMReplaceAllUsesWith(call, nc);
        LLVMInstructionEraseFromParent(call);
        return;
    }
    LLVMValueRef site = as_site(st, fn, call, name + strlen("escgo_"));
    LLVMPositionBuilderBefore(st->b, call);
    LLVMValueRef prev = LLVMBuildCall2(st->b, st->enter_ty, st->enter, &site, 1, "");
    if (loc) LLVMInstructionSetDebugLoc(prev, loc);
    LLVMValueRef next = LLVMGetNextInstruction(call);
    if (!next) return; /* cannot happen: a call never ends a block */
    LLVMPositionBuilderBefore(st->b, next);
    LLVMValueRef lc = LLVMBuildCall2(st->b, st->leave_ty, st->leave, &prev, 1, "");
    if (loc) LLVMInstructionSetDebugLoc(lc, loc);
}

void cg_allocsites_instrument(Cg *cg) {
    AsState st = {.cg = cg};
    st.b = LLVMCreateBuilderInContext(cg->ctx);
    LLVMTypeRef p = cg->t_ptr, i64 = cg->t_i64;
    st.site_ty = LLVMStructCreateNamed(cg->ctx, "EscgoAllocSite");
    LLVMTypeRef elems[7] = {p, p, p, i64, i64, p, i64};
    LLVMStructSetBody(st.site_ty, elems, 7, 0);
    LLVMTypeRef ap[2] = {i64, p};
    st.alloc_site_ty = LLVMFunctionType(p, ap, 2, 0);
    st.enter_ty = LLVMFunctionType(p, &p, 1, 0);
    st.leave_ty = LLVMFunctionType(cg->t_void, &p, 1, 0);
    st.enter = LLVMAddFunction(cg->mod, "escgo_allocsite_enter", st.enter_ty);
    st.leave = LLVMAddFunction(cg->mod, "escgo_allocsite_leave", st.leave_ty);
    unsigned nounwind = LLVMGetEnumAttributeKindForName("nounwind", 8);
    LLVMAddAttributeAtIndex(st.enter, LLVMAttributeFunctionIndex,
                            LLVMCreateEnumAttribute(cg->ctx, nounwind, 0));
    LLVMAddAttributeAtIndex(st.leave, LLVMAttributeFunctionIndex,
                            LLVMCreateEnumAttribute(cg->ctx, nounwind, 0));

    /* tells the runtime to count and report (runtime/allocsites.c) */
    LLVMValueRef on = LLVMAddGlobal(cg->mod, cg->t_i8, "escgo_allocsites_enabled");
    LLVMSetInitializer(on, LLVMConstInt(cg->t_i8, 1, 0));
    LLVMSetGlobalConstant(on, 1);

    Vec calls = {0};
    for (LLVMValueRef fn = LLVMGetFirstFunction(cg->mod); fn; fn = LLVMGetNextFunction(fn)) {
        if (LLVMIsDeclaration(fn)) continue;
        calls.len = 0;
        for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb))
            for (LLVMValueRef in = LLVMGetFirstInstruction(bb); in;
                 in = LLVMGetNextInstruction(in)) {
                if (LLVMGetInstructionOpcode(in) != LLVMCall) continue;
                LLVMValueRef callee = LLVMGetCalledValue(in);
                if (!callee || !LLVMIsAFunction(callee)) continue;
                const char *name = LLVMGetValueName2(callee, &(size_t){0});
                if (strcmp(name, "escgo_alloc") == 0 || strcmp(name, "escgo_alloc_noscan") == 0 ||
                    is_wrapped(name))
                    vec_push(&calls, in);
            }
        st.fn_sites.len = 0;
        for (int i = 0; i < calls.len; i++) {
            LLVMValueRef call = VEC_AT(calls, i);
            LLVMValueRef callee = LLVMGetCalledValue(call);
            as_instrument_call(&st, fn, call, callee, LLVMGetValueName2(callee, &(size_t){0}));
        }
    }
    LLVMDisposeBuilder(st.b);
}
