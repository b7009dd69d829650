/* esc_report.c: what -m prints, and how it spells things.
 *
 * gc prints each escape diagnostic the moment it is made (with -m every
 * warning is flushed at once), so the output follows the analysis: batch
 * by batch, callees first; inside a batch the parameter tags, then every
 * location in creation order. We print the same way, to stdout.
 *
 * Expressions are spelled as gc's IR formatter (cmd/compile/internal/ir,
 * exprFmt) spells them after type checking, which differs from the source:
 * parentheses disappear, composite literals shrink to T{...}, conversions
 * to unnamed types are parenthesised ("([]byte)(s)"), constants keep their
 * source text. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "escape/esc_internal.h"

void esc_warn(Pos pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    printf("%s: ", esc_pos_string(pos));
    vprintf(fmt, ap);
    printf("\n");
    va_end(ap);
}

const char *esc_pos_string(Pos p) {
    return arena_printf("%s:%d:%d", src_file_name(p.file), p.line, p.col);
}

bool esc_diagnose_fn(FuncInfo *fi) {
    EscFn *ef = fi ? fi->esc : NULL;
    return ef && ef->in_user_pkg;
}

const char *esc_func_name(FuncInfo *fi) {
    const char *ln = fi->link_name ? fi->link_name : "?";
    Package *pkg = NULL;
    for (FuncInfo *f = fi; f && !pkg; f = f->outer)
        if (f->obj) pkg = f->obj->pkg;
    if (pkg && pkg->path) {
        size_t n = strlen(pkg->path);
        if (strncmp(ln, pkg->path, n) == 0 && ln[n] == '.') return ln + n + 1;
    }
    return ln;
}

/* ---- expression spelling ------------------------------------------------- */

typedef struct Buf {
    char *s;
    size_t len, cap;
} Buf;

static void put(Buf *b, const char *s) {
    size_t n = strlen(s);
    if (b->len + n + 1 > b->cap) {
        size_t ncap = b->cap ? b->cap * 2 : 64;
        while (ncap < b->len + n + 1)
            ncap *= 2;
        char *ns = arena_alloc(ncap);
        if (b->len) memcpy(ns, b->s, b->len);
        b->s = ns;
        b->cap = ncap;
    }
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = 0;
}

/* gc's operator precedence (ir.OpPrec). */
static int binary_prec(TokKind op) {
    switch (tok_precedence(op)) {
    case 5: return 6;
    case 4: return 5;
    case 3: return 4;
    case 2: return 2;
    case 1: return 1;
    default: return 8;
    }
}

static int expr_prec(const Node *n) {
    switch (n->kind) {
    case N_UNARY:
    case N_STAR: return 7;
    case N_FUNCLIT: return 0; /* gc has no precedence for closures */
    case N_BINARY: return binary_prec(n->binary.op);
    case N_PAREN: return n->mode == MODE_CONSTANT ? 8 : expr_prec(n->paren.x);
    default: return 8;
    }
}

static void fmt_expr(Buf *b, const Node *n, int prec);

static void fmt_list(Buf *b, const Vec *v, int from) {
    for (int i = from; i < v->len; i++) {
        if (i > from) put(b, ", ");
        fmt_expr(b, VEC_AT(*v, i), 0);
    }
}

static void put_type(Buf *b, Type *t);

static void put_tuple(Buf *b, Type *tuple, bool variadic) {
    Vec *vs = &tuple->tuple.vars;
    for (int i = 0; i < vs->len; i++) {
        if (i) put(b, ", ");
        Type *vt = ((Object *)VEC_AT(*vs, i))->type;
        if (variadic && i == vs->len - 1 && vt && vt->kind == TY_SLICE) {
            put(b, "...");
            vt = vt->slice.elem;
        }
        put_type(b, vt);
    }
}

/* A signature without "func": "(int, string) (int, error)". */
static void put_sig(Buf *b, Type *t) {
    put(b, "(");
    put_tuple(b, t->sig.params, t->sig.variadic);
    put(b, ")");
    int nr = t->sig.results->tuple.vars.len;
    if (nr == 1) {
        put(b, " ");
        put_type(b, ((Object *)VEC_AT(t->sig.results->tuple.vars, 0))->type);
    } else if (nr > 1) {
        put(b, " (");
        put_tuple(b, t->sig.results, false);
        put(b, ")");
    }
}

/* Types as gc's types package prints them in -m messages, which differs
 * from types2's spelling: "interface {}", "struct { a int }". */
static void put_type(Buf *b, Type *t) {
    if (!t) {
        put(b, "<T>");
        return;
    }
    if (t == types_any) {
        put(b, "any");
        return;
    }
    switch (t->kind) {
    case TY_POINTER:
        put(b, "*");
        put_type(b, t->pointer.elem);
        break;
    case TY_SLICE:
        put(b, "[]");
        put_type(b, t->slice.elem);
        break;
    case TY_ARRAY:
        put(b, arena_printf("[%lld]", (long long)t->array.len));
        put_type(b, t->array.elem);
        break;
    case TY_MAP:
        put(b, "map[");
        put_type(b, t->map.key);
        put(b, "]");
        put_type(b, t->map.elem);
        break;
    case TY_CHAN:
        put(b, t->chan.dir == CHAN_SEND   ? "chan<- "
               : t->chan.dir == CHAN_RECV ? "<-chan "
                                          : "chan ");
        if (t->chan.dir == CHAN_BOTH && t->chan.elem && t->chan.elem->kind == TY_CHAN &&
            t->chan.elem->chan.dir == CHAN_RECV) {
            put(b, "(");
            put_type(b, t->chan.elem);
            put(b, ")");
        } else {
            put_type(b, t->chan.elem);
        }
        break;
    case TY_SIGNATURE:
        put(b, "func");
        put_sig(b, t);
        break;
    case TY_STRUCT: {
        int n = types_num_fields(t);
        if (n == 0) {
            put(b, "struct {}");
            break;
        }
        put(b, "struct {");
        for (int i = 0; i < n; i++) {
            Object *f = types_field(t, i);
            put(b, i ? "; " : " ");
            if (!f->var.embedded) {
                put(b, f->name);
                put(b, " ");
            }
            put_type(b, f->type);
            const char *tag = i < t->strct.tags.len ? VEC_AT(t->strct.tags, i) : NULL;
            if (tag && tag[0]) {
                put(b, " ");
                put(b, const_quote(tag, (int64_t)strlen(tag)));
            }
        }
        put(b, " }");
        break;
    }
    case TY_INTERFACE: {
        types_complete_interface(t);
        Vec *ms = &t->iface.all;
        if (ms->len == 0) {
            put(b, "interface {}");
            break;
        }
        put(b, "interface {");
        for (int i = 0; i < ms->len; i++) {
            Object *m = VEC_AT(*ms, i);
            put(b, i ? "; " : " ");
            put(b, m->name);
            if (m->type && m->type->kind == TY_SIGNATURE) put_sig(b, m->type);
        }
        put(b, " }");
        break;
    }
    default: put(b, types_string(t)); break;
    }
}

static const char *type_str(Type *t) {
    Buf b = {0};
    put_type(&b, t);
    return b.s ? b.s : "";
}

const char *esc_type_string(Type *t) {
    return type_str(t);
}

/* gc prints a conversion to a type with a name as T(x), others as (T)(x). */
static bool type_has_name(Type *t) {
    return t && (t->kind == TY_NAMED || t->kind == TY_BASIC || strcmp(type_str(t), "any") == 0);
}

static const char *builtin_name(BuiltinId id) {
    switch (id) {
    case BUILTIN_APPEND: return "append";
    case BUILTIN_CAP: return "cap";
    case BUILTIN_CLOSE: return "close";
    case BUILTIN_COMPLEX: return "complex";
    case BUILTIN_COPY: return "copy";
    case BUILTIN_DELETE: return "delete";
    case BUILTIN_IMAG: return "imag";
    case BUILTIN_LEN: return "len";
    case BUILTIN_MAKE: return "make";
    case BUILTIN_NEW: return "new";
    case BUILTIN_PANIC: return "panic";
    case BUILTIN_PRINT: return "print";
    case BUILTIN_PRINTLN: return "println";
    case BUILTIN_REAL: return "real";
    case BUILTIN_RECOVER: return "recover";
    case BUILTIN_ALIGNOF: return "unsafe.Alignof";
    case BUILTIN_OFFSETOF: return "unsafe.Offsetof";
    case BUILTIN_SIZEOF: return "unsafe.Sizeof";
    case BUILTIN_ADD: return "unsafe.Add";
    case BUILTIN_SLICE: return "unsafe.Slice";
    default: return "builtin";
    }
}

static BuiltinId call_builtin(const Node *call) {
    const Node *f = ast_unparen(call->call.fun);
    const Object *o = NULL;
    if (f->kind == N_IDENT)
        o = f->ident.obj;
    else if (f->kind == N_SELECTOR)
        o = f->selector.sel->ident.obj;
    return o && o->kind == OBJ_BUILTIN ? o->builtin.id : BUILTIN_NONE;
}

/* The type of a type argument (new(T), make(T, n)). */
static Type *type_arg(const Node *n) {
    return n ? n->type : NULL;
}

/* Embedded fields crossed by a selection, spelled as gc's implicit dots. */
static void fmt_embedded_path(Buf *b, const Node *sel) {
    Selection *s = sel->selector.selection;
    if (!s || s->index_len < 2) return;
    Type *t = sel->selector.x->type;
    for (int i = 0; i < s->index_len - 1; i++) {
        Type *u = types_underlying(types_deref(t));
        if (!u || u->kind != TY_STRUCT || s->index[i] >= types_num_fields(u)) return;
        Object *f = types_field(u, s->index[i]);
        put(b, ".");
        put(b, f->name);
        t = f->type;
    }
}

static void fmt_call(Buf *b, const Node *n) {
    if (n->call.call_kind == CALL_CONVERSION) {
        Type *t = n->type;
        const Node *x = n->call.args.len ? VEC_AT(n->call.args, 0) : NULL;
        if (type_has_name(t)) {
            put(b, type_str(t));
        } else {
            put(b, "(");
            put(b, type_str(t));
            put(b, ")");
        }
        put(b, "(");
        fmt_expr(b, x, 0);
        put(b, ")");
        return;
    }
    if (n->call.call_kind == CALL_BUILTIN) {
        BuiltinId id = call_builtin(n);
        put(b, builtin_name(id));
        put(b, "(");
        if (id == BUILTIN_NEW || id == BUILTIN_MAKE) {
            put(b, type_str(type_arg(n->call.args.len ? VEC_AT(n->call.args, 0) : NULL)));
            if (n->call.args.len > 1) put(b, ", ");
            fmt_list(b, &n->call.args, 1);
        } else {
            fmt_list(b, &n->call.args, 0);
        }
        if (n->call.has_ellipsis) put(b, "...");
        put(b, ")");
        return;
    }
    n = esc_devirt_call((Node *)n); /* gc spells the devirtualized call */
    /* gc's escape analysis rewrites a call of a concrete method x.M(args)
     * into T.M(x, args) (typecheck.FixMethodCall) before it reports, and
     * prints the receiver without the implicit & or * */
    const Node *fun = ast_unparen((Node *)n->call.fun);
    Selection *sel = fun->kind == N_SELECTOR ? fun->selector.selection : NULL;
    Object *m = sel && sel->kind == SEL_METHOD ? sel->obj : NULL;
    Type *mt = m && m->kind == OBJ_FUNC ? m->type : NULL;
    Type *rt = mt && mt->kind == TY_SIGNATURE && mt->sig.recv ? mt->sig.recv->type : NULL;
    bool method_call = rt && !types_is_interface(rt);
    if (method_call) {
        if (type_has_name(rt)) {
            put(b, type_str(rt));
        } else {
            put(b, "(");
            put(b, type_str(rt));
            put(b, ")");
        }
        put(b, ".");
        put(b, fun->selector.sel->ident.name);
        put(b, "(");
        fmt_expr(b, fun->selector.x, 0);
        fmt_embedded_path(b, fun);
    } else {
        fmt_expr(b, n->call.fun, 8);
        put(b, "(");
    }
    Type *ft = n->call.fun->type ? types_underlying(n->call.fun->type) : NULL;
    bool variadic = ft && ft->kind == TY_SIGNATURE && ft->sig.variadic;
    if (method_call && (n->call.args.len || (variadic && !n->call.has_ellipsis))) put(b, ", ");
    if (variadic && !n->call.has_ellipsis) {
        int nfixed = ft->sig.params->tuple.vars.len - 1;
        for (int i = 0; i < nfixed && i < n->call.args.len; i++) {
            fmt_expr(b, VEC_AT(n->call.args, i), 0);
            put(b, ", ");
        }
        put(b, "... argument...)");
        return;
    }
    fmt_list(b, &n->call.args, 0);
    if (n->call.has_ellipsis) put(b, "...");
    put(b, ")");
}

static void fmt_expr(Buf *b, const Node *n, int prec) {
    if (!n) {
        put(b, "<nil>");
        return;
    }
    /* Constants keep their source spelling (gc's RawOrigExpr). */
    if (n->mode == MODE_CONSTANT && n->kind != N_IDENT) {
        if (prec > expr_prec(n)) {
            put(b, "(");
            put(b, ast_expr_string(n));
            put(b, ")");
        } else {
            put(b, ast_expr_string(n));
        }
        return;
    }
    if (n->kind == N_PAREN) {
        fmt_expr(b, n->paren.x, prec);
        return;
    }
    int nprec = expr_prec(n);
    if (prec > nprec) {
        put(b, "(");
        fmt_expr(b, n, 0);
        put(b, ")");
        return;
    }
    switch (n->kind) {
    case N_IDENT: put(b, n->ident.name); break;
    case N_BASICLIT: put(b, n->lit.value); break;
    case N_COMPOSITELIT: {
        Type *t = n->type;
        Type *u = types_underlying(t);
        if (u && u->kind == TY_POINTER) {
            put(b, "&");
            t = u->pointer.elem;
        }
        put(b, type_str(t));
        put(b, n->complit.elts.len ? "{...}" : "{}");
        break;
    }
    case N_FUNCLIT: put(b, "func literal"); break;
    case N_SELECTOR:
        fmt_expr(b, n->selector.x, 8);
        fmt_embedded_path(b, n);
        put(b, ".");
        put(b, n->selector.sel->ident.name);
        break;
    case N_INDEX:
        fmt_expr(b, n->index.x, 8);
        put(b, "[");
        fmt_expr(b, n->index.index, 0);
        put(b, "]");
        break;
    case N_SLICE:
        fmt_expr(b, n->slice.x, 8);
        put(b, "[");
        if (n->slice.low) fmt_expr(b, n->slice.low, 0);
        put(b, ":");
        if (n->slice.high) fmt_expr(b, n->slice.high, 0);
        if (n->slice.slice3) {
            put(b, ":");
            if (n->slice.max) fmt_expr(b, n->slice.max, 0);
        }
        put(b, "]");
        break;
    case N_TYPEASSERT:
        fmt_expr(b, n->typeassert.x, 8);
        put(b, ".(");
        put(b, n->typeassert.type ? type_str(n->typeassert.type->type) : "type");
        put(b, ")");
        break;
    case N_CALL: fmt_call(b, n); break;
    case N_STAR:
        put(b, "*");
        fmt_expr(b, n->star.x, 8);
        break;
    case N_UNARY:
        put(b, tok_string(n->unary.op));
        if (n->unary.x && ast_unparen(n->unary.x)->kind == N_UNARY &&
            ast_unparen(n->unary.x)->unary.op == n->unary.op)
            put(b, " ");
        fmt_expr(b, n->unary.x, 8);
        break;
    case N_BINARY:
        fmt_expr(b, n->binary.x, nprec);
        put(b, " ");
        put(b, tok_string(n->binary.op));
        put(b, " ");
        fmt_expr(b, n->binary.y, nprec + 1);
        break;
    case N_KEYVALUE:
        fmt_expr(b, n->keyvalue.key, 0);
        put(b, ":");
        fmt_expr(b, n->keyvalue.value, 0);
        break;
    default: put(b, ast_expr_string(n)); break;
    }
}

static void fmt_stmt(Buf *b, const Node *s) {
    switch (s->kind) {
    case N_ASSIGNSTMT:
        fmt_list(b, &s->assign.lhs, 0);
        put(b, " ");
        put(b, tok_string(s->assign.tok));
        put(b, " ");
        fmt_list(b, &s->assign.rhs, 0);
        break;
    case N_RETURNSTMT:
        put(b, "return");
        if (s->ret.results.len) {
            put(b, " ");
            fmt_list(b, &s->ret.results, 0);
        }
        break;
    case N_SENDSTMT:
        fmt_expr(b, s->send.chan, 3);
        put(b, " <- ");
        fmt_expr(b, s->send.value, 4);
        break;
    case N_INCDECSTMT:
        fmt_expr(b, s->incdec.x, 0);
        put(b, s->incdec.tok == T_INC ? " += 1" : " -= 1");
        break;
    case N_EXPRSTMT: fmt_expr(b, s->exprstmt.x, 0); break;
    case N_RANGESTMT:
        put(b, "for ");
        if (s->rangestmt.key) {
            fmt_expr(b, s->rangestmt.key, 0);
            if (s->rangestmt.value) {
                put(b, ", ");
                fmt_expr(b, s->rangestmt.value, 0);
            }
            put(b, " = ");
        }
        put(b, "range ");
        fmt_expr(b, s->rangestmt.x, 0);
        put(b, " { ... }");
        break;
    case N_GOSTMT:
        put(b, "go ");
        fmt_expr(b, s->gostmt.call, 0);
        break;
    case N_DEFERSTMT:
        put(b, "defer ");
        fmt_expr(b, s->gostmt.call, 0);
        break;
    case N_VALUESPEC:
        for (int i = 0; i < s->valuespec.names.len; i++) {
            if (i) put(b, ", ");
            fmt_expr(b, VEC_AT(s->valuespec.names, i), 0);
        }
        put(b, " = ");
        fmt_list(b, &s->valuespec.values, 0);
        break;
    case N_CASECLAUSE: put(b, "case"); break;
    case N_TYPESWITCHSTMT: put(b, "switch"); break;
    default: put(b, "<stmt>"); break;
    }
}

const char *esc_node_string(const Node *n) {
    Buf b = {0};
    if (!n) return "<nil>";
    if (n->kind >= N_BADSTMT && n->kind <= N_FILE)
        fmt_stmt(&b, n);
    else
        fmt_expr(&b, n, 0);
    return b.s ? b.s : "";
}

/* ---- the per-location verdicts ------------------------------------------- */

void esc_report_batch(EscBatch *b) {
    if (!esc_m_level) return;
    for (int i = 0; i < b->locs.len; i++) {
        EscLoc *l = VEC_AT(b->locs, i);
        if (!esc_diagnose_fn(l->fn)) continue;
        if (l->kind == LOC_VAR) {
            if (l->escapes) esc_warn(l->pos, "moved to heap: %s", l->spell);
        } else if (l->kind == LOC_EXPR && l->site != SITE_WRAP) {
            if (l->escapes)
                esc_warn(l->pos, "%s escapes to heap", l->spell);
            else
                esc_warn(l->pos, "%s does not escape", l->spell);
        }
    }
}
