/* cg_defer.c: defer statements, the returns of functions that defer, and
 * recover. The run-time half, and why it is built on setjmp/longjmp
 * rather than on LLVM's exception handling, is runtime/defer.c.
 *
 * A function containing defer gets a jmp_buf in its frame and calls
 * _setjmp on entry (after its parameters and results exist); a second
 * return from _setjmp means a deferred call recovered a panic, and the
 * function then does what a return does: run its remaining deferred calls
 * and return its result variables. Those result variables are read after
 * a longjmp, so their addresses are handed to an empty inline asm: LLVM
 * must then keep them in memory rather than in registers that longjmp
 * would roll back. Functions without defer get none of this.
 *
 * `defer f(args)` evaluates f (or the receiver, or the interface's method)
 * and the arguments at once into a record (GoDefer's header, then the
 * values); a per-statement thunk, called by the runtime with the record,
 * makes the call. The record lives in the frame when escape analysis says
 * so (a defer outside loops), else on the heap. Builtins are deferred the
 * same way: the thunk generates the builtin call with its evaluated
 * arguments read from the record through stand-in variables.
 *
 * recover passes the frame address of the function calling it; the
 * runtime accepts it only if that frame's caller is the thunk of the
 * deferred call the panic is running. So a function calling recover is
 * never inlined, and the thunk's call is never a tail call. */
#include <string.h>

#include "codegen/cg_internal.h"

enum { CG_JMPBUF_BYTES = 200 }; /* ESCGO_JMPBUF_BYTES (runtime/escgo_rt.h) */

/* ---- runtime entry points ---------------------------------------------------- */

static LLVMValueRef cg_defer_rtfn(Cg *cg, const char *name, LLVMTypeRef ret, LLVMTypeRef *params,
                                  unsigned n, LLVMTypeRef *fty) {
    *fty = LLVMFunctionType(ret, params, n, 0);
    LLVMValueRef fn = LLVMGetNamedFunction(cg->mod, name);
    if (!fn) fn = LLVMAddFunction(cg->mod, name, *fty);
    return fn;
}

static LLVMValueRef cg_defer_call_rt(Cg *cg, const char *name, LLVMTypeRef ret, LLVMValueRef *args,
                                     unsigned n) {
    LLVMTypeRef pt[4];
    for (unsigned i = 0; i < n; i++)
        pt[i] = LLVMTypeOf(args[i]);
    LLVMTypeRef fty;
    LLVMValueRef fn = cg_defer_rtfn(cg, name, ret, pt, n, &fty);
    return LLVMBuildCall2(cg->b, fty, fn, args, n, "");
}

static void cg_enum_attr(Cg *cg, LLVMValueRef fn, LLVMAttributeIndex idx, const char *name) {
    unsigned kind = LLVMGetEnumAttributeKindForName(name, strlen(name));
    LLVMAddAttributeAtIndex(fn, idx, LLVMCreateEnumAttribute(cg->ctx, kind, 0));
}

static LLVMValueRef cg_frame_address(Cg *cg) {
    const char *name = "llvm.frameaddress";
    unsigned id = LLVMLookupIntrinsicID(name, strlen(name));
    LLVMTypeRef ty = cg->t_ptr;
    LLVMValueRef fn = LLVMGetIntrinsicDeclaration(cg->mod, id, &ty, 1);
    LLVMTypeRef fty = LLVMIntrinsicGetType(cg->ctx, id, &ty, 1);
    LLVMValueRef zero = LLVMConstInt(cg->t_i32, 0, 0);
    return LLVMBuildCall2(cg->b, fty, fn, &zero, 1, "fp");
}

/* Makes p escape without emitting an instruction: LLVM must assume the
 * asm kept it, so the memory it points to stays memory. */
static void cg_escape_ptr(Cg *cg, LLVMValueRef p) {
    LLVMTypeRef fty = LLVMFunctionType(cg->t_void, &cg->t_ptr, 1, 0);
    LLVMValueRef asmv =
        LLVMGetInlineAsm(fty, "", 0, "r,~{memory}", 11, 1, 0, LLVMInlineAsmDialectATT, 0);
    LLVMBuildCall2(cg->b, fty, asmv, &p, 1, "");
}

/* ---- entry and return ----------------------------------------------------------- */

static void cg_ret_results(Cg *cg) {
    FuncInfo *fi = cg->fn->fi;
    int nr = fi->results.len;
    LLVMValueRef *vals = ARENA_ARRAY(LLVMValueRef, nr + 1);
    for (int i = 0; i < nr; i++) {
        Object *r = VEC_AT(fi->results, i);
        vals[i] = cg_load(cg, r->type, cg_var_addr(cg, r), r->name);
    }
    cg_abi_ret_vals(cg, vals, nr); /* cg_func.c */
}

void cg_defer_enter(Cg *cg, CgFunc *f) {
    FuncInfo *fi = f->fi;
    if (fi->has_recover) cg_enum_attr(cg, f->fn, LLVMAttributeFunctionIndex, "noinline");
    if (!fi->has_defer) return;
    LLVMTypeRef jbty = LLVMArrayType2(cg->t_i8, CG_JMPBUF_BYTES);
    LLVMValueRef jb = cg_alloca(cg, jbty, "deferframe");
    LLVMSetAlignment(jb, 16);
    f->defer_frame = jb;
    for (int i = 0; i < fi->results.len; i++)
        cg_escape_ptr(cg, cg_var_addr(cg, VEC_AT(fi->results, i)));
    LLVMTypeRef fty;
    LLVMValueRef sj = cg_defer_rtfn(cg, "_setjmp", cg->t_i32, &cg->t_ptr, 1, &fty);
    cg_enum_attr(cg, sj, LLVMAttributeFunctionIndex, "returns_twice");
    LLVMValueRef r = LLVMBuildCall2(cg->b, fty, sj, &jb, 1, "");
    LLVMAddCallSiteAttribute(
        r, LLVMAttributeFunctionIndex,
        LLVMCreateEnumAttribute(cg->ctx, LLVMGetEnumAttributeKindForName("returns_twice", 13), 0));
    LLVMBasicBlockRef recovered = cg_new_block(cg, "recovered");
    LLVMBasicBlockRef body = cg_new_block(cg, "body");
    LLVMBuildCondBr(cg->b, LLVMBuildICmp(cg->b, LLVMIntNE, r, LLVMConstInt(cg->t_i32, 0, 0), ""),
                    recovered, body);
    /* a deferred call recovered a panic: finish as a return does */
    LLVMPositionBuilderAtEnd(cg->b, recovered);
    cg_defer_before_return(cg, NULL, 0);
    cg_ret_results(cg);
    LLVMPositionBuilderAtEnd(cg->b, body);
}

void cg_defer_before_return(Cg *cg, LLVMValueRef *vals, int nr) {
    LLVMValueRef jb = cg->fn ? cg->fn->defer_frame : NULL;
    if (!jb) return;
    FuncInfo *fi = cg->fn->fi;
    if (vals)
        for (int i = 0; i < nr; i++) {
            Object *r = VEC_AT(fi->results, i);
            cg_store(cg, r->type, vals[i], cg_var_addr(cg, r));
        }
    cg_defer_call_rt(cg, "escgo_deferreturn", cg->t_void, &jb, 1);
    if (vals)
        for (int i = 0; i < nr; i++) {
            Object *r = VEC_AT(fi->results, i);
            vals[i] = cg_load(cg, r->type, cg_var_addr(cg, r), r->name);
        }
}

/* ---- recover ----------------------------------------------------------------------- */

LLVMValueRef cg_recover(Cg *cg, Node *call) {
    (void)call;
    LLVMValueRef fp = cg_frame_address(cg);
    return cg_defer_call_rt(cg, "escgo_gorecover", cg->t_eface, &fp, 1);
}

bool cg_recover_wrap(Cg *cg, FuncInfo *target) {
    if (target && !target->has_recover) return false;
    LLVMValueRef fp = cg_frame_address(cg);
    cg_defer_call_rt(cg, "escgo_recover_wrap", cg->t_void, &fp, 1);
    cg_enum_attr(cg, cg->fn->fn, LLVMAttributeFunctionIndex, "noinline");
    return true;
}

/* ---- defer statements ---------------------------------------------------------------- */

typedef enum DeferKind {
    DK_STATIC,    /* a declared function or concrete method */
    DK_IFACE,     /* an interface method: code and data word saved */
    DK_FUNCVALUE, /* anything else callable */
    DK_RECOVER,   /* defer recover(): the deferring frame's address saved */
    DK_BUILTIN,
} DeferKind;

/* The record: GoDefer's header (escgo_rt.h), then the payload. */
enum { DEFER_HEADER_FIELDS = 6, DEFER_THUNK_FP = 3 };

/* What a defer saves: npre raw values (receiver, func value, interface
 * code and data word), then the arguments. Arguments are either raw LLVM
 * values ready to pass (types NULL), or Go values of types[i] that the
 * thunk reads back through stand-in variables ("typed"), for builtins and
 * for variadic calls, whose ... slice is built when the call is made, as
 * gc does (so a defer in a loop does not share one stack slice). */
typedef struct DeferPlan {
    DeferKind kind;
    Node *call;
    FuncInfo *callee; /* DK_STATIC */
    Type *sig;        /* the signature called (not DK_BUILTIN, DK_RECOVER) */
    int npre, n;
    LLVMValueRef *vals; /* NULL: a constant argument, re-evaluated by the thunk */
    Type **types;
    Node **at; /* the argument each typed value stands for */
    bool typed;
} DeferPlan;

static BuiltinId cg_defer_builtin(Node *fun) {
    fun = ast_unparen(fun);
    Object *o = fun->kind == N_IDENT ? fun->ident.obj : NULL;
    return o && o->kind == OBJ_BUILTIN ? o->builtin.id : BUILTIN_NONE;
}

static void cg_defer_plan_alloc(DeferPlan *p, int cap) {
    p->vals = ARENA_ARRAY(LLVMValueRef, cap + 1);
    p->types = ARENA_ARRAY(Type *, cap + 1);
    p->at = ARENA_ARRAY(Node *, cap + 1);
}

/* The arguments as typed values: each converted to its parameter's type
 * (the ... element type past the fixed ones) if sig is given, else left
 * as they are (builtins; constants are kept for the thunk). */
static bool cg_defer_typed_args(Cg *cg, DeferPlan *p, Type *sig) {
    Vec *args = &p->call->call.args;
    Vec *params = sig ? &sig->sig.params->tuple.vars : NULL;
    int np = params ? params->len : 0;
    Type *et = NULL;
    if (sig && sig->sig.variadic)
        et = types_underlying(((Object *)VEC_AT(*params, np - 1))->type)->slice.elem;
    Node *only = args->len == 1 ? ast_unparen(VEC_AT(*args, 0)) : NULL;
    p->typed = true;
    if (only && only->type && only->type->kind == TY_TUPLE) { /* f(g()) */
        int k = only->type->tuple.vars.len;
        LLVMValueRef *v = p->vals + p->npre;
        cg_call_multi(cg, only, v, k);
        for (int i = 0; i < k; i++) {
            if (!v[i]) return false;
            Type *from = ((Object *)VEC_AT(only->type->tuple.vars, i))->type;
            Type *to = !sig ? from : i < np - 1 || !et ? ((Object *)VEC_AT(*params, i))->type : et;
            v[i] = cg_convert(cg, v[i], from, to);
            p->types[p->npre + i] = to;
            p->at[p->npre + i] = only;
        }
        p->n = p->npre + k;
        return true;
    }
    for (int i = 0; i < args->len; i++) {
        Node *a = VEC_AT(*args, i);
        int k = p->npre + i;
        p->at[k] = a;
        if (!sig) {
            Type *t = a->type;
            bool keep = a->mode == MODE_CONSTANT || a->mode == MODE_TYPEXPR || !t ||
                        (t->kind == TY_BASIC && t->basic.kind == B_UNTYPED_NIL);
            p->types[k] = t;
            p->vals[k] = keep ? NULL : cg_expr(cg, a);
            if (!keep && !p->vals[k]) return false;
            continue;
        }
        Type *to = i < np - 1 || !et ? ((Object *)VEC_AT(*params, i))->type : et;
        p->types[k] = to;
        p->vals[k] = cg_expr_to(cg, a, to);
        if (!p->vals[k]) return false;
    }
    p->n = p->npre + args->len;
    return true;
}

/* The arguments for a call of sig: typed for a variadic call without
 * `...` (its slice is built by the thunk), else ready to pass. */
static bool cg_defer_call_args(Cg *cg, DeferPlan *p, Type *sig) {
    int np = sig->sig.params->tuple.vars.len;
    Vec *args = &p->call->call.args;
    if (sig->sig.variadic && !p->call->call.has_ellipsis) {
        int cap = args->len + np;
        Node *only = args->len == 1 ? ast_unparen(VEC_AT(*args, 0)) : NULL;
        if (only && only->type && only->type->kind == TY_TUPLE) cap += only->type->tuple.vars.len;
        LLVMValueRef *pre = p->vals;
        cg_defer_plan_alloc(p, p->npre + cap);
        for (int i = 0; i < p->npre; i++)
            p->vals[i] = pre[i];
        return cg_defer_typed_args(cg, p, sig);
    }
    if (!cg_call_args(cg, p->call, sig, p->vals + p->npre)) return false;
    p->n = p->npre + np;
    return true;
}

/* Evaluates what the deferred call needs now; false if something could
 * not be generated (already reported). */
static bool cg_defer_eval(Cg *cg, DeferPlan *p) {
    Node *call = p->call;
    Node *fun = ast_unparen(call->call.fun);
    Vec *args = &call->call.args;
    BuiltinId bid = cg_defer_builtin(fun);
    int cap = args->len + 4;
    Node *only = args->len == 1 ? ast_unparen(VEC_AT(*args, 0)) : NULL;
    if (only && only->type && only->type->kind == TY_TUPLE) cap += only->type->tuple.vars.len;
    if (bid == BUILTIN_RECOVER) {
        p->kind = DK_RECOVER;
        cg_defer_plan_alloc(p, 1);
        p->npre = p->n = 1;
        p->vals[0] = cg_frame_address(cg);
        return true;
    }
    if (bid != BUILTIN_NONE) {
        p->kind = DK_BUILTIN;
        cg_defer_plan_alloc(p, cap);
        return cg_defer_typed_args(cg, p, NULL);
    }
    FuncInfo *fi = cg_callee(fun);
    if (fi) {
        if (!cg_func_value(cg, fi)) return false;
        p->kind = DK_STATIC;
        p->callee = fi;
        p->sig = fi->sig;
        cg_defer_plan_alloc(p, cap + fi->sig->sig.params->tuple.vars.len);
        if (fi->sig->sig.recv) p->vals[p->npre++] = cg_method_recv(cg, fun);
        return cg_defer_call_args(cg, p, fi->sig);
    }
    if (cg_is_iface_call(call)) {
        Selection *s = fun->selector.selection;
        p->kind = DK_IFACE;
        p->sig = s->obj->type;
        cg_defer_plan_alloc(p, cap + p->sig->sig.params->tuple.vars.len);
        /* through embedded fields, cg_method_recv loads the interface field */
        LLVMValueRef iv =
            s->index_len == 1 ? cg_expr(cg, fun->selector.x) : cg_method_recv(cg, fun);
        if (!iv) return false;
        /* i.M is evaluated now: a nil interface panics at the defer */
        LLVMValueRef itab = cg_nil_check(cg, LLVMBuildExtractValue(cg->b, iv, 0, ""));
        int idx = s->index[s->index_len - 1];
        LLVMValueRef gi[] = {LLVMConstInt(cg->t_i64, (unsigned long long)(2 + idx), 0)};
        LLVMValueRef slot = LLVMBuildInBoundsGEP2(cg->b, cg->t_ptr, itab, gi, 1, "");
        p->vals[0] = LLVMBuildLoad2(cg->b, cg->t_ptr, slot, "method");
        p->vals[1] = LLVMBuildExtractValue(cg->b, iv, 1, "");
        p->npre = 2;
        return cg_defer_call_args(cg, p, p->sig);
    }
    Type *sig = fun->type ? types_underlying(fun->type) : NULL;
    if (!sig || sig->kind != TY_SIGNATURE) {
        cg_unsupported(cg, call, "deferring this call");
        return false;
    }
    p->kind = DK_FUNCVALUE;
    p->sig = sig;
    cg_defer_plan_alloc(p, cap + sig->sig.params->tuple.vars.len);
    p->vals[0] = cg_expr(cg, fun);
    if (!p->vals[0]) return false;
    p->npre = 1;
    return cg_defer_call_args(cg, p, sig);
}

static bool cg_defer_is_typed(DeferPlan *p, int i) {
    return p->typed && i >= p->npre;
}

static LLVMTypeRef cg_defer_record_type(Cg *cg, DeferPlan *p) {
    LLVMTypeRef *ft = ARENA_ARRAY(LLVMTypeRef, DEFER_HEADER_FIELDS + p->n + 1);
    for (int i = 0; i < DEFER_HEADER_FIELDS - 1; i++)
        ft[i] = cg->t_ptr;
    ft[DEFER_HEADER_FIELDS - 1] = cg->t_i64;
    int k = DEFER_HEADER_FIELDS;
    for (int i = 0; i < p->n; i++) {
        if (!p->vals[i])
            ft[k++] = cg->t_i8; /* a kept constant: nothing saved */
        else if (cg_defer_is_typed(p, i))
            ft[k++] = cg_memtype(cg, p->types[i]); /* read back as a variable */
        else
            ft[k++] = LLVMTypeOf(p->vals[i]);
    }
    return LLVMStructTypeInContext(cg->ctx, ft, (unsigned)k, 0);
}

/* The original call's arguments, with each saved value replaced by a
 * stand-in variable living in the record. */
static Vec cg_defer_standins(Cg *cg, DeferPlan *p, LLVMTypeRef rty, LLVMValueRef d) {
    Vec out = {0};
    for (int i = p->npre; i < p->n; i++) {
        if (!p->vals[i]) {
            vec_push(&out, VEC_AT(p->call->call.args, i - p->npre));
            continue;
        }
        Object *o = types_new_object(OBJ_VAR, "deferarg", p->types[i], NULL);
        o->var.func = cg->fn->fi;
        CgVar *v = ARENA_NEW(CgVar);
        v->slot = LLVMBuildStructGEP2(cg->b, rty, d, (unsigned)(DEFER_HEADER_FIELDS + i), "");
        o->cg = v;
        Node *id = ast_new(N_IDENT, p->at[i]->pos);
        id->ident.name = o->name;
        id->ident.obj = o;
        id->mode = MODE_VARIABLE;
        id->type = p->types[i];
        vec_push(&out, id);
    }
    return out;
}

/* kind names the thunk: "defer" or "go". */
static LLVMValueRef cg_defer_thunk(Cg *cg, DeferPlan *p, LLVMTypeRef rty, const char *kind) {
    static int count;
    FuncInfo *outer = cg->fn->fi;
    LLVMTypeRef fty = LLVMFunctionType(cg->t_void, &cg->t_ptr, 1, 0);
    const char *name = arena_printf(
        "%s.%swrap%d", outer && outer->link_name ? outer->link_name : "go", kind, ++count);
    LLVMValueRef fn = LLVMAddFunction(cg->mod, name, fty);
    LLVMSetLinkage(fn, LLVMInternalLinkage);
    CgFunc *f = ARENA_NEW(CgFunc);
    f->fn = fn;
    f->fnty = fty;
    f->fi = outer;
    CgSideState save;
    cg_side_begin(cg, f, &save);
    LLVMValueRef d = LLVMGetParam(fn, 0);
    /* recover's check: the deferred function's caller is this frame */
    LLVMBuildStore(cg->b, cg_frame_address(cg),
                   LLVMBuildStructGEP2(cg->b, rty, d, DEFER_THUNK_FP, ""));
    int nparams = p->sig ? p->sig->sig.params->tuple.vars.len : 0;
    LLVMValueRef *v = ARENA_ARRAY(LLVMValueRef, p->n + nparams + 1);
    for (int i = 0; i < p->n; i++)
        if (p->vals[i] && !cg_defer_is_typed(p, i))
            v[i] = LLVMBuildLoad2(
                cg->b, LLVMTypeOf(p->vals[i]),
                LLVMBuildStructGEP2(cg->b, rty, d, (unsigned)(DEFER_HEADER_FIELDS + i), ""), "");
    int nv = p->n;
    if (p->typed && p->kind != DK_BUILTIN) {
        /* a variadic call: its arguments, ... slice included, from the
         * stand-ins (the original node: escape analysis knows its slice) */
        Vec saved = p->call->call.args;
        p->call->call.args = cg_defer_standins(cg, p, rty, d);
        bool ok = cg_variadic_args(cg, p->call, p->sig, v + p->npre);
        p->call->call.args = saved;
        if (!ok) nparams = -1;
        nv = p->npre + nparams;
    }
    LLVMValueRef c = NULL;
    if (nparams >= 0) {
        switch (p->kind) {
        case DK_STATIC: {
            CgFunc *tf = p->callee->cg;
            cg_abi_call(cg, tf->fnty, tf->fn, v, (unsigned)nv, LLVMTailCallKindNone, &c);
            break;
        }
        case DK_IFACE:
            cg_abi_call(cg, cg_closure_fnty(cg, p->sig), v[0], v + 1, (unsigned)nv - 1,
                        LLVMTailCallKindNone, &c);
            break;
        case DK_FUNCVALUE: {
            /* as cg_call_funcvalue, keeping the call instruction */
            cg_nil_check(cg, v[0]);
            LLVMValueRef code = LLVMBuildLoad2(cg->b, cg->t_ptr, v[0], "code");
            cg_abi_call(cg, cg_closure_fnty(cg, p->sig), code, v, (unsigned)nv,
                        LLVMTailCallKindNone, &c);
            break;
        }
        case DK_RECOVER: cg_defer_call_rt(cg, "escgo_gorecover", cg->t_eface, v, 1); break;
        case DK_BUILTIN: {
            Node *sc = ARENA_NEW(Node);
            *sc = *p->call;
            sc->call.args = cg_defer_standins(cg, p, rty, d);
            cg_expr(cg, sc);
            break;
        }
        }
    }
    if (c) {
        /* the deferred function's frame must be there, right above this
         * one, for recover's check: no tail call, no inlining */
        LLVMSetTailCallKind(c, LLVMTailCallKindNoTail);
        LLVMAddCallSiteAttribute(
            c, LLVMAttributeFunctionIndex,
            LLVMCreateEnumAttribute(cg->ctx, LLVMGetEnumAttributeKindForName("noinline", 8), 0));
    }
    if (!cg_block_terminated(cg)) LLVMBuildRetVoid(cg->b);
    cg_side_end(cg, &save);
    return fn;
}

/* Evaluates s's call into a record (in the frame if on_stack, else on the
 * heap) and makes its thunk; NULL if the call could not be generated. */
static LLVMValueRef cg_defer_record(Cg *cg, Node *s, bool on_stack, const char *kind,
                                    LLVMValueRef *thunk) {
    DeferPlan p;
    memset(&p, 0, sizeof p);
    p.call = ast_unparen(s->gostmt.call);
    if (!cg_defer_eval(cg, &p)) return NULL;
    LLVMTypeRef rty = cg_defer_record_type(cg, &p);
    LLVMValueRef rec;
    if (on_stack) {
        rec = cg_alloca(cg, rty, kind);
        LLVMSetAlignment(rec, 8);
    } else {
        LLVMValueRef size = LLVMConstInt(cg->t_i64, LLVMABISizeOfType(cg->td, rty), 0);
        rec = cg_rt(cg, RT_ALLOC, &size, 1);
    }
    for (int i = 0; i < p.n; i++) {
        if (!p.vals[i]) continue;
        LLVMValueRef field =
            LLVMBuildStructGEP2(cg->b, rty, rec, (unsigned)(DEFER_HEADER_FIELDS + i), "");
        if (cg_defer_is_typed(&p, i))
            cg_store(cg, p.types[i], p.vals[i], field);
        else
            LLVMBuildStore(cg->b, p.vals[i], field);
    }
    *thunk = cg_defer_thunk(cg, &p, rty, kind);
    return rec;
}

void cg_defer_stmt(Cg *cg, Node *s) {
    LLVMValueRef jb = cg->fn->defer_frame;
    if (!jb) {
        cg_unsupported(cg, s, "defer here");
        return;
    }
    LLVMValueRef thunk, rec = cg_defer_record(cg, s, esc_defer_on_stack(s), "defer", &thunk);
    if (!rec) return;
    LLVMValueRef args[] = {rec, jb, thunk};
    cg_defer_call_rt(cg, "escgo_deferproc", cg->t_void, args, 3);
}

/* go f(args): the same record as a defer's, always on the heap (the new
 * goroutine outlives this frame), handed to the scheduler with its thunk.
 * The header's defer fields go unused. */
void cg_go_stmt(Cg *cg, Node *s) {
    LLVMValueRef thunk, rec = cg_defer_record(cg, s, false, "go", &thunk);
    if (!rec) return;
    LLVMValueRef args[] = {thunk, rec};
    cg_rt(cg, RT_GO, args, 2);
}
