/* parser.h: what the parser's files share. Internal to the parser.
 *
 * The parser (parser.c: names, types, expressions; parser_decl.c: files
 * and declarations; parser_stmt.c: statements) is a recursive-descent
 * parser modelled on gc's (cmd/compile/internal/syntax/parser.go), so that
 * it makes the same decisions in the same order and therefore reports the
 * same syntax errors at the same positions; it builds go/ast-shaped nodes
 * (ast.h). */
#ifndef ESCGO_PARSER_H
#define ESCGO_PARSER_H

#include "lexer.h"

typedef struct Parser {
    Lexer lx;
    int fnest;    /* function nesting level (for error recovery) */
    int xnest;    /* expression nesting level: < 0 in if/for/switch headers,
                     where T{ is not a composite literal */
    int nerrors;  /* errors reported by the parser itself */
    Vec pragma;   /* pending //go: directives (LexDirective *) */
    bool lit_bad; /* the last literal parsed had a lexical error */
} Parser;

/* A pseudo token for parse_advance: stop at any operator. */
#define P_ANY_OP T_COUNT

#define P_TOK(p) ((p)->lx.tok)
#define P_POS(p) ((p)->lx.pos)

/* ---- parser.c: tokens and errors ---- */
void parse_next(Parser *p);
bool parse_got(Parser *p, TokKind tok);
void parse_want(Parser *p, TokKind tok);
bool parse_got_assign(Parser *p);
bool parse_has_errors(const Parser *p);
void parse_error_at(Parser *p, Pos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void parse_syntax_error_at(Parser *p, Pos pos, const char *msg);
void parse_syntax_error(Parser *p, const char *msg);
void parse_advance_list(Parser *p, const int *follow, int n);
#define parse_advance(p, ...)                                                                      \
    parse_advance_list((p), (const int[]){__VA_ARGS__},                                            \
                       (int)(sizeof((const int[]){__VA_ARGS__}) / sizeof(int)))
void parse_advance_one(Parser *p);
const char *parse_tokstring(TokKind tok);
/* Reports unused pending directives as misplaced and forgets them. */
void parse_clear_pragma(Parser *p);
Vec parse_take_pragma(Parser *p);
/* Where gc's syntax tree would put node n (its Pos()). */
Pos parse_gc_pos(const Node *n);

/* ---- parser.c: names, types, expressions ---- */
Node *parse_new_ident(Pos pos, const char *name);
Node *parse_new_star(Pos pos, Node *x);
FieldList *parse_new_fieldlist(FieldList fl);
bool parse_pragma_is_known(const char *text);
Vec parse_name_list(Parser *p, Node *first);
Node *parse_oliteral(Parser *p);
FieldList parse_param_list(Parser *p, Pos opening, Node *name, Node *typ, TokKind close,
                           bool require_names);
Node *parse_func_type(Parser *p, const char *context, Pos pos);
Node *parse_binary_expr(Parser *p, Node *x, int prec);
Node *parse_array_type(Parser *p, Pos pos, Node *len);
Node *parse_slice_type(Parser *p, Pos pos);
Node *parse_name(Parser *p);
Node *parse_expr(Parser *p);
Vec parse_expr_list(Parser *p);
Node *parse_type(Parser *p);
Node *parse_type_or_nil(Parser *p);
Node *parse_func_body(Parser *p);
Node *parse_bad(Parser *p);
Node *parse_pexpr(Parser *p, Node *x, bool keep_parens);
Pos parse_list(Parser *p, const char *context, TokKind sep, TokKind close,
               bool (*f)(Parser *, void *), void *arg);

/* ---- parser_decl.c ---- */
/* Declaration = ConstDecl | TypeDecl | VarDecl; the keyword is consumed. */
Node *parse_gen_decl(Parser *p, TokKind kw, Pos kwpos);

/* ---- parser_stmt.c ---- */
Node *parse_block_stmt(Parser *p, const char *context);

#endif
