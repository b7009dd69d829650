/* cg_stmt.c: statements and control flow.
 *
 * Control flow is lowered to basic blocks directly: if/for/switch/range get
 * their blocks here, break/continue find their target on a stack of
 * enclosing loops and switches, goto targets get one block per label. After
 * a statement that does not fall through (return, branch, a call to a
 * panic) the builder moves to a fresh block with no predecessors, so code
 * after it still has a home; LLVM deletes such blocks. */
#include <string.h>

#include "codegen/cg_internal.h"

bool cg_is_blank(Node *e) {
    e = ast_unparen(e);
    return e->kind == N_IDENT && strcmp(e->ident.name, "_") == 0;
}

/* Whether the identifier e declares its object here (in a := or range). */
static bool cg_defines(Node *e) {
    e = ast_unparen(e);
    if (e->kind != N_IDENT || !e->ident.obj || e->ident.obj->kind != OBJ_VAR) return false;
    Object *o = e->ident.obj;
    return o->decl == e || (o->cg == NULL && !o->var.is_global && o->var.func);
}

/* ---- assignment ----------------------------------------------------------- */

/* Evaluates the right-hand sides of an assignment of n values: either n
 * expressions, or one call with n results. */
static void cg_rhs_values(Cg *cg, Vec *rhs, int n, LLVMValueRef *vals, Type **types) {
    if (rhs->len == n) {
        for (int i = 0; i < n; i++) {
            Node *e = VEC_AT(*rhs, i);
            /* `_ = v` reads nothing: loading a large array as one SSA
             * value only costs LLVM time (a 10000-element array took
             * seconds at -O2). types[i] is NULL exactly for blank targets. */
            Node *u = ast_unparen(e);
            if (!types[i] && u->kind == N_IDENT && u->ident.obj &&
                (u->ident.obj->kind == OBJ_VAR || u->ident.obj->kind == OBJ_CONST)) {
                vals[i] = NULL;
                continue;
            }
            vals[i] = types[i] ? cg_expr_to(cg, e, types[i]) : cg_expr(cg, e);
        }
        return;
    }
    Node *call = ast_unparen(VEC_AT(*rhs, 0));
    if (n == 2 && cg_commaok(cg, call, vals)) {
        if (types[0] && vals[0]) vals[0] = cg_convert(cg, vals[0], call->type, types[0]);
        return;
    }
    if (call->kind != N_CALL) {
        cg_unsupported(cg, call, "comma-ok expression");
        for (int i = 0; i < n; i++)
            vals[i] = NULL;
        return;
    }
    cg_call_multi(cg, call, vals, n);
    Type *tt = call->type;
    for (int i = 0; i < n; i++) {
        Type *from = tt && tt->kind == TY_TUPLE && i < tt->tuple.vars.len
                         ? ((Object *)VEC_AT(tt->tuple.vars, i))->type
                         : NULL;
        if (types[i] && from && vals[i]) vals[i] = cg_convert(cg, vals[i], from, types[i]);
    }
}

bool cg_commaok(Cg *cg, Node *call, LLVMValueRef *vals) {
    call = ast_unparen(call);
    if (call->kind == N_TYPEASSERT)
        cg_type_assert_commaok(cg, call, vals); /* cg_iface.c */
    else if (cg_is_map_index(call))
        cg_map_index_commaok(cg, call, vals); /* cg_map.c */
    else if (cg_is_recv(call))
        cg_chan_recv_commaok(cg, call, vals); /* cg_chan.c */
    else
        return false;
    return true;
}

/* lhs... = rhs... and lhs... := rhs... : Go evaluates the left-hand
 * operands and every right-hand value first, then assigns left to right,
 * which is what makes `a, b = b, a` a swap. */
/* x := T{...} or var x = T{...}: the literal is built in x's storage. */
static bool cg_declare_with_literal(Cg *cg, Node *id, Node *rhs) {
    Node *lit = ast_unparen(rhs);
    Object *o = ast_unparen(id)->ident.obj;
    if (lit->kind != N_COMPOSITELIT || !o || !cg_type_supported(lit->type) ||
        !types_identical(o->type, lit->type))
        return false;
    cg_declare_local(cg, o, NULL);
    cg_complit_store(cg, lit, cg_var_addr(cg, o));
    return true;
}

/* A left-hand side whose nil or bounds check Go makes in the assignment
 * phase, after every right-hand value: *p, p.f (p a pointer, f a direct
 * field) and s[i] on a slice. The first phase only evaluates the
 * operands; so in `m[k], *p = 1, 2` with p nil the map entry is stored
 * before the panic, and in `*p = f()` f runs first, as in gc. */
typedef struct CgLateLval {
    enum { LATE_STAR = 1, LATE_FIELD, LATE_SLICE } kind;
    LLVMValueRef v, i; /* the pointer or slice; the index */
    Type *t;           /* LATE_FIELD: the struct; LATE_SLICE: the slice type */
    Node *index;
    int field;
} CgLateLval;

static CgLateLval *cg_late_lval(Cg *cg, Node *l) {
    l = ast_unparen(l);
    if (!cg_type_supported(l->type)) return NULL;
    CgLateLval *lv = ARENA_NEW(CgLateLval);
    switch (l->kind) {
    case N_STAR:
        lv->kind = LATE_STAR;
        lv->v = cg_expr(cg, l->star.x);
        return lv;
    case N_SELECTOR: {
        Selection *s = l->selector.selection;
        Type *xt = types_underlying(l->selector.x->type);
        if (!s || s->kind != SEL_FIELD || s->index_len != 1 || xt->kind != TY_POINTER) return NULL;
        lv->kind = LATE_FIELD;
        lv->t = types_underlying(xt->pointer.elem);
        lv->field = s->index[0];
        lv->v = cg_expr(cg, l->selector.x);
        return lv;
    }
    case N_INDEX:
        if (types_underlying(l->index.x->type)->kind != TY_SLICE) return NULL;
        lv->kind = LATE_SLICE;
        lv->t = l->index.x->type;
        lv->index = l->index.index;
        lv->v = cg_expr(cg, l->index.x);
        lv->i = cg_to_i64(cg, cg_expr(cg, l->index.index), l->index.index->type);
        return lv;
    default: return NULL;
    }
}

static LLVMValueRef cg_late_addr(Cg *cg, CgLateLval *lv) {
    switch (lv->kind) {
    case LATE_STAR: return cg_nil_check(cg, lv->v);
    case LATE_FIELD:
        return LLVMBuildStructGEP2(cg->b, cg_memtype(cg, lv->t), cg_nil_check(cg, lv->v),
                                   (unsigned)lv->field, "");
    case LATE_SLICE: {
        LLVMValueRef len = LLVMBuildExtractValue(cg->b, lv->v, 1, "len");
        LLVMValueRef bad = LLVMBuildICmp(cg->b, LLVMIntUGE, lv->i, len, "");
        LLVMValueRef args[] = {lv->i, len};
        cg_check_fail(cg, bad, cg_is_unsigned(lv->index->type) ? RT_PANIC_INDEX_U : RT_PANIC_INDEX,
                      args, 2);
        Type *et = types_underlying(lv->t)->slice.elem;
        LLVMValueRef base = LLVMBuildExtractValue(cg->b, lv->v, 0, "ptr");
        return LLVMBuildInBoundsGEP2(cg->b, cg_memtype(cg, et), base, &lv->i, 1, "");
    }
    }
    return NULL;
}

static void cg_assign_list(Cg *cg, Vec *lhs, Vec *rhs, bool define) {
    int n = lhs->len;
    if (define && n == 1 && rhs->len == 1 && cg_defines(VEC_AT(*lhs, 0)) &&
        cg_declare_with_literal(cg, VEC_AT(*lhs, 0), VEC_AT(*rhs, 0)))
        return;
    LLVMValueRef *addrs = ARENA_ARRAY(LLVMValueRef, n);
    LLVMValueRef *vals = ARENA_ARRAY(LLVMValueRef, n);
    Type **types = ARENA_ARRAY(Type *, n);
    bool *decl = ARENA_ARRAY(bool, n);
    CgMapLval **mapl = ARENA_ARRAY(CgMapLval *, n); /* m[k] targets: cg_map.c */
    CgLateLval **late = ARENA_ARRAY(CgLateLval *, n);
    for (int i = 0; i < n; i++) {
        Node *l = VEC_AT(*lhs, i);
        if (cg_is_blank(l)) continue;
        types[i] = l->type;
        if (define && cg_defines(l)) {
            decl[i] = true;
            types[i] = ast_unparen(l)->ident.obj->type;
            continue;
        }
        if (cg_is_map_index(l)) {
            mapl[i] = cg_map_lval(cg, l);
            continue;
        }
        late[i] = cg_late_lval(cg, l);
        if (!late[i]) addrs[i] = cg_addr(cg, l);
    }
    cg_rhs_values(cg, rhs, n, vals, types);
    for (int i = 0; i < n; i++) {
        Node *l = VEC_AT(*lhs, i);
        if (!vals[i] || cg_is_blank(l)) continue;
        if (decl[i])
            cg_declare_local(cg, ast_unparen(l)->ident.obj, vals[i]);
        else if (mapl[i])
            cg_map_store(cg, mapl[i], vals[i]);
        else if (late[i])
            cg_store(cg, types[i], vals[i], cg_late_addr(cg, late[i]));
        else if (addrs[i])
            cg_store(cg, types[i], vals[i], addrs[i]);
    }
}

static TokKind cg_assign_op(TokKind t) {
    switch (t) {
    case T_ADD_ASSIGN: return T_ADD;
    case T_SUB_ASSIGN: return T_SUB;
    case T_MUL_ASSIGN: return T_MUL;
    case T_QUO_ASSIGN: return T_QUO;
    case T_REM_ASSIGN: return T_REM;
    case T_AND_ASSIGN: return T_AND;
    case T_OR_ASSIGN: return T_OR;
    case T_XOR_ASSIGN: return T_XOR;
    case T_SHL_ASSIGN: return T_SHL;
    case T_SHR_ASSIGN: return T_SHR;
    case T_AND_NOT_ASSIGN: return T_AND_NOT;
    default: return T_ILLEGAL;
    }
}

static void cg_assign_stmt(Cg *cg, Node *s) {
    TokKind tok = s->assign.tok;
    if (tok == T_ASSIGN || tok == T_DEFINE) {
        cg_assign_list(cg, &s->assign.lhs, &s->assign.rhs, tok == T_DEFINE);
        return;
    }
    Node *l = VEC_AT(s->assign.lhs, 0);
    Node *r = VEC_AT(s->assign.rhs, 0);
    TokKind op = cg_assign_op(tok);
    bool shift = op == T_SHL || op == T_SHR;
    Type *t = l->type;
    if (cg_is_map_index(l)) { /* m[k] op= v: the slot is found after v (cg_map.c) */
        CgMapLval *lv = cg_map_lval(cg, l);
        LLVMValueRef y = shift ? cg_expr(cg, r) : cg_expr_to(cg, r, t);
        LLVMValueRef slot = cg_map_slot(cg, lv);
        LLVMValueRef v = cg_binop(cg, s, op, cg_load(cg, t, slot, ""), y, t, shift ? r->type : t);
        if (v) cg_store(cg, t, v, slot);
        return;
    }
    LLVMValueRef addr = cg_addr(cg, l);
    if (!addr) return;
    LLVMValueRef x = cg_load(cg, t, addr, "");
    LLVMValueRef y = shift ? cg_expr(cg, r) : cg_expr_to(cg, r, t);
    LLVMValueRef v = cg_binop(cg, s, op, x, y, t, shift ? r->type : t);
    if (v) cg_store(cg, t, v, addr);
}

static void cg_incdec(Cg *cg, Node *s) {
    Node *x = s->incdec.x;
    LLVMValueRef addr = cg_is_map_index(x) ? cg_map_slot(cg, cg_map_lval(cg, x)) /* cg_map.c */
                                           : cg_addr(cg, x);
    if (!addr) return;
    Type *t = x->type;
    LLVMValueRef v = cg_load(cg, t, addr, "");
    ConstVal *one = const_make_int64(1);
    LLVMValueRef c1 = cg_const(cg, one, t);
    v = cg_binop(cg, s, s->incdec.tok == T_INC ? T_ADD : T_SUB, v, c1, t, t);
    cg_store(cg, t, v, addr);
}

/* ---- declarations ----------------------------------------------------------- */

static void cg_decl_stmt(Cg *cg, Node *s) {
    Node *d = s->declstmt.decl;
    if (d->gendecl.tok != T_VAR) return; /* const and type declarations generate nothing */
    for (int i = 0; i < d->gendecl.specs.len; i++) {
        Node *spec = VEC_AT(d->gendecl.specs, i);
        Vec *names = &spec->valuespec.names;
        int n = names->len;
        if (spec->valuespec.values.len == 0) {
            for (int j = 0; j < n; j++) {
                Node *id = VEC_AT(*names, j);
                if (id->ident.obj && !cg_is_blank(id)) cg_declare_local(cg, id->ident.obj, NULL);
            }
            continue;
        }
        if (n == 1 && spec->valuespec.values.len == 1 && !cg_is_blank(VEC_AT(*names, 0)) &&
            cg_declare_with_literal(cg, VEC_AT(*names, 0), VEC_AT(spec->valuespec.values, 0)))
            continue;
        LLVMValueRef *vals = ARENA_ARRAY(LLVMValueRef, n);
        Type **types = ARENA_ARRAY(Type *, n);
        for (int j = 0; j < n; j++) {
            Node *id = VEC_AT(*names, j);
            types[j] = id->ident.obj && !cg_is_blank(id) ? id->ident.obj->type : NULL;
        }
        cg_rhs_values(cg, &spec->valuespec.values, n, vals, types);
        for (int j = 0; j < n; j++) {
            Node *id = VEC_AT(*names, j);
            if (id->ident.obj && !cg_is_blank(id) && vals[j])
                cg_declare_local(cg, id->ident.obj, vals[j]);
        }
    }
}

/* ---- return --------------------------------------------------------------- */

static void cg_return(Cg *cg, Node *s) {
    FuncInfo *fi = cg->fn->fi;
    int nr = fi->results.len;
    Vec *res = &s->ret.results;
    LLVMValueRef *vals = ARENA_ARRAY(LLVMValueRef, nr + 1);
    if (nr == 0) {
        cg_defer_before_return(cg, NULL, 0); /* cg_defer.c */
        cg_abi_ret_vals(cg, NULL, 0);
        cg_start_dead_block(cg);
        return;
    }
    if (res->len == 0) {
        for (int i = 0; i < nr; i++) {
            Object *r = VEC_AT(fi->results, i);
            vals[i] = cg_load(cg, r->type, cg_var_addr(cg, r), r->name);
        }
    } else {
        Type **types = ARENA_ARRAY(Type *, nr);
        for (int i = 0; i < nr; i++)
            types[i] = ((Object *)VEC_AT(fi->results, i))->type;
        cg_rhs_values(cg, res, nr, vals, types);
        for (int i = 0; i < nr; i++)
            if (!vals[i]) return;
    }
    cg_defer_before_return(cg, vals, nr); /* cg_defer.c */
    cg_abi_ret_vals(cg, vals, nr);
    cg_start_dead_block(cg);
}

/* ---- labels and branches ---------------------------------------------------- */

static LLVMBasicBlockRef cg_label_block(Cg *cg, Node *labeled) {
    CgFunc *f = cg->fn;
    for (int i = 0; i < f->labels.len; i++) {
        CgLabel *l = VEC_AT(f->labels, i);
        if (l->stmt == labeled) return l->bb;
    }
    CgLabel *l = ARENA_NEW(CgLabel);
    l->stmt = labeled;
    l->bb = cg_new_block(cg, labeled->labeled.label->ident.name);
    vec_push(&f->labels, l);
    return l->bb;
}

static bool cg_target_matches(CgTarget *t, Node *target) {
    if (t->stmt == target) return true;
    return target->kind == N_LABELEDSTMT && target->labeled.stmt == t->stmt;
}

static Node *cg_find_label_stmt(Cg *cg, Node *label) {
    Object *o = label ? label->ident.obj : NULL;
    if (o && o->kind == OBJ_LABEL && o->label.stmt) return o->label.stmt;
    /* Fall back to the name: search the enclosing loops/switches. */
    (void)cg;
    return NULL;
}

static void cg_branch(Cg *cg, Node *s) {
    TokKind tok = s->branch.tok;
    Node *target = s->branch.target;
    if (!target && s->branch.label) target = cg_find_label_stmt(cg, s->branch.label);
    LLVMBasicBlockRef dest = NULL;
    switch (tok) {
    case T_GOTO:
        if (target && target->kind == N_LABELEDSTMT) dest = cg_label_block(cg, target);
        break;
    case T_FALLTHROUGH: dest = cg->fn->fallthrough; break;
    case T_BREAK:
    case T_CONTINUE:
        for (CgTarget *t = cg->fn->targets; t; t = t->outer) {
            if (tok == T_CONTINUE && !t->cont) continue;
            if (target && !cg_target_matches(t, target)) continue;
            dest = tok == T_BREAK ? t->brk : t->cont;
            break;
        }
        break;
    default: break;
    }
    if (!dest) {
        diag_ice(s->pos, "branch statement without a target");
    }
    LLVMBuildBr(cg->b, dest);
    cg_start_dead_block(cg);
}

void cg_push_target(Cg *cg, CgTarget *t, Node *stmt, LLVMBasicBlockRef brk,
                    LLVMBasicBlockRef cont) {
    t->stmt = stmt;
    t->brk = brk;
    t->cont = cont;
    t->outer = cg->fn->targets;
    cg->fn->targets = t;
}

void cg_pop_target(Cg *cg) {
    cg->fn->targets = cg->fn->targets->outer;
}

/* ---- if, for, switch ---------------------------------------------------------- */

static void cg_if(Cg *cg, Node *s) {
    if (s->ifstmt.init) cg_stmt(cg, s->ifstmt.init);
    LLVMBasicBlockRef then = cg_new_block(cg, "if.then");
    LLVMBasicBlockRef els = s->ifstmt.els ? cg_new_block(cg, "if.else") : NULL;
    LLVMBasicBlockRef end = cg_new_block(cg, "if.end");
    cg_cond_br(cg, s->ifstmt.cond, then, els ? els : end);
    LLVMPositionBuilderAtEnd(cg->b, then);
    cg_stmt(cg, s->ifstmt.body);
    cg_br(cg, end);
    if (els) {
        LLVMPositionBuilderAtEnd(cg->b, els);
        cg_stmt(cg, s->ifstmt.els);
        cg_br(cg, end);
    }
    LLVMPositionBuilderAtEnd(cg->b, end);
}

static void cg_for(Cg *cg, Node *s) {
    if (s->forstmt.init) cg_stmt(cg, s->forstmt.init);
    LLVMBasicBlockRef cond = cg_new_block(cg, "for.cond");
    LLVMBasicBlockRef body = cg_new_block(cg, "for.body");
    LLVMBasicBlockRef post = s->forstmt.post ? cg_new_block(cg, "for.post") : cond;
    LLVMBasicBlockRef end = cg_new_block(cg, "for.end");
    cg_br(cg, cond);
    LLVMPositionBuilderAtEnd(cg->b, cond);
    if (s->forstmt.cond)
        cg_cond_br(cg, s->forstmt.cond, body, end);
    else
        LLVMBuildBr(cg->b, body);
    LLVMPositionBuilderAtEnd(cg->b, body);
    CgTarget t;
    cg_push_target(cg, &t, s, end, post);
    cg_stmt(cg, s->forstmt.body);
    cg_pop_target(cg);
    cg_br(cg, post);
    if (s->forstmt.post) {
        LLVMPositionBuilderAtEnd(cg->b, post);
        cg_stmt(cg, s->forstmt.post);
        cg_br(cg, cond);
    }
    LLVMPositionBuilderAtEnd(cg->b, end);
}

static void cg_switch(Cg *cg, Node *s) {
    if (s->switchstmt.init) cg_stmt(cg, s->switchstmt.init);
    Node *tag = s->switchstmt.tag;
    LLVMValueRef tagv = NULL;
    if (tag) {
        if (!cg_type_supported(tag->type)) {
            cg_unsupported(cg, tag, "switch on a value of this type");
            return;
        }
        tagv = cg_expr(cg, tag);
    }
    Vec *clauses = &s->switchstmt.body->block.list;
    int n = clauses->len;
    LLVMBasicBlockRef *bodies = ARENA_ARRAY(LLVMBasicBlockRef, n + 1);
    LLVMBasicBlockRef end = cg_new_block(cg, "switch.end");
    int dflt = -1;
    for (int i = 0; i < n; i++) {
        Node *cc = VEC_AT(*clauses, i);
        bodies[i] = cg_new_block(cg, cc->caseclause.is_default || cc->caseclause.list.len == 0
                                         ? "switch.default"
                                         : "switch.case");
        if (cc->caseclause.is_default || cc->caseclause.list.len == 0) dflt = i;
    }
    /* Cases are tested top to bottom, left to right; default comes last. */
    for (int i = 0; i < n; i++) {
        Node *cc = VEC_AT(*clauses, i);
        for (int j = 0; j < cc->caseclause.list.len; j++) {
            Node *e = VEC_AT(cc->caseclause.list, j);
            LLVMBasicBlockRef next = cg_new_block(cg, "switch.next");
            if (tagv) {
                LLVMValueRef v = cg_expr_to(cg, e, tag->type);
                LLVMValueRef eq = cg_compare(cg, T_EQL, tagv, v, tag->type);
                LLVMBuildCondBr(cg->b, eq, bodies[i], next);
            } else if (types_is_interface(e->type)) {
                /* no tag is `true`: an interface case compares with it */
                Type *bt = types_basic[B_BOOL];
                LLVMValueRef t = cg_convert(cg, LLVMConstInt(cg->t_i1, 1, 0), bt, e->type);
                LLVMValueRef eq = cg_compare(cg, T_EQL, t, cg_expr(cg, e), e->type);
                LLVMBuildCondBr(cg->b, eq, bodies[i], next);
            } else {
                cg_cond_br(cg, e, bodies[i], next);
            }
            LLVMPositionBuilderAtEnd(cg->b, next);
        }
    }
    cg_br(cg, dflt >= 0 ? bodies[dflt] : end);
    CgTarget t;
    cg_push_target(cg, &t, s, end, NULL);
    LLVMBasicBlockRef saved_ft = cg->fn->fallthrough;
    for (int i = 0; i < n; i++) {
        Node *cc = VEC_AT(*clauses, i);
        LLVMPositionBuilderAtEnd(cg->b, bodies[i]);
        cg->fn->fallthrough = i + 1 < n ? bodies[i + 1] : end;
        LLVMMetadataRef outer = cg_debug_scope_enter(cg, cc->pos);
        cg_block(cg, &cc->caseclause.body);
        cg_debug_scope_leave(cg, outer);
        cg_br(cg, end);
    }
    cg->fn->fallthrough = saved_ft;
    cg_pop_target(cg);
    LLVMPositionBuilderAtEnd(cg->b, end);
}

/* ---- range ---------------------------------------------------------------- */

/* Assigns v (of type from) to a range variable: declares it for :=, stores
 * through its address for =. */
static void cg_range_assign(Cg *cg, Node *lhs, bool define, LLVMValueRef v, Type *from) {
    if (!lhs || cg_is_blank(lhs)) return;
    if (define) {
        Object *o = ast_unparen(lhs)->ident.obj;
        cg_store(cg, o->type, cg_convert(cg, v, from, o->type), cg_var_addr(cg, o));
        return;
    }
    LLVMValueRef addr = cg_addr(cg, lhs);
    if (addr) cg_store(cg, lhs->type, cg_convert(cg, v, from, lhs->type), addr);
}

static void cg_range_declare(Cg *cg, Node *s) {
    if (s->rangestmt.tok != T_DEFINE) return;
    Node *vars[2] = {s->rangestmt.key, s->rangestmt.value};
    for (int i = 0; i < 2; i++)
        if (vars[i] && !cg_is_blank(vars[i]) && ast_unparen(vars[i])->ident.obj)
            cg_declare_local(cg, ast_unparen(vars[i])->ident.obj, NULL);
}

/* for i, r := range s: decodes one rune per iteration. ASCII bytes are
 * handled inline; anything else calls the runtime's decoder, which yields
 * U+FFFD and advances one byte on invalid UTF-8, as Go does. */
static void cg_range_string(Cg *cg, Node *s) {
    LLVMValueRef str = cg_expr(cg, s->rangestmt.x);
    LLVMValueRef ptr = cg_str_ptr(cg, str), len = cg_str_len(cg, str);
    bool define = s->rangestmt.tok == T_DEFINE;
    cg_range_declare(cg, s);
    LLVMValueRef idx = cg_alloca(cg, cg->t_i64, "range.i");
    LLVMValueRef nextp = cg_alloca(cg, cg->t_i64, "range.next");
    LLVMBuildStore(cg->b, LLVMConstInt(cg->t_i64, 0, 0), idx);
    LLVMBasicBlockRef cond = cg_new_block(cg, "range.cond");
    LLVMBasicBlockRef head = cg_new_block(cg, "range.head");
    LLVMBasicBlockRef ascii = cg_new_block(cg, "range.ascii");
    LLVMBasicBlockRef slow = cg_new_block(cg, "range.decode");
    LLVMBasicBlockRef join = cg_new_block(cg, "range.body");
    LLVMBasicBlockRef cont = cg_new_block(cg, "range.next");
    LLVMBasicBlockRef end = cg_new_block(cg, "range.end");
    LLVMBuildBr(cg->b, cond);

    LLVMPositionBuilderAtEnd(cg->b, cond);
    LLVMValueRef i = LLVMBuildLoad2(cg->b, cg->t_i64, idx, "i");
    LLVMBuildCondBr(cg->b, LLVMBuildICmp(cg->b, LLVMIntSLT, i, len, ""), head, end);

    LLVMPositionBuilderAtEnd(cg->b, head);
    LLVMValueRef bp = LLVMBuildGEP2(cg->b, cg->t_i8, ptr, &i, 1, "");
    LLVMValueRef byte = LLVMBuildLoad2(cg->b, cg->t_i8, bp, "c");
    LLVMValueRef is_ascii =
        LLVMBuildICmp(cg->b, LLVMIntULT, byte, LLVMConstInt(cg->t_i8, 0x80, 0), "");
    LLVMBuildCondBr(cg->b, is_ascii, ascii, slow);

    LLVMPositionBuilderAtEnd(cg->b, ascii);
    LLVMValueRef r1 = LLVMBuildZExt(cg->b, byte, cg->t_i32, "");
    LLVMValueRef n1 = LLVMBuildAdd(cg->b, i, LLVMConstInt(cg->t_i64, 1, 0), "");
    LLVMBuildBr(cg->b, join);

    LLVMPositionBuilderAtEnd(cg->b, slow);
    LLVMValueRef args[] = {ptr, len, i, nextp};
    LLVMValueRef r2 = cg_rt(cg, RT_DECODERUNE, args, 4);
    LLVMValueRef n2 = LLVMBuildLoad2(cg->b, cg->t_i64, nextp, "");
    LLVMBuildBr(cg->b, join);

    LLVMPositionBuilderAtEnd(cg->b, join);
    LLVMValueRef r = LLVMBuildPhi(cg->b, cg->t_i32, "r");
    LLVMValueRef rv[] = {r1, r2};
    LLVMBasicBlockRef rb[] = {ascii, slow};
    LLVMAddIncoming(r, rv, rb, 2);
    LLVMValueRef nx = LLVMBuildPhi(cg->b, cg->t_i64, "next");
    LLVMValueRef nv[] = {n1, n2};
    LLVMAddIncoming(nx, nv, rb, 2);
    LLVMBuildStore(cg->b, nx, nextp);
    cg_range_assign(cg, s->rangestmt.key, define, i, types_basic[B_INT]);
    cg_range_assign(cg, s->rangestmt.value, define, r, types_basic[B_INT32]);
    CgTarget t;
    cg_push_target(cg, &t, s, end, cont);
    cg_stmt(cg, s->rangestmt.body);
    cg_pop_target(cg);
    cg_br(cg, cont);

    LLVMPositionBuilderAtEnd(cg->b, cont);
    LLVMBuildStore(cg->b, LLVMBuildLoad2(cg->b, cg->t_i64, nextp, ""), idx);
    LLVMBuildBr(cg->b, cond);
    LLVMPositionBuilderAtEnd(cg->b, end);
}

static void cg_range(Cg *cg, Node *s) {
    Type *xt = s->rangestmt.x->type;
    if (cg_is_string(xt)) {
        cg_range_string(cg, s);
        return;
    }
    Type *u = xt ? types_underlying(xt) : NULL;
    if (u && u->kind == TY_SLICE) {
        cg_range_slice(cg, s, cg_range_assign); /* cg_slice.c */
        return;
    }
    if (u && u->kind == TY_MAP) {
        cg_map_range(cg, s, cg_range_assign); /* cg_map.c */
        return;
    }
    if (u && u->kind == TY_CHAN) {
        cg_chan_range(cg, s, cg_range_assign); /* cg_chan.c */
        return;
    }
    if (u && u->kind == TY_POINTER) u = types_underlying(u->pointer.elem);
    if (u && u->kind == TY_ARRAY && cg_type_supported(u)) {
        cg_range_array(cg, s, cg_range_assign);
        return;
    }
    cg_unsupported(cg, s->rangestmt.x,
                   arena_printf("range over %s", xt ? types_string(xt) : "this value"));
}

/* ---- dispatch --------------------------------------------------------------- */

void cg_block(Cg *cg, Vec *stmts) {
    for (int i = 0; i < stmts->len; i++)
        cg_stmt(cg, VEC_AT(*stmts, i));
}

/* Statements that open a Go block of their own (cg_debug_scope_enter). */
static bool cg_opens_scope(Node *s) {
    switch (s->kind) {
    case N_BLOCKSTMT:
    case N_IFSTMT:
    case N_FORSTMT:
    case N_RANGESTMT:
    case N_SWITCHSTMT:
    case N_TYPESWITCHSTMT:
    case N_SELECTSTMT: return true;
    default: return false;
    }
}

void cg_stmt(Cg *cg, Node *s) {
    if (!s) return;
    cg->cur_stmt = s;
    bool scoped = cg_opens_scope(s);
    LLVMMetadataRef outer = scoped ? cg_debug_scope_enter(cg, s->pos) : NULL;
    cg_debug_loc(cg, s->pos);
    switch (s->kind) {
    case N_EMPTYSTMT: break;
    case N_BLOCKSTMT: cg_block(cg, &s->block.list); break;
    case N_DECLSTMT: cg_decl_stmt(cg, s); break;
    case N_EXPRSTMT: cg_expr(cg, s->exprstmt.x); break;
    case N_INCDECSTMT: cg_incdec(cg, s); break;
    case N_ASSIGNSTMT: cg_assign_stmt(cg, s); break;
    case N_RETURNSTMT: cg_return(cg, s); break;
    case N_BRANCHSTMT: cg_branch(cg, s); break;
    case N_IFSTMT: cg_if(cg, s); break;
    case N_FORSTMT: cg_for(cg, s); break;
    case N_SWITCHSTMT: cg_switch(cg, s); break;
    case N_RANGESTMT: cg_range(cg, s); break;
    case N_LABELEDSTMT: {
        LLVMBasicBlockRef bb = cg_label_block(cg, s);
        cg_br(cg, bb);
        LLVMPositionBuilderAtEnd(cg->b, bb);
        cg_stmt(cg, s->labeled.stmt);
        break;
    }
    case N_GOSTMT: cg_go_stmt(cg, s); break;             /* cg_defer.c */
    case N_DEFERSTMT: cg_defer_stmt(cg, s); break;       /* cg_defer.c */
    case N_SENDSTMT: cg_chan_send(cg, s); break;         /* cg_chan.c */
    case N_SELECTSTMT: cg_select(cg, s); break;          /* cg_chan.c */
    case N_TYPESWITCHSTMT: cg_type_switch(cg, s); break; /* cg_iface.c */
    default: cg_unsupported(cg, s, "this statement"); break;
    }
    if (scoped) cg_debug_scope_leave(cg, outer);
}
