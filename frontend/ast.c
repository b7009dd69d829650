/* ast.c: node construction, token spellings, and the compact spellings of
 * expressions that gc's messages use.
 *
 * gc has two: ast_expr_string follows its ir formatter (ir/fmt.go exprFmt),
 * which -m and the back end print: "&Bar{...}", "[]int{...}", "func
 * literal", parentheses only where precedence needs them, and types spelled
 * as gc's types package does ("[]interface {}{...}", "struct { x int }").
 * ast_expr_string_types2 follows the syntax printer that types2's messages
 * use: "[]int{…}", "func() {…}", "interface{}", parentheses as written. */
#include "ast.h"

#include <stdlib.h>
#include <string.h>

/* ---- tokens ----------------------------------------------------------- */

static const char *const tok_strings[T_COUNT] = {
    [T_ILLEGAL] = "ILLEGAL",
    [T_EOF] = "EOF",
    [T_COMMENT] = "COMMENT",
    [T_IDENT] = "name",
    [T_INT] = "literal",
    [T_FLOAT] = "literal",
    [T_IMAG] = "literal",
    [T_CHAR] = "literal",
    [T_STRING] = "literal",
    [T_ADD] = "+",
    [T_SUB] = "-",
    [T_MUL] = "*",
    [T_QUO] = "/",
    [T_REM] = "%",
    [T_AND] = "&",
    [T_OR] = "|",
    [T_XOR] = "^",
    [T_SHL] = "<<",
    [T_SHR] = ">>",
    [T_AND_NOT] = "&^",
    [T_ADD_ASSIGN] = "+=",
    [T_SUB_ASSIGN] = "-=",
    [T_MUL_ASSIGN] = "*=",
    [T_QUO_ASSIGN] = "/=",
    [T_REM_ASSIGN] = "%=",
    [T_AND_ASSIGN] = "&=",
    [T_OR_ASSIGN] = "|=",
    [T_XOR_ASSIGN] = "^=",
    [T_SHL_ASSIGN] = "<<=",
    [T_SHR_ASSIGN] = ">>=",
    [T_AND_NOT_ASSIGN] = "&^=",
    [T_LAND] = "&&",
    [T_LOR] = "||",
    [T_ARROW] = "<-",
    [T_INC] = "++",
    [T_DEC] = "--",
    [T_EQL] = "==",
    [T_LSS] = "<",
    [T_GTR] = ">",
    [T_ASSIGN] = "=",
    [T_NOT] = "!",
    [T_NEQ] = "!=",
    [T_LEQ] = "<=",
    [T_GEQ] = ">=",
    [T_DEFINE] = ":=",
    [T_ELLIPSIS] = "...",
    [T_LPAREN] = "(",
    [T_LBRACK] = "[",
    [T_LBRACE] = "{",
    [T_COMMA] = ",",
    [T_PERIOD] = ".",
    [T_RPAREN] = ")",
    [T_RBRACK] = "]",
    [T_RBRACE] = "}",
    [T_SEMICOLON] = ";",
    [T_COLON] = ":",
    [T_TILDE] = "~",
    [T_BREAK] = "break",
    [T_CASE] = "case",
    [T_CHAN] = "chan",
    [T_CONST] = "const",
    [T_CONTINUE] = "continue",
    [T_DEFAULT] = "default",
    [T_DEFER] = "defer",
    [T_ELSE] = "else",
    [T_FALLTHROUGH] = "fallthrough",
    [T_FOR] = "for",
    [T_FUNC] = "func",
    [T_GO] = "go",
    [T_GOTO] = "goto",
    [T_IF] = "if",
    [T_IMPORT] = "import",
    [T_INTERFACE] = "interface",
    [T_MAP] = "map",
    [T_PACKAGE] = "package",
    [T_RANGE] = "range",
    [T_RETURN] = "return",
    [T_SELECT] = "select",
    [T_STRUCT] = "struct",
    [T_SWITCH] = "switch",
    [T_TYPE] = "type",
    [T_VAR] = "var",
};

const char *tok_string(TokKind k) {
    if (k < 0 || k >= T_COUNT || !tok_strings[k]) return "?";
    return tok_strings[k];
}

int tok_precedence(TokKind k) {
    switch (k) {
    case T_LOR: return 1;
    case T_LAND: return 2;
    case T_EQL:
    case T_NEQ:
    case T_LSS:
    case T_LEQ:
    case T_GTR:
    case T_GEQ: return 3;
    case T_ADD:
    case T_SUB:
    case T_OR:
    case T_XOR: return 4;
    case T_MUL:
    case T_QUO:
    case T_REM:
    case T_SHL:
    case T_SHR:
    case T_AND:
    case T_AND_NOT: return 5;
    default: return 0;
    }
}

/* ---- nodes ------------------------------------------------------------ */

Node *ast_new(NodeKind kind, Pos pos) {
    Node *n = ARENA_NEW(Node);
    n->kind = kind;
    n->pos = pos;
    return n;
}

Node *ast_unparen(Node *n) {
    while (n && n->kind == N_PAREN)
        n = n->paren.x;
    return n;
}

Pos node_report_pos(const Node *n) {
    switch (n->kind) {
    case N_SELECTOR: return n->selector.sel->pos;
    case N_BINARY: return n->binary.op_pos;
    case N_CALL: return n->call.lparen;
    default: return n->pos;
    }
}

/* ---- expression strings ----------------------------------------------- */

typedef struct Buf {
    char *s;
    size_t len, cap;
    bool syntax; /* types2's spelling instead of the ir formatter's */
} Buf;

static void buf_putn(Buf *b, const char *s, size_t n) {
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
    b->s[b->len] = '\0';
}

static void buf_puts(Buf *b, const char *s) {
    buf_putn(b, s, strlen(s));
}

static void expr_fmt(Buf *b, const Node *n, int prec);

/* gc's OpPrec: 8 for operands and postfix forms, 7 for unary operators,
 * 6..2 for binary operators by spec precedence. */
static int node_prec(const Node *n) {
    switch (n->kind) {
    case N_UNARY:
    case N_STAR: return 7;
    case N_BINARY: return tok_precedence(n->binary.op) + 1;
    default: return 8;
    }
}

static void expr_list(Buf *b, const Vec *v) {
    for (int i = 0; i < v->len; i++) {
        if (i) buf_puts(b, ", ");
        expr_fmt(b, VEC_AT(*v, i), 0);
    }
}

/* A parameter or result list: types only for the ir formatter ("int,
 * string"), as written for types2 ("a, b int"). */
static void field_types(Buf *b, const FieldList *fl) {
    int k = 0;
    for (int i = 0; i < fl->list.len; i++) {
        const Node *f = VEC_AT(fl->list, i);
        if (b->syntax) {
            if (i) buf_puts(b, ", ");
            for (int j = 0; j < f->field.names.len; j++) {
                buf_puts(b, j ? ", " : "");
                buf_puts(b, ((Node *)VEC_AT(f->field.names, j))->ident.name);
            }
            if (f->field.names.len) buf_puts(b, " ");
            expr_fmt(b, f->field.type, 0);
            continue;
        }
        int n = f->field.names.len ? f->field.names.len : 1;
        for (int j = 0; j < n; j++) {
            if (k++) buf_puts(b, ", ");
            expr_fmt(b, f->field.type, 0);
        }
    }
}

static void func_sig(Buf *b, const Node *ft) {
    buf_puts(b, "(");
    field_types(b, &ft->functype.params);
    buf_puts(b, ")");
    const FieldList *res = ft->functype.results;
    if (!res || res->list.len == 0) return;
    const Node *f0 = VEC_AT(res->list, 0);
    if (res->list.len == 1 && (b->syntax ? f0->field.names.len == 0 : f0->field.names.len <= 1)) {
        buf_puts(b, " ");
        expr_fmt(b, f0->field.type, 0);
        return;
    }
    buf_puts(b, " (");
    field_types(b, res);
    buf_puts(b, ")");
}

static void expr_fmt(Buf *b, const Node *n, int prec) {
    if (!n) {
        buf_puts(b, "<nil>");
        return;
    }
    if (n->kind == N_PAREN && !b->syntax) {
        /* gc's syntax tree mostly forgets parentheses: precedence decides */
        expr_fmt(b, n->paren.x, prec);
        return;
    }
    int nprec = node_prec(n);
    if (prec > nprec && !b->syntax) {
        buf_puts(b, "(");
        expr_fmt(b, n, 0);
        buf_puts(b, ")");
        return;
    }
    switch (n->kind) {
    case N_BAD: buf_puts(b, "BAD"); break;
    case N_IDENT: buf_puts(b, n->ident.name); break;
    case N_BASICLIT: buf_puts(b, n->lit.value); break;
    case N_COMPOSITELIT:
        if (b->syntax) {
            if (n->complit.type) expr_fmt(b, n->complit.type, 8);
            buf_puts(b, n->complit.elts.len ? "{\u2026}" : "{}");
            break;
        }
        if (n->complit.type)
            expr_fmt(b, n->complit.type, 8);
        else
            buf_puts(b, "composite literal");
        if (n->complit.type) buf_puts(b, n->complit.elts.len ? "{...}" : "{}");
        break;
    case N_FUNCLIT:
        if (b->syntax) {
            expr_fmt(b, n->funclit.type, 0);
            buf_puts(b, n->funclit.body && n->funclit.body->block.list.len ? " {\u2026}" : " {}");
            break;
        }
        buf_puts(b, "func literal");
        break;
    case N_PAREN:
        buf_puts(b, "(");
        expr_fmt(b, n->paren.x, 0);
        buf_puts(b, ")");
        break;
    case N_SELECTOR:
        expr_fmt(b, n->selector.x, nprec);
        buf_puts(b, ".");
        buf_puts(b, n->selector.sel->ident.name);
        break;
    case N_INDEX:
        expr_fmt(b, n->index.x, nprec);
        buf_puts(b, "[");
        if (n->index.indices.len > 1)
            expr_list(b, &n->index.indices);
        else
            expr_fmt(b, n->index.index, 0);
        buf_puts(b, "]");
        break;
    case N_SLICE:
        expr_fmt(b, n->slice.x, nprec);
        buf_puts(b, "[");
        if (n->slice.low) expr_fmt(b, n->slice.low, 0);
        buf_puts(b, ":");
        if (n->slice.high) expr_fmt(b, n->slice.high, 0);
        if (n->slice.slice3) {
            buf_puts(b, ":");
            if (n->slice.max) expr_fmt(b, n->slice.max, 0);
        }
        buf_puts(b, "]");
        break;
    case N_TYPEASSERT:
        expr_fmt(b, n->typeassert.x, nprec);
        buf_puts(b, ".(");
        if (n->typeassert.type)
            expr_fmt(b, n->typeassert.type, 0);
        else
            buf_puts(b, "type");
        buf_puts(b, ")");
        break;
    case N_CALL:
        expr_fmt(b, n->call.fun, nprec);
        buf_puts(b, "(");
        expr_list(b, &n->call.args);
        if (n->call.has_ellipsis) buf_puts(b, "...");
        buf_puts(b, ")");
        break;
    case N_STAR:
        buf_puts(b, "*");
        expr_fmt(b, n->star.x, nprec + 1);
        break;
    case N_UNARY:
        if (b->syntax) {
            buf_puts(b, tok_string(n->unary.op));
            expr_fmt(b, n->unary.x, 0);
            break;
        }
        if (n->unary.op == T_AND && n->unary.x && n->unary.x->kind == N_PAREN) {
            /* gc drops the parentheses of &(x) */
            buf_puts(b, "&");
            expr_fmt(b, ast_unparen(n->unary.x), nprec + 1);
            break;
        }
        buf_puts(b, tok_string(n->unary.op));
        const Node *ux = ast_unparen(n->unary.x);
        if (ux && ux->kind == N_UNARY && ux->unary.op == n->unary.op) buf_puts(b, " ");
        expr_fmt(b, n->unary.x, nprec + 1);
        break;
    case N_BINARY:
        expr_fmt(b, n->binary.x, nprec);
        buf_puts(b, " ");
        buf_puts(b, tok_string(n->binary.op));
        buf_puts(b, " ");
        expr_fmt(b, n->binary.y, nprec + 1);
        break;
    case N_KEYVALUE:
        expr_fmt(b, n->keyvalue.key, 0);
        buf_puts(b, b->syntax ? ": " : ":");
        expr_fmt(b, n->keyvalue.value, 0);
        break;
    case N_ARRAYTYPE:
        buf_puts(b, "[");
        if (n->arraytype.len) {
            if (n->arraytype.len->kind == N_ELLIPSIS)
                buf_puts(b, "...");
            else
                expr_fmt(b, n->arraytype.len, 0);
        }
        buf_puts(b, "]");
        expr_fmt(b, n->arraytype.elt, 0);
        break;
    case N_STRUCTTYPE: {
        const Vec *fl = &n->structtype.fields.list;
        buf_puts(b, b->syntax ? "struct{" : "struct {");
        for (int i = 0; i < fl->len; i++) {
            const Node *f = VEC_AT(*fl, i);
            buf_puts(b, i ? "; " : b->syntax ? "" : " ");
            for (int j = 0; j < f->field.names.len; j++) {
                if (j) buf_puts(b, ", ");
                buf_puts(b, ((Node *)VEC_AT(f->field.names, j))->ident.name);
            }
            if (f->field.names.len) buf_puts(b, " ");
            expr_fmt(b, f->field.type, 0);
        }
        buf_puts(b, fl->len && !b->syntax ? " }" : "}");
        break;
    }
    case N_FUNCTYPE:
        buf_puts(b, "func");
        func_sig(b, n);
        break;
    case N_INTERFACETYPE: {
        const Vec *ml = &n->interfacetype.methods.list;
        buf_puts(b, b->syntax ? "interface{" : "interface {");
        for (int i = 0; i < ml->len; i++) {
            const Node *f = VEC_AT(*ml, i);
            buf_puts(b, i ? "; " : b->syntax ? "" : " ");
            if (f->field.names.len) {
                buf_puts(b, ((Node *)VEC_AT(f->field.names, 0))->ident.name);
                if (f->field.type && f->field.type->kind == N_FUNCTYPE) func_sig(b, f->field.type);
            } else {
                expr_fmt(b, f->field.type, 0);
            }
        }
        buf_puts(b, ml->len && !b->syntax ? " }" : "}");
        break;
    }
    case N_MAPTYPE:
        buf_puts(b, "map[");
        expr_fmt(b, n->maptype.key, 0);
        buf_puts(b, "]");
        expr_fmt(b, n->maptype.value, 0);
        break;
    case N_CHANTYPE:
        if (n->chantype.dir == 2)
            buf_puts(b, "<-chan ");
        else if (n->chantype.dir == 1)
            buf_puts(b, "chan<- ");
        else
            buf_puts(b, "chan ");
        if (n->chantype.dir == 3 && n->chantype.value && n->chantype.value->kind == N_CHANTYPE &&
            n->chantype.value->chantype.dir == 2) {
            buf_puts(b, "(");
            expr_fmt(b, n->chantype.value, 0);
            buf_puts(b, ")");
        } else {
            expr_fmt(b, n->chantype.value, 0);
        }
        break;
    case N_ELLIPSIS:
        buf_puts(b, "...");
        if (n->ellipsis.elt) expr_fmt(b, n->ellipsis.elt, 0);
        break;
    default: buf_puts(b, "<node>"); break;
    }
}

const char *ast_expr_string(const Node *n) {
    Buf b = {0};
    expr_fmt(&b, n, 0);
    return b.s ? b.s : "";
}

const char *ast_expr_string_types2(const Node *n) {
    Buf b = {0};
    b.syntax = true;
    expr_fmt(&b, n, 0);
    return b.s ? b.s : "";
}

/* ---- walking the tree ---------------------------------------------------- */

static void walk_vec(Vec *v, AstVisit visit, void *ctx) {
    for (int i = 0; i < v->len; i++)
        ast_walk(VEC_AT(*v, i), visit, ctx);
}

static void walk_fields(FieldList *fl, AstVisit visit, void *ctx) {
    if (fl) walk_vec(&fl->list, visit, ctx);
}

void ast_walk(Node *n, AstVisit visit, void *ctx) {
    if (!n || !visit(n, ctx)) return;
    switch (n->kind) {
    case N_COMPOSITELIT:
        ast_walk(n->complit.type, visit, ctx);
        walk_vec(&n->complit.elts, visit, ctx);
        break;
    case N_FUNCLIT:
        ast_walk(n->funclit.type, visit, ctx);
        ast_walk(n->funclit.body, visit, ctx);
        break;
    case N_PAREN: ast_walk(n->paren.x, visit, ctx); break;
    case N_SELECTOR: ast_walk(n->selector.x, visit, ctx); break;
    case N_INDEX:
        ast_walk(n->index.x, visit, ctx);
        if (n->index.indices.len)
            walk_vec(&n->index.indices, visit, ctx);
        else
            ast_walk(n->index.index, visit, ctx);
        break;
    case N_SLICE:
        ast_walk(n->slice.x, visit, ctx);
        ast_walk(n->slice.low, visit, ctx);
        ast_walk(n->slice.high, visit, ctx);
        ast_walk(n->slice.max, visit, ctx);
        break;
    case N_TYPEASSERT:
        ast_walk(n->typeassert.x, visit, ctx);
        ast_walk(n->typeassert.type, visit, ctx);
        break;
    case N_CALL:
        ast_walk(n->call.fun, visit, ctx);
        walk_vec(&n->call.args, visit, ctx);
        break;
    case N_STAR: ast_walk(n->star.x, visit, ctx); break;
    case N_UNARY: ast_walk(n->unary.x, visit, ctx); break;
    case N_BINARY:
        ast_walk(n->binary.x, visit, ctx);
        ast_walk(n->binary.y, visit, ctx);
        break;
    case N_KEYVALUE:
        ast_walk(n->keyvalue.key, visit, ctx);
        ast_walk(n->keyvalue.value, visit, ctx);
        break;
    case N_ARRAYTYPE:
        ast_walk(n->arraytype.len, visit, ctx);
        ast_walk(n->arraytype.elt, visit, ctx);
        break;
    case N_STRUCTTYPE: walk_fields(&n->structtype.fields, visit, ctx); break;
    case N_FUNCTYPE:
        walk_fields(&n->functype.params, visit, ctx);
        walk_fields(n->functype.results, visit, ctx);
        break;
    case N_INTERFACETYPE: walk_fields(&n->interfacetype.methods, visit, ctx); break;
    case N_MAPTYPE:
        ast_walk(n->maptype.key, visit, ctx);
        ast_walk(n->maptype.value, visit, ctx);
        break;
    case N_CHANTYPE: ast_walk(n->chantype.value, visit, ctx); break;
    case N_ELLIPSIS: ast_walk(n->ellipsis.elt, visit, ctx); break;
    case N_FIELD: ast_walk(n->field.type, visit, ctx); break;
    case N_DECLSTMT: ast_walk(n->declstmt.decl, visit, ctx); break;
    case N_LABELEDSTMT: ast_walk(n->labeled.stmt, visit, ctx); break;
    case N_EXPRSTMT: ast_walk(n->exprstmt.x, visit, ctx); break;
    case N_SENDSTMT:
        ast_walk(n->send.chan, visit, ctx);
        ast_walk(n->send.value, visit, ctx);
        break;
    case N_INCDECSTMT: ast_walk(n->incdec.x, visit, ctx); break;
    case N_ASSIGNSTMT:
        walk_vec(&n->assign.lhs, visit, ctx);
        walk_vec(&n->assign.rhs, visit, ctx);
        break;
    case N_GOSTMT:
    case N_DEFERSTMT: ast_walk(n->gostmt.call, visit, ctx); break;
    case N_RETURNSTMT: walk_vec(&n->ret.results, visit, ctx); break;
    case N_BLOCKSTMT: walk_vec(&n->block.list, visit, ctx); break;
    case N_IFSTMT:
        ast_walk(n->ifstmt.init, visit, ctx);
        ast_walk(n->ifstmt.cond, visit, ctx);
        ast_walk(n->ifstmt.body, visit, ctx);
        ast_walk(n->ifstmt.els, visit, ctx);
        break;
    case N_CASECLAUSE:
        walk_vec(&n->caseclause.list, visit, ctx);
        walk_vec(&n->caseclause.body, visit, ctx);
        break;
    case N_SWITCHSTMT:
        ast_walk(n->switchstmt.init, visit, ctx);
        ast_walk(n->switchstmt.tag, visit, ctx);
        ast_walk(n->switchstmt.body, visit, ctx);
        break;
    case N_TYPESWITCHSTMT:
        ast_walk(n->typeswitch.init, visit, ctx);
        ast_walk(n->typeswitch.assign, visit, ctx);
        ast_walk(n->typeswitch.body, visit, ctx);
        break;
    case N_COMMCLAUSE:
        ast_walk(n->commclause.comm, visit, ctx);
        walk_vec(&n->commclause.body, visit, ctx);
        break;
    case N_SELECTSTMT: ast_walk(n->selectstmt.body, visit, ctx); break;
    case N_FORSTMT:
        ast_walk(n->forstmt.init, visit, ctx);
        ast_walk(n->forstmt.cond, visit, ctx);
        ast_walk(n->forstmt.post, visit, ctx);
        ast_walk(n->forstmt.body, visit, ctx);
        break;
    case N_RANGESTMT:
        ast_walk(n->rangestmt.key, visit, ctx);
        ast_walk(n->rangestmt.value, visit, ctx);
        ast_walk(n->rangestmt.x, visit, ctx);
        ast_walk(n->rangestmt.body, visit, ctx);
        break;
    case N_VALUESPEC:
        ast_walk(n->valuespec.type, visit, ctx);
        if (!n->valuespec.implicit) walk_vec(&n->valuespec.values, visit, ctx);
        break;
    case N_TYPESPEC: ast_walk(n->typespec.type, visit, ctx); break;
    case N_GENDECL: walk_vec(&n->gendecl.specs, visit, ctx); break;
    default: break;
    }
}
