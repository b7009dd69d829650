/* esc_call.c: calls, builtins, go and defer.
 *
 * A call to a function analysed in an earlier batch routes each argument
 * through the callee's parameter tags; a call inside the current batch
 * (recursion, or a closure called where it is written) wires arguments to
 * the callee's parameter locations and its results to the call's holes.
 * A call whose callee is unknown (func values, interface methods) sends
 * every argument to the heap. Variadic calls get their implicit
 * "... argument" slice here, and go/defer calls their wrapper closure. */
#include "escape/esc_internal.h"

static Type *under(Type *t) {
    return t ? types_underlying(t) : NULL;
}

static bool has_ptrs(Type *t) {
    return t && types_has_pointers(t);
}

static bool in_mutual_batch(FuncInfo *fn) {
    EscFn *ef = fn ? fn->esc : NULL;
    return ef && (ef->state == ESCFN_PLANNED || ef->state == ESCFN_STARTED);
}

/* The concrete method a selection calls, or NULL for interface methods. */
static FuncInfo *method_callee(Node *sel) {
    Selection *s = sel->selector.selection;
    if (!s || s->obj->kind != OBJ_FUNC) return NULL;
    if (s->kind == SEL_METHOD) {
        /* the receiver's type at the end of the embedding path */
        Type *t = sel->selector.x->type;
        for (int i = 0; i + 1 < s->index_len; i++) {
            Type *u = under(types_deref(t));
            if (!u || u->kind != TY_STRUCT || s->index[i] >= types_num_fields(u)) return NULL;
            t = types_field(u, s->index[i])->type;
        }
        if (types_is_interface(t)) return NULL;
    } else if (types_is_interface(s->recv)) {
        return NULL;
    }
    return s->obj->func.info;
}

FuncInfo *esc_static_callee(Node *call, bool *is_closure_call) {
    Node *fun = ast_unparen(call->call.fun);
    *is_closure_call = fun->kind == N_FUNCLIT;
    if (fun->kind == N_SELECTOR && fun->selector.selection &&
        fun->selector.selection->kind == SEL_METHOD)
        return method_callee(fun);
    Node *v = esc_static_value(fun);
    switch (v->kind) {
    case N_IDENT:
        if (v->ident.obj && v->ident.obj->kind == OBJ_FUNC) return v->ident.obj->func.info;
        return NULL;
    case N_FUNCLIT: return v->funclit.info;
    case N_SELECTOR:
        if (!v->selector.selection) {
            Object *o = v->selector.sel->ident.obj;
            return o && o->kind == OBJ_FUNC ? o->func.info : NULL;
        }
        if (v->selector.selection->kind == SEL_METHOD_EXPR) return method_callee(v);
        return NULL;
    default: return NULL;
    }
}

EscHole esc_tag_hole(Esc *e, EscHole *ks, int nks, FuncInfo *fn, int i) {
    if (!fn) return esc_heap_hole(e);
    if (in_mutual_batch(fn)) {
        if (i >= fn->params.len) return esc_discard_hole(e);
        Object *p = VEC_AT(fn->params, i);
        EscLoc *loc = esc_var_loc(p);
        if (!loc || !p->name || !p->name[0] || p->name == intern_cstr("_"))
            return esc_discard_hole(e);
        return esc_loc_hole(loc);
    }
    EscLeaks tag = esc_param_tag(fn, i);
    EscHole tks[1 + ESC_NUM_RESULTS];
    int n = 0;
    int x = esc_leaks_heap(&tag);
    if (x >= 0) tks[n++] = esc_shift(esc_heap_hole(e), x);
    if (ks)
        for (int r = 0; r < ESC_NUM_RESULTS && r < nks; r++) {
            int d = esc_leaks_result(&tag, r);
            if (d >= 0) tks[n++] = esc_shift(ks[r], d);
        }
    return esc_tee(e, tks, n);
}

/* ---- arguments --------------------------------------------------------------- */

/* Whether a go/defer wrapper can leave an argument in place. */
static bool wrap_leaves(Node *n) {
    n = ast_unparen(n);
    if (n->mode == MODE_CONSTANT || n->mode == MODE_TYPEXPR) return true;
    if (n->kind == N_IDENT && n->ident.obj &&
        (n->ident.obj->kind == OBJ_NIL || n->ident.obj->kind == OBJ_FUNC))
        return true;
    if (n->kind == N_SELECTOR && n->selector.selection &&
        n->selector.selection->kind == SEL_METHOD_EXPR)
        return true;
    return false;
}

/* In a go/defer call, the argument is first copied into a temporary that
 * the wrapper closure captures; returns the hole the value goes to. */
static EscHole wrap_arg(Esc *e, EscHole k, Node *arg, Type *t) {
    if (!e->wrapping || !arg) return k;
    /* a constant converted to an interface is not a constant any more */
    bool converted = t && types_is_interface(t) && arg->type && !types_is_interface(arg->type);
    if (wrap_leaves(arg) && !converted) return k;
    EscLoc *tmp = esc_new_loc(e, LOC_TEMP, false);
    tmp->captured = true;
    bool byval = !t || types_sizeof(t) <= 128;
    EscHole ck = e->wrap_k;
    if (!byval) ck = esc_addr_of(ck, arg, arg->pos, "reference");
    esc_flow(e->b, esc_note(ck, arg, arg->pos, "captured by a closure"), tmp);
    esc_flow(e->b, k, tmp);
    return esc_loc_hole(tmp);
}

/* One argument: evaluated (after an implicit conversion to the parameter's
 * type) into the parameter's hole. */
static void argument(Esc *e, EscHole k, Node *call, Node *arg, Type *param_t, Pos conv_pos) {
    k = esc_note(k, call, call->call.lparen, "call parameter");
    k = wrap_arg(e, k, arg, param_t);
    esc_expr_conv(e, k, arg, param_t, conv_pos);
}

static BuiltinId builtin_of(Node *call) {
    Node *f = ast_unparen(call->call.fun);
    Object *o = NULL;
    if (f->kind == N_IDENT)
        o = f->ident.obj;
    else if (f->kind == N_SELECTOR)
        o = f->selector.sel->ident.obj;
    return o && o->kind == OBJ_BUILTIN ? o->builtin.id : BUILTIN_NONE;
}

static Node *arg_at(Node *call, int i) {
    return i < call->call.args.len ? VEC_AT(call->call.args, i) : NULL;
}

static void builtin_call(Esc *e, EscHole *ks, int nks, Node *call) {
    EscHole k0 = ks && nks > 0 ? ks[0] : esc_discard_hole(e);
    Pos lp = call->call.lparen;
    Node *a0 = arg_at(call, 0), *a1 = arg_at(call, 1);
    switch (builtin_of(call)) {
    case BUILTIN_NEW:
    case BUILTIN_MAKE: esc_expr(e, k0, call); break;
    case BUILTIN_APPEND: {
        if (!a0) break;
        Type *su = under(a0->type);
        Type *elem = su && su->kind == TY_SLICE ? su->slice.elem : NULL;
        /* The appendee may come back as the result, or be copied into a
         * new heap array along with the appended values. */
        EscHole appendee = k0;
        if (has_ptrs(elem)) {
            EscHole pair[2] = {appendee, esc_deref(esc_heap_hole(e), call, lp, "appendee slice")};
            appendee = esc_tee(e, pair, 2);
        }
        argument(e, appendee, call, a0, NULL, lp);
        if (call->call.has_ellipsis) {
            EscHole appended = esc_discard_hole(e);
            Type *au = a1 ? under(a1->type) : NULL;
            if (au && au->kind == TY_SLICE && has_ptrs(au->slice.elem))
                appended = esc_deref(esc_heap_hole(e), call, lp, "appended slice...");
            if (a1) argument(e, appended, call, a1, NULL, lp);
        } else {
            Pos conv = lp;
            for (int i = 1; i < call->call.args.len; i++) {
                Node *a = VEC_AT(call->call.args, i);
                conv = esc_last_pos(a, conv);
            }
            for (int i = 1; i < call->call.args.len; i++)
                argument(e, esc_heap_hole(e), call, VEC_AT(call->call.args, i), elem, conv);
        }
        break;
    }
    case BUILTIN_COPY: {
        argument(e, esc_discard_hole(e), call, a0, NULL, lp);
        EscHole copied = esc_discard_hole(e);
        Type *bu = a1 ? under(a1->type) : NULL;
        if (bu && bu->kind == TY_SLICE && has_ptrs(bu->slice.elem))
            copied = esc_deref(esc_heap_hole(e), call, lp, "copied slice");
        if (a1) argument(e, copied, call, a1, NULL, lp);
        break;
    }
    case BUILTIN_PANIC:
        if (a0) argument(e, esc_heap_hole(e), call, a0, types_any, esc_last_pos(a0, lp));
        break;
    case BUILTIN_DELETE: {
        if (a0) argument(e, esc_discard_hole(e), call, a0, NULL, lp);
        Type *mu = a0 ? under(a0->type) : NULL;
        if (a1)
            argument(e, esc_discard_hole(e), call, a1,
                     mu && mu->kind == TY_MAP ? mu->map.key : NULL, esc_last_pos(a1, lp));
        break;
    }
    case BUILTIN_ADD:
    case BUILTIN_SLICE:
        if (a0) argument(e, k0, call, a0, NULL, lp);
        if (a1) argument(e, esc_discard_hole(e), call, a1, NULL, lp);
        break;
    default:
        for (int i = 0; i < call->call.args.len; i++)
            argument(e, esc_discard_hole(e), call, VEC_AT(call->call.args, i), NULL, lp);
        break;
    }
}

/* ---- calls --------------------------------------------------------------------- */

static Type *param_type(Type *sig, int i) {
    Vec *ps = &sig->sig.params->tuple.vars;
    return i < ps->len ? ((Object *)VEC_AT(*ps, i))->type : NULL;
}

void esc_call(Esc *e, EscHole *ks, int nks, Node *call) {
    if (call->call.call_kind == CALL_BUILTIN) {
        builtin_call(e, ks, nks, call);
        return;
    }
    if (call->call.call_kind == CALL_CONVERSION) {
        esc_expr(e, ks && nks ? ks[0] : esc_discard_hole(e), call);
        return;
    }
    call = esc_devirt_call(call);
    Node *fun = ast_unparen(call->call.fun);
    bool direct_closure;
    FuncInfo *fn = esc_static_callee(call, &direct_closure);
    if (direct_closure && fn && fn->esc) ((EscFn *)fn->esc)->closure_called = true;
    Type *sig = under(call->call.fun->type);
    if (!sig || sig->kind != TY_SIGNATURE) return;

    /* Results of a function of this batch flow straight to the holes. */
    if (ks && fn && in_mutual_batch(fn))
        for (int i = 0; i < fn->results.len && i < nks; i++) {
            Object *r = VEC_AT(fn->results, i);
            EscLoc *loc = esc_var_loc(r);
            if (loc && (ks[i].derefs < 0 || has_ptrs(r->type))) esc_flow(e->b, ks[i], loc);
        }

    /* The callee expression and the receiver. */
    bool is_method = fun->kind == N_SELECTOR && fun->selector.selection &&
                     fun->selector.selection->kind == SEL_METHOD;
    bool is_method_expr = fun->kind == N_SELECTOR && fun->selector.selection &&
                          fun->selector.selection->kind == SEL_METHOD_EXPR;
    int pidx = 0; /* index into fn->params */
    if (is_method) {
        EscHole rk = esc_tag_hole(e, ks, nks, fn, 0);
        rk = esc_note(rk, call, call->call.lparen, "call parameter");
        if (e->wrapping) {
            EscLoc *tmp = esc_new_loc(e, LOC_TEMP, false);
            esc_flow(e->b, esc_note(e->wrap_k, call, call->call.lparen, "captured by a closure"),
                     tmp);
            esc_flow(e->b, rk, tmp);
            rk = esc_loc_hole(tmp);
        }
        esc_method_recv(e, rk, fun);
        pidx = 1;
    } else {
        EscHole dk = esc_discard_hole(e);
        dk = wrap_arg(e, dk, call->call.fun, call->call.fun->type);
        esc_expr(e, dk, call->call.fun);
        if (fn && fn->sig && fn->sig->sig.recv && !is_method_expr) pidx = 1;
    }

    /* Arguments: a single multi-valued call is spread through temporaries. */
    int nargs = call->call.args.len;
    Node **args = (Node **)call->call.args.items;
    EscLoc **tmps = NULL;
    if (nargs == 1 && args[0]->type && args[0]->type->kind == TY_TUPLE) {
        int n = args[0]->type->tuple.vars.len;
        EscHole *tks = ARENA_ARRAY(EscHole, n);
        tmps = ARENA_ARRAY(EscLoc *, n);
        for (int i = 0; i < n; i++) {
            tmps[i] = esc_new_loc(e, LOC_TEMP, false);
            tmps[i]->loop_depth = 1;
            tks[i] = esc_loc_hole(tmps[i]);
        }
        esc_call(e, tks, n, ast_unparen(args[0]));
        nargs = n;
    }

    int nparams = sig->sig.params->tuple.vars.len;
    bool ddd = sig->sig.variadic && !call->call.has_ellipsis;
    int nfixed = ddd ? nparams - 1 : nparams;
    Pos conv = call->call.lparen;
    EscHole ddd_k = {0};
    bool have_ddd = false;
    for (int i = 0; i < nargs; i++) {
        bool in_ddd = ddd && i >= nfixed;
        int p = in_ddd ? nparams - 1 : i;
        Type *pt = param_type(sig, p);
        if (in_ddd) {
            Type *pu = under(pt);
            pt = pu && pu->kind == TY_SLICE ? pu->slice.elem : pt;
        }
        if (!tmps) {
            Node *a = ast_unparen(args[i]);
            /* names keep the position before; a named constant is a
             * literal at its use in gc's IR */
            if (a->kind != N_IDENT || a->mode == MODE_CONSTANT) conv = esc_syntax_pos(args[i]);
        }
        if (in_ddd) {
            if (!have_ddd) {
                /* f(a, b) for f(xs ...T) is f([]T{a, b}...) */
                EscHole k = esc_tag_hole(e, ks, nks, fn, pidx + p);
                k = esc_note(k, call, call->call.lparen, "call parameter");
                ddd_k = esc_spill(e, k, call, SITE_DDD, call->call.lparen, "... argument");
                have_ddd = true;
            }
            EscHole ek =
                esc_note_s(ddd_k, "... argument", call->call.lparen, "slice-literal-element");
            if (tmps) {
                esc_flow(e->b, ek, tmps[i]);
            } else {
                ek = wrap_arg(e, ek, args[i], pt);
                esc_expr_conv(e, ek, args[i], pt, conv);
            }
            continue;
        }
        EscHole k = esc_tag_hole(e, ks, nks, fn, pidx + p);
        if (tmps) {
            esc_flow(e->b, esc_note(k, call, call->call.lparen, "call parameter"), tmps[i]);
            continue;
        }
        argument(e, k, call, args[i], pt, conv);
    }
}

/* ---- go and defer -------------------------------------------------------------- */

void esc_go_defer(Esc *e, Node *stmt) {
    EscHole k = esc_heap_hole(e);
    if (stmt->kind == N_DEFERSTMT && e->loop_depth == 1) {
        /* A top-level defer's arguments stay on the stack, but must live
         * until the function returns. */
        k = esc_later(e, esc_discard_hole(e));
        esc_site_register(stmt, SITE_DEFER_STACK, k.dst);
    }
    Node *call = ast_unparen(stmt->gostmt.call);
    if (call->kind != N_CALL) return;
    /* A call of a function value or plain function without arguments or
     * results needs no wrapper (method calls always pass a receiver). */
    if (call->call.call_kind == CALL_FUNC) {
        Type *sig = under(call->call.fun->type);
        Node *fun = ast_unparen(call->call.fun);
        bool method = fun->kind == N_SELECTOR && fun->selector.selection &&
                      fun->selector.selection->kind != SEL_FIELD;
        if (!method && sig && sig->kind == TY_SIGNATURE && sig->sig.params->tuple.vars.len == 0 &&
            sig->sig.results->tuple.vars.len == 0) {
            esc_expr(e, k, call->call.fun);
            return;
        }
    }
    /* Otherwise gc wraps the call in a closure without arguments that
     * captures copies of them. */
    EscHole wk = esc_spill(e, k, stmt, SITE_WRAP, stmt->pos, "func literal");
    bool saved = e->wrapping;
    EscHole saved_k = e->wrap_k;
    e->wrapping = true;
    e->wrap_k = wk;
    esc_call(e, NULL, 0, call);
    e->wrapping = saved;
    e->wrap_k = saved_k;
}
