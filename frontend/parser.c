/* parser.c: Go 1.19's syntax — tokens and errors, names, types and
 * expressions (declarations are in parser_decl.c, statements in
 * parser_stmt.c).
 *
 * Modelled on gc's parser (cmd/compile/internal/syntax/parser.go): the same
 * productions are parsed in the same order with the same error recovery, so
 * a bad program gets gc's message at gc's position ("syntax error:
 * unexpected newline, expecting comma or )"). The nodes built are go/ast's
 * (ast.h). Where go/ast and gc's tree differ in shape (gc has ListExpr,
 * Operation, a separate SliceType) the conversion happens right here. */
#include "parser.h"

#include <stdio.h>
#include <string.h>

/* ==== tokens and errors ================================================ */

static const char *const known_pragmas[] = {
    "go:build",
    "go:noescape",
    "go:norace",
    "go:nosplit",
    "go:noinline",
    "go:nocheckptr",
    "go:systemstack",
    "go:nowritebarrier",
    "go:nowritebarrierrec",
    "go:yeswritebarrierrec",
    "go:cgo_unsafe_args",
    "go:uintptrkeepalive",
    "go:uintptrescapes",
    "go:registerparams",
    "go:notinheap",
};

/* Whether gc gives the directive a flag (only those can be misplaced). */
bool parse_pragma_is_known(const char *text) {
    size_t n = strcspn(text, " \t");
    for (size_t i = 0; i < sizeof known_pragmas / sizeof known_pragmas[0]; i++)
        if (strlen(known_pragmas[i]) == n && memcmp(known_pragmas[i], text, n) == 0) return true;
    return false;
}

void parse_next(Parser *p) {
    lex_next(&p->lx);
    for (int i = 0; i < p->lx.directives.len; i++) {
        LexDirective *d = VEC_AT(p->lx.directives, i);
        if (!d->blank) {
            diag_error(d->pos, "misplaced compiler directive");
            continue;
        }
        vec_push(&p->pragma, d);
    }
    p->lx.directives.len = 0;
}

void parse_clear_pragma(Parser *p) {
    for (int i = 0; i < p->pragma.len; i++) {
        LexDirective *d = VEC_AT(p->pragma, i);
        if (parse_pragma_is_known(d->text)) diag_error(d->pos, "misplaced compiler directive");
    }
    p->pragma.len = 0;
}

Vec parse_take_pragma(Parser *p) {
    Vec v = {0};
    for (int i = 0; i < p->pragma.len; i++) {
        LexDirective *d = VEC_AT(p->pragma, i);
        vec_push(&v, arena_printf("//%s", d->text));
    }
    p->pragma.len = 0;
    return v;
}

bool parse_got(Parser *p, TokKind tok) {
    if (P_TOK(p) == tok) {
        parse_next(p);
        return true;
    }
    return false;
}

const char *parse_tokstring(TokKind tok) {
    switch (tok) {
    case T_COMMA: return "comma";
    case T_SEMICOLON: return "semicolon or newline";
    default: return tok_string(tok);
    }
}

void parse_want(Parser *p, TokKind tok) {
    if (!parse_got(p, tok)) {
        parse_syntax_error(p, arena_printf("expecting %s", parse_tokstring(tok)));
        parse_advance_one(p);
    }
}

/* Like got(=), but also accepts := (with an error), for better recovery. */
bool parse_got_assign(Parser *p) {
    switch (P_TOK(p)) {
    case T_DEFINE:
        parse_syntax_error(p, "expecting =");
        /* fallthrough */
    case T_ASSIGN: parse_next(p); return true;
    default: return false;
    }
}

bool parse_has_errors(const Parser *p) {
    return p->nerrors + p->lx.nerrors > 0;
}

void parse_error_at(Parser *p, Pos pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    diag_verror(pos, fmt, ap);
    va_end(ap);
    p->nerrors++;
}

static bool has_prefix(const char *s, const char *prefix) {
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* The current token as gc names it in "unexpected X". */
static const char *tok_desc(const Parser *p) {
    switch (P_TOK(p)) {
    case T_IDENT:
    case T_SEMICOLON: return p->lx.lit;
    case T_INT:
    case T_FLOAT:
    case T_IMAG:
    case T_CHAR:
    case T_STRING: return arena_printf("literal %s", p->lx.lit);
    default: return parse_tokstring(P_TOK(p));
    }
}

void parse_syntax_error_at(Parser *p, Pos pos, const char *msg) {
    if (P_TOK(p) == T_EOF && parse_has_errors(p)) return; /* avoid meaningless follow-up errors */
    const char *sep;
    if (has_prefix(msg, "in ") || has_prefix(msg, "at ") || has_prefix(msg, "after "))
        sep = " ";
    else if (has_prefix(msg, "expecting "))
        sep = ", ";
    else {
        parse_error_at(p, pos, "syntax error: %s", msg);
        return;
    }
    parse_error_at(p, pos, "syntax error: unexpected %s%s%s", tok_desc(p), sep, msg);
}

void parse_syntax_error(Parser *p, const char *msg) {
    parse_syntax_error_at(p, P_POS(p), msg);
}

static bool is_operator(TokKind t) {
    return (t >= T_ADD && t <= T_AND_NOT) || t == T_LAND || t == T_LOR || t == T_EQL ||
           t == T_LSS || t == T_GTR || t == T_NOT || t == T_NEQ || t == T_LEQ || t == T_GEQ ||
           t == T_TILDE;
}

/* Keywords that start a statement: good places to resynchronize. */
static bool in_stopset(TokKind t) {
    switch (t) {
    case T_BREAK:
    case T_CONST:
    case T_CONTINUE:
    case T_DEFER:
    case T_FALLTHROUGH:
    case T_FOR:
    case T_GO:
    case T_GOTO:
    case T_IF:
    case T_RETURN:
    case T_SELECT:
    case T_SWITCH:
    case T_TYPE:
    case T_VAR: return true;
    default: return false;
    }
}

/* Skips tokens until one in follow (or, inside a function, one that starts a
 * statement) or EOF. */
void parse_advance_list(Parser *p, const int *follow, int n) {
    for (;;) {
        TokKind t = P_TOK(p);
        if (t == T_EOF) return;
        if (p->fnest > 0 && in_stopset(t)) return;
        for (int i = 0; i < n; i++)
            if ((int)t == follow[i] || (follow[i] == P_ANY_OP && is_operator(t))) return;
        parse_next(p);
    }
}

/* Skips exactly one token (unless at EOF). */
void parse_advance_one(Parser *p) {
    if (P_TOK(p) != T_EOF) parse_next(p);
}

Pos parse_gc_pos(const Node *n) {
    Pos pos = n->pos;
    switch (n->kind) {
    case N_SELECTOR:
        pos = n->selector.sel->pos;
        pos.col--;
        return pos;
    case N_INDEX: return n->index.lbrack;
    case N_SLICE: return n->slice.lbrack;
    case N_CALL: return n->call.lparen;
    case N_TYPEASSERT:
        pos = n->typeassert.lparen;
        pos.col--;
        return pos;
    case N_COMPOSITELIT: return n->complit.lbrace;
    case N_BINARY: return n->binary.op_pos;
    case N_KEYVALUE: return n->keyvalue.colon;
    case N_ASSIGNSTMT: return n->assign.tok_pos;
    case N_INCDECSTMT: return n->incdec.tok_pos;
    case N_SENDSTMT: return n->send.arrow;
    case N_EXPRSTMT: return parse_gc_pos(n->exprstmt.x);
    default: return pos;
    }
}

Node *parse_bad(Parser *p) {
    return ast_new(N_BAD, P_POS(p));
}

/* list = [ f { sep f } [sep] ] close .
 * Calls f for each element until f returns true; returns the position of
 * the closing token. */
Pos parse_list(Parser *p, const char *context, TokKind sep, TokKind close,
               bool (*f)(Parser *, void *), void *arg) {
    bool done = false;
    while (P_TOK(p) != T_EOF && P_TOK(p) != close && !done) {
        done = f(p, arg);
        if (!parse_got(p, sep) && P_TOK(p) != close) {
            parse_syntax_error(p, arena_printf("in %s; possibly missing %s or %s", context,
                                               parse_tokstring(sep), parse_tokstring(close)));
            parse_advance(p, T_RPAREN, T_RBRACK, T_RBRACE);
            if (P_TOK(p) != close) return P_POS(p);
        }
    }
    Pos pos = P_POS(p);
    parse_want(p, close);
    return pos;
}

/* ==== names ============================================================ */

Node *parse_new_ident(Pos pos, const char *name) {
    Node *n = ast_new(N_IDENT, pos);
    n->ident.name = name;
    return n;
}

Node *parse_name(Parser *p) {
    if (P_TOK(p) == T_IDENT) {
        Node *n = parse_new_ident(P_POS(p), p->lx.lit);
        parse_next(p);
        return n;
    }
    Node *n = parse_new_ident(P_POS(p), intern_cstr("_"));
    parse_syntax_error(p, "expecting name");
    parse_advance_one(p);
    return n;
}

/* IdentifierList = identifier { "," identifier } . */
Vec parse_name_list(Parser *p, Node *first) {
    Vec v = {0};
    vec_push(&v, first);
    while (parse_got(p, T_COMMA))
        vec_push(&v, parse_name(p));
    return v;
}

/* BasicLit, or NULL if the current token is not a literal. */
Node *parse_oliteral(Parser *p) {
    switch (P_TOK(p)) {
    case T_INT:
    case T_FLOAT:
    case T_IMAG:
    case T_CHAR:
    case T_STRING: {
        Node *n = ast_new(N_BASICLIT, P_POS(p));
        n->lit.kind = P_TOK(p);
        n->lit.value = p->lx.lit;
        p->lit_bad = p->lx.bad;
        parse_next(p);
        return n;
    }
    default: return NULL;
    }
}

/* ==== types ============================================================ */

static Node *parse_type_instance(Parser *p, Node *typ);
static Node *parse_struct_type(Parser *p);
static Node *parse_interface_type(Parser *p);
Node *parse_func_type(Parser *p, const char *context, Pos pos);
Node *parse_binary_expr(Parser *p, Node *x, int prec);

/* QualifiedIdent = [ PackageName "." ] identifier [ TypeArgs ] . */
static Node *parse_qualified_name(Parser *p, Node *name) {
    Node *x;
    if (name)
        x = name;
    else if (P_TOK(p) == T_IDENT)
        x = parse_name(p);
    else {
        x = parse_new_ident(P_POS(p), intern_cstr("_"));
        parse_syntax_error(p, "expecting name");
        parse_advance(p, T_PERIOD, T_SEMICOLON, T_RBRACE);
    }
    if (P_TOK(p) == T_PERIOD) {
        parse_next(p);
        Node *s = ast_new(N_SELECTOR, x->pos);
        s->selector.x = x;
        s->selector.sel = parse_name(p);
        x = s;
    }
    if (P_TOK(p) == T_LBRACK) x = parse_type_instance(p, x);
    return x;
}

Node *parse_type(Parser *p) {
    Node *t = parse_type_or_nil(p);
    if (!t) {
        t = parse_bad(p);
        parse_syntax_error(p, "expecting type");
        parse_advance(p, T_COMMA, T_COLON, T_SEMICOLON, T_RPAREN, T_RBRACK, T_RBRACE);
    }
    return t;
}

/* "[" and "]" have been consumed; pos is the "[". */
Node *parse_slice_type(Parser *p, Pos pos) {
    Node *t = ast_new(N_ARRAYTYPE, pos);
    t->arraytype.elt = parse_type(p);
    return t;
}

/* ArrayType = "[" ArrayLength "]" ElementType . The "[" has been consumed;
 * len is the length if it has been parsed already. */
Node *parse_array_type(Parser *p, Pos pos, Node *len) {
    if (!len) {
        if (P_TOK(p) == T_ELLIPSIS) {
            len = ast_new(N_ELLIPSIS, P_POS(p));
            parse_next(p);
        } else {
            p->xnest++;
            len = parse_expr(p);
            p->xnest--;
        }
    }
    if (P_TOK(p) == T_COMMA) {
        /* trailing commas are for type parameter lists only */
        parse_syntax_error(p, "unexpected comma; expecting ]");
        parse_next(p);
    }
    parse_want(p, T_RBRACK);
    Node *t = ast_new(N_ARRAYTYPE, pos);
    t->arraytype.len = len;
    t->arraytype.elt = parse_type(p);
    return t;
}

static Node *parse_chan_elem(Parser *p) {
    Node *t = parse_type_or_nil(p);
    if (!t) {
        t = parse_bad(p);
        parse_syntax_error(p, "missing channel element type");
    }
    return t;
}

/* Type     = TypeName | TypeLit | "(" Type ")" .
 * TypeLit  = ArrayType | StructType | PointerType | FunctionType |
 *            InterfaceType | SliceType | MapType | ChannelType .
 * Returns NULL if there is no type here. */
Node *parse_type_or_nil(Parser *p) {
    Pos pos = P_POS(p);
    switch (P_TOK(p)) {
    case T_MUL: {
        parse_next(p);
        Node *t = ast_new(N_STAR, pos);
        t->star.x = parse_type(p);
        return t;
    }
    case T_ARROW: {
        parse_next(p);
        parse_want(p, T_CHAN);
        Node *t = ast_new(N_CHANTYPE, pos);
        t->chantype.dir = 2;
        t->chantype.arrow = pos;
        t->chantype.value = parse_chan_elem(p);
        return t;
    }
    case T_FUNC: parse_next(p); return parse_func_type(p, "function type", pos);
    case T_LBRACK:
        parse_next(p);
        if (parse_got(p, T_RBRACK)) return parse_slice_type(p, pos);
        return parse_array_type(p, pos, NULL);
    case T_CHAN: {
        parse_next(p);
        Node *t = ast_new(N_CHANTYPE, pos);
        t->chantype.dir = 3;
        if (P_TOK(p) == T_ARROW) {
            t->chantype.arrow = P_POS(p);
            t->chantype.dir = 1;
            parse_next(p);
        }
        t->chantype.value = parse_chan_elem(p);
        return t;
    }
    case T_MAP: {
        parse_next(p);
        parse_want(p, T_LBRACK);
        Node *t = ast_new(N_MAPTYPE, pos);
        t->maptype.key = parse_type(p);
        parse_want(p, T_RBRACK);
        t->maptype.value = parse_type(p);
        return t;
    }
    case T_STRUCT: return parse_struct_type(p);
    case T_INTERFACE: return parse_interface_type(p);
    case T_IDENT: return parse_qualified_name(p, NULL);
    case T_LPAREN: {
        parse_next(p);
        Node *t = ast_new(N_PAREN, pos);
        t->paren.x = parse_type(p);
        t->paren.rparen = P_POS(p);
        parse_want(p, T_RPAREN);
        return t;
    }
    default: return NULL;
    }
}

static void set_indices(Node *ix, Vec list) {
    ix->index.index = VEC_AT(list, 0);
    if (list.len > 1) ix->index.indices = list;
}

/* typeList = arg { "," arg } [ "," ] .
 * The first element may be any expression, the others must be types. */
static Vec parse_type_list(Parser *p, bool *comma) {
    Vec v = {0};
    *comma = false;
    p->xnest++;
    vec_push(&v, parse_expr(p));
    if (parse_got(p, T_COMMA)) {
        *comma = true;
        Node *t = parse_type_or_nil(p);
        if (t) {
            vec_push(&v, t);
            while (parse_got(p, T_COMMA)) {
                if (!(t = parse_type_or_nil(p))) break;
                vec_push(&v, t);
            }
        }
    }
    p->xnest--;
    return v;
}

/* TypeArgs = "[" TypeList [ "," ] "]" . */
static Node *parse_type_instance(Parser *p, Node *typ) {
    Node *x = ast_new(N_INDEX, typ->pos);
    x->index.x = typ;
    x->index.lbrack = P_POS(p);
    parse_want(p, T_LBRACK);
    if (P_TOK(p) == T_RBRACK) {
        parse_syntax_error(p, "expecting type");
        x->index.index = parse_bad(p);
    } else {
        bool comma;
        set_indices(x, parse_type_list(p, &comma));
    }
    x->index.rbrack = P_POS(p);
    parse_want(p, T_RBRACK);
    return x;
}

/* After a name in a struct field or parameter: "[" either starts an array
 * or slice type ([n]E, []E) or type arguments (T[A, B]). Type arguments come
 * back as an N_INDEX whose x the caller fills in. */
static Node *parse_array_or_targs(Parser *p) {
    Pos pos = P_POS(p);
    parse_want(p, T_LBRACK);
    if (parse_got(p, T_RBRACK)) return parse_slice_type(p, pos);
    bool comma;
    Vec list = parse_type_list(p, &comma);
    Pos rbrack = P_POS(p);
    parse_want(p, T_RBRACK);
    if (!comma) {
        Node *elem = parse_type_or_nil(p);
        if (elem) {
            Node *t = ast_new(N_ARRAYTYPE, pos);
            t->arraytype.len = VEC_AT(list, 0);
            t->arraytype.elt = elem;
            return t;
        }
    }
    Node *t = ast_new(N_INDEX, pos);
    t->index.lbrack = pos;
    t->index.rbrack = rbrack;
    set_indices(t, list);
    return t;
}

static Node *new_field(Pos pos, Node *name, Node *type, Node *tag) {
    Node *f = ast_new(N_FIELD, pos);
    if (name) vec_push(&f->field.names, name);
    f->field.type = type;
    f->field.tag = tag;
    return f;
}

Node *parse_new_star(Pos pos, Node *x) {
    Node *s = ast_new(N_STAR, pos);
    s->star.x = x;
    return s;
}

/* FieldDecl      = (IdentifierList Type | EmbeddedField) [ Tag ] .
 * EmbeddedField  = [ "*" ] TypeName [ TypeArgs ] .
 * Tag            = string_lit . */
static bool parse_field_decl(Parser *p, void *arg) {
    FieldList *fl = arg;
    Pos pos = P_POS(p);
    switch (P_TOK(p)) {
    case T_IDENT: {
        Node *name = parse_name(p);
        TokKind t = P_TOK(p);
        if (t == T_PERIOD || t == T_INT || t == T_FLOAT || t == T_IMAG || t == T_CHAR ||
            t == T_STRING || t == T_SEMICOLON || t == T_RBRACE) {
            /* embedded type */
            Node *typ = parse_qualified_name(p, name);
            Node *tag = parse_oliteral(p);
            vec_push(&fl->list, new_field(pos, NULL, typ, tag));
            break;
        }
        Vec names = parse_name_list(p, name);
        Node *typ;
        if (names.len == 1 && P_TOK(p) == T_LBRACK) {
            /* an embedded instance T[A, B] or a field T of type [n]E / []E */
            typ = parse_array_or_targs(p);
            if (typ->kind == N_INDEX) {
                typ->index.x = name;
                typ->pos = name->pos;
                Node *tag = parse_oliteral(p);
                vec_push(&fl->list, new_field(pos, NULL, typ, tag));
                break;
            }
        } else {
            typ = parse_type(p);
        }
        Node *tag = parse_oliteral(p);
        Node *f = new_field(pos, NULL, typ, tag);
        f->field.names = names;
        vec_push(&fl->list, f);
        break;
    }
    case T_MUL: {
        parse_next(p);
        Node *typ;
        if (P_TOK(p) == T_LPAREN) {
            parse_syntax_error(p, "cannot parenthesize embedded type");
            parse_next(p);
            typ = parse_qualified_name(p, NULL);
            parse_got(p, T_RPAREN);
        } else {
            typ = parse_qualified_name(p, NULL);
        }
        Node *tag = parse_oliteral(p);
        vec_push(&fl->list, new_field(pos, NULL, parse_new_star(pos, typ), tag));
        break;
    }
    case T_LPAREN: {
        parse_syntax_error(p, "cannot parenthesize embedded type");
        parse_next(p);
        Node *typ;
        if (P_TOK(p) == T_MUL) {
            Pos spos = P_POS(p);
            parse_next(p);
            typ = parse_new_star(spos, parse_qualified_name(p, NULL));
        } else {
            typ = parse_qualified_name(p, NULL);
        }
        parse_got(p, T_RPAREN);
        Node *tag = parse_oliteral(p);
        vec_push(&fl->list, new_field(pos, NULL, typ, tag));
        break;
    }
    default:
        parse_syntax_error(p, "expecting field name or embedded type");
        parse_advance(p, T_SEMICOLON, T_RBRACE);
    }
    return false;
}

/* StructType = "struct" "{" { FieldDecl ";" } "}" . */
static Node *parse_struct_type(Parser *p) {
    Node *t = ast_new(N_STRUCTTYPE, P_POS(p));
    parse_want(p, T_STRUCT);
    t->structtype.fields.opening = P_POS(p);
    parse_want(p, T_LBRACE);
    t->structtype.fields.closing = parse_list(p, "struct type", T_SEMICOLON, T_RBRACE,
                                              parse_field_decl, &t->structtype.fields);
    return t;
}

/* Term = [ "~" ] Type . */
static Node *parse_embedded_term(Parser *p) {
    if (P_TOK(p) == T_TILDE) {
        Node *t = ast_new(N_UNARY, P_POS(p));
        t->unary.op = T_TILDE;
        parse_next(p);
        t->unary.x = parse_type(p);
        return t;
    }
    Node *t = parse_type_or_nil(p);
    if (!t) {
        t = parse_bad(p);
        parse_syntax_error(p, "expecting ~ term or type");
        parse_advance(p, P_ANY_OP, T_SEMICOLON, T_RPAREN, T_RBRACK, T_RBRACE);
    }
    return t;
}

/* EmbeddedElem = MethodSpec | EmbeddedTerm { "|" EmbeddedTerm } .
 * f, if given, already holds the first term. */
static Node *parse_embedded_elem(Parser *p, Node *f) {
    if (!f) {
        f = new_field(P_POS(p), NULL, NULL, NULL);
        f->field.type = parse_embedded_term(p);
    }
    while (P_TOK(p) == T_OR) {
        Node *t = ast_new(N_BINARY, f->field.type->pos);
        t->binary.op = T_OR;
        t->binary.op_pos = P_POS(p);
        parse_next(p);
        t->binary.x = f->field.type;
        t->binary.y = parse_embedded_term(p);
        f->field.type = t;
    }
    return f;
}

/* ---- parameters ---- */

/* One parameter as gc parses it: a name, a type, or both. Names that turn
 * out to be types, and types shared by several names, are sorted out by
 * parse_param_list. */
typedef struct Param {
    Node *name;
    Node *type;
} Param;

/* ParameterDecl = [ IdentifierList ] [ "..." ] Type .
 * follow is the closing token; in a type parameter list (]) constraints
 * may be unions and ~terms. */
static Param *parse_param_decl_or_nil(Parser *p, Node *name, TokKind follow) {
    bool type_sets_ok = follow == T_RBRACK;
    Param *f = ARENA_NEW(Param);
    if (!name && type_sets_ok && P_TOK(p) == T_TILDE) {
        f->type = parse_embedded_elem(p, NULL)->field.type;
        return f;
    }
    if (P_TOK(p) == T_IDENT || name) {
        if (!name) name = parse_name(p);
        if (P_TOK(p) == T_LBRACK) {
            /* name "[" ... */
            f->type = parse_array_or_targs(p);
            if (f->type->kind == N_INDEX) {
                f->type->index.x = name;
                f->type->pos = name->pos;
            } else {
                f->name = name;
            }
            if (type_sets_ok && P_TOK(p) == T_OR) {
                Node *fld = new_field(name->pos, NULL, f->type, NULL);
                f->type = parse_embedded_elem(p, fld)->field.type;
            }
            return f;
        }
        if (P_TOK(p) == T_PERIOD) {
            /* name "." ... */
            f->type = parse_qualified_name(p, name);
            if (type_sets_ok && P_TOK(p) == T_OR) {
                Node *fld = new_field(name->pos, NULL, f->type, NULL);
                f->type = parse_embedded_elem(p, fld)->field.type;
            }
            return f;
        }
        if (type_sets_ok && P_TOK(p) == T_OR) {
            /* name "|" ... */
            Node *fld = new_field(name->pos, NULL, name, NULL);
            f->type = parse_embedded_elem(p, fld)->field.type;
            return f;
        }
        f->name = name;
    }

    if (P_TOK(p) == T_ELLIPSIS) {
        Node *t = ast_new(N_ELLIPSIS, P_POS(p));
        parse_next(p);
        t->ellipsis.elt = parse_type_or_nil(p);
        if (!t->ellipsis.elt) {
            t->ellipsis.elt = parse_bad(p);
            parse_syntax_error(p, "... is missing type");
        }
        f->type = t;
        return f;
    }

    if (type_sets_ok && P_TOK(p) == T_TILDE) {
        f->type = parse_embedded_elem(p, NULL)->field.type;
        return f;
    }

    f->type = parse_type_or_nil(p);
    if (type_sets_ok && P_TOK(p) == T_OR && f->type) {
        Node *fld = new_field(f->type->pos, NULL, f->type, NULL);
        f->type = parse_embedded_elem(p, fld)->field.type;
    }
    if (f->name || f->type) return f;

    parse_syntax_error(p, arena_printf("expecting %s", parse_tokstring(follow)));
    parse_advance(p, T_COMMA, follow);
    return NULL;
}

typedef struct ParamListArg {
    Node *name, *type; /* an already parsed first parameter, or NULL */
    TokKind close;
    Vec params; /* of Param */
    int named, typed;
} ParamListArg;

static bool param_list_elem(Parser *p, void *arg) {
    ParamListArg *a = arg;
    Param *par;
    if (a->type) {
        par = ARENA_NEW(Param);
        par->name = a->name;
        par->type = a->type;
    } else {
        par = parse_param_decl_or_nil(p, a->name, a->close);
    }
    a->name = a->type = NULL;
    if (par) {
        if (par->name && par->type) a->named++;
        if (par->type) a->typed++;
        vec_push(&a->params, par);
    }
    return false;
}

/* Groups consecutive parameters that share one type (a, b int) into one
 * N_FIELD, as go/ast does. */
static void params_to_fields(Vec params, FieldList *fl) {
    Node *prev = NULL;
    for (int i = 0; i < params.len; i++) {
        Param *par = VEC_AT(params, i);
        if (par->name && prev && prev->field.names.len && prev->field.type == par->type) {
            vec_push(&prev->field.names, par->name);
            continue;
        }
        Node *type = par->type;
        Pos pos = par->name ? par->name->pos : type->pos;
        prev = new_field(pos, par->name, type, NULL);
        vec_push(&fl->list, prev);
    }
}

/* Parameters = "(" [ ParameterList [ "," ] ] ")" .
 * TypeParams = "[" TypeParamList [ "," ] "]" .
 * The opening token has been consumed. name and typ are the first parameter
 * if the caller has parsed it already (type declarations). */
FieldList parse_param_list(Parser *p, Pos opening, Node *name, Node *typ, TokKind close,
                           bool require_names) {
    FieldList fl = {0};
    fl.opening = opening;
    if (name && typ && P_TOK(p) == close) {
        fl.closing = P_POS(p);
        parse_next(p);
        vec_push(&fl.list, new_field(name->pos, name, typ, NULL));
        return fl;
    }

    ParamListArg a = {0};
    a.name = name;
    a.type = typ;
    a.close = close;
    Pos end = parse_list(p, "parameter list", T_COMMA, close, param_list_elem, &a);
    fl.closing = end;
    int n = a.params.len;
    if (n == 0) return fl;

    if (a.named == 0 && !require_names) {
        /* all types: the names were type names */
        for (int i = 0; i < n; i++) {
            Param *par = VEC_AT(a.params, i);
            if (par->name) {
                par->type = par->name;
                par->name = NULL;
            }
        }
    } else if (a.named != n) {
        /* some named: distribute types from right to left */
        Pos errpos = {0};
        Node *t = NULL;
        for (int i = n - 1; i >= 0; i--) {
            Param *par = VEC_AT(a.params, i);
            if (par->type) {
                t = par->type;
                if (!par->name) {
                    errpos = t->pos;
                    par->name = parse_new_ident(errpos, intern_cstr("_"));
                }
            } else if (t) {
                par->type = t;
            } else {
                errpos = par->name->pos;
                par->type = ast_new(N_BAD, errpos);
            }
        }
        if (pos_valid(errpos)) {
            const char *msg;
            if (require_names) {
                if (a.named == a.typed) {
                    errpos = end;
                    msg = "missing type constraint";
                } else {
                    msg = "type parameters must be named";
                }
            } else {
                msg = "mixed named and unnamed parameters";
            }
            parse_syntax_error_at(p, errpos, msg);
        }
    }
    params_to_fields(a.params, &fl);
    return fl;
}

FieldList *parse_new_fieldlist(FieldList fl) {
    FieldList *f = ARENA_NEW(FieldList);
    *f = fl;
    return f;
}

/* Result = Parameters | Type . */
static FieldList *parse_func_result(Parser *p) {
    Pos pos = P_POS(p);
    if (parse_got(p, T_LPAREN))
        return parse_new_fieldlist(parse_param_list(p, pos, NULL, NULL, T_RPAREN, false));
    Node *typ = parse_type_or_nil(p);
    if (typ) {
        FieldList fl = {0};
        vec_push(&fl.list, new_field(typ->pos, NULL, typ, NULL));
        return parse_new_fieldlist(fl);
    }
    return NULL;
}

/* Signature = [ TypeParams ] Parameters [ Result ] .
 * context names what may not have type parameters ("" if they are fine);
 * pos is where the N_FUNCTYPE is (the "func" keyword, or the "("). */
Node *parse_func_type(Parser *p, const char *context, Pos pos) {
    Node *t = ast_new(N_FUNCTYPE, pos);
    Pos tpos = P_POS(p);
    if (parse_got(p, T_LBRACK)) {
        if (context[0])
            parse_syntax_error_at(p, tpos,
                                  arena_printf("%s must have no type parameters", context));
        if (P_TOK(p) == T_RBRACK) {
            parse_syntax_error(p, "empty type parameter list");
            parse_next(p);
        } else {
            t->functype.typeparams =
                parse_new_fieldlist(parse_param_list(p, tpos, NULL, NULL, T_RBRACK, true));
        }
    }
    Pos lparen = P_POS(p);
    parse_want(p, T_LPAREN);
    t->functype.params = parse_param_list(p, lparen, NULL, NULL, T_RPAREN, false);
    t->functype.results = parse_func_result(p);
    return t;
}

/* MethodSpec = MethodName Signature | InterfaceTypeName . */
static Node *parse_method_decl(Parser *p) {
    Pos pos = P_POS(p);
    Node *name = parse_name(p);
    const char *context = "interface method";
    Node *f = new_field(pos, NULL, NULL, NULL);

    switch (P_TOK(p)) {
    case T_LPAREN:
        vec_push(&f->field.names, name);
        f->field.type = parse_func_type(p, context, P_POS(p));
        break;
    case T_LBRACK: {
        /* a method with type parameters (an error), or an instance */
        Pos lbrack = P_POS(p);
        parse_next(p);
        if (P_TOK(p) == T_RBRACK) {
            Pos rpos = P_POS(p);
            parse_next(p);
            if (P_TOK(p) == T_LPAREN) {
                parse_error_at(p, rpos, "empty type parameter list");
                vec_push(&f->field.names, name);
                f->field.type = parse_func_type(p, context, P_POS(p));
            } else {
                parse_error_at(p, rpos, "empty type argument list");
                f->field.type = name;
            }
            break;
        }
        FieldList list = parse_param_list(p, lbrack, NULL, NULL, T_RBRACK, false);
        if (list.list.len == 0) {
            if (P_TOK(p) == T_LPAREN) {
                vec_push(&f->field.names, name);
                f->field.type = parse_func_type(p, context, P_POS(p));
            } else {
                f->field.type = name;
            }
            break;
        }
        Node *first = VEC_AT(list.list, 0);
        if (first->field.names.len) {
            vec_push(&f->field.names, name);
            f->field.type = parse_func_type(p, context, P_POS(p));
            parse_error_at(p, lbrack, "interface method must have no type parameters");
            break;
        }
        Node *t = ast_new(N_INDEX, name->pos);
        t->index.x = name;
        t->index.lbrack = lbrack;
        t->index.rbrack = list.closing;
        Vec types = {0};
        for (int i = 0; i < list.list.len; i++)
            vec_push(&types, ((Node *)VEC_AT(list.list, i))->field.type);
        set_indices(t, types);
        f->field.type = t;
        break;
    }
    default: f->field.type = parse_qualified_name(p, name);
    }
    return f;
}

static bool parse_interface_elem(Parser *p, void *arg) {
    FieldList *fl = arg;
    Node *f = NULL;
    if (P_TOK(p) == T_IDENT) f = parse_method_decl(p);
    if (!f || f->field.names.len == 0) f = parse_embedded_elem(p, f);
    vec_push(&fl->list, f);
    return false;
}

/* InterfaceType = "interface" "{" { InterfaceElem ";" } "}" . */
static Node *parse_interface_type(Parser *p) {
    Node *t = ast_new(N_INTERFACETYPE, P_POS(p));
    parse_want(p, T_INTERFACE);
    t->interfacetype.methods.opening = P_POS(p);
    parse_want(p, T_LBRACE);
    t->interfacetype.methods.closing = parse_list(p, "interface type", T_SEMICOLON, T_RBRACE,
                                                  parse_interface_elem, &t->interfacetype.methods);
    return t;
}

/* ==== expressions ====================================================== */

Node *parse_expr(Parser *p) {
    return parse_binary_expr(p, NULL, 0);
}

/* ExpressionList = Expression { "," Expression } . */
Vec parse_expr_list(Parser *p) {
    Vec v = {0};
    vec_push(&v, parse_expr(p));
    while (parse_got(p, T_COMMA))
        vec_push(&v, parse_expr(p));
    return v;
}

static Node *parse_unary_expr(Parser *p);

/* Expression = UnaryExpr | Expression binary_op Expression . */
Node *parse_binary_expr(Parser *p, Node *x, int prec) {
    if (!x) x = parse_unary_expr(p);
    int tprec;
    while ((tprec = tok_precedence(P_TOK(p))) > prec) {
        Node *t = ast_new(N_BINARY, x->pos);
        t->binary.op = P_TOK(p);
        t->binary.op_pos = P_POS(p);
        parse_next(p);
        t->binary.x = x;
        t->binary.y = parse_binary_expr(p, NULL, tprec);
        x = t;
    }
    return x;
}

/* UnaryExpr = PrimaryExpr | unary_op UnaryExpr . */
static Node *parse_unary_expr(Parser *p) {
    Pos pos = P_POS(p);
    switch (P_TOK(p)) {
    case T_MUL: parse_next(p); return parse_new_star(pos, parse_unary_expr(p));
    case T_ADD:
    case T_SUB:
    case T_NOT:
    case T_XOR:
    case T_TILDE:
    case T_AND: {
        Node *x = ast_new(N_UNARY, pos);
        x->unary.op = P_TOK(p);
        parse_next(p);
        x->unary.x = parse_unary_expr(p);
        return x;
    }
    case T_ARROW: {
        parse_next(p);
        /* <-chan E is a type, <-x a receive: we only know once x is parsed */
        Node *x = parse_unary_expr(p);
        if (x->kind == N_CHANTYPE) {
            /* re-associate: <-(chan E) => (<-chan E), <-(chan<- E) =>
             * (<-chan (<-E)) */
            int dir = 1;
            Node *t = x;
            Pos arrow = pos; /* the <- that now begins t */
            while (dir == 1) {
                if (t->kind != N_CHANTYPE) break;
                dir = t->chantype.dir;
                if (dir == 2) {
                    /* t is <-chan E, but <-<-chan E is not permitted */
                    parse_syntax_error(p, "unexpected <-, expecting chan");
                }
                Pos next_arrow = t->chantype.arrow; /* of chan<-: now the inner <-chan */
                t->chantype.dir = 2;
                t->pos = arrow;
                t->chantype.arrow = arrow;
                arrow = next_arrow;
                t = t->chantype.value;
            }
            if (dir == 1)
                parse_syntax_error(
                    p, arena_printf("unexpected %s, expecting chan", ast_expr_string_types2(t)));
            return x;
        }
        Node *o = ast_new(N_UNARY, pos);
        o->unary.op = T_ARROW;
        o->unary.x = x;
        return o;
    }
    default: return parse_pexpr(p, NULL, true);
    }
}

Node *parse_func_body(Parser *p) {
    p->fnest++;
    Node *body = parse_block_stmt(p, "");
    p->fnest--;
    return body;
}

/* Operand     = Literal | OperandName | "(" Expression ")" .
 * Literal     = BasicLit | CompositeLit | FunctionLit . */
static Node *parse_operand(Parser *p) {
    Pos pos = P_POS(p);
    switch (P_TOK(p)) {
    case T_IDENT: return parse_name(p);
    case T_INT:
    case T_FLOAT:
    case T_IMAG:
    case T_CHAR:
    case T_STRING: return parse_oliteral(p);
    case T_LPAREN: {
        parse_next(p);
        p->xnest++;
        Node *x = ast_new(N_PAREN, pos);
        x->paren.x = parse_expr(p);
        p->xnest--;
        x->paren.rparen = P_POS(p);
        parse_want(p, T_RPAREN);
        return x;
    }
    case T_FUNC: {
        parse_next(p);
        Node *ftyp = parse_func_type(p, "function type", pos);
        if (P_TOK(p) == T_LBRACE) {
            p->xnest++;
            Node *f = ast_new(N_FUNCLIT, pos);
            f->funclit.type = ftyp;
            f->funclit.body = parse_func_body(p);
            p->xnest--;
            return f;
        }
        return ftyp;
    }
    case T_LBRACK:
    case T_CHAN:
    case T_MAP:
    case T_STRUCT:
    case T_INTERFACE: return parse_type(p);
    default: {
        Node *x = parse_bad(p);
        parse_syntax_error(p, "expecting expression");
        parse_advance(p, T_RPAREN, T_RBRACK, T_RBRACE);
        return x;
    }
    }
}

/* Whether x must be a value (and cannot be a type). */
static bool is_value(const Node *x) {
    switch (x->kind) {
    case N_BASICLIT:
    case N_COMPOSITELIT:
    case N_FUNCLIT:
    case N_SLICE:
    case N_TYPEASSERT:
    case N_CALL:
    case N_UNARY:
    case N_BINARY: return true;
    case N_PAREN: return is_value(x->paren.x);
    case N_INDEX:
        return is_value(x->index.x) || (x->index.indices.len == 0 && is_value(x->index.index));
    default: return false;
    }
}

static Node *parse_complit_expr(Parser *p);

/* Element = Expression | LiteralValue . */
static Node *parse_bare_complit_expr(Parser *p) {
    if (P_TOK(p) == T_LBRACE) return parse_complit_expr(p); /* elided type */
    return parse_expr(p);
}

static bool complit_elem(Parser *p, void *arg) {
    Node *x = arg;
    Node *e = parse_bare_complit_expr(p);
    if (P_TOK(p) == T_COLON) {
        Node *kv = ast_new(N_KEYVALUE, e->pos);
        kv->keyvalue.colon = P_POS(p);
        parse_next(p);
        kv->keyvalue.key = e;
        kv->keyvalue.value = parse_bare_complit_expr(p);
        e = kv;
    }
    vec_push(&x->complit.elts, e);
    return false;
}

/* LiteralValue = "{" [ ElementList [ "," ] ] "}" . */
static Node *parse_complit_expr(Parser *p) {
    Node *x = ast_new(N_COMPOSITELIT, P_POS(p));
    x->complit.lbrace = P_POS(p);
    p->xnest++;
    parse_want(p, T_LBRACE);
    x->complit.rbrace = parse_list(p, "composite literal", T_COMMA, T_RBRACE, complit_elem, x);
    p->xnest--;
    return x;
}

static bool arg_list_elem(Parser *p, void *arg) {
    Node *call = arg;
    vec_push(&call->call.args, parse_expr(p));
    if (P_TOK(p) == T_ELLIPSIS) {
        call->call.has_ellipsis = true;
        call->call.ellipsis = P_POS(p);
        parse_next(p);
        return true;
    }
    return false;
}

/* PrimaryExpr = Operand | Conversion | MethodExpr | PrimaryExpr Selector |
 *               PrimaryExpr Index | PrimaryExpr Slice |
 *               PrimaryExpr TypeAssertion | PrimaryExpr Arguments .
 * keep_parens is gc's flag; parentheses are always kept here (go/ast). */
Node *parse_pexpr(Parser *p, Node *x, bool keep_parens) {
    (void)keep_parens;
    if (!x) x = parse_operand(p);
    for (;;) {
        Pos pos = P_POS(p);
        switch (P_TOK(p)) {
        case T_PERIOD:
            parse_next(p);
            if (P_TOK(p) == T_IDENT) {
                Node *t = ast_new(N_SELECTOR, x->pos);
                t->selector.x = x;
                t->selector.sel = parse_name(p);
                x = t;
            } else if (P_TOK(p) == T_LPAREN) {
                Node *t = ast_new(N_TYPEASSERT, x->pos);
                t->typeassert.x = x;
                t->typeassert.lparen = P_POS(p);
                parse_next(p);
                if (!parse_got(p, T_TYPE)) t->typeassert.type = parse_type(p);
                t->typeassert.rparen = P_POS(p);
                parse_want(p, T_RPAREN);
                x = t;
            } else {
                parse_syntax_error(p, "expecting name or (");
                parse_advance(p, T_SEMICOLON, T_RPAREN);
            }
            break;

        case T_LBRACK: {
            parse_next(p);
            if (P_TOK(p) == T_RBRACK) {
                /* empty index, slice or instance: accept but complain */
                parse_syntax_error(p, "expecting operand");
                parse_next(p);
                break;
            }
            Node *i = NULL;
            if (P_TOK(p) != T_COLON) {
                bool comma;
                Vec list = parse_type_list(p, &comma);
                if (comma || P_TOK(p) == T_RBRACK) {
                    Node *t = ast_new(N_INDEX, x->pos);
                    t->index.x = x;
                    t->index.lbrack = pos;
                    set_indices(t, list);
                    t->index.rbrack = P_POS(p);
                    parse_want(p, T_RBRACK);
                    x = t;
                    break;
                }
                i = VEC_AT(list, 0);
            }
            /* x[i:... */
            if (!parse_got(p, T_COLON)) {
                parse_syntax_error(p, "expecting comma, : or ]");
                parse_advance(p, T_COMMA, T_COLON, T_RBRACK);
            }
            p->xnest++;
            Node *t = ast_new(N_SLICE, x->pos);
            t->slice.x = x;
            t->slice.lbrack = pos;
            t->slice.low = i;
            if (P_TOK(p) != T_COLON && P_TOK(p) != T_RBRACK) t->slice.high = parse_expr(p);
            if (P_TOK(p) == T_COLON) {
                t->slice.slice3 = true;
                if (!t->slice.high) {
                    parse_error_at(p, P_POS(p), "middle index required in 3-index slice");
                    t->slice.high = parse_bad(p);
                }
                parse_next(p);
                if (P_TOK(p) != T_RBRACK) {
                    t->slice.max = parse_expr(p);
                } else {
                    parse_error_at(p, P_POS(p), "final index required in 3-index slice");
                    t->slice.max = parse_bad(p);
                }
            }
            p->xnest--;
            t->slice.rbrack = P_POS(p);
            parse_want(p, T_RBRACK);
            x = t;
            break;
        }

        case T_LPAREN: {
            Node *t = ast_new(N_CALL, x->pos);
            t->call.fun = x;
            t->call.lparen = pos;
            parse_next(p);
            p->xnest++;
            t->call.rparen = parse_list(p, "argument list", T_COMMA, T_RPAREN, arg_list_elem, t);
            p->xnest--;
            x = t;
            break;
        }

        case T_LBRACE: {
            /* a composite literal, or the block of an if/for/switch? */
            Node *t = ast_unparen(x);
            bool complit_ok = false;
            switch (t->kind) {
            case N_IDENT:
            case N_SELECTOR: complit_ok = p->xnest >= 0; break;
            case N_INDEX: complit_ok = p->xnest >= 0 && !is_value(t); break;
            case N_ARRAYTYPE:
            case N_STRUCTTYPE:
            case N_MAPTYPE: complit_ok = true; break;
            default: break;
            }
            if (!complit_ok) return x;
            if (t != x) parse_syntax_error(p, "cannot parenthesize type in composite literal");
            Node *n = parse_complit_expr(p);
            n->complit.type = x;
            n->pos = x->pos;
            x = n;
            break;
        }

        default: return x;
        }
    }
}
