/* parser_decl.c: Go 1.19's source files and declarations — package
 * clause, imports, const/var/type specs (with gc's rules for telling a
 * generic type's parameter list from an array length), and functions.
 *
 * Also decides where //go: directives go: those right before a function
 * declaration become its directives; a directive gc gives a meaning to that
 * ends up anywhere else is "misplaced", as gc says. */
#include "parser.h"

#include <string.h>

/* ==== declarations ===================================================== */

typedef struct GroupArg {
    Node *decl; /* the N_GENDECL */
    Node *prev; /* previous const spec, for implicit repetition */
    int iota;
    Vec *imports; /* where import specs are also recorded */
} GroupArg;

/* ImportSpec = [ "." | PackageName ] ImportPath . */
static Node *parse_import_spec(Parser *p) {
    Node *s = ast_new(N_IMPORTSPEC, P_POS(p));
    parse_clear_pragma(p);
    if (P_TOK(p) == T_IDENT) {
        s->importspec.name = parse_name(p);
    } else if (P_TOK(p) == T_PERIOD) {
        s->importspec.name = parse_new_ident(P_POS(p), intern_cstr("."));
        parse_next(p);
    }
    Node *path = parse_oliteral(p);
    if (!path) {
        parse_syntax_error(p, "missing import path");
        parse_advance(p, T_SEMICOLON, T_RPAREN);
        return NULL;
    }
    if (!p->lit_bad && path->lit.kind != T_STRING) {
        parse_syntax_error(p, "import path must be a string");
        return NULL;
    }
    s->importspec.path = path;
    return s;
}

/* ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] . */
static Node *parse_const_spec(Parser *p, GroupArg *g) {
    Node *s = ast_new(N_VALUESPEC, P_POS(p));
    parse_clear_pragma(p);
    s->valuespec.names = parse_name_list(p, parse_name(p));
    if (P_TOK(p) != T_EOF && P_TOK(p) != T_SEMICOLON && P_TOK(p) != T_RPAREN) {
        s->valuespec.type = parse_type_or_nil(p);
        if (parse_got_assign(p)) s->valuespec.values = parse_expr_list(p);
    }
    s->valuespec.iota = g->iota++;
    if (!s->valuespec.type && s->valuespec.values.len == 0 && g->prev) {
        s->valuespec.implicit = true;
        s->valuespec.type = g->prev->valuespec.type;
        s->valuespec.values = g->prev->valuespec.values;
    }
    g->prev = s;
    return s;
}

/* The expression x after "type T [" is a type parameter list if it can be
 * split into a name and a constraint. Sets *name and *type: (name, NULL)
 * for a lone name, (name, constraint) if split, (NULL, x) otherwise. */
static bool is_type_elem(const Node *x) {
    switch (x->kind) {
    case N_ARRAYTYPE:
    case N_STRUCTTYPE:
    case N_FUNCTYPE:
    case N_INTERFACETYPE:
    case N_MAPTYPE:
    case N_CHANTYPE: return true;
    case N_STAR: return is_type_elem(x->star.x);
    case N_UNARY: return x->unary.op == T_TILDE || is_type_elem(x->unary.x);
    case N_BINARY: return is_type_elem(x->binary.x) || is_type_elem(x->binary.y);
    case N_PAREN: return is_type_elem(x->paren.x);
    default: return false;
    }
}

static void extract_name(Node *x, bool force, Node **name, Node **type) {
    *name = NULL;
    *type = x;
    switch (x->kind) {
    case N_IDENT:
        *name = x;
        *type = NULL;
        return;
    case N_BINARY:
        if (x->binary.op == T_MUL) {
            if (x->binary.x->kind == N_IDENT && (force || is_type_elem(x->binary.y))) {
                /* x = name *y */
                *name = x->binary.x;
                *type = parse_new_star(x->binary.op_pos, x->binary.y);
            }
        } else if (x->binary.op == T_OR) {
            Node *n, *lhs;
            extract_name(x->binary.x, force || is_type_elem(x->binary.y), &n, &lhs);
            if (n && lhs) {
                /* x = name lhs|y */
                Node *op = ast_new(N_BINARY, lhs->pos);
                *op = *x;
                op->pos = lhs->pos;
                op->binary.x = lhs;
                *name = n;
                *type = op;
            }
        }
        return;
    case N_CALL:
        if (x->call.fun->kind == N_IDENT && x->call.args.len == 1 && !x->call.has_ellipsis &&
            (force || is_type_elem(VEC_AT(x->call.args, 0)))) {
            /* x = name (arg) */
            *name = x->call.fun;
            *type = VEC_AT(x->call.args, 0);
        }
        return;
    default: return;
    }
}

/* TypeSpec = identifier [ TypeParams ] [ "=" ] Type . */
static Node *parse_type_spec(Parser *p) {
    Node *s = ast_new(N_TYPESPEC, P_POS(p));
    Vec pragma = p->pragma; /* only //go:notinheap, on a defined type, belongs here */
    p->pragma = (Vec){0};
    s->typespec.name = parse_name(p);
    if (P_TOK(p) == T_LBRACK) {
        /* an array or slice type, or a type parameter list */
        Pos pos = P_POS(p);
        parse_next(p);
        switch (P_TOK(p)) {
        case T_IDENT: {
            Node *x = parse_name(p);
            if (P_TOK(p) != T_LBRACK) {
                /* parse the expression starting with the name */
                p->xnest++;
                x = parse_binary_expr(p, parse_pexpr(p, x, false), 0);
                p->xnest--;
            }
            Node *pname, *ptype;
            extract_name(x, P_TOK(p) == T_COMMA, &pname, &ptype);
            if (pname && (ptype || P_TOK(p) != T_RBRACK)) {
                s->typespec.typeparams =
                    parse_new_fieldlist(parse_param_list(p, pos, pname, ptype, T_RBRACK, true));
                s->typespec.assign = parse_got_assign(p);
                s->typespec.type = parse_type_or_nil(p);
            } else {
                s->typespec.type = parse_array_type(p, pos, x);
            }
            break;
        }
        case T_RBRACK:
            parse_next(p);
            s->typespec.type = parse_slice_type(p, pos);
            break;
        default: s->typespec.type = parse_array_type(p, pos, NULL);
        }
    } else {
        s->typespec.assign = parse_got_assign(p);
        s->typespec.type = parse_type_or_nil(p);
    }
    if (!s->typespec.type) {
        s->typespec.type = parse_bad(p);
        parse_syntax_error(p, "in type declaration");
        parse_advance(p, T_SEMICOLON, T_RPAREN);
    }
    for (int i = 0; i < pragma.len; i++) {
        LexDirective *d = VEC_AT(pragma, i);
        bool notinheap = strcmp(d->text, "go:notinheap") == 0;
        if (parse_pragma_is_known(d->text) && (!notinheap || s->typespec.assign))
            diag_error(d->pos, "misplaced compiler directive");
    }
    return s;
}

/* VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) . */
static Node *parse_var_spec(Parser *p) {
    Node *s = ast_new(N_VALUESPEC, P_POS(p));
    parse_clear_pragma(p);
    s->valuespec.names = parse_name_list(p, parse_name(p));
    if (parse_got_assign(p)) {
        s->valuespec.values = parse_expr_list(p);
    } else {
        s->valuespec.type = parse_type(p);
        if (parse_got_assign(p)) s->valuespec.values = parse_expr_list(p);
    }
    return s;
}

static bool group_elem(Parser *p, void *arg) {
    GroupArg *g = arg;
    Node *s = NULL;
    switch (g->decl->gendecl.tok) {
    case T_IMPORT: s = parse_import_spec(p); break;
    case T_CONST: s = parse_const_spec(p, g); break;
    case T_TYPE: s = parse_type_spec(p); break;
    default: s = parse_var_spec(p); break;
    }
    if (s) {
        vec_push(&g->decl->gendecl.specs, s);
        if (s->kind == N_IMPORTSPEC && g->imports) vec_push(g->imports, s);
    }
    return false;
}

static Node *parse_gen_decl_imports(Parser *p, TokKind kw, Pos kwpos, Vec *imports) {
    Node *d = ast_new(N_GENDECL, kwpos);
    d->gendecl.tok = kw;
    GroupArg g = {d, NULL, 0, imports};
    if (P_TOK(p) == T_LPAREN) {
        /* "(" { Spec ";" } ")" */
        parse_clear_pragma(p);
        d->gendecl.lparen = P_POS(p);
        parse_next(p);
        d->gendecl.rparen =
            parse_list(p, "grouped declaration", T_SEMICOLON, T_RPAREN, group_elem, &g);
    } else {
        group_elem(p, &g);
    }
    return d;
}

/* Declaration = ConstDecl | TypeDecl | VarDecl . The keyword has been
 * consumed. */
Node *parse_gen_decl(Parser *p, TokKind kw, Pos kwpos) {
    return parse_gen_decl_imports(p, kw, kwpos, NULL);
}

/* FunctionDecl = "func" FunctionName [ TypeParams ] ( Function | Signature ) .
 * MethodDecl   = "func" Receiver MethodName ( Function | Signature ) .
 * "func" has been consumed. */
static Node *parse_func_decl_or_nil(Parser *p, Pos pos) {
    Node *f = ast_new(N_FUNCDECL, pos);
    f->funcdecl.directives = parse_take_pragma(p);

    Pos rpos = P_POS(p);
    if (parse_got(p, T_LPAREN)) {
        FieldList rcvr = parse_param_list(p, rpos, NULL, NULL, T_RPAREN, false);
        int n = 0;
        for (int i = 0; i < rcvr.list.len; i++) {
            Node *fl = VEC_AT(rcvr.list, i);
            n += fl->field.names.len ? fl->field.names.len : 1;
        }
        if (n == 0)
            parse_error_at(p, P_POS(p), "method has no receiver");
        else if (n > 1)
            parse_error_at(p, P_POS(p), "method has multiple receivers");
        f->funcdecl.recv = parse_new_fieldlist(rcvr);
    }

    if (P_TOK(p) != T_IDENT) {
        parse_syntax_error(p, "expecting name or (");
        parse_advance(p, T_LBRACE, T_SEMICOLON);
        return NULL;
    }
    f->funcdecl.name = parse_name(p);
    f->funcdecl.type = parse_func_type(p, f->funcdecl.recv ? "method" : "", pos);
    if (P_TOK(p) == T_LBRACE) f->funcdecl.body = parse_func_body(p);
    return f;
}

/* SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } . */
Node *parse_file(const char *filename, const char *src, size_t len) {
    Parser parser = {0};
    Parser *p = &parser;
    int file = src_add_file(filename);
    lex_init(&p->lx, file, src, len);
    parse_next(p);

    Node *f = ast_new(N_FILE, P_POS(p));
    f->file.path = arena_strdup(filename);

    /* PackageClause */
    if (!parse_got(p, T_PACKAGE)) {
        parse_syntax_error(p, "package statement must be first");
        f->file.name = parse_new_ident(P_POS(p), intern_cstr("_"));
        return f;
    }
    for (int i = 0; i < p->pragma.len; i++) {
        LexDirective *d = VEC_AT(p->pragma, i);
        if (strncmp(d->text, "go:build", 8) != 0 && parse_pragma_is_known(d->text))
            diag_error(d->pos, "misplaced compiler directive");
    }
    f->file.directives = parse_take_pragma(p);
    f->file.name = parse_name(p);
    parse_want(p, T_SEMICOLON);
    if (parse_has_errors(p)) return f; /* don't bother continuing if the package clause is bad */

    /* { ImportDecl ";" } */
    while (P_TOK(p) == T_IMPORT) {
        Pos kwpos = P_POS(p);
        parse_next(p);
        vec_push(&f->file.decls, parse_gen_decl_imports(p, T_IMPORT, kwpos, &f->file.imports));
        parse_want(p, T_SEMICOLON);
    }

    /* { TopLevelDecl ";" } */
    while (P_TOK(p) != T_EOF) {
        Pos kwpos = P_POS(p);
        switch (P_TOK(p)) {
        case T_CONST:
        case T_TYPE:
        case T_VAR: {
            TokKind kw = P_TOK(p);
            parse_next(p);
            vec_push(&f->file.decls, parse_gen_decl(p, kw, kwpos));
            break;
        }
        case T_FUNC: {
            parse_next(p);
            Node *d = parse_func_decl_or_nil(p, kwpos);
            if (d) vec_push(&f->file.decls, d);
            break;
        }
        default: {
            Node *last = f->file.decls.len ? VEC_AT(f->file.decls, f->file.decls.len - 1) : NULL;
            if (P_TOK(p) == T_LBRACE && last && last->kind == N_FUNCDECL && !last->funcdecl.body)
                /* the { of a function body on the next line */
                parse_syntax_error(p, "unexpected semicolon or newline before {");
            else
                parse_syntax_error(p, "non-declaration statement outside function body");
            parse_advance(p, T_CONST, T_TYPE, T_VAR, T_FUNC);
            continue;
        }
        }

        /* forget directives that did not go with the declaration before
         * consuming the ";" (comments before it belong to the next one) */
        parse_clear_pragma(p);
        if (P_TOK(p) != T_EOF && !parse_got(p, T_SEMICOLON)) {
            parse_syntax_error(p, "after top level declaration");
            parse_advance(p, T_CONST, T_TYPE, T_VAR, T_FUNC);
        }
    }
    parse_clear_pragma(p);
    return f;
}
