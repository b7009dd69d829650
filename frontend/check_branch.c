/* check_branch.c: the checks on control flow that do not need types —
 * labels and branch statements, as gc's parser makes them
 * (cmd/compile/internal/syntax/branches.go: gc runs these instead of
 * types2's label checks, so theirs is the wording gc prints), and
 * terminating statements for "missing return" (go/types return.go).
 *
 * The branch checks also record each break/continue/goto's target
 * statement (N_BRANCHSTMT.target) for the later stages. */
#include "frontend/check_internal.h"

#include <stdlib.h>
#include <string.h>

/* ---- terminating statements (go/types return.go) ------------------------------------ */

static bool has_break(Node *s, const char *label, bool implicit);

static bool has_break_list(Vec *list, const char *label, bool implicit) {
    for (int i = 0; i < list->len; i++)
        if (has_break(VEC_AT(*list, i), label, implicit)) return true;
    return false;
}

static bool has_break_clauses(Node *body, const char *label, bool implicit) {
    Vec *cl = &body->block.list;
    for (int i = 0; i < cl->len; i++) {
        Node *c = VEC_AT(*cl, i);
        Vec *b = c->kind == N_CASECLAUSE ? &c->caseclause.body : &c->commclause.body;
        if (has_break_list(b, label, implicit)) return true;
    }
    return false;
}

static bool has_break(Node *s, const char *label, bool implicit) {
    if (!s) return false;
    switch (s->kind) {
    case N_LABELEDSTMT: return has_break(s->labeled.stmt, label, implicit);
    case N_BRANCHSTMT:
        if (s->branch.tok == T_BREAK) {
            if (!s->branch.label) return implicit;
            if (label && s->branch.label->ident.name == label) return true;
        }
        return false;
    case N_BLOCKSTMT: return has_break_list(&s->block.list, label, implicit);
    case N_IFSTMT:
        return has_break(s->ifstmt.body, label, implicit) ||
               (s->ifstmt.els && has_break(s->ifstmt.els, label, implicit));
    case N_SWITCHSTMT: return label && has_break_clauses(s->switchstmt.body, label, false);
    case N_TYPESWITCHSTMT: return label && has_break_clauses(s->typeswitch.body, label, false);
    case N_SELECTSTMT: return label && has_break_clauses(s->selectstmt.body, label, false);
    case N_FORSTMT: return label && has_break(s->forstmt.body, label, false);
    case N_RANGESTMT: return label && has_break(s->rangestmt.body, label, false);
    default: return false;
    }
}

static bool is_terminating_list(Vec *list, const char *label) {
    for (int i = list->len - 1; i >= 0; i--) {
        Node *s = VEC_AT(*list, i);
        if (s->kind != N_EMPTYSTMT) return check_is_terminating(s, label);
    }
    return false;
}

static bool is_terminating_clauses(Node *body, const char *label, bool need_default) {
    bool has_default = false;
    Vec *cl = &body->block.list;
    for (int i = 0; i < cl->len; i++) {
        Node *c = VEC_AT(*cl, i);
        Vec *b;
        if (c->kind == N_CASECLAUSE) {
            if (c->caseclause.list.len == 0) has_default = true;
            b = &c->caseclause.body;
        } else {
            b = &c->commclause.body;
        }
        if (!is_terminating_list(b, NULL) || has_break_list(b, label, true)) return false;
    }
    return need_default ? has_default : true;
}

static bool is_panic_call(Node *x) {
    x = ast_unparen(x);
    if (!x || x->kind != N_CALL) return false;
    Node *f = ast_unparen(x->call.fun);
    return f->kind == N_IDENT && f->ident.obj && f->ident.obj->kind == OBJ_BUILTIN &&
           f->ident.obj->builtin.id == BUILTIN_PANIC;
}

bool check_is_terminating(Node *s, const char *label) {
    if (!s) return false;
    switch (s->kind) {
    case N_LABELEDSTMT: return check_is_terminating(s->labeled.stmt, s->labeled.label->ident.name);
    case N_EXPRSTMT: return is_panic_call(s->exprstmt.x);
    case N_RETURNSTMT: return true;
    case N_BRANCHSTMT: return s->branch.tok == T_GOTO || s->branch.tok == T_FALLTHROUGH;
    case N_BLOCKSTMT: return is_terminating_list(&s->block.list, NULL);
    case N_IFSTMT:
        return s->ifstmt.els && check_is_terminating(s->ifstmt.body, NULL) &&
               check_is_terminating(s->ifstmt.els, NULL);
    case N_SWITCHSTMT: return is_terminating_clauses(s->switchstmt.body, label, true);
    case N_TYPESWITCHSTMT: return is_terminating_clauses(s->typeswitch.body, label, true);
    case N_SELECTSTMT: return is_terminating_clauses(s->selectstmt.body, label, false);
    case N_FORSTMT: return !s->forstmt.cond && !has_break(s->forstmt.body, label, true);
    default: return false;
    }
}

/* ---- labels and branch statements (gc's syntax/branches.go) -------------------------- */

typedef struct Block Block;
struct Block {
    Block *parent;
    Pos start;
    Node *lstmt; /* labeled statement this block belongs to */
};

typedef struct Label {
    const char *name;
    Node *lstmt;
    Block *parent;
    Object *obj;
    bool used;
} Label;

typedef struct Targets {
    Node *breaks;    /* for, range, switch, type switch or select */
    Node *continues; /* for or range */
    int case_index;  /* index of the enclosing switch case, or -1 */
} Targets;

typedef struct LabelScope {
    Checker *c;
    Vec labels; /* Label* */
} LabelScope;

static Label *find_label(LabelScope *ls, const char *name) {
    for (int i = 0; i < ls->labels.len; i++) {
        Label *l = VEC_AT(ls->labels, i);
        if (l->name == name) return l;
    }
    return NULL;
}

static Label *declare_label(LabelScope *ls, Block *b, Node *s) {
    const char *name = s->labeled.label->ident.name;
    Label *alt = find_label(ls, name);
    if (alt) {
        diag_error(s->labeled.label->pos, "label %s already defined at %s", name,
                   check_pos_string(alt->lstmt->labeled.label->pos));
        return alt;
    }
    Label *l = ARENA_NEW(Label);
    l->name = name;
    l->lstmt = s;
    l->parent = b;
    l->obj = check_new_object(OBJ_LABEL, name, s->labeled.label->pos, NULL, ls->c->pkg);
    l->obj->label.stmt = s;
    s->labeled.label->ident.obj = l->obj;
    vec_push(&ls->labels, l);
    return l;
}

static Node *goto_target(LabelScope *ls, Block *b, const char *name) {
    Label *l = find_label(ls, name);
    if (!l) return NULL;
    l->used = true;
    l->obj->label.used = true;
    for (; b; b = b->parent)
        if (l->parent == b) return l->lstmt;
    return NULL;
}

static Node *invalid_target_sentinel(void) {
    static Node n;
    return &n;
}

static Node *enclosing_target(LabelScope *ls, Block *b, const char *name) {
    Label *l = find_label(ls, name);
    if (!l) return NULL;
    l->used = true;
    l->obj->label.used = true;
    for (; b; b = b->parent)
        if (l->lstmt == b->lstmt) return l->lstmt;
    return invalid_target_sentinel();
}

static Vec block_branches(LabelScope *ls, Block *parent, Targets ctxt, Node *lstmt, Pos start,
                          Vec *body);

typedef struct BBState {
    LabelScope *ls;
    Block *b;
    Node *lstmt;
    Pos var_pos;
    const char *var_name;
    Vec fwd; /* Node* gotos */
    Vec bad; /* gotos that jump over the last variable declaration */
} BBState;

static void record_var_decl(BBState *st, Pos pos, const char *name) {
    st->var_pos = pos;
    st->var_name = name;
    st->bad.len = 0;
    for (int i = 0; i < st->fwd.len; i++)
        vec_push(&st->bad, VEC_AT(st->fwd, i));
}

static bool jumps_over_var_decl(BBState *st, Node *g) {
    if (!pos_valid(st->var_pos)) return false;
    for (int i = 0; i < st->bad.len; i++)
        if (VEC_AT(st->bad, i) == g) return true;
    return false;
}

static void inner_block(BBState *st, Targets ctxt, Pos start, Vec *body) {
    Vec f = block_branches(st->ls, st->b, ctxt, st->lstmt, start, body);
    for (int i = 0; i < f.len; i++)
        vec_push(&st->fwd, VEC_AT(f, i));
}

static Object *label_obj(LabelScope *ls, const char *name) {
    Label *l = find_label(ls, name);
    return l ? l->obj : NULL;
}

static const char *lhs_list_string(Vec *lhs) {
    char *s = "";
    for (int i = 0; i < lhs->len; i++)
        s = arena_printf("%s%s%s", s, i ? ", " : "", ast_expr_string(VEC_AT(*lhs, i)));
    return s;
}

static Vec block_branches(LabelScope *ls, Block *parent, Targets ctxt, Node *lstmt, Pos start,
                          Vec *body) {
    Block *b = ARENA_NEW(Block);
    b->parent = parent;
    b->start = start;
    b->lstmt = lstmt;
    BBState st = {0};
    st.ls = ls;
    st.b = b;
    st.lstmt = lstmt;

    /* trailing empty statements do not count for fallthrough */
    int n = body->len;
    while (n > 0 && ((Node *)VEC_AT(*body, n - 1))->kind == N_EMPTYSTMT)
        n--;
    for (int idx = 0; idx < n; idx++) {
        Node *s = VEC_AT(*body, idx);
        st.lstmt = NULL;
    again:
        switch (s->kind) {
        case N_DECLSTMT: {
            Node *gd = s->declstmt.decl;
            if (gd && gd->gendecl.tok == T_VAR && gd->gendecl.specs.len > 0) {
                Node *spec = VEC_AT(gd->gendecl.specs, 0);
                Node *id = VEC_AT(spec->valuespec.names, 0);
                record_var_decl(&st, id->pos, id->ident.name);
            }
            break;
        }
        case N_LABELEDSTMT: {
            const char *name = s->labeled.label->ident.name;
            if (name != intern_cstr("_")) {
                Label *l = declare_label(ls, b, s);
                int k = 0;
                for (int i = 0; i < st.fwd.len; i++) {
                    Node *g = VEC_AT(st.fwd, i);
                    if (g->branch.label->ident.name == name) {
                        g->branch.target = s;
                        g->branch.label->ident.obj = l->obj;
                        l->used = true;
                        l->obj->label.used = true;
                        if (jumps_over_var_decl(&st, g))
                            diag_error(g->branch.label->pos,
                                       "goto %s jumps over declaration of %s at %s", name,
                                       st.var_name, check_pos_string(st.var_pos));
                    } else {
                        st.fwd.items[k++] = g;
                    }
                }
                st.fwd.len = k;
                st.lstmt = s;
            }
            s = s->labeled.stmt;
            if (!s) break;
            goto again;
        }
        case N_BRANCHSTMT: {
            Node *label = s->branch.label;
            if (!label) {
                switch (s->branch.tok) {
                case T_BREAK:
                    if (ctxt.breaks)
                        s->branch.target = ctxt.breaks;
                    else
                        diag_error(s->pos, "break is not in a loop, switch, or select");
                    break;
                case T_CONTINUE:
                    if (ctxt.continues)
                        s->branch.target = ctxt.continues;
                    else
                        diag_error(s->pos, "continue is not in a loop");
                    break;
                case T_FALLTHROUGH: {
                    const char *msg = "fallthrough statement out of place";
                    Node *t = ctxt.breaks;
                    if (t && (t->kind == N_SWITCHSTMT || t->kind == N_TYPESWITCHSTMT)) {
                        Vec *clauses = t->kind == N_SWITCHSTMT ? &t->switchstmt.body->block.list
                                                               : &t->typeswitch.body->block.list;
                        if (t->kind == N_TYPESWITCHSTMT)
                            msg = "cannot fallthrough in type switch";
                        else if (ctxt.case_index < 0 || idx + 1 < n) {
                            /* nested in a block, or not the last statement */
                        } else if (ctxt.case_index + 1 == clauses->len)
                            msg = "cannot fallthrough final case in switch";
                        else {
                            s->branch.target = t;
                            msg = NULL;
                        }
                    }
                    if (msg) diag_error(s->pos, "%s", msg);
                    break;
                }
                default: break;
                }
                break;
            }
            const char *name = label->ident.name;
            switch (s->branch.tok) {
            case T_BREAK: {
                Node *t = enclosing_target(ls, b, name);
                if (t == invalid_target_sentinel()) {
                    label->ident.obj = label_obj(ls, name);
                    diag_error(label->pos, "invalid break label %s", name);
                } else if (t) {
                    Node *ts = t->labeled.stmt;
                    label->ident.obj = label_obj(ls, name);
                    if (ts && (ts->kind == N_SWITCHSTMT || ts->kind == N_TYPESWITCHSTMT ||
                               ts->kind == N_SELECTSTMT || ts->kind == N_FORSTMT ||
                               ts->kind == N_RANGESTMT))
                        s->branch.target = ts;
                    else
                        diag_error(label->pos, "invalid break label %s", name);
                } else
                    diag_error(label->pos, "break label not defined: %s", name);
                break;
            }
            case T_CONTINUE: {
                Node *t = enclosing_target(ls, b, name);
                if (t == invalid_target_sentinel()) {
                    label->ident.obj = label_obj(ls, name);
                    diag_error(label->pos, "invalid continue label %s", name);
                } else if (t) {
                    Node *ts = t->labeled.stmt;
                    label->ident.obj = label_obj(ls, name);
                    if (ts && (ts->kind == N_FORSTMT || ts->kind == N_RANGESTMT))
                        s->branch.target = ts;
                    else
                        diag_error(label->pos, "invalid continue label %s", name);
                } else
                    diag_error(label->pos, "continue label not defined: %s", name);
                break;
            }
            case T_GOTO: {
                Node *t = goto_target(ls, b, name);
                if (t) {
                    s->branch.target = t;
                    label->ident.obj = label_obj(ls, name);
                } else {
                    vec_push(&st.fwd, s);
                }
                break;
            }
            default: break;
            }
            break;
        }
        case N_ASSIGNSTMT:
            if (s->assign.tok == T_DEFINE)
                record_var_decl(&st, s->assign.tok_pos, lhs_list_string(&s->assign.lhs));
            break;
        case N_BLOCKSTMT: {
            Targets in = {ctxt.breaks, ctxt.continues, -1};
            inner_block(&st, in, s->pos, &s->block.list);
            break;
        }
        case N_IFSTMT: {
            Targets in = {ctxt.breaks, ctxt.continues, -1};
            inner_block(&st, in, s->ifstmt.body->pos, &s->ifstmt.body->block.list);
            if (s->ifstmt.els) {
                Vec one = {0};
                vec_push(&one, s->ifstmt.els);
                inner_block(&st, in, s->ifstmt.els->pos, &one);
            }
            break;
        }
        case N_FORSTMT: {
            Targets in = {s, s, -1};
            inner_block(&st, in, s->forstmt.body->pos, &s->forstmt.body->block.list);
            break;
        }
        case N_RANGESTMT: {
            Targets in = {s, s, -1};
            inner_block(&st, in, s->rangestmt.body->pos, &s->rangestmt.body->block.list);
            break;
        }
        case N_SWITCHSTMT:
        case N_TYPESWITCHSTMT: {
            Targets in = {s, ctxt.continues, -1};
            Node *bd = s->kind == N_SWITCHSTMT ? s->switchstmt.body : s->typeswitch.body;
            for (int i = 0; i < bd->block.list.len; i++) {
                Node *cc = VEC_AT(bd->block.list, i);
                in.case_index = i;
                inner_block(&st, in, cc->pos, &cc->caseclause.body);
            }
            break;
        }
        case N_SELECTSTMT: {
            Targets in = {s, ctxt.continues, -1};
            Node *bd = s->selectstmt.body;
            for (int i = 0; i < bd->block.list.len; i++) {
                Node *cc = VEC_AT(bd->block.list, i);
                inner_block(&st, in, cc->pos, &cc->commclause.body);
            }
            break;
        }
        default: break;
        }
    }
    return st.fwd;
}

static int cmp_label_pos(const void *a, const void *b) {
    const Label *x = *(Label *const *)a, *y = *(Label *const *)b;
    return pos_cmp(x->lstmt->labeled.label->pos, y->lstmt->labeled.label->pos);
}

static void check_branches(Checker *c, Node *body) {
    LabelScope ls = {0};
    ls.c = c;
    Targets none = {NULL, NULL, -1};
    Vec fwd = block_branches(&ls, NULL, none, NULL, body->pos, &body->block.list);
    for (int i = 0; i < fwd.len; i++) {
        Node *g = VEC_AT(fwd, i);
        const char *name = g->branch.label->ident.name;
        Label *l = find_label(&ls, name);
        if (l) {
            l->used = true;
            l->obj->label.used = true;
            diag_error(g->branch.label->pos, "goto %s jumps into block starting at %s", name,
                       check_pos_string(l->parent->start));
        } else {
            diag_error(g->branch.label->pos, "label %s not defined", name);
        }
    }
    if (ls.labels.len > 1)
        qsort(ls.labels.items, (size_t)ls.labels.len, sizeof(void *), cmp_label_pos);
    for (int i = 0; i < ls.labels.len; i++) {
        Label *l = VEC_AT(ls.labels, i);
        if (!l->used)
            diag_error(l->lstmt->labeled.label->pos, "label %s defined and not used", l->name);
    }
}

/* gc checks branches while parsing, before type checking: the checks run
 * over every function body of a file first, so that the errors come first
 * in gc's order (which decides the ten errors printed). */
static void branches_visit(Node *n, void *ctx) {
    if (n->kind == N_FUNCLIT && n->funclit.body) check_branches(ctx, n->funclit.body);
}

void check_branches_file(Checker *c, Node *file) {
    for (int i = 0; i < file->file.decls.len; i++) {
        Node *d = VEC_AT(file->file.decls, i);
        if (d->kind == N_FUNCDECL) {
            if (d->funcdecl.body) check_branches(c, d->funcdecl.body);
            check_walk(d->funcdecl.body, branches_visit, c);
        } else {
            check_walk(d, branches_visit, c);
        }
    }
}
