/* cg_call.c: calls — Go functions, conversions written as calls, the
 * builtins (len, print, println, panic, complex/real/imag), and the
 * declarations of the runtime functions generated code calls.
 *
 * Runtime functions are declared lazily with the attributes that let LLVM
 * optimize around them: escgo_alloc is an allocator (noalias, allocsize,
 * allockind, alloc-family) so dead allocations can be deleted; panics are
 * noreturn and cold so checks stay off the hot path. */
#include <string.h>

#include "codegen/cg_internal.h"

/* ---- runtime declarations --------------------------------------------------- */

static void cg_fn_attr(Cg *cg, LLVMValueRef fn, LLVMAttributeIndex idx, const char *name,
                       uint64_t val) {
    unsigned kind = LLVMGetEnumAttributeKindForName(name, strlen(name));
    LLVMAddAttributeAtIndex(fn, idx, LLVMCreateEnumAttribute(cg->ctx, kind, val));
}

/* The "memory" attribute's encoding: two bits (ref=1, mod=2) per location,
 * argument memory first, then inaccessible memory, then everything else. */
enum { MEM_INACC_RW = 3 << 2 };

static void cg_declare_rt(Cg *cg, RtFn f) {
    LLVMTypeRef i8 = cg->t_i8, i32 = cg->t_i32, i64 = cg->t_i64, f64 = cg->t_f64, p = cg->t_ptr,
                v = cg->t_void;
    const char *name = NULL;
    LLVMTypeRef ret = v, params[4];
    unsigned np = 0;
    bool noret = false;
#define P(...)                                                                                     \
    do {                                                                                           \
        LLVMTypeRef ps_[] = {__VA_ARGS__};                                                         \
        np = sizeof ps_ / sizeof ps_[0];                                                           \
        memcpy(params, ps_, sizeof ps_);                                                           \
    } while (0)
    switch (f) {
    case RT_ALLOC:
        name = "escgo_alloc";
        ret = p;
        P(i64);
        break;
    case RT_ALLOC_NOSCAN:
        name = "escgo_alloc_noscan";
        ret = p;
        P(i64);
        break;
    case RT_PRINTBOOL:
        name = "escgo_printbool";
        P(i8);
        break;
    case RT_PRINTINT:
        name = "escgo_printint";
        P(i64);
        break;
    case RT_PRINTUINT:
        name = "escgo_printuint";
        P(i64);
        break;
    case RT_PRINTHEX:
        name = "escgo_printhex";
        P(i64);
        break;
    case RT_PRINTFLOAT:
        name = "escgo_printfloat";
        P(f64);
        break;
    case RT_PRINTCOMPLEX:
        name = "escgo_printcomplex";
        P(f64, f64);
        break;
    case RT_PRINTSTRING:
        name = "escgo_printstring";
        P(p, i64);
        break;
    case RT_PRINTPOINTER:
        name = "escgo_printpointer";
        P(p);
        break;
    case RT_PRINTSLICE:
        name = "escgo_printslice";
        P(p, i64, i64);
        break;
    case RT_PRINTEFACE:
        name = "escgo_printeface";
        P(p, p);
        break;
    case RT_PRINTSP: name = "escgo_printsp"; break;
    case RT_PRINTNL: name = "escgo_printnl"; break;
    case RT_PRINTLOCK: name = "escgo_printlock"; break;
    case RT_PRINTUNLOCK: name = "escgo_printunlock"; break;
    case RT_CONCATSTRINGS:
        name = "escgo_concatstrings";
        ret = cg->t_string;
        P(p, i64);
        break;
    case RT_INTSTRING:
        name = "escgo_intstring";
        ret = cg->t_string;
        P(i64);
        break;
    case RT_DECODERUNE:
        name = "escgo_decoderune";
        ret = i32;
        P(p, i64, i64, p);
        break;
    case RT_GOPANIC:
        name = "escgo_gopanic";
        noret = true;
        P(p, p);
        break;
    case RT_PANIC_DIVIDE:
        name = "escgo_panic_divide";
        noret = true;
        break;
    case RT_PANIC_NILDEREF:
        name = "escgo_panic_nilderef";
        noret = true;
        break;
    case RT_PANIC_INDEX:
        name = "escgo_panic_index";
        noret = true;
        P(i64, i64);
        break;
    case RT_PANIC_INDEX_U:
        name = "escgo_panic_index_u";
        noret = true;
        P(i64, i64);
        break;
    case RT_PANIC_SLICE:
        name = "escgo_panic_slice";
        noret = true;
        P(i32, i64, i64);
        break;
    case RT_PANIC_SHIFT:
        name = "escgo_panic_shift";
        noret = true;
        break;
    case RT_GO:
        name = "escgo_go";
        P(p, p);
        break;
    case RT_MAKECHAN:
        name = "escgo_makechan";
        ret = p;
        P(p, i64);
        break;
    case RT_CHANSEND:
        name = "escgo_chansend";
        P(p, p);
        break;
    case RT_CHANRECV:
        name = "escgo_chanrecv";
        ret = i8;
        P(p, p);
        break;
    case RT_CLOSECHAN:
        name = "escgo_closechan";
        P(p);
        break;
    case RT_CHANLEN:
        name = "escgo_chanlen";
        ret = i64;
        P(p);
        break;
    case RT_CHANCAP:
        name = "escgo_chancap";
        ret = i64;
        P(p);
        break;
    case RT_SELECT:
        name = "escgo_select";
        ret = i64;
        P(p, i64, i8, p);
        break;
    case RT_COUNT: break;
    }
#undef P
    LLVMTypeRef fty = LLVMFunctionType(ret, params, np, 0);
    LLVMValueRef fn = LLVMGetNamedFunction(cg->mod, name);
    if (!fn) fn = LLVMAddFunction(cg->mod, name, fty);
    cg->rt[f] = fn;
    cg->rt_ty[f] = fty;
    LLVMAttributeIndex FN = LLVMAttributeFunctionIndex;
    cg_fn_attr(cg, fn, FN, "nounwind", 0);
    if (noret) {
        cg_fn_attr(cg, fn, FN, "noreturn", 0);
        cg_fn_attr(cg, fn, FN, "cold", 0);
    }
    if (ret == i8) cg_fn_attr(cg, fn, LLVMAttributeReturnIndex, "zeroext", 0);
    if (f == RT_PRINTBOOL) cg_fn_attr(cg, fn, 1, "zeroext", 0);
    if (f == RT_SELECT) cg_fn_attr(cg, fn, 3, "zeroext", 0);
    if (f == RT_ALLOC || f == RT_ALLOC_NOSCAN) {
        /* An allocator LLVM understands: it may remove an allocation whose
         * result is unused, or that only holds values never read back. */
        cg_fn_attr(cg, fn, LLVMAttributeReturnIndex, "noalias", 0);
        cg_fn_attr(cg, fn, LLVMAttributeReturnIndex, "nonnull", 0);
        cg_fn_attr(cg, fn, LLVMAttributeReturnIndex, "align", 8);
        cg_fn_attr(cg, fn, FN, "allocsize", (0ULL << 32) | 0xFFFFFFFFULL);
        cg_fn_attr(cg, fn, FN, "allockind", 1 /* alloc */ | 16 /* zeroed */);
        cg_fn_attr(cg, fn, FN, "memory", MEM_INACC_RW);
        cg_fn_attr(cg, fn, FN, "willreturn", 0);
        LLVMAddAttributeAtIndex(fn, FN,
                                LLVMCreateStringAttribute(cg->ctx, "alloc-family", 12, "escgo", 5));
    }
}

LLVMValueRef cg_rt(Cg *cg, RtFn f, LLVMValueRef *args, unsigned n) {
    if (!cg->rt[f]) cg_declare_rt(cg, f);
    LLVMValueRef call = LLVMBuildCall2(cg->b, cg->rt_ty[f], cg->rt[f], args, n, "");
    if (f == RT_PRINTBOOL || f == RT_SELECT)
        LLVMAddCallSiteAttribute(
            call, f == RT_SELECT ? 3 : 1,
            LLVMCreateEnumAttribute(cg->ctx, LLVMGetEnumAttributeKindForName("zeroext", 7), 0));
    return call;
}

void cg_check_fail(Cg *cg, LLVMValueRef fail, RtFn f, LLVMValueRef *args, unsigned n) {
    LLVMBasicBlockRef bad = cg_new_block(cg, "panic");
    LLVMBasicBlockRef ok = cg_new_block(cg, "ok");
    LLVMBuildCondBr(cg->b, fail, bad, ok);
    LLVMPositionBuilderAtEnd(cg->b, bad);
    cg_rt(cg, f, args, n);
    LLVMBuildUnreachable(cg->b);
    LLVMPositionBuilderAtEnd(cg->b, ok);
}

/* ---- builtins -------------------------------------------------------------- */

static void cg_print_value(Cg *cg, Node *at, LLVMValueRef v, Type *t) {
    Type *u = types_underlying(t);
    LLVMBuilderRef b = cg->b;
    if (u->kind == TY_BASIC) {
        int info = u->basic.info;
        if (info & BI_BOOLEAN) {
            LLVMValueRef a = LLVMBuildZExt(b, v, cg->t_i8, "");
            cg_rt(cg, RT_PRINTBOOL, &a, 1);
        } else if (info & BI_INTEGER) {
            LLVMValueRef a = cg_to_i64(cg, v, t);
            cg_rt(cg, (info & BI_UNSIGNED) ? RT_PRINTUINT : RT_PRINTINT, &a, 1);
        } else if (info & BI_FLOAT) {
            LLVMValueRef a = LLVMTypeOf(v) == cg->t_f32 ? LLVMBuildFPExt(b, v, cg->t_f64, "") : v;
            cg_rt(cg, RT_PRINTFLOAT, &a, 1);
        } else if (info & BI_COMPLEX) {
            LLVMValueRef a[] = {LLVMBuildExtractValue(b, v, 0, ""),
                                LLVMBuildExtractValue(b, v, 1, "")};
            for (int i = 0; i < 2; i++)
                if (LLVMTypeOf(a[i]) == cg->t_f32) a[i] = LLVMBuildFPExt(b, a[i], cg->t_f64, "");
            cg_rt(cg, RT_PRINTCOMPLEX, a, 2);
        } else if (info & BI_STRING) {
            LLVMValueRef a[] = {cg_str_ptr(cg, v), cg_str_len(cg, v)};
            cg_rt(cg, RT_PRINTSTRING, a, 2);
        } else if (u->basic.kind == B_UNSAFEPOINTER || u->basic.kind == B_UNTYPED_NIL) {
            cg_rt(cg, RT_PRINTPOINTER, &v, 1);
        } else {
            cg_unsupported(cg, at, arena_printf("printing %s", types_string(t)));
        }
        return;
    }
    switch (u->kind) {
    case TY_POINTER:
    case TY_MAP:
    case TY_CHAN:
    case TY_SIGNATURE: cg_rt(cg, RT_PRINTPOINTER, &v, 1); return;
    case TY_SLICE: {
        LLVMValueRef a[] = {LLVMBuildExtractValue(b, v, 0, ""), LLVMBuildExtractValue(b, v, 1, ""),
                            LLVMBuildExtractValue(b, v, 2, "")};
        cg_rt(cg, RT_PRINTSLICE, a, 3);
        return;
    }
    case TY_INTERFACE: {
        LLVMValueRef a[] = {LLVMBuildExtractValue(b, v, 0, ""), LLVMBuildExtractValue(b, v, 1, "")};
        cg_rt(cg, RT_PRINTEFACE, a, 2);
        return;
    }
    default: cg_unsupported(cg, at, arena_printf("printing %s", types_string(t)));
    }
}

/* print/println: every argument is evaluated before the output lock is
 * taken, as gc does; println separates with spaces and ends the line. */
static void cg_print(Cg *cg, Node *call, bool ln) {
    Vec *args = &call->call.args;
    int n = args->len;
    LLVMValueRef *vals;
    Type **types;
    Node *first = n == 1 ? ast_unparen(VEC_AT(*args, 0)) : NULL;
    if (first && first->type && first->type->kind == TY_TUPLE) {
        /* println(f()) with f returning several values */
        Vec *vars = &first->type->tuple.vars;
        n = vars->len;
        vals = ARENA_ARRAY(LLVMValueRef, n + 1);
        types = ARENA_ARRAY(Type *, n + 1);
        for (int i = 0; i < n; i++) {
            types[i] = ((Object *)VEC_AT(*vars, i))->type;
            if (!cg_type_supported(types[i])) {
                cg_unsupported(cg, first, arena_printf("printing %s", types_string(types[i])));
                return;
            }
        }
        cg_call_multi(cg, first, vals, n);
        for (int i = 0; i < n; i++)
            if (!vals[i]) return;
    } else {
        vals = ARENA_ARRAY(LLVMValueRef, n + 1);
        types = ARENA_ARRAY(Type *, n + 1);
        for (int i = 0; i < n; i++) {
            Node *a = VEC_AT(*args, i);
            types[i] = a->type;
            if (!cg_type_supported(a->type)) {
                cg_unsupported(cg, a, arena_printf("printing %s", types_string(a->type)));
                return;
            }
            vals[i] = cg_expr(cg, a);
            if (!vals[i]) return;
        }
    }
    cg_rt(cg, RT_PRINTLOCK, NULL, 0);
    for (int i = 0; i < n; i++) {
        if (ln && i > 0) cg_rt(cg, RT_PRINTSP, NULL, 0);
        cg_print_value(cg, call, vals[i], types[i]);
    }
    if (ln) cg_rt(cg, RT_PRINTNL, NULL, 0);
    cg_rt(cg, RT_PRINTUNLOCK, NULL, 0);
}

static void cg_panic(Cg *cg, Node *call) {
    Node *a = VEC_AT(call->call.args, 0);
    LLVMValueRef iv;
    Type *t = a->type;
    if (!t || (t->kind == TY_BASIC && t->basic.kind == B_UNTYPED_NIL)) {
        iv = LLVMConstNull(cg->t_eface);
    } else if (types_is_interface(t)) {
        iv = cg_expr(cg, a);
        if (iv && !cg_is_eface(t)) iv = cg_iface_convert(cg, iv, t, types_any, NULL); /* itab */
    } else {
        if (!cg_type_supported(t)) {
            cg_unsupported(cg, a, arena_printf("panic with a value of type %s", types_string(t)));
            return;
        }
        iv = cg_iface_from_expr(cg, a, NULL, types_any); /* cg_iface.c */
    }
    if (!iv) return;
    LLVMValueRef args[] = {LLVMBuildExtractValue(cg->b, iv, 0, ""),
                           LLVMBuildExtractValue(cg->b, iv, 1, "")};
    cg_rt(cg, RT_GOPANIC, args, 2);
    LLVMBuildUnreachable(cg->b);
    cg_start_dead_block(cg);
}

static BuiltinId cg_builtin_id(Node *fun) {
    fun = ast_unparen(fun);
    Object *o = NULL;
    if (fun->kind == N_IDENT)
        o = fun->ident.obj;
    else if (fun->kind == N_SELECTOR)
        o = fun->selector.sel->ident.obj; /* unsafe.Sizeof */
    return o && o->kind == OBJ_BUILTIN ? o->builtin.id : BUILTIN_NONE;
}

static LLVMValueRef cg_builtin(Cg *cg, Node *call) {
    BuiltinId id = cg_builtin_id(call->call.fun);
    Vec *args = &call->call.args;
    bool slice_handled;
    LLVMValueRef slice_r = cg_slice_builtin(cg, call, id, &slice_handled); /* cg_slice.c */
    if (slice_handled) return slice_r;
    switch (id) {
    case BUILTIN_PRINT:
    case BUILTIN_PRINTLN: cg_print(cg, call, id == BUILTIN_PRINTLN); return NULL;
    case BUILTIN_PANIC: cg_panic(cg, call); return NULL;
    case BUILTIN_NEW: return cg_new(cg, call);
    case BUILTIN_DELETE: cg_map_delete(cg, call); return NULL; /* cg_map.c */
    case BUILTIN_RECOVER: return cg_recover(cg, call);         /* cg_defer.c */
    case BUILTIN_CLOSE: cg_chan_close(cg, call); return NULL;  /* cg_chan.c */
    case BUILTIN_MAKE:
        if (cg_is_map(call->type)) return cg_map_make(cg, call); /* cg_map.c */
        if (types_underlying(call->type)->kind == TY_CHAN) return cg_chan_make(cg, call);
        cg_unsupported(cg, call, arena_printf("make(%s)", types_string(call->type)));
        return LLVMGetUndef(cg_type(cg, call->type));
    case BUILTIN_LEN:
    case BUILTIN_CAP: {
        Node *a = VEC_AT(*args, 0);
        if (id == BUILTIN_LEN && cg_is_string(a->type)) return cg_str_len(cg, cg_expr(cg, a));
        if (id == BUILTIN_LEN && cg_is_map(a->type)) return cg_map_len(cg, cg_expr(cg, a));
        Type *at = types_underlying(a->type);
        if (at->kind == TY_CHAN) return cg_chan_len(cg, call, id == BUILTIN_CAP); /* cg_chan.c */
        if (at->kind == TY_POINTER) at = types_underlying(at->pointer.elem);
        if (at->kind == TY_ARRAY) {
            cg_expr(cg, a); /* for its effects (and a nil pointer's panic) */
            return LLVMConstInt(cg->t_i64, (unsigned long long)at->array.len, 0);
        }
        cg_unsupported(cg, call, arena_printf("len of %s", types_string(a->type)));
        return LLVMGetUndef(cg->t_i64);
    }
    case BUILTIN_REAL:
    case BUILTIN_IMAG: {
        LLVMValueRef v = cg_expr(cg, VEC_AT(*args, 0));
        return LLVMBuildExtractValue(cg->b, v, id == BUILTIN_REAL ? 0 : 1, "");
    }
    case BUILTIN_COMPLEX: {
        LLVMTypeRef ty = cg_type(cg, call->type);
        LLVMTypeRef et = LLVMStructGetTypeAtIndex(ty, 0);
        Type *ft = et == cg->t_f32 ? types_basic[B_FLOAT32] : types_basic[B_FLOAT64];
        LLVMValueRef re, im;
        if (args->len == 1) {
            /* complex(f()) with f returning two floats */
            Node *inner = ast_unparen(VEC_AT(*args, 0));
            LLVMValueRef v[2];
            cg_call_multi(cg, inner, v, 2);
            if (!v[0] || !v[1]) return LLVMGetUndef(ty);
            Type *tt = inner->type;
            re = cg_convert(cg, v[0], ((Object *)VEC_AT(tt->tuple.vars, 0))->type, ft);
            im = cg_convert(cg, v[1], ((Object *)VEC_AT(tt->tuple.vars, 1))->type, ft);
        } else {
            re = cg_expr_to(cg, VEC_AT(*args, 0), ft);
            im = cg_expr_to(cg, VEC_AT(*args, 1), ft);
        }
        LLVMValueRef c = LLVMGetUndef(ty);
        c = LLVMBuildInsertValue(cg->b, c, re, 0, "");
        return LLVMBuildInsertValue(cg->b, c, im, 1, "");
    }
    default: {
        Node *fun = ast_unparen(call->call.fun);
        const char *name = fun->kind == N_IDENT ? fun->ident.name : ast_expr_string(fun);
        cg_unsupported(cg, call, arena_printf("builtin %s", name));
        if (call->type && call->type->kind != TY_TUPLE && call->mode != MODE_NOVALUE)
            return LLVMGetUndef(cg_type(cg, call->type));
        return NULL;
    }
    }
}

/* ---- function calls ------------------------------------------------------------ */

FuncInfo *cg_callee(Node *fun) {
    fun = ast_unparen(fun);
    Object *o = NULL;
    if (fun->kind == N_SELECTOR && fun->selector.selection &&
        fun->selector.selection->kind == SEL_METHOD &&
        !types_is_interface(fun->selector.selection->recv))
        o = fun->selector.selection->obj;
    if (fun->kind == N_IDENT)
        o = fun->ident.obj;
    else if (fun->kind == N_SELECTOR && !fun->selector.selection)
        o = fun->selector.sel->ident.obj;
    if (o && o->kind == OBJ_FUNC) return o->func.info;
    return NULL;
}

bool cg_call_args(Cg *cg, Node *call, Type *sig, LLVMValueRef *argv) {
    Vec *params = &sig->sig.params->tuple.vars;
    int np = params->len;
    Vec *args = &call->call.args;
    if (sig->sig.variadic) {
        if (!cg_variadic_args(cg, call, sig, argv)) return false; /* cg_slice.c */
    } else if (args->len == 1 && np > 1) {
        /* f(g()) with g returning several values */
        Node *inner = ast_unparen(VEC_AT(*args, 0));
        cg_call_multi(cg, inner, argv, np);
        Type *tt = inner->type;
        for (int i = 0; i < np; i++) {
            if (!argv[i]) return false;
            Type *from = ((Object *)VEC_AT(tt->tuple.vars, i))->type;
            argv[i] = cg_convert(cg, argv[i], from, ((Object *)VEC_AT(*params, i))->type);
        }
    } else {
        for (int i = 0; i < np && i < args->len; i++) {
            argv[i] = cg_expr_to(cg, VEC_AT(*args, i), ((Object *)VEC_AT(*params, i))->type);
            if (!argv[i]) return false;
        }
    }
    return true;
}

/* The call instruction itself; its value is the result (a struct for
 * several results), or NULL if the call failed to generate. */
/* uintptr(p) with p an unsafe.Pointer, written as a call argument. */
static bool cg_is_uintptr_of_pointer(Node *a) {
    a = ast_unparen(a);
    if (a->kind != N_CALL || a->call.args.len != 1 || !a->type) return false;
    Node *fun = ast_unparen(a->call.fun);
    Node *x = VEC_AT(a->call.args, 0);
    return fun->mode == MODE_TYPEXPR && types_is_basic(a->type, BI_INTEGER) &&
           types_underlying(a->type)->basic.kind == B_UINTPTR && x->type &&
           types_underlying(x->type)->kind == TY_BASIC &&
           types_underlying(x->type)->basic.kind == B_UNSAFEPOINTER;
}

/* The objects of unsafe.Pointer arguments converted to uintptr in the
 * call being generated (innermost call last), kept alive until it
 * returns: Go's unsafe.Pointer rule for such arguments, which gc applies
 * to every call. Without it the collector may free the object while the
 * callee still uses the address. */
static Vec cg_keepalive; /* LLVMValueRef, or NULL marking a call's start */

static LLVMValueRef cg_call_func_inner(Cg *cg, Node *call);

static LLVMValueRef cg_call_func(Cg *cg, Node *call) {
    bool any = false;
    for (int i = 0; i < call->call.args.len && !any; i++)
        any = cg_is_uintptr_of_pointer(VEC_AT(call->call.args, i));
    if (!any) return cg_call_func_inner(cg, call);
    for (int i = 0; i < call->call.args.len; i++) {
        Node *a = ast_unparen(VEC_AT(call->call.args, i));
        if (cg_is_uintptr_of_pointer(a)) a->call.keepalive = true;
    }
    int mark = cg_keepalive.len;
    vec_push(&cg_keepalive, NULL);
    LLVMValueRef r = cg_call_func_inner(cg, call);
    for (int i = mark + 1; i < cg_keepalive.len; i++) {
        LLVMValueRef p = VEC_AT(cg_keepalive, i);
        LLVMTypeRef fty = LLVMFunctionType(cg->t_void, &cg->t_ptr, 1, 0);
        LLVMValueRef asmv =
            LLVMGetInlineAsm(fty, "", 0, "r,~{memory}", 11, 1, 0, LLVMInlineAsmDialectATT, 0);
        if (!cg_block_terminated(cg)) LLVMBuildCall2(cg->b, fty, asmv, &p, 1, "");
    }
    cg_keepalive.len = mark;
    return r;
}

static LLVMValueRef cg_call_func_inner(Cg *cg, Node *call) {
    FuncInfo *fi = cg_callee(call->call.fun);
    if (!fi && cg_is_iface_call(call)) return cg_iface_call(cg, call); /* cg_iface.c */
    if (!fi) return cg_funcvalue_call_expr(cg, call);                  /* cg_closure.c */
    if (!cg_func_value(cg, fi)) /* its signature was reported as unsupported */
        return NULL;
    Type *sig = fi->sig;
    int np = sig->sig.params->tuple.vars.len;
    LLVMValueRef *argv0 = ARENA_ARRAY(LLVMValueRef, np + 2);
    LLVMValueRef *argv = argv0;
    Node *fun = ast_unparen(call->call.fun);
    bool method = sig->sig.recv != NULL;
    if (method) {
        if (fun->kind != N_SELECTOR || !fun->selector.selection) {
            cg_unsupported(cg, call, "method expressions");
            return NULL;
        }
        argv0[0] = cg_method_recv(cg, fun);
        argv = argv0 + 1;
    }
    if (!cg_call_args(cg, call, sig, argv)) return NULL;
    CgFunc *f = fi->cg;
    /* recover checks its caller's frame: never a tail call (cg_defer.c) */
    return cg_abi_call(cg, f->fnty, f->fn, argv0, (unsigned)(np + (method ? 1 : 0)),
                       fi->has_recover ? LLVMTailCallKindNoTail : LLVMTailCallKindNone, NULL);
}

void cg_call_multi(Cg *cg, Node *call, LLVMValueRef *out, int n) {
    LLVMValueRef r = call->kind == N_CALL && call->call.call_kind != CALL_BUILTIN
                         ? cg_call_func(cg, call)
                         : NULL;
    for (int i = 0; i < n; i++)
        out[i] = r ? cg_abi_extract(cg, r, (unsigned)i) : NULL;
    /* a result in memory read element-wise: its whole load is dead */
    if (r && LLVMIsALoadInst(r) && !LLVMGetFirstUse(r)) LLVMInstructionEraseFromParent(r);
    if (!r && call->kind != N_CALL) cg_unsupported(cg, call, "this multi-value expression");
}

LLVMValueRef cg_call_expr(Cg *cg, Node *call) {
    CallKind k = call->call.call_kind;
    Node *fun = ast_unparen(call->call.fun);
    if (k == CALL_UNKNOWN) {
        if (fun->mode == MODE_TYPEXPR)
            k = CALL_CONVERSION;
        else if (cg_builtin_id(fun) != BUILTIN_NONE)
            k = CALL_BUILTIN;
        else
            k = CALL_FUNC;
    }
    if (k == CALL_CONVERSION) {
        Node *a = VEC_AT(call->call.args, 0);
        if (!cg_type_supported(call->type) || !cg_type_supported(a->type)) {
            cg_unsupported(cg, call,
                           arena_printf("conversion from %s to %s", types_string(a->type),
                                        types_string(call->type)));
            return LLVMGetUndef(cg_type(cg, call->type));
        }
        LLVMValueRef v;
        if (cg_slice_conversion(cg, call, &v)) return v; /* cg_slice.c */
        if (types_is_interface(call->type))              /* boxing: cg_iface.c */
            return cg_iface_from_expr(cg, a, call, call->type);
        v = cg_expr(cg, a);
        if (call->call.keepalive && cg_keepalive.len) vec_push(&cg_keepalive, v);
        return cg_convert(cg, v, a->type, call->type);
    }
    if (k == CALL_BUILTIN) return cg_builtin(cg, call);
    LLVMValueRef r = cg_call_func(cg, call);
    if (!r && call->type && call->type->kind != TY_TUPLE && call->mode != MODE_NOVALUE)
        return LLVMGetUndef(cg_type(cg, call->type));
    return r;
}
