/* cg_init.c: package-level variables and program initialization.
 *
 * Package variables are LLVM globals named as Go names them ("main.x",
 * "unicode/utf8.table"). A constant initializer becomes the global's
 * initial value, and so does one whose value is otherwise known at compile
 * time (cg_static.c: composite literals of constants, addresses of static
 * data); every other one is evaluated by "escgo.init", which the
 * runtime calls before main.main: packages in dependency order, within a
 * package the checker's initialization order (Package.var_inits), then the
 * package's init functions in source order. */
#include <string.h>

#include "codegen/cg_internal.h"

static LLVMValueRef cg_const_mem(Cg *cg, Node *rhs, Type *t);

static bool cg_const_init(VarInit *vi) {
    if (vi->lhs.len != 1 || !vi->rhs || vi->rhs->mode != MODE_CONSTANT || !vi->rhs->cval)
        return false;
    Object *o = VEC_AT(vi->lhs, 0);
    /* a constant stored in an interface needs a box: run-time init */
    return o && strcmp(o->name, "_") != 0 && cg_type_supported(o->type) &&
           !types_is_interface(o->type);
}

void cg_gen_globals(Cg *cg) {
    for (int i = 0; i < cg->prog->packages.len; i++) {
        Package *pkg = VEC_AT(cg->prog->packages, i);
        if (!pkg->scope) continue;
        for (int j = 0; j < pkg->scope->objs.len; j++) {
            Object *o = VEC_AT(pkg->scope->objs, j);
            if (o->kind != OBJ_VAR) continue;
            if (!cg_type_supported(o->type)) {
                Node *at = o->decl ? o->decl : NULL;
                if (at)
                    cg_unsupported(cg, at,
                                   arena_printf("variables of type %s", types_string(o->type)));
                else
                    cg_unsupported(cg, NULL, arena_printf("package variable %s", o->name));
                continue;
            }
            cg_global_var(cg, o);
        }
        for (int j = 0; j < pkg->var_inits.len; j++) {
            VarInit *vi = VEC_AT(pkg->var_inits, j);
            if (cg_const_init(vi)) {
                Object *o = VEC_AT(vi->lhs, 0);
                LLVMSetInitializer(cg_global_var(cg, o), cg_const_mem(cg, vi->rhs, o->type));
            }
        }
    }
}

/* The initial value as stored in memory, for a constant initializer. */
static LLVMValueRef cg_const_mem(Cg *cg, Node *rhs, Type *t) {
    LLVMValueRef v = cg_const(cg, rhs->cval, t);
    if (cg_is_bool(t)) return LLVMConstInt(cg->t_i8, LLVMConstIntGetZExtValue(v), 0);
    return v;
}

static void cg_var_init(Cg *cg, VarInit *vi) {
    int n = vi->lhs.len;
    Node *rhs = vi->rhs;
    if (!rhs) return;
    if (n == 1) {
        Object *o = VEC_AT(vi->lhs, 0);
        bool blank = !o || strcmp(o->name, "_") == 0;
        if (!blank && !cg_type_supported(o->type)) return;
        if (cg_const_init(vi)) return;
        if (cg_static_var_init(cg, vi)) return; /* laid out as data */
        cg_debug_loc(cg, rhs->pos);
        if (!blank && ast_unparen(rhs)->kind == N_COMPOSITELIT &&
            cg_type_supported(ast_unparen(rhs)->type)) {
            cg_complit_store(cg, ast_unparen(rhs), cg_global_var(cg, o));
            return;
        }
        LLVMValueRef v = blank ? cg_expr(cg, rhs) : cg_expr_to(cg, rhs, o->type);
        if (!blank && v) cg_store(cg, o->type, v, cg_global_var(cg, o));
        return;
    }
    cg_debug_loc(cg, rhs->pos);
    LLVMValueRef *vals = ARENA_ARRAY(LLVMValueRef, n);
    Node *call = ast_unparen(rhs);
    if (n == 2 && cg_commaok(cg, call, vals)) { /* var v, ok = m[k] / x.(T) / <-c */
        Type *from[2] = {call->type, types_basic[B_BOOL]};
        for (int i = 0; i < 2; i++) {
            Object *o = VEC_AT(vi->lhs, i);
            if (!o || strcmp(o->name, "_") == 0 || !cg_type_supported(o->type)) continue;
            cg_store(cg, o->type, cg_convert(cg, vals[i], from[i], o->type), cg_global_var(cg, o));
        }
        return;
    }
    if (call->kind != N_CALL) {
        cg_unsupported(cg, rhs, "comma-ok expression");
        return;
    }
    cg_call_multi(cg, call, vals, n);
    for (int i = 0; i < n; i++) {
        Object *o = VEC_AT(vi->lhs, i);
        if (!o || strcmp(o->name, "_") == 0 || !vals[i] || !cg_type_supported(o->type)) continue;
        Type *from = ((Object *)VEC_AT(call->type->tuple.vars, i))->type;
        cg_store(cg, o->type, cg_convert(cg, vals[i], from, o->type), cg_global_var(cg, o));
    }
}

void cg_gen_init(Cg *cg) {
    CgFunc *f = ARENA_NEW(CgFunc);
    f->fnty = LLVMFunctionType(cg->t_void, NULL, 0, 0);
    f->fn = LLVMAddFunction(cg->mod, "escgo.init", f->fnty);
    LLVMAddAttributeAtIndex(f->fn, LLVMAttributeFunctionIndex,
                            LLVMCreateStringAttribute(cg->ctx, "frame-pointer", 13, "all", 3));
    cg->fn = f;
    LLVMPositionBuilderAtEnd(cg->b, LLVMAppendBasicBlockInContext(cg->ctx, f->fn, "entry"));
    if (cg->opts->debug_info) cg_debug_func(cg, f);
    for (int i = 0; i < cg->prog->packages.len; i++) {
        Package *pkg = VEC_AT(cg->prog->packages, i);
        for (int j = 0; j < pkg->var_inits.len; j++)
            cg_var_init(cg, VEC_AT(pkg->var_inits, j));
        for (int j = 0; j < pkg->init_funcs.len; j++) {
            FuncInfo *fi = VEC_AT(pkg->init_funcs, j);
            if (!cg_func_value(cg, fi)) continue;
            CgFunc *cf = fi->cg;
            LLVMBuildCall2(cg->b, cf->fnty, cf->fn, NULL, 0, "");
        }
    }
    LLVMBuildRetVoid(cg->b);
    cg->fn = NULL;
}
