/* esc_build_stmt.c: the location graph of statements and assignments.
 *
 * Assignments are where values move between locations: every form
 * (=, :=, var, op=, ++, return, range, type switch) comes down to
 * "evaluate the destination's address, then the source into it". The
 * loop depth is tracked here: it grows at every for and range, and at a
 * label a goto jumps back to; a variable keeps the depth of its
 * declaration. */
#include <string.h>

#include "escape/esc_internal.h"

static bool has_ptrs(Type *t) {
    return t && types_has_pointers(t);
}

static Type *under(Type *t) {
    return t ? types_underlying(t) : NULL;
}

static bool is_blank(Node *n) {
    n = n ? ast_unparen(n) : NULL;
    return !n || (n->kind == N_IDENT && n->ident.name == intern_cstr("_"));
}

/* Whether lhs is the declaring occurrence of its variable. */
static bool defines(Node *lhs) {
    if (!lhs || lhs->kind != N_IDENT || !lhs->ident.obj) return false;
    Object *o = lhs->ident.obj;
    return o->kind == OBJ_VAR && pos_cmp(o->pos, lhs->pos) == 0;
}

EscHole esc_dcl(Esc *e, Object *obj) {
    EscLoc *loc = esc_var_loc(obj);
    if (!loc) return esc_discard_hole(e);
    loc->loop_depth = e->loop_depth;
    return esc_loc_hole(loc);
}

void esc_note_var_init(Object *obj, Node *init) {
    EscLoc *loc = esc_var_loc(obj);
    if (loc) loc->init_expr = init;
}

/* gc's ir.StaticValue: follows never-reassigned locals to their value. */
Node *esc_static_value(Node *n) {
    for (int guard = 0; guard < 64 && n; guard++) {
        n = ast_unparen(n);
        if (n->kind != N_IDENT) return n;
        Object *o = n->ident.obj;
        if (!o || o->kind != OBJ_VAR || o->var.is_global || o->var.is_param || o->var.is_result ||
            o->var.addr_taken || o->var.reassigned)
            return n;
        EscLoc *loc = o->esc;
        if (!loc || !loc->init_expr) return n;
        n = loc->init_expr;
    }
    return n;
}

/* ---- destinations ---------------------------------------------------------- */

EscHole esc_addr(Esc *e, Node *n) {
    if (is_blank(n)) return esc_discard_hole(e);
    n = ast_unparen(n);
    EscHole k = esc_heap_hole(e);
    switch (n->kind) {
    case N_IDENT: {
        EscLoc *loc = esc_var_loc(n->ident.obj);
        if (loc) k = esc_loc_hole(loc);
        break;
    }
    case N_SELECTOR:
        if (!n->selector.selection) break; /* pkg.Var */
        if (esc_selector_derefs(n, -1) > 0)
            esc_discard(e, n);
        else
            k = esc_addr(e, n->selector.x);
        break;
    case N_INDEX: {
        Type *xu = under(n->index.x->type);
        if (xu && xu->kind == TY_MAP) {
            esc_discard(e, n->index.x);
            esc_expr_conv(e, esc_note(esc_heap_hole(e), n, esc_syntax_pos(n), "key of map put"),
                          n->index.index, xu->map.key, esc_last_pos(n, esc_syntax_pos(n)));
            break;
        }
        esc_discard(e, n->index.index);
        if (xu && xu->kind == TY_ARRAY)
            k = esc_addr(e, n->index.x);
        else
            esc_discard(e, n->index.x);
        break;
    }
    case N_STAR: esc_discard(e, n); break;
    default: esc_discard(e, n); break;
    }
    return k;
}

/* ---- self-assignment (gc's isSelfAssign) ------------------------------------ */

static bool is_field_sel(Node *n) {
    return n->kind == N_SELECTOR && n->selector.selection &&
           n->selector.selection->kind == SEL_FIELD;
}

/* ODOTPTR in gc's IR: the last step of the selection dereferences. */
static bool sel_derefs_last(Node *n) {
    Selection *s = n->selector.selection;
    return esc_selector_derefs(n, -1) > esc_selector_derefs(n, s->index_len - 1);
}

/* The variable X of *X or X.f (X a pointer, no embedded path). */
static Object *deref_base(Node *n) {
    n = ast_unparen(n);
    Node *x = NULL;
    if (n->kind == N_STAR)
        x = n->star.x;
    else if (is_field_sel(n) && n->selector.selection->index_len == 1 && sel_derefs_last(n))
        x = n->selector.x;
    if (!x) return NULL;
    x = ast_unparen(x);
    if (x->kind != N_IDENT || !x->ident.obj || x->ident.obj->kind != OBJ_VAR) return NULL;
    return x->ident.obj;
}

static bool slice_self_assign(Node *dst, Node *src) {
    Object *d = deref_base(dst);
    if (!d) return false;
    src = ast_unparen(src);
    if (src->kind != N_SLICE) return false;
    Type *xu = under(src->slice.x->type);
    if (xu && xu->kind == TY_ARRAY)
        return false; /* slicing an array in place stores a new pointer */
    return deref_base(src->slice.x) == d;
}

static bool may_affect_memory(Node *n) {
    if (!n) return false;
    if (n->mode == MODE_CONSTANT) return false;
    switch (n->kind) {
    case N_IDENT: return false;
    case N_PAREN: return may_affect_memory(n->paren.x);
    case N_BINARY:
        switch (n->binary.op) {
        case T_ADD:
        case T_SUB:
        case T_OR:
        case T_XOR:
        case T_MUL:
        case T_SHL:
        case T_SHR:
        case T_AND:
        case T_AND_NOT:
        case T_QUO:
        case T_REM: return may_affect_memory(n->binary.x) || may_affect_memory(n->binary.y);
        default: return true;
        }
    case N_INDEX: return may_affect_memory(n->index.x) || may_affect_memory(n->index.index);
    case N_UNARY:
        if (n->unary.op == T_ARROW || n->unary.op == T_AND) return true;
        return may_affect_memory(n->unary.x);
    case N_STAR: return may_affect_memory(n->star.x);
    case N_SELECTOR: return n->selector.selection ? may_affect_memory(n->selector.x) : false;
    case N_CALL:
        if (n->call.call_kind == CALL_CONVERSION && n->call.args.len == 1)
            return may_affect_memory(VEC_AT(n->call.args, 0));
        return true;
    default: return true;
    }
}

static bool same_safe_expr(Node *l, Node *r) {
    l = ast_unparen(l);
    r = ast_unparen(r);
    if (l->kind != r->kind) return false;
    if (l->type && r->type && !types_identical(l->type, r->type)) return false;
    if (l->mode == MODE_CONSTANT || r->mode == MODE_CONSTANT)
        return l->mode == r->mode && l->cval && r->cval && const_compare(T_EQL, l->cval, r->cval);
    switch (l->kind) {
    case N_IDENT: return l->ident.obj && l->ident.obj == r->ident.obj;
    case N_SELECTOR: {
        Selection *a = l->selector.selection, *b = r->selector.selection;
        if (!a || !b) return !a && !b && l->selector.sel->ident.obj == r->selector.sel->ident.obj;
        if (a->obj != b->obj || a->index_len != b->index_len) return false;
        return same_safe_expr(l->selector.x, r->selector.x);
    }
    case N_STAR: return same_safe_expr(l->star.x, r->star.x);
    case N_UNARY:
        return l->unary.op == r->unary.op && l->unary.op != T_ARROW && l->unary.op != T_AND &&
               same_safe_expr(l->unary.x, r->unary.x);
    case N_INDEX:
        return same_safe_expr(l->index.x, r->index.x) &&
               same_safe_expr(l->index.index, r->index.index);
    case N_BINARY:
        return l->binary.op == r->binary.op && same_safe_expr(l->binary.x, r->binary.x) &&
               same_safe_expr(l->binary.y, r->binary.y);
    case N_CALL:
        return l->call.call_kind == CALL_CONVERSION && r->call.call_kind == CALL_CONVERSION &&
               l->call.args.len == 1 && r->call.args.len == 1 &&
               same_safe_expr(VEC_AT(l->call.args, 0), VEC_AT(r->call.args, 0));
    default: return false;
    }
}

static bool self_assign(Node *dst, Node *src) {
    if (!dst || !src) return false;
    if (slice_self_assign(dst, src)) return true;
    dst = ast_unparen(dst);
    src = ast_unparen(src);
    if (is_field_sel(dst) && is_field_sel(src)) {
        if (sel_derefs_last(dst) != sel_derefs_last(src)) return false;
        Selection *a = dst->selector.selection, *b = src->selector.selection;
        if (a->index_len != b->index_len) return false;
        for (int i = 0; i + 1 < a->index_len; i++)
            if (a->index[i] != b->index[i]) return false;
        return same_safe_expr(dst->selector.x, src->selector.x);
    }
    if (dst->kind == N_INDEX && src->kind == N_INDEX) {
        Type *du = under(dst->index.x->type), *su = under(src->index.x->type);
        if (!du || !su || du->kind == TY_MAP || su->kind == TY_MAP) return false;
        if (may_affect_memory(dst->index.index) || may_affect_memory(src->index.index))
            return false;
        return same_safe_expr(dst->index.x, src->index.x);
    }
    return false;
}

/* ---- assignments -------------------------------------------------------------- */

/* Marks the destinations as reassigned, except variables this statement
 * declares (range variables are assigned on every iteration, though). */
static void reassigned(EscHole *ks, Node **dsts, int n, bool is_range) {
    for (int i = 0; i < n; i++) {
        EscLoc *loc = ks[i].dst;
        if (loc->kind != LOC_VAR) continue;
        if (dsts && dsts[i] && defines(dsts[i]) && !is_range) continue;
        loc->reassigned = true;
    }
}

typedef struct Assign {
    Node *where; /* statement, for notes and messages */
    Pos where_pos;
    const char *why;
    Pos conv_pos;
} Assign;

/* dsts[i] (may be NULL) with holes ks[i] and types ts[i] receive srcs[i]. */
static void assign_list(Esc *e, const Assign *a, Node **dsts, EscHole *ks, Type **ts, int n,
                        Node **srcs, int nsrcs) {
    for (int i = 0; i < n; i++) {
        Node *src = i < nsrcs ? srcs[i] : NULL;
        EscHole k = ks[i];
        if (dsts && dsts[i] && src && esc_is_reflect_header_data(dsts[i]) &&
            esc_selector_derefs(dsts[i], -1) > 0) {
            esc_unsafe_value(e, esc_note(esc_heap_hole(e), a->where, a->where_pos, a->why), src);
            continue;
        }
        if (dsts && dsts[i] && src && self_assign(dsts[i], src)) {
            if (esc_m_level && esc_diagnose_fn(e->fn))
                esc_warn(a->where_pos, "%s ignoring self-assignment in %s", esc_func_name(e->fn),
                         esc_node_string(a->where));
            k = esc_discard_hole(e);
        }
        esc_expr_conv(e, esc_note(k, a->where, a->where_pos, a->why), src, ts ? ts[i] : NULL,
                      a->conv_pos);
    }
    reassigned(ks, dsts, n, false);
}

static Type *lhs_type(Node *n) {
    if (is_blank(n)) return NULL;
    n = ast_unparen(n);
    if (n->kind == N_IDENT && n->ident.obj) return n->ident.obj->type;
    return n->type;
}

static const char *comma_ok_why(Node *rhs) {
    rhs = ast_unparen(rhs);
    if (rhs->kind == N_INDEX) return "assign-pair-mapr";
    if (rhs->kind == N_TYPEASSERT) return "assign-pair-dot-type";
    return "assign-pair-receive";
}

static bool is_multi_call(Node *n) {
    n = ast_unparen(n);
    return n->kind == N_CALL && n->type && n->type->kind == TY_TUPLE;
}

static void assign_stmt(Esc *e, Node *s) {
    Vec *lhs = &s->assign.lhs, *rhs = &s->assign.rhs;
    int n = lhs->len;
    Node **dsts = (Node **)lhs->items;
    Pos where_pos = s->assign.tok_pos;
    bool define = s->assign.tok == T_DEFINE;

    /* Variables a := declares exist before its right side is evaluated. */
    if (define)
        for (int i = 0; i < n; i++)
            if (defines(dsts[i])) esc_dcl(e, dsts[i]->ident.obj);

    /* Where gc's implicit conversions are positioned: the last expression
     * its IR translator entered before converting (the left side, last). */
    Pos conv = s->pos;
    for (int i = 0; i < rhs->len; i++)
        conv = esc_last_pos(VEC_AT(*rhs, i), conv);
    for (int i = 0; i < n; i++)
        if (!is_blank(dsts[i]) && !defines(dsts[i])) conv = esc_last_pos(dsts[i], conv);

    if (s->assign.tok != T_ASSIGN && !define) { /* op= */
        EscHole k = esc_addr(e, dsts[0]);
        Assign a = {s, where_pos, "assign", conv};
        Type *t = lhs_type(dsts[0]);
        assign_list(e, &a, dsts, &k, &t, 1, (Node **)rhs->items, rhs->len);
        return;
    }
    if (rhs->len == 1 && n > 1 && is_multi_call(VEC_AT(*rhs, 0))) {
        EscHole *ks = ARENA_ARRAY(EscHole, n);
        for (int i = 0; i < n; i++)
            ks[i] = esc_addr(e, dsts[i]);
        esc_call(e, ks, n, ast_unparen(VEC_AT(*rhs, 0)));
        reassigned(ks, dsts, n, false);
        return;
    }
    EscHole *ks = ARENA_ARRAY(EscHole, n);
    Type **ts = ARENA_ARRAY(Type *, n);
    for (int i = 0; i < n; i++) {
        ks[i] = esc_addr(e, dsts[i]);
        ts[i] = lhs_type(dsts[i]);
    }
    const char *why = n == 1 ? "assign" : "assign-pair";
    bool comma_ok = rhs->len == 1 && n == 2;
    if (comma_ok) why = comma_ok_why(VEC_AT(*rhs, 0));
    Assign a = {s, where_pos, why, conv};
    /* gc converts a comma-ok value to the destination's interface type
     * only after escape analysis (order's as2ok): no box is reported, and
     * the late conversion allocates on the heap */
    assign_list(e, &a, dsts, ks, comma_ok ? NULL : ts, n, (Node **)rhs->items, rhs->len);
    if (define && n == rhs->len)
        for (int i = 0; i < n; i++)
            if (defines(dsts[i])) esc_note_var_init(dsts[i]->ident.obj, VEC_AT(*rhs, i));
}

static void var_spec(Esc *e, Node *spec) {
    Vec *names = &spec->valuespec.names, *values = &spec->valuespec.values;
    int n = names->len;
    EscHole *ks = ARENA_ARRAY(EscHole, n);
    Type **ts = ARENA_ARRAY(Type *, n);
    for (int i = 0; i < n; i++) {
        Node *id = VEC_AT(*names, i);
        Object *o = id->ident.obj;
        ks[i] = is_blank(id) || !o ? esc_discard_hole(e) : esc_dcl(e, o);
        ts[i] = is_blank(id) || !o ? NULL : o->type;
    }
    if (values->len == 0) return;
    if (values->len == 1 && n > 1 && is_multi_call(VEC_AT(*values, 0))) {
        esc_call(e, ks, n, ast_unparen(VEC_AT(*values, 0)));
        return;
    }
    Pos conv = spec->pos;
    for (int i = 0; i < values->len; i++)
        conv = esc_last_pos(VEC_AT(*values, i), conv);
    const char *why = n == 1 ? "assign" : "assign-pair";
    bool comma_ok = values->len == 1 && n == 2;
    if (comma_ok) why = comma_ok_why(VEC_AT(*values, 0));
    Assign a = {spec, spec->pos, why, conv};
    for (int i = 0; i < n; i++) {
        Node *src = i < values->len ? VEC_AT(*values, i) : NULL;
        /* as in assign_stmt: a comma-ok value is converted after escape */
        esc_expr_conv(e, esc_note(ks[i], a.where, a.where_pos, a.why), src, comma_ok ? NULL : ts[i],
                      conv);
        Node *id = VEC_AT(*names, i);
        if (src && values->len == n && !is_blank(id) && id->ident.obj)
            esc_note_var_init(id->ident.obj, src);
    }
}

static void return_stmt(Esc *e, Node *s) {
    FuncInfo *fi = e->fn;
    int n = fi->results.len;
    EscHole *ks = ARENA_ARRAY(EscHole, n + 1);
    Type **ts = ARENA_ARRAY(Type *, n + 1);
    for (int i = 0; i < n; i++) {
        Object *r = VEC_AT(fi->results, i);
        EscLoc *loc = esc_var_loc(r);
        ks[i] = loc ? esc_loc_hole(loc) : esc_discard_hole(e);
        ts[i] = r->type;
    }
    Vec *res = &s->ret.results;
    if (res->len == 1 && n > 1 && is_multi_call(VEC_AT(*res, 0))) {
        esc_call(e, ks, n, ast_unparen(VEC_AT(*res, 0)));
        reassigned(ks, NULL, n, false);
        return;
    }
    Pos conv = s->pos;
    for (int i = 0; i < res->len; i++)
        conv = esc_last_pos(VEC_AT(*res, i), conv);
    /* gc's typecheckaste converts each result at the result's own position
     * (its setlineno skips names, which keep the position before), as it
     * does call arguments (esc_call.c) */
    for (int i = 0; i < n; i++) {
        Node *src = i < res->len ? VEC_AT(*res, i) : NULL;
        if (src && (ast_unparen(src)->kind != N_IDENT || src->mode == MODE_CONSTANT))
            conv = esc_syntax_pos(src);
        esc_expr_conv(e, esc_note(ks[i], s, s->pos, "return"), src, ts[i], conv);
    }
    reassigned(ks, NULL, n, false);
}

static void range_stmt(Esc *e, Node *s) {
    Node *key = s->rangestmt.key, *value = s->rangestmt.value;
    /* := range variables are declared once, outside the loop (Go 1.19) */
    if (s->rangestmt.tok == T_DEFINE) {
        if (key && defines(key)) esc_dcl(e, key->ident.obj);
        if (value && defines(value)) esc_dcl(e, value->ident.obj);
    }
    EscLoc *tmp = esc_new_loc(e, LOC_TEMP, false);
    esc_expr(e, esc_loc_hole(tmp), s->rangestmt.x);

    e->loop_depth++;
    EscHole ks[2] = {esc_addr(e, key), esc_addr(e, value)};
    Type *xu = under(s->rangestmt.x->type);
    Pos rp = s->rangestmt.range_pos;
    if (xu && xu->kind == TY_ARRAY)
        esc_flow(e->b, esc_note_s(ks[1], "for loop", rp, "range"), tmp);
    else
        esc_flow(e->b, esc_note_s(esc_shift(ks[1], 1), "for loop", rp, "range-deref"), tmp);
    Node *dsts[2] = {key, value};
    reassigned(ks, dsts, 2, true);
    esc_block(e, &s->rangestmt.body->block.list);
    e->loop_depth--;
}

static EscHole dot_type(EscHole k, Type *t, const Node *where, Pos pos, const char *why) {
    if (t && !types_is_interface(t) && !esc_is_direct_iface(t)) k = esc_shift(k, 1);
    return esc_note(k, where, pos, why);
}

static void type_switch(Esc *e, Node *s) {
    esc_stmt(e, s->typeswitch.init);
    Node *as = s->typeswitch.assign;
    Node *guard = NULL;
    if (as->kind == N_ASSIGNSTMT && as->assign.rhs.len == 1)
        guard = VEC_AT(as->assign.rhs, 0);
    else if (as->kind == N_EXPRSTMT)
        guard = as->exprstmt.x;
    guard = guard ? ast_unparen(guard) : NULL;
    Node *x = guard && guard->kind == N_TYPEASSERT ? guard->typeassert.x : guard;
    Vec *clauses = &s->typeswitch.body->block.list;
    EscHole *ks = ARENA_ARRAY(EscHole, clauses->len + 1);
    int nks = 0;
    for (int i = 0; i < clauses->len; i++) {
        Node *cl = VEC_AT(*clauses, i);
        Object *cv = cl->caseclause.implicit;
        if (!cv) continue;
        EscHole k = esc_dcl(e, cv);
        if (k.dst->kind == LOC_VAR) /* gc places each clause's variable at its colon */
            k.dst->pos = cl->caseclause.colon;
        if (has_ptrs(cv->type)) ks[nks++] = dot_type(k, cv->type, cl, cl->pos, "switch case");
    }
    esc_expr(e, esc_tee(e, ks, nks), x);
    for (int i = 0; i < clauses->len; i++) {
        Node *cl = VEC_AT(*clauses, i);
        esc_block(e, &cl->caseclause.body);
    }
}

/* ---- statements ---------------------------------------------------------------- */

static bool is_looping(Esc *e, Node *label_stmt) {
    for (int i = 0; i < e->looping.len; i++)
        if (VEC_AT(e->looping, i) == label_stmt) return true;
    return false;
}

static bool const_bool(Node *n, bool *val) {
    if (!n || n->mode != MODE_CONSTANT || !n->cval || n->cval->kind != CONST_BOOL) return false;
    *val = n->cval->b;
    return true;
}

static bool ends_in_return_or_panic(Vec *list) {
    if (!list || list->len == 0) return false;
    Node *last = VEC_AT(*list, list->len - 1);
    if (last->kind == N_RETURNSTMT) return true;
    if (last->kind != N_EXPRSTMT) return false;
    Node *x = ast_unparen(last->exprstmt.x);
    if (x->kind != N_CALL || x->call.call_kind != CALL_BUILTIN) return false;
    Node *f = ast_unparen(x->call.fun);
    return f->kind == N_IDENT && f->ident.obj && f->ident.obj->kind == OBJ_BUILTIN &&
           f->ident.obj->builtin.id == BUILTIN_PANIC;
}

/* gc removes dead code before escape analysis: the branch an if with a
 * constant condition never takes, and what follows a live branch that
 * ends in return or panic (unless a label follows). */
static bool const_if(Esc *e, Node *s, bool *cut) {
    bool val;
    if (!const_bool(s->ifstmt.cond, &val)) return false;
    esc_stmt(e, s->ifstmt.init);
    Vec *live = NULL;
    Node *els = s->ifstmt.els;
    int old = e->loop_depth;
    if (val) {
        live = &s->ifstmt.body->block.list;
        esc_block(e, live);
    } else if (els) {
        if (els->kind == N_BLOCKSTMT) {
            live = &els->block.list;
            esc_block(e, live);
        } else {
            esc_stmt(e, els);
        }
    }
    e->loop_depth = old;
    *cut = ends_in_return_or_panic(live);
    return true;
}

void esc_block(Esc *e, Vec *list) {
    int old = e->loop_depth;
    int last_label = -1;
    for (int i = 0; list && i < list->len; i++)
        if (((Node *)VEC_AT(*list, i))->kind == N_LABELEDSTMT) last_label = i;
    for (int i = 0; list && i < list->len; i++) {
        Node *s = VEC_AT(*list, i);
        bool cut = false;
        if (s->kind == N_IFSTMT && const_if(e, s, &cut)) {
            if (cut && i > last_label) break;
            continue;
        }
        esc_stmt(e, s);
    }
    e->loop_depth = old;
}

static void expr_stmt(Esc *e, Node *x) {
    Node *u = ast_unparen(x);
    if (u->kind == N_CALL && u->call.call_kind != CALL_CONVERSION)
        esc_call(e, NULL, 0, u);
    else
        esc_discard(e, x);
}

void esc_stmt(Esc *e, Node *s) {
    if (!s) return;
    switch (s->kind) {
    case N_DECLSTMT: {
        Node *d = s->declstmt.decl;
        if (d && d->kind == N_GENDECL && d->gendecl.tok == T_VAR)
            for (int i = 0; i < d->gendecl.specs.len; i++)
                var_spec(e, VEC_AT(d->gendecl.specs, i));
        break;
    }
    case N_LABELEDSTMT:
        if (is_looping(e, s)) e->loop_depth++;
        esc_stmt(e, s->labeled.stmt);
        break;
    case N_EXPRSTMT: expr_stmt(e, s->exprstmt.x); break;
    case N_SENDSTMT: {
        esc_discard(e, s->send.chan);
        Type *cu = under(s->send.chan->type);
        Pos conv = esc_last_pos(s->send.value, esc_last_pos(s->send.chan, s->pos));
        esc_expr_conv(e, esc_note(esc_heap_hole(e), s, s->send.arrow, "send"), s->send.value,
                      cu && cu->kind == TY_CHAN ? cu->chan.elem : NULL, conv);
        break;
    }
    case N_INCDECSTMT: {
        EscHole k = esc_addr(e, s->incdec.x);
        Node *d = s->incdec.x;
        reassigned(&k, &d, 1, false);
        break;
    }
    case N_ASSIGNSTMT: assign_stmt(e, s); break;
    case N_GOSTMT:
    case N_DEFERSTMT: esc_go_defer(e, s); break;
    case N_RETURNSTMT: return_stmt(e, s); break;
    case N_BLOCKSTMT: esc_block(e, &s->block.list); break;
    case N_IFSTMT: {
        esc_stmt(e, s->ifstmt.init);
        esc_discard(e, s->ifstmt.cond);
        esc_block(e, &s->ifstmt.body->block.list);
        int old = e->loop_depth;
        esc_stmt(e, s->ifstmt.els);
        e->loop_depth = old;
        break;
    }
    case N_SWITCHSTMT: {
        esc_stmt(e, s->switchstmt.init);
        esc_discard(e, s->switchstmt.tag);
        Vec *clauses = &s->switchstmt.body->block.list;
        for (int i = 0; i < clauses->len; i++) {
            Node *cl = VEC_AT(*clauses, i);
            for (int j = 0; j < cl->caseclause.list.len; j++)
                esc_discard(e, VEC_AT(cl->caseclause.list, j));
            esc_block(e, &cl->caseclause.body);
        }
        break;
    }
    case N_TYPESWITCHSTMT: type_switch(e, s); break;
    case N_SELECTSTMT: {
        Vec *clauses = &s->selectstmt.body->block.list;
        for (int i = 0; i < clauses->len; i++) {
            Node *cl = VEC_AT(*clauses, i);
            esc_stmt(e, cl->commclause.comm);
            esc_block(e, &cl->commclause.body);
        }
        break;
    }
    case N_FORSTMT:
        esc_stmt(e, s->forstmt.init);
        e->loop_depth++;
        esc_discard(e, s->forstmt.cond);
        esc_stmt(e, s->forstmt.post);
        esc_block(e, &s->forstmt.body->block.list);
        e->loop_depth--;
        break;
    case N_RANGESTMT: range_stmt(e, s); break;
    default: break; /* empty, branch, bad */
    }
}

/* ---- functions ------------------------------------------------------------------ */

/* gc marks a label "looping" when a goto to it is seen after the label in
 * a pre-order walk of the function. */
static void scan_labels(Esc *e, Node *s, Vec *seen) {
    if (!s) return;
    switch (s->kind) {
    case N_LABELEDSTMT:
        vec_push(seen, s);
        scan_labels(e, s->labeled.stmt, seen);
        break;
    case N_BRANCHSTMT:
        if (s->branch.tok == T_GOTO && s->branch.target) {
            for (int i = 0; i < seen->len; i++)
                if (VEC_AT(*seen, i) == s->branch.target && !is_looping(e, s->branch.target))
                    vec_push(&e->looping, s->branch.target);
        }
        break;
    case N_BLOCKSTMT:
        for (int i = 0; i < s->block.list.len; i++)
            scan_labels(e, VEC_AT(s->block.list, i), seen);
        break;
    case N_IFSTMT:
        scan_labels(e, s->ifstmt.init, seen);
        scan_labels(e, s->ifstmt.body, seen);
        scan_labels(e, s->ifstmt.els, seen);
        break;
    case N_FORSTMT:
        scan_labels(e, s->forstmt.init, seen);
        scan_labels(e, s->forstmt.post, seen);
        scan_labels(e, s->forstmt.body, seen);
        break;
    case N_RANGESTMT: scan_labels(e, s->rangestmt.body, seen); break;
    case N_SWITCHSTMT: scan_labels(e, s->switchstmt.body, seen); break;
    case N_TYPESWITCHSTMT: scan_labels(e, s->typeswitch.body, seen); break;
    case N_SELECTSTMT: scan_labels(e, s->selectstmt.body, seen); break;
    case N_CASECLAUSE:
        for (int i = 0; i < s->caseclause.body.len; i++)
            scan_labels(e, VEC_AT(s->caseclause.body, i), seen);
        break;
    case N_COMMCLAUSE:
        for (int i = 0; i < s->commclause.body.len; i++)
            scan_labels(e, VEC_AT(s->commclause.body, i), seen);
        break;
    default: break;
    }
}

void esc_walk_func(EscBatch *b, FuncInfo *fi) {
    EscFn *ef = fi->esc;
    if (ef) ef->state = ESCFN_STARTED;
    Node *body =
        fi->decl ? (fi->decl->kind == N_FUNCLIT ? fi->decl->funclit.body : fi->decl->funcdecl.body)
                 : NULL;
    if (!body) return;
    Esc e = {.b = b, .fn = fi, .loop_depth = 1};
    Vec seen = {0};
    scan_labels(&e, body, &seen);
    esc_block(&e, &body->block.list);
}
