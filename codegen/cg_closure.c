/* cg_closure.c: func values — func literals and the variables they
 * capture, declared functions and methods used as values (method values
 * x.M, method expressions T.M and (*T).M), and calls through func values.
 *
 * A func value is a pointer to a closure record whose first word is the
 * code; the code receives the record as a hidden first parameter, so a
 * call through any func value is: nil check, load the code, call it with
 * the record and the arguments. A literal's record holds its captured
 * variables after the code: a copy of the value where escape analysis
 * captures by value, else the variable's address (esc_capture_by_ref).
 * The record itself is an allocation site: a literal or method value that
 * "does not escape" gets an alloca, so its by-reference captures may stay
 * on the stack too. Records of literals without captures, and of declared
 * functions and method expressions, are constant globals: taking such a
 * func value allocates nothing.
 *
 * Declared functions do not take the hidden parameter; as values they go
 * through small wrappers (linkonce_odr, named "<func>-fv", "<method>-fm"
 * for method values as gc names them), which forward with a tail call. */
#include <string.h>

#include "codegen/cg_internal.h"

typedef struct CgClosure {
    int n;
    Object **objs;
    LLVMValueRef *addrs; /* where each captured variable lives */
} CgClosure;

/* ---- helper functions generated on the side ------------------------------- */

static void cg_fn_string_attr(Cg *cg, LLVMValueRef fn, const char *k, const char *v) {
    LLVMAddAttributeAtIndex(
        fn, LLVMAttributeFunctionIndex,
        LLVMCreateStringAttribute(cg->ctx, k, (unsigned)strlen(k), v, (unsigned)strlen(v)));
}

void cg_side_begin(Cg *cg, CgFunc *f, CgSideState *save) {
    save->fn = cg->fn;
    save->b = cg->b;
    save->cur_stmt = cg->cur_stmt;
    cg->fn = f;
    cg->b = LLVMCreateBuilderInContext(cg->ctx);
    /* frame pointers, as every Go function (tracebacks, recover) */
    cg_fn_string_attr(cg, f->fn, "frame-pointer", "all");
    LLVMPositionBuilderAtEnd(cg->b, LLVMAppendBasicBlockInContext(cg->ctx, f->fn, "entry"));
}

void cg_side_end(Cg *cg, CgSideState *save) {
    LLVMDisposeBuilder(cg->b);
    cg->fn = save->fn;
    cg->b = save->b;
    cg->cur_stmt = save->cur_stmt;
}

/* A helper function: linkonce_odr, so that identical ones merge. NULL
 * when it exists already (*fn then holds it). */
static CgFunc *cg_helper_func(Cg *cg, const char *name, LLVMTypeRef fnty, LLVMValueRef *fn) {
    *fn = LLVMGetNamedFunction(cg->mod, name);
    if (*fn) return NULL;
    *fn = LLVMAddFunction(cg->mod, name, cg_abi_fnty(cg, fnty));
    LLVMSetLinkage(*fn, LLVMLinkOnceODRLinkage);
    CgFunc *f = ARENA_NEW(CgFunc);
    f->fn = *fn;
    f->fnty = fnty;
    return f;
}

static void cg_return_value(Cg *cg, LLVMTypeRef fnty, LLVMValueRef r) {
    (void)fnty; /* cg->fn's */
    cg_abi_ret(cg, r);
}

/* Forwards to target: a tail call, unless the target may recover. */
static LLVMValueRef cg_forward(Cg *cg, FuncInfo *target, LLVMTypeRef fnty, LLVMValueRef fn,
                               LLVMValueRef *args, unsigned n, bool recover_wrapped) {
    (void)target;
    return cg_abi_call(cg, fnty, fn, args, n,
                       recover_wrapped ? LLVMTailCallKindNoTail : LLVMTailCallKindTail, NULL);
}

/* ---- records ------------------------------------------------------------------ */

LLVMTypeRef cg_closure_fnty(Cg *cg, Type *sig) {
    Type *u = types_underlying(sig);
    /* a method's own type: the receiver is not a Go parameter here */
    if (u->sig.recv) u = types_new_signature(NULL, u->sig.params, u->sig.results, u->sig.variadic);
    LLVMTypeRef base = cg_func_type(cg, u);
    unsigned n = LLVMCountParamTypes(base);
    LLVMTypeRef *pt = ARENA_ARRAY(LLVMTypeRef, n + 1);
    pt[0] = cg->t_ptr;
    LLVMGetParamTypes(base, pt + 1);
    return LLVMFunctionType(LLVMGetReturnType(base), pt, n + 1, 0);
}

/* A constant record { code } for func values without captures. */
static LLVMValueRef cg_static_record(Cg *cg, const char *name, LLVMValueRef code) {
    LLVMValueRef g = LLVMGetNamedGlobal(cg->mod, name);
    if (g) return g;
    LLVMTypeRef ty = LLVMStructTypeInContext(cg->ctx, &cg->t_ptr, 1, 0);
    g = LLVMAddGlobal(cg->mod, ty, name);
    LLVMSetInitializer(g, LLVMConstNamedStruct(ty, &code, 1));
    LLVMSetGlobalConstant(g, 1);
    LLVMSetLinkage(g, LLVMLinkOnceODRLinkage);
    LLVMSetAlignment(g, 8);
    return g;
}

/* Storage for a record of type rty: the heap, or the frame when escape
 * analysis says the allocation site does not escape. */
static LLVMValueRef cg_record_alloc(Cg *cg, LLVMTypeRef rty, bool heap, const char *name) {
    if (!heap) {
        LLVMValueRef a = cg_alloca(cg, rty, name);
        LLVMSetAlignment(a, 8);
        return a;
    }
    LLVMValueRef size = LLVMConstInt(cg->t_i64, LLVMABISizeOfType(cg->td, rty), 0);
    return cg_rt(cg, RT_ALLOC, &size, 1);
}

/* ---- func literals --------------------------------------------------------------- */

static LLVMTypeRef cg_funclit_record_type(Cg *cg, FuncInfo *fi) {
    int n = fi->captures.len;
    LLVMTypeRef *ft = ARENA_ARRAY(LLVMTypeRef, n + 1);
    ft[0] = cg->t_ptr;
    for (int i = 0; i < n; i++) {
        Object *o = VEC_AT(fi->captures, i);
        ft[i + 1] = esc_capture_by_ref(fi, i) ? cg->t_ptr : cg_memtype(cg, o->type);
    }
    return LLVMStructTypeInContext(cg->ctx, ft, (unsigned)n + 1, 0);
}

static bool cg_sig_ok(Cg *cg, FuncInfo *fi) {
    Type *tuples[2] = {fi->sig->sig.params, fi->sig->sig.results};
    for (int j = 0; j < 2; j++)
        for (int i = 0; i < tuples[j]->tuple.vars.len; i++) {
            Object *o = VEC_AT(tuples[j]->tuple.vars, i);
            if (!cg_type_supported(o->type)) {
                cg_unsupported(cg, fi->decl,
                               arena_printf("%s of type %s", j ? "result" : "parameter",
                                            types_string(o->type)));
                return false;
            }
        }
    for (int i = 0; i < fi->captures.len; i++) {
        Object *o = VEC_AT(fi->captures, i);
        if (!cg_type_supported(o->type)) {
            cg_unsupported(cg, fi->decl,
                           arena_printf("capturing a variable of type %s", types_string(o->type)));
            return false;
        }
    }
    return true;
}

LLVMValueRef cg_closure_func_value(Cg *cg, FuncInfo *fi) {
    CgFunc *f = fi->cg;
    if (!cg_sig_ok(cg, fi)) return NULL;
    f->fnty = cg_closure_fnty(cg, fi->sig);
    const char *name = fi->link_name ? fi->link_name : "escgo.funclit";
    f->fn = LLVMAddFunction(cg->mod, name, cg_abi_fnty(cg, f->fnty));
    vec_push(&cg->pending, fi);
    return f->fn;
}

unsigned cg_closure_enter(Cg *cg, CgFunc *f) {
    FuncInfo *fi = f->fi;
    if (!fi->decl || fi->decl->kind != N_FUNCLIT) return 0;
    LLVMValueRef ctx = LLVMGetParam(f->fn, 0);
    LLVMSetValueName2(ctx, "closure", 7);
    int n = fi->captures.len;
    CgClosure *c = ARENA_NEW(CgClosure);
    c->n = n;
    c->objs = ARENA_ARRAY(Object *, n + 1);
    c->addrs = ARENA_ARRAY(LLVMValueRef, n + 1);
    LLVMTypeRef rty = cg_funclit_record_type(cg, fi);
    for (int i = 0; i < n; i++) {
        Object *o = VEC_AT(fi->captures, i);
        LLVMValueRef p = LLVMBuildStructGEP2(cg->b, rty, ctx, (unsigned)i + 1, o->name);
        c->objs[i] = o;
        /* by reference: the pointer never changes, load it once */
        c->addrs[i] = esc_capture_by_ref(fi, i) ? LLVMBuildLoad2(cg->b, cg->t_ptr, p, o->name) : p;
    }
    f->closure = c;
    return 1;
}

LLVMValueRef cg_closure_var_addr(Cg *cg, Object *obj) {
    CgClosure *c = cg->fn ? cg->fn->closure : NULL;
    if (!c) return NULL;
    for (int i = 0; i < c->n; i++)
        if (c->objs[i] == obj) return c->addrs[i];
    return NULL;
}

LLVMValueRef cg_funclit(Cg *cg, Node *e) {
    FuncInfo *fi = e->funclit.info;
    LLVMValueRef code = fi ? cg_func_value(cg, fi) : NULL;
    if (!code) return LLVMGetUndef(cg->t_ptr);
    int n = fi->captures.len;
    if (n == 0) return cg_static_record(cg, arena_printf("%s·f", fi->link_name), code);
    LLVMTypeRef rty = cg_funclit_record_type(cg, fi);
    LLVMValueRef rec = cg_record_alloc(cg, rty, esc_expr_on_heap(e), "closure");
    LLVMBuildStore(cg->b, code, LLVMBuildStructGEP2(cg->b, rty, rec, 0, ""));
    for (int i = 0; i < n; i++) {
        Object *o = VEC_AT(fi->captures, i);
        LLVMValueRef field = LLVMBuildStructGEP2(cg->b, rty, rec, (unsigned)i + 1, "");
        LLVMValueRef addr = cg_var_addr(cg, o);
        if (esc_capture_by_ref(fi, i))
            LLVMBuildStore(cg->b, addr, field);
        else
            cg_store(cg, o->type, cg_load(cg, o->type, addr, o->name), field);
    }
    return rec;
}

/* ---- declared functions as values ------------------------------------------------ */

LLVMValueRef cg_func_ref(Cg *cg, Object *fnobj) {
    FuncInfo *fi = fnobj->func.info;
    LLVMValueRef target = fi ? cg_func_value(cg, fi) : NULL;
    if (!target) {
        cg_unsupported(cg, fi ? fi->decl : NULL,
                       arena_printf("function %s as a value", fnobj->name));
        return LLVMGetUndef(cg->t_ptr);
    }
    const char *recname = arena_printf("%s·f", fi->link_name);
    LLVMValueRef rec = LLVMGetNamedGlobal(cg->mod, recname);
    if (rec) return rec;
    CgFunc *tf = fi->cg;
    LLVMTypeRef wty = cg_closure_fnty(cg, fi->sig);
    LLVMValueRef wfn;
    CgFunc *w = cg_helper_func(cg, arena_printf("%s-fv", fi->link_name), wty, &wfn);
    if (w) {
        CgSideState save;
        cg_side_begin(cg, w, &save);
        bool wrapped = cg_recover_wrap(cg, fi);
        unsigned np = cg_abi_nparams(cg);
        LLVMValueRef *args = ARENA_ARRAY(LLVMValueRef, np + 1);
        for (unsigned i = 1; i < np; i++)
            args[i - 1] = cg_abi_param(cg, i);
        LLVMValueRef r = cg_forward(cg, fi, tf->fnty, tf->fn, args, np - 1, wrapped);
        cg_return_value(cg, wty, r);
        cg_side_end(cg, &save);
    }
    return cg_static_record(cg, recname, wfn);
}

/* ---- method values and method expressions ---------------------------------------- */

/* The code of an interface method called with data word data: itab
 * slot 2 + the method's index in the interface's method set. */
static LLVMValueRef cg_itab_method(Cg *cg, LLVMValueRef itab, Selection *s) {
    int idx = s->index[s->index_len - 1];
    LLVMValueRef gi[] = {LLVMConstInt(cg->t_i64, (unsigned long long)(2 + idx), 0)};
    LLVMValueRef slot = LLVMBuildInBoundsGEP2(cg->b, cg->t_ptr, itab, gi, 1, "");
    return LLVMBuildLoad2(cg->b, cg->t_ptr, slot, "method");
}

/* i.M as a value: the record holds the interface value; the wrapper
 * dispatches through its itab. Also x.M with M promoted from an interface
 * field embedded in x's type: the record holds that field's value. */
static LLVMValueRef cg_iface_method_value(Cg *cg, Node *sel) {
    Selection *s = sel->selector.selection;
    Object *m = s->obj;
    LLVMValueRef iv = s->index_len == 1 ? cg_expr(cg, sel->selector.x) : cg_method_recv(cg, sel);
    if (!iv) return LLVMGetUndef(cg->t_ptr);
    LLVMValueRef itab = LLVMBuildExtractValue(cg->b, iv, 0, "");
    /* gc: i.M of a nil i panics here */
    if (s->index_len > 1 || !cg_is_eface(s->recv)) cg_nil_check(cg, itab);
    LLVMTypeRef fields[] = {cg->t_ptr, cg->t_eface};
    LLVMTypeRef rty = LLVMStructTypeInContext(cg->ctx, fields, 2, 0);
    LLVMTypeRef wty = cg_closure_fnty(cg, m->type);
    LLVMValueRef wfn;
    const char *wname =
        arena_printf("go:ifacemethod.%s.%s", types_string_qualified(s->recv), m->name);
    CgFunc *w = cg_helper_func(cg, wname, wty, &wfn);
    if (w) {
        CgSideState save;
        cg_side_begin(cg, w, &save);
        bool wrapped = cg_recover_wrap(cg, NULL); /* the method is not known here */
        LLVMValueRef ctx = LLVMGetParam(wfn, 0);
        LLVMValueRef v =
            LLVMBuildLoad2(cg->b, cg->t_eface, LLVMBuildStructGEP2(cg->b, rty, ctx, 1, ""), "recv");
        LLVMValueRef fn = cg_itab_method(cg, LLVMBuildExtractValue(cg->b, v, 0, ""), s);
        unsigned np = cg_abi_nparams(cg);
        LLVMValueRef *args = ARENA_ARRAY(LLVMValueRef, np + 1);
        args[0] = LLVMBuildExtractValue(cg->b, v, 1, "");
        for (unsigned i = 1; i < np; i++)
            args[i] = cg_abi_param(cg, i);
        /* the method's fnty through an interface: the data word, then the
         * parameters — the closure convention's shape */
        LLVMValueRef r = cg_forward(cg, NULL, wty, fn, args, np, wrapped);
        cg_return_value(cg, wty, r);
        cg_side_end(cg, &save);
    }
    LLVMValueRef rec = cg_record_alloc(cg, rty, esc_expr_on_heap(sel), "methodvalue");
    LLVMBuildStore(cg->b, wfn, LLVMBuildStructGEP2(cg->b, rty, rec, 0, ""));
    LLVMBuildStore(cg->b, iv, LLVMBuildStructGEP2(cg->b, rty, rec, 1, ""));
    return rec;
}

/* T.M, (*T).M, I.M: a constant record whose wrapper takes the receiver as
 * its first Go parameter. */
static LLVMValueRef cg_method_expr(Cg *cg, Node *sel) {
    Selection *s = sel->selector.selection;
    Object *m = s->obj;
    Type *sig = types_underlying(sel->type);
    Type *rt = ((Object *)VEC_AT(sig->sig.params->tuple.vars, 0))->type;
    bool iface = types_is_interface(rt);
    FuncInfo *fi = iface ? NULL : m->func.info;
    LLVMValueRef target = fi ? cg_func_value(cg, fi) : NULL;
    if ((!iface && !target) || (iface && s->index_len != 1)) {
        cg_unsupported(cg, sel, "this method expression");
        return LLVMGetUndef(cg->t_ptr);
    }
    const char *base = arena_printf("go:methodexpr.%s.%s", types_string_qualified(rt), m->name);
    const char *recname = arena_printf("%s·f", base);
    LLVMValueRef rec = LLVMGetNamedGlobal(cg->mod, recname);
    if (rec) return rec;
    LLVMTypeRef wty = cg_closure_fnty(cg, sig);
    LLVMValueRef wfn;
    CgFunc *w = cg_helper_func(cg, base, wty, &wfn);
    if (w) {
        CgSideState save;
        cg_side_begin(cg, w, &save);
        bool wrapped = cg_recover_wrap(cg, fi); /* fi NULL for I.M: always */
        unsigned np = cg_abi_nparams(cg);
        LLVMValueRef *args = ARENA_ARRAY(LLVMValueRef, np + 1);
        for (unsigned i = 2; i < np; i++)
            args[i - 1] = cg_abi_param(cg, i);
        LLVMValueRef rv = cg_abi_param(cg, 1);
        LLVMValueRef r;
        if (iface) {
            LLVMValueRef itab = cg_nil_check(cg, LLVMBuildExtractValue(cg->b, rv, 0, ""));
            args[0] = LLVMBuildExtractValue(cg->b, rv, 1, "");
            LLVMValueRef fn = cg_itab_method(cg, itab, s);
            r = cg_forward(cg, NULL, cg_closure_fnty(cg, m->type), fn, args, np - 1, wrapped);
        } else {
            LLVMValueRef tmp = cg_alloca(cg, cg_memtype(cg, rt), "recv");
            cg_store(cg, rt, rv, tmp);
            args[0] = cg_recv_from_addr(cg, tmp, rt, s, m);
            CgFunc *tf = fi->cg;
            r = cg_forward(cg, fi, tf->fnty, tf->fn, args, np - 1, wrapped);
        }
        cg_return_value(cg, wty, r);
        cg_side_end(cg, &save);
    }
    return cg_static_record(cg, recname, wfn);
}

LLVMValueRef cg_method_value(Cg *cg, Node *sel) {
    Selection *s = sel->selector.selection;
    if (s->kind == SEL_METHOD_EXPR) return cg_method_expr(cg, sel);
    if (types_is_interface(s->recv) || cg_sel_via_iface(s->recv, s))
        return cg_iface_method_value(cg, sel);
    Object *m = s->obj;
    FuncInfo *fi = m->func.info;
    LLVMValueRef target = fi ? cg_func_value(cg, fi) : NULL;
    if (!target) {
        cg_unsupported(cg, sel, "this method value");
        return LLVMGetUndef(cg->t_ptr);
    }
    CgFunc *tf = fi->cg;
    Type *rtype = fi->sig->sig.recv->type;
    LLVMTypeRef fields[] = {cg->t_ptr, cg_memtype(cg, rtype)};
    LLVMTypeRef rty = LLVMStructTypeInContext(cg->ctx, fields, 2, 0);
    /* the receiver is evaluated (and a nil pointer to a value receiver
     * dereferenced) now, as gc does */
    LLVMValueRef recv = cg_method_recv(cg, sel);
    LLVMTypeRef wty = cg_closure_fnty(cg, m->type);
    LLVMValueRef wfn;
    CgFunc *w = cg_helper_func(cg, arena_printf("%s-fm", fi->link_name), wty, &wfn);
    if (w) {
        CgSideState save;
        cg_side_begin(cg, w, &save);
        bool wrapped = cg_recover_wrap(cg, fi);
        LLVMValueRef ctx = LLVMGetParam(wfn, 0);
        unsigned np = cg_abi_nparams(cg);
        LLVMValueRef *args = ARENA_ARRAY(LLVMValueRef, np + 1);
        args[0] = cg_load(cg, rtype, LLVMBuildStructGEP2(cg->b, rty, ctx, 1, ""), "recv");
        for (unsigned i = 1; i < np; i++)
            args[i] = cg_abi_param(cg, i);
        LLVMValueRef r = cg_forward(cg, fi, tf->fnty, tf->fn, args, np, wrapped);
        cg_return_value(cg, wty, r);
        cg_side_end(cg, &save);
    }
    LLVMValueRef rec = cg_record_alloc(cg, rty, esc_expr_on_heap(sel), "methodvalue");
    LLVMBuildStore(cg->b, wfn, LLVMBuildStructGEP2(cg->b, rty, rec, 0, ""));
    cg_store(cg, rtype, recv, LLVMBuildStructGEP2(cg->b, rty, rec, 1, ""));
    return rec;
}

/* ---- calls through func values ------------------------------------------------------ */

LLVMValueRef cg_call_funcvalue(Cg *cg, LLVMValueRef fv, Type *sig, LLVMValueRef *argv, int n) {
    /* gc: calling a nil func value faults on the load of its code */
    cg_nil_check(cg, fv);
    LLVMValueRef code = LLVMBuildLoad2(cg->b, cg->t_ptr, fv, "code");
    LLVMValueRef *args = ARENA_ARRAY(LLVMValueRef, n + 1);
    args[0] = fv;
    for (int i = 0; i < n; i++)
        args[i + 1] = argv[i];
    /* the callee may call recover, which checks its caller's frame */
    return cg_abi_call(cg, cg_closure_fnty(cg, sig), code, args, (unsigned)n + 1,
                       LLVMTailCallKindNoTail, NULL);
}

LLVMValueRef cg_funcvalue_call_expr(Cg *cg, Node *call) {
    Node *fun = call->call.fun;
    Type *sig = fun->type ? types_underlying(fun->type) : NULL;
    if (!sig || sig->kind != TY_SIGNATURE) {
        cg_unsupported(cg, call, "this call");
        return NULL;
    }
    LLVMValueRef fv = cg_expr(cg, fun);
    if (!fv) return NULL;
    int np = sig->sig.params->tuple.vars.len;
    LLVMValueRef *argv = ARENA_ARRAY(LLVMValueRef, np + 1);
    if (!cg_call_args(cg, call, sig, argv)) return NULL;
    return cg_call_funcvalue(cg, fv, sig, argv, np);
}
