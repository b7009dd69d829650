/* cg_func.c: functions — their LLVM signatures and symbols, bodies,
 * parameters, results and local variables.
 *
 * A Go function becomes an LLVM function named by FuncInfo.link_name
 * ("main.f", "os.Exit"), so perf, gdb and nm show Go's names. Parameters
 * are passed in their register types; several results come back as one
 * LLVM struct; arrays and structs over 64 bytes (a result tuple included)
 * go through memory instead (cg_abi_*). A function without a body is only
 * declared: the C runtime defines it under the same name.
 *
 * Every local variable gets an alloca in the entry block (mem2reg turns it
 * into SSA values) and is (re)initialized where Go declares it, so a loop
 * gets a fresh zero value on each iteration. A variable escape analysis put
 * on the heap is allocated at its declaration; its alloca holds the
 * pointer. */
#include <string.h>

#include "codegen/cg_internal.h"

/* ---- helpers shared by the statement and expression generators ---------- */

LLVMBasicBlockRef cg_new_block(Cg *cg, const char *name) {
    return LLVMAppendBasicBlockInContext(cg->ctx, cg->fn->fn, name);
}

bool cg_block_terminated(Cg *cg) {
    LLVMBasicBlockRef bb = LLVMGetInsertBlock(cg->b);
    return bb && LLVMGetBasicBlockTerminator(bb) != NULL;
}

void cg_start_dead_block(Cg *cg) {
    LLVMPositionBuilderAtEnd(cg->b, cg_new_block(cg, "dead"));
}

void cg_br(Cg *cg, LLVMBasicBlockRef bb) {
    if (!cg_block_terminated(cg)) LLVMBuildBr(cg->b, bb);
}

LLVMValueRef cg_alloca(Cg *cg, LLVMTypeRef ty, const char *name) {
    LLVMBasicBlockRef entry = LLVMGetEntryBasicBlock(cg->fn->fn);
    LLVMBuilderRef ab = LLVMCreateBuilderInContext(cg->ctx);
    LLVMValueRef first = LLVMGetFirstInstruction(entry);
    if (first)
        LLVMPositionBuilderBefore(ab, first);
    else
        LLVMPositionBuilderAtEnd(ab, entry);
    LLVMValueRef a = LLVMBuildAlloca(ab, ty, name);
    LLVMDisposeBuilder(ab);
    return a;
}

LLVMValueRef cg_load(Cg *cg, Type *t, LLVMValueRef addr, const char *name) {
    LLVMValueRef v = LLVMBuildLoad2(cg->b, cg_memtype(cg, t), addr, name);
    if (cg_is_bool(t)) v = LLVMBuildTrunc(cg->b, v, cg->t_i1, "");
    return v;
}

/* *p, or the zero of ty when p is nil: the dynamic type of an interface
 * (through its itab) and the length of a map are read this way. */
LLVMValueRef cg_load_unless_nil(Cg *cg, LLVMValueRef p, LLVMTypeRef ty, const char *name) {
    LLVMValueRef isnil = LLVMBuildICmp(cg->b, LLVMIntEQ, p, LLVMConstNull(cg->t_ptr), "");
    LLVMBasicBlockRef cur = LLVMGetInsertBlock(cg->b);
    LLVMBasicBlockRef ld = cg_new_block(cg, name);
    LLVMBasicBlockRef done = cg_new_block(cg, name);
    LLVMBuildCondBr(cg->b, isnil, done, ld);
    LLVMPositionBuilderAtEnd(cg->b, ld);
    LLVMValueRef v = LLVMBuildLoad2(cg->b, ty, p, name);
    LLVMBuildBr(cg->b, done);
    LLVMPositionBuilderAtEnd(cg->b, done);
    LLVMValueRef phi = LLVMBuildPhi(cg->b, ty, "");
    LLVMValueRef vals[] = {LLVMConstNull(ty), v};
    LLVMBasicBlockRef bbs[] = {cur, ld};
    LLVMAddIncoming(phi, vals, bbs, 2);
    return phi;
}

/* Whether a value of type t holds an array: even a zero-size one such as
 * [1e9][0]*int makes LLVM's passes walk its elements one by one. */
static bool cg_has_array(Type *t) {
    Type *u = types_underlying(t);
    if (u->kind == TY_ARRAY) return true;
    if (u->kind != TY_STRUCT) return false;
    for (int i = 0; i < u->strct.fields.len; i++)
        if (cg_has_array(((Object *)VEC_AT(u->strct.fields, i))->type)) return true;
    return false;
}

void cg_store(Cg *cg, Type *t, LLVMValueRef v, LLVMValueRef addr) {
    LLVMTypeKind k = LLVMGetTypeKind(LLVMTypeOf(v));
    if ((k == LLVMArrayTypeKind || k == LLVMStructTypeKind) && LLVMIsNull(v)) {
        /* A zero aggregate is a memset: LLVM expands a first-class
         * aggregate store element by element, hopeless for big arrays. */
        int64_t size = cg_sizeof(cg, t);
        if (size > 32 || cg_has_array(t)) {
            LLVMBuildMemSet(cg->b, addr, LLVMConstInt(cg->t_i8, 0, 0),
                            LLVMConstInt(cg->t_i64, (unsigned long long)size, 0),
                            (unsigned)types_alignof(t));
            return;
        }
    }
    if ((k == LLVMArrayTypeKind || k == LLVMStructTypeKind) && LLVMIsALoadInst(v) &&
        cg_sizeof(cg, t) > 64) {
        /* A copy of a big value: memcpy, for the same reason. */
        LLVMValueRef src = LLVMGetOperand(v, 0);
        LLVMBuildMemCpy(cg->b, addr, (unsigned)types_alignof(t), src, (unsigned)types_alignof(t),
                        LLVMConstInt(cg->t_i64, (unsigned long long)cg_sizeof(cg, t), 0));
        if (!LLVMGetFirstUse(v)) LLVMInstructionEraseFromParent(v);
        return;
    }
    if (cg_is_bool(t)) v = LLVMBuildZExt(cg->b, v, cg->t_i8, "");
    LLVMBuildStore(cg->b, v, addr);
}

LLVMValueRef cg_heap_alloc(Cg *cg, Type *t) {
    int64_t size = cg_sizeof(cg, t);
    LLVMValueRef arg = LLVMConstInt(cg->t_i64, (unsigned long long)size, 0);
    return cg_rt(cg, types_has_pointers(t) ? RT_ALLOC : RT_ALLOC_NOSCAN, &arg, 1);
}

/* ---- variables ------------------------------------------------------------ */

static const char *cg_global_name(Object *obj) {
    const char *pkg = obj->pkg && obj->pkg->path ? obj->pkg->path : "main";
    return arena_printf("%s.%s", pkg, obj->name);
}

LLVMValueRef cg_global_var(Cg *cg, Object *obj) {
    CgVar *v = obj->cg;
    if (v) return v->slot;
    v = ARENA_NEW(CgVar);
    LLVMTypeRef ty = cg_memtype(cg, obj->type);
    LLVMValueRef g = LLVMAddGlobal(cg->mod, ty, cg_global_name(obj));
    LLVMSetInitializer(g, LLVMConstNull(ty));
    LLVMSetAlignment(g, (unsigned)(types_alignof(obj->type) > 0 ? types_alignof(obj->type) : 1));
    v->slot = g;
    obj->cg = v;
    return g;
}

void cg_declare_local(Cg *cg, Object *obj, LLVMValueRef init) {
    CgVar *v = obj->cg;
    bool heap = esc_var_on_heap(obj); /* with gc's 10 MiB limit */
    if (!v) {
        v = ARENA_NEW(CgVar);
        v->heap = heap;
        v->slot = cg_alloca(cg, heap ? cg->t_ptr : cg_memtype(cg, obj->type), obj->name);
        LLVMSetAlignment(
            v->slot,
            heap ? 8 : (unsigned)(types_alignof(obj->type) > 0 ? types_alignof(obj->type) : 1));
        obj->cg = v;
        cg_debug_var(cg, obj, v->slot, heap);
    }
    LLVMValueRef addr = v->slot;
    if (v->heap) {
        addr = cg_heap_alloc(cg, obj->type);
        LLVMBuildStore(cg->b, addr, v->slot);
        if (init) cg_store(cg, obj->type, init, addr);
        return;
    }
    cg_store(cg, obj->type, init ? init : cg_zero(cg, obj->type), addr);
}

LLVMValueRef cg_var_addr(Cg *cg, Object *obj) {
    if (obj->var.is_global || !obj->var.func) return cg_global_var(cg, obj);
    if (cg->fn && cg->fn->closure && obj->var.func != cg->fn->fi) { /* captured: cg_closure.c */
        LLVMValueRef a = cg_closure_var_addr(cg, obj);
        if (a) return a;
    }
    CgVar *v = obj->cg;
    if (!v) {
        /* Not seen yet (e.g. reached only by a goto the checker accepted):
         * give it its storage now. */
        LLVMBasicBlockRef cur = LLVMGetInsertBlock(cg->b);
        LLVMBasicBlockRef entry = LLVMGetEntryBasicBlock(cg->fn->fn);
        LLVMValueRef term = LLVMGetBasicBlockTerminator(entry);
        if (term)
            LLVMPositionBuilderBefore(cg->b, term);
        else
            LLVMPositionBuilderAtEnd(cg->b, entry);
        cg_declare_local(cg, obj, NULL);
        LLVMPositionBuilderAtEnd(cg->b, cur);
        v = obj->cg;
    }
    if (v->heap) return LLVMBuildLoad2(cg->b, cg->t_ptr, v->slot, obj->name);
    return v->slot;
}

/* ---- the calling convention: big aggregates in memory -------------------- */

/* Go-level function types (CgFunc.fnty, cg_func_type, cg_closure_fnty)
 * hold parameters and results in their register types; cg_abi_fnty is what
 * LLVM sees. X86 instruction selection splits a first-class aggregate
 * parameter or result into one value per element, which takes seconds for
 * a [1000]byte, so an array or struct (a multi-result tuple included)
 * larger than CG_BIG_BYTES crosses calls in memory instead: a parameter as
 * a pointer to a copy the caller made for the callee alone (the callee
 * copies it into its own variable), a result through a pointer appended
 * as the last parameter, to a caller temporary the callee stores into.
 * 64 bytes keeps strings, slices, interfaces and small structs in
 * registers as before. */
enum { CG_BIG_BYTES = 64 };

static bool cg_abi_big(Cg *cg, LLVMTypeRef t) {
    LLVMTypeKind k = LLVMGetTypeKind(t);
    return (k == LLVMArrayTypeKind || k == LLVMStructTypeKind) &&
           LLVMABISizeOfType(cg->td, t) > CG_BIG_BYTES;
}

LLVMTypeRef cg_abi_fnty(Cg *cg, LLVMTypeRef fty) {
    unsigned n = LLVMCountParamTypes(fty);
    LLVMTypeRef *pt = ARENA_ARRAY(LLVMTypeRef, n + 2);
    LLVMGetParamTypes(fty, pt);
    bool changed = false;
    for (unsigned i = 0; i < n; i++) {
        if (cg_abi_big(cg, pt[i])) {
            pt[i] = cg->t_ptr;
            changed = true;
        }
    }
    LLVMTypeRef rt = LLVMGetReturnType(fty);
    if (cg_abi_big(cg, rt)) {
        pt[n++] = cg->t_ptr;
        rt = cg->t_void;
        changed = true;
    }
    return changed ? LLVMFunctionType(rt, pt, n, 0) : fty;
}

/* Whether big value v can be copied with a memcpy from where it was loaded
 * (no element-wise store): it is a load in the current block and nothing
 * after it may have written memory. Decided before emitting any copy. */
static bool cg_abi_copyable(Cg *cg, LLVMValueRef v) {
    if (!LLVMIsALoadInst(v) || LLVMGetInstructionParent(v) != LLVMGetInsertBlock(cg->b))
        return false;
    for (LLVMValueRef i = LLVMGetNextInstruction(v); i; i = LLVMGetNextInstruction(i))
        if (LLVMIsACallInst(i) || LLVMIsAStoreInst(i) || LLVMIsAInvokeInst(i)) return false;
    return true;
}

/* Stores register value v into memory at addr (a zero value: memset). */
static void cg_abi_store(Cg *cg, LLVMValueRef v, LLVMValueRef addr, bool copyable) {
    LLVMTypeRef t = LLVMTypeOf(v);
    unsigned align = LLVMABIAlignmentOfType(cg->td, t);
    LLVMValueRef size = LLVMConstInt(cg->t_i64, LLVMABISizeOfType(cg->td, t), 0);
    if (LLVMIsConstant(v) && LLVMIsNull(v)) {
        LLVMBuildMemSet(cg->b, addr, LLVMConstInt(cg->t_i8, 0, 0), size, align);
    } else if (copyable) {
        LLVMBuildMemCpy(cg->b, addr, align, LLVMGetOperand(v, 0), align, size);
    } else {
        LLVMBuildStore(cg->b, v, addr);
    }
}

/* Drops the loads the memcpys replaced (each once: a value may repeat). */
static void cg_abi_drop_loads(LLVMValueRef *vals, bool *copyable, unsigned n) {
    for (unsigned i = 0; i < n; i++) {
        if (!copyable[i]) continue;
        bool seen = false;
        for (unsigned j = 0; j < i; j++)
            seen = seen || (copyable[j] && vals[j] == vals[i]);
        if (!seen && !LLVMGetFirstUse(vals[i])) LLVMInstructionEraseFromParent(vals[i]);
    }
}

LLVMValueRef cg_abi_call(Cg *cg, LLVMTypeRef fty, LLVMValueRef fn, LLVMValueRef *args, unsigned n,
                         LLVMTailCallKind tk, LLVMValueRef *callp) {
    LLVMTypeRef aty = cg_abi_fnty(cg, fty);
    LLVMValueRef c, res = NULL;
    if (aty == fty) {
        c = LLVMBuildCall2(cg->b, fty, fn, args, n, "");
    } else {
        LLVMTypeRef *pt = ARENA_ARRAY(LLVMTypeRef, n + 1);
        LLVMGetParamTypes(fty, pt);
        LLVMValueRef *a = ARENA_ARRAY(LLVMValueRef, n + 2);
        bool *copyable = ARENA_ARRAY(bool, n + 1);
        for (unsigned i = 0; i < n; i++)
            copyable[i] = cg_abi_big(cg, pt[i]) && cg_abi_copyable(cg, args[i]);
        for (unsigned i = 0; i < n; i++) {
            a[i] = args[i];
            if (cg_abi_big(cg, pt[i])) {
                a[i] = cg_alloca(cg, pt[i], "arg");
                cg_abi_store(cg, args[i], a[i], copyable[i]);
            }
        }
        unsigned na = n;
        LLVMTypeRef rt = LLVMGetReturnType(fty);
        if (cg_abi_big(cg, rt)) {
            res = cg_alloca(cg, rt, "ret");
            a[na++] = res;
        }
        c = LLVMBuildCall2(cg->b, aty, fn, a, na, "");
        cg_abi_drop_loads(args, copyable, n);
        /* the callee reads this frame's temporaries: never a tail call */
        if (tk == LLVMTailCallKindTail) tk = LLVMTailCallKindNone;
    }
    if (tk != LLVMTailCallKindNone) LLVMSetTailCallKind(c, tk);
    if (callp) *callp = c;
    return res ? LLVMBuildLoad2(cg->b, LLVMGetReturnType(fty), res, "") : c;
}

LLVMValueRef cg_abi_param(Cg *cg, unsigned i) {
    LLVMTypeRef fty = cg->fn->fnty;
    unsigned n = LLVMCountParamTypes(fty);
    LLVMTypeRef *pt = ARENA_ARRAY(LLVMTypeRef, n + 1);
    LLVMGetParamTypes(fty, pt);
    LLVMValueRef p = LLVMGetParam(cg->fn->fn, i);
    return cg_abi_big(cg, pt[i]) ? LLVMBuildLoad2(cg->b, pt[i], p, "") : p;
}

unsigned cg_abi_nparams(Cg *cg) {
    return LLVMCountParamTypes(cg->fn->fnty);
}

void cg_abi_ret_vals(Cg *cg, LLVMValueRef *vals, int nr) {
    LLVMTypeRef rt = LLVMGetReturnType(cg->fn->fnty);
    if (nr == 0 || rt == cg->t_void) {
        LLVMBuildRetVoid(cg->b);
        return;
    }
    if (!cg_abi_big(cg, rt)) {
        LLVMValueRef agg = vals[0];
        if (nr > 1) {
            agg = LLVMGetUndef(rt);
            for (int i = 0; i < nr; i++)
                agg = LLVMBuildInsertValue(cg->b, agg, vals[i], (unsigned)i, "");
        }
        LLVMBuildRet(cg->b, agg);
        return;
    }
    LLVMValueRef out = LLVMGetParam(cg->fn->fn, LLVMCountParams(cg->fn->fn) - 1);
    bool *copyable = ARENA_ARRAY(bool, nr + 1);
    for (int i = 0; i < nr; i++)
        copyable[i] = cg_abi_big(cg, LLVMTypeOf(vals[i])) && cg_abi_copyable(cg, vals[i]);
    for (int i = 0; i < nr; i++) {
        LLVMValueRef addr = nr == 1 ? out : LLVMBuildStructGEP2(cg->b, rt, out, (unsigned)i, "");
        cg_abi_store(cg, vals[i], addr, copyable[i]);
    }
    cg_abi_drop_loads(vals, copyable, (unsigned)nr);
    LLVMBuildRetVoid(cg->b);
}

void cg_abi_ret(Cg *cg, LLVMValueRef v) {
    cg_abi_ret_vals(cg, &v, LLVMGetReturnType(cg->fn->fnty) == cg->t_void ? 0 : 1);
}

LLVMValueRef cg_abi_extract(Cg *cg, LLVMValueRef r, unsigned i) {
    LLVMTypeRef t = LLVMTypeOf(r);
    if (LLVMIsALoadInst(r) && cg_abi_big(cg, t)) {
        /* a result in memory: load just element i */
        LLVMTypeRef et = LLVMStructGetTypeAtIndex(t, i);
        return LLVMBuildLoad2(cg->b, et, LLVMBuildStructGEP2(cg->b, t, LLVMGetOperand(r, 0), i, ""),
                              "");
    }
    return LLVMBuildExtractValue(cg->b, r, i, "");
}

/* ---- signatures and declarations ---------------------------------------- */

LLVMTypeRef cg_func_type(Cg *cg, Type *sig) {
    Type *params = sig->sig.params;
    int np = params->tuple.vars.len;
    int extra = sig->sig.recv ? 1 : 0;
    LLVMTypeRef *pt = ARENA_ARRAY(LLVMTypeRef, np + extra + 1);
    int k = 0;
    if (sig->sig.recv) pt[k++] = cg_type(cg, sig->sig.recv->type);
    for (int i = 0; i < np; i++)
        pt[k++] = cg_type(cg, ((Object *)VEC_AT(params->tuple.vars, i))->type);
    LLVMTypeRef rt = cg_type(cg, sig->sig.results);
    return LLVMFunctionType(rt, pt, (unsigned)k, 0);
}

static bool cg_sig_supported(Cg *cg, FuncInfo *fi, bool report) {
    Type *sig = fi->sig;
    Node *at = fi->decl;
    if (sig->sig.recv && !cg_type_supported(sig->sig.recv->type)) {
        if (report)
            cg_unsupported(cg, at,
                           arena_printf("receiver of type %s", types_string(sig->sig.recv->type)));
        return false;
    }
    Type *tuples[2] = {sig->sig.params, sig->sig.results};
    for (int j = 0; j < 2; j++) {
        for (int i = 0; i < tuples[j]->tuple.vars.len; i++) {
            Object *o = VEC_AT(tuples[j]->tuple.vars, i);
            if (cg_type_supported(o->type) && cg_sizeof(cg, o->type) > 64 * 1024) {
                if (report)
                    cg_unsupported(cg, at,
                                   arena_printf("%s of type %s (larger than 64 KiB)",
                                                j ? "result" : "parameter", types_string(o->type)));
                return false;
            }
            if (!cg_type_supported(o->type)) {
                if (report)
                    cg_unsupported(cg, at,
                                   arena_printf("%s of type %s", j ? "result" : "parameter",
                                                types_string(o->type)));
                return false;
            }
        }
    }
    return true;
}

static void cg_add_attr(Cg *cg, LLVMValueRef fn, LLVMAttributeIndex idx, const char *name) {
    unsigned kind = LLVMGetEnumAttributeKindForName(name, strlen(name));
    LLVMAddAttributeAtIndex(fn, idx, LLVMCreateEnumAttribute(cg->ctx, kind, 0));
}

static bool cg_has_body(FuncInfo *fi) {
    Node *d = fi->decl;
    if (!d) return false;
    if (d->kind == N_FUNCDECL) return d->funcdecl.body != NULL;
    return d->kind == N_FUNCLIT;
}

LLVMValueRef cg_func_value(Cg *cg, FuncInfo *fi) {
    if (fi->cg) return ((CgFunc *)fi->cg)->fn; /* NULL: reported as unsupported */
    CgFunc *f = ARENA_NEW(CgFunc);
    f->fi = fi;
    fi->cg = f;
    if (fi->decl && fi->decl->kind == N_FUNCLIT) return cg_closure_func_value(cg, fi); /* cg_closure.c */
    if (!cg_sig_supported(cg, fi, true)) return NULL;
    f->fnty = cg_func_type(cg, fi->sig);
    const char *name = fi->link_name ? fi->link_name : "escgo.anon";
    LLVMValueRef fn = LLVMGetNamedFunction(cg->mod, name);
    if (!fn) fn = LLVMAddFunction(cg->mod, name, cg_abi_fnty(cg, f->fnty));
    f->fn = fn;
    /* Go bools cross calls as zero-extended bytes, as C's bool does. */
    unsigned np = LLVMCountParamTypes(f->fnty);
    LLVMTypeRef *pt = ARENA_ARRAY(LLVMTypeRef, np + 1);
    LLVMGetParamTypes(f->fnty, pt);
    for (unsigned i = 0; i < np; i++)
        if (pt[i] == cg->t_i1) cg_add_attr(cg, fn, i + 1, "zeroext");
    /* What escape analysis proved about pointer parameters, for LLVM's
     * alias analysis: one that does not escape is never kept past the
     * call (nocapture). A big aggregate passed in memory points at a copy
     * the caller made for this callee alone, which only reads it. */
    unsigned nabi = LLVMCountParams(fn);
    for (unsigned i = 0; i < np && i < nabi; i++) {
        if (pt[i] == cg->t_ptr && esc_param_noescape(fi, (int)i))
            cg_add_attr(cg, fn, i + 1, "nocapture");
        else if (pt[i] != cg->t_ptr && LLVMTypeOf(LLVMGetParam(fn, i)) == cg->t_ptr) {
            cg_add_attr(cg, fn, i + 1, "nocapture");
            cg_add_attr(cg, fn, i + 1, "noalias");
            cg_add_attr(cg, fn, i + 1, "readonly");
        }
    }
    if (LLVMGetReturnType(f->fnty) == cg->t_i1)
        cg_add_attr(cg, fn, LLVMAttributeReturnIndex, "zeroext");
    if (cg_has_body(fi)) vec_push(&cg->pending, fi);
    return fn;
}

/* The roots of code generation. A program gets only the functions that
 * main.main, the init functions and the package initializers reach: the
 * std packages may hold functions using constructs escgo cannot compile
 * yet, and a program that does not call them must still build. Anything
 * else (-c of a non-main package) gets every function. */
void cg_declare_funcs(Cg *cg) {
    /* Declared in source order first, so the module (and -S, -emit-llvm)
     * lists functions as the program does, whatever order they are
     * reached in. */
    for (int i = 0; i < cg->prog->funcs.len; i++) {
        FuncInfo *fi = VEC_AT(cg->prog->funcs, i);
        if (!fi->link_name || (fi->decl && fi->decl->kind == N_FUNCLIT) ||
            !cg_sig_supported(cg, fi, false) || LLVMGetNamedFunction(cg->mod, fi->link_name))
            continue;
        LLVMAddFunction(cg->mod, fi->link_name, cg_abi_fnty(cg, cg_func_type(cg, fi->sig)));
    }
    for (int i = 0; i < cg->prog->funcs.len; i++) {
        FuncInfo *fi = VEC_AT(cg->prog->funcs, i);
        if (cg->opts->is_main) {
            bool root = fi->link_name && strcmp(fi->link_name, "main.main") == 0;
            if (!root) continue;
        } else if (fi->decl && fi->decl->kind == N_FUNCLIT) {
            continue; /* reported where the literal is used */
        }
        cg_func_value(cg, fi);
    }
}

/* ---- bodies -------------------------------------------------------------- */

static void cg_add_string_attr(Cg *cg, LLVMValueRef fn, const char *k, const char *v) {
    LLVMAddAttributeAtIndex(
        fn, LLVMAttributeFunctionIndex,
        LLVMCreateStringAttribute(cg->ctx, k, (unsigned)strlen(k), v, (unsigned)strlen(v)));
}

static void cg_gen_func(Cg *cg, FuncInfo *fi) {
    CgFunc *f = fi->cg;
    cg->fn = f;
    LLVMValueRef fn = f->fn;
    /* Frame pointers everywhere, so perf can unwind Go frames. */
    cg_add_string_attr(cg, fn, "frame-pointer", "all");
    LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex,
                            LLVMCreateEnumAttribute(cg->ctx,
                                                    LLVMGetEnumAttributeKindForName("uwtable", 7),
                                                    2 /* async, as clang on x86-64 */));
    LLVMBasicBlockRef entry = LLVMAppendBasicBlockInContext(cg->ctx, fn, "entry");
    LLVMPositionBuilderAtEnd(cg->b, entry);
    if (cg->opts->debug_info) cg_debug_func(cg, f);
    Node *decl = fi->decl;
    cg_debug_loc(cg, decl->pos);

    unsigned hidden = cg_closure_enter(cg, f); /* a literal's closure record: cg_closure.c */
    for (int i = 0; i < fi->params.len; i++) {
        Object *p = VEC_AT(fi->params, i);
        LLVMValueRef v = cg_abi_param(cg, (unsigned)i + hidden);
        if (p->name && p->name[0]) LLVMSetValueName2(v, p->name, strlen(p->name));
        cg_declare_local(cg, p, v);
    }
    for (int i = 0; i < fi->results.len; i++)
        cg_declare_local(cg, VEC_AT(fi->results, i), NULL);
    cg_defer_enter(cg, f); /* cg_defer.c */

    Node *body = decl->kind == N_FUNCDECL ? decl->funcdecl.body : decl->funclit.body;
    cg_block(cg, &body->block.list);

    if (!cg_block_terminated(cg)) {
        cg_debug_loc(cg, body->block.rbrace);
        int nr = fi->results.len;
        cg_defer_before_return(cg, NULL, 0); /* cg_defer.c */
        /* The checker rejects a missing return, so with results this is
         * dead; still return them rather than fall off the end. */
        LLVMValueRef *vals = ARENA_ARRAY(LLVMValueRef, nr + 1);
        for (int i = 0; i < nr; i++) {
            Object *r = VEC_AT(fi->results, i);
            vals[i] = cg_load(cg, r->type, cg_var_addr(cg, r), "");
        }
        cg_abi_ret_vals(cg, vals, nr);
    }
    if (cg->opts->check_escape) cg_poison_frame(cg, f);
    cg->fn = NULL;
}

/* Generates bodies until no referenced function is left without one
 * (generating a body references more functions). */
void cg_gen_funcs(Cg *cg) {
    for (int i = 0; i < cg->pending.len; i++)
        cg_gen_func(cg, VEC_AT(cg->pending, i));
}
