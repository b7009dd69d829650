/* parser_stmt.c: Go 1.19's statements, parsed the way gc parses them
 * (cmd/compile/internal/syntax/parser.go) so that syntax errors come out
 * with gc's wording and positions; builds go/ast-shaped statement nodes.
 *
 * gc parses the headers of if, for and switch statements as "simple
 * statements" and sorts out afterwards what they were (a condition, a
 * range clause, a type switch guard); so does this file. */
#include "parser.h"

#include <string.h>

static Node *parse_stmt_or_nil(Parser *p);
static Vec parse_stmt_list(Parser *p);

/* ---- simple statements ------------------------------------------------ */

/* The pieces of a range clause until the for statement gets its body. */
static Node *parse_range_clause(Parser *p, Vec *lhs, TokKind tok, Pos tok_pos) {
    Node *r = ast_new(N_RANGESTMT, P_POS(p));
    r->rangestmt.range_pos = P_POS(p);
    parse_next(p); /* range */
    r->rangestmt.tok = T_ILLEGAL;
    if (lhs) {
        r->rangestmt.tok = tok;
        r->rangestmt.tok_pos = tok_pos;
        r->rangestmt.key = VEC_AT(*lhs, 0);
        if (lhs->len > 1) r->rangestmt.value = VEC_AT(*lhs, 1);
        if (lhs->len > 2) {
            Node *extra = VEC_AT(*lhs, 2);
            parse_error_at(p, extra->pos, "range clause permits at most two iteration variables");
        }
    }
    r->rangestmt.x = parse_expr(p);
    return r;
}

static bool is_assign_op(TokKind t) {
    return t >= T_ADD_ASSIGN && t <= T_AND_NOT_ASSIGN;
}

static Node *new_expr_stmt(Node *x) {
    Node *s = ast_new(N_EXPRSTMT, x->pos);
    s->exprstmt.x = x;
    return s;
}

/* SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt |
 *              Assignment | ShortVarDecl .
 * keyword is the statement whose header this is (T_FOR permits a range
 * clause), or T_ILLEGAL. lhs is the already parsed expression list, if
 * any. */
static Node *parse_simple_stmt(Parser *p, Vec *lhs, TokKind keyword) {
    if (keyword == T_FOR && P_TOK(p) == T_RANGE)
        return parse_range_clause(p, NULL, T_ILLEGAL, P_POS(p));

    Vec list;
    if (!lhs) {
        list = parse_expr_list(p);
        lhs = &list;
    }
    Node *x0 = VEC_AT(*lhs, 0);

    if (lhs->len == 1 && P_TOK(p) != T_ASSIGN && P_TOK(p) != T_DEFINE) {
        Pos pos = P_POS(p);
        TokKind t = P_TOK(p);
        if (is_assign_op(t)) {
            parse_next(p);
            Node *s = ast_new(N_ASSIGNSTMT, x0->pos);
            s->assign.lhs = *lhs;
            s->assign.tok = t;
            s->assign.tok_pos = pos;
            vec_push(&s->assign.rhs, parse_expr(p));
            return s;
        }
        if (t == T_INC || t == T_DEC) {
            parse_next(p);
            Node *s = ast_new(N_INCDECSTMT, x0->pos);
            s->incdec.x = x0;
            s->incdec.tok = t;
            s->incdec.tok_pos = pos;
            return s;
        }
        if (t == T_ARROW) {
            parse_next(p);
            Node *s = ast_new(N_SENDSTMT, x0->pos);
            s->send.chan = x0;
            s->send.arrow = pos;
            s->send.value = parse_expr(p);
            return s;
        }
        return new_expr_stmt(x0);
    }

    if (P_TOK(p) == T_ASSIGN || P_TOK(p) == T_DEFINE) {
        Pos pos = P_POS(p);
        TokKind t = P_TOK(p);
        parse_next(p);
        if (keyword == T_FOR && P_TOK(p) == T_RANGE) return parse_range_clause(p, lhs, t, pos);
        Node *s = ast_new(N_ASSIGNSTMT, x0->pos);
        s->assign.lhs = *lhs;
        s->assign.tok = t;
        s->assign.tok_pos = pos;
        s->assign.rhs = parse_expr_list(p);
        return s;
    }

    parse_syntax_error(p, "expecting := or = or comma");
    parse_advance(p, T_SEMICOLON, T_RBRACE);
    return new_expr_stmt(x0);
}

/* x := y.(type) in a switch header. */
static bool is_type_switch_guard(const Node *s) {
    if (s->kind == N_EXPRSTMT) {
        const Node *x = s->exprstmt.x;
        return x->kind == N_TYPEASSERT && !x->typeassert.type;
    }
    if (s->kind == N_ASSIGNSTMT && s->assign.tok == T_DEFINE && s->assign.lhs.len == 1 &&
        s->assign.rhs.len == 1) {
        const Node *l = VEC_AT(s->assign.lhs, 0);
        const Node *r = VEC_AT(s->assign.rhs, 0);
        return l->kind == N_IDENT && r->kind == N_TYPEASSERT && !r->typeassert.type;
    }
    return false;
}

static const char *list_string(const Vec *v) {
    const char *s = "";
    for (int i = 0; i < v->len; i++)
        s = arena_printf("%s%s%s", s, i ? ", " : "", ast_expr_string_types2(VEC_AT(*v, i)));
    return s;
}

/* gc's spelling of a simple statement in "cannot use ... as value". */
static const char *simple_stmt_string(const Node *s) {
    switch (s->kind) {
    case N_ASSIGNSTMT:
        if (s->assign.tok == T_ASSIGN)
            return arena_printf("assignment (%s) = (%s)", list_string(&s->assign.lhs),
                                list_string(&s->assign.rhs));
        return arena_printf("%s %s %s", list_string(&s->assign.lhs), tok_string(s->assign.tok),
                            list_string(&s->assign.rhs));
    case N_INCDECSTMT:
        return arena_printf("%s%s", ast_expr_string_types2(s->incdec.x), tok_string(s->incdec.tok));
    case N_SENDSTMT:
        return arena_printf("%s <- %s", ast_expr_string_types2(s->send.chan),
                            ast_expr_string_types2(s->send.value));
    case N_RANGESTMT: return arena_printf("range %s", ast_expr_string_types2(s->rangestmt.x));
    default: return "statement";
    }
}

/* ---- if, for, switch, select ------------------------------------------ */

typedef struct Header {
    Node *init;
    Node *cond;      /* expression, or NULL */
    Node *cond_stmt; /* for switch: the statement cond came from */
    Node *post;
} Header;

/* The header of an if, for or switch statement, up to the "{". The keyword
 * has been consumed. For a for statement, init may be a range clause. */
static Header parse_header(Parser *p, TokKind keyword) {
    Header h = {0};
    if (P_TOK(p) == T_LBRACE) {
        if (keyword == T_IF) {
            parse_syntax_error(p, "missing condition in if statement");
            h.cond = parse_bad(p);
        }
        return h;
    }

    int outer = p->xnest;
    p->xnest = -1;

    if (P_TOK(p) != T_SEMICOLON) {
        /* accept potential var declaration but complain */
        if (parse_got(p, T_VAR))
            parse_syntax_error(p, arena_printf("var declaration not allowed in %s initializer",
                                               parse_tokstring(keyword)));
        h.init = parse_simple_stmt(p, NULL, keyword);
        if (h.init->kind == N_RANGESTMT) {
            p->xnest = outer;
            return h;
        }
    }

    Node *cond_stmt = NULL;
    Pos semi_pos = {0};
    const char *semi_lit = NULL;
    if (P_TOK(p) != T_LBRACE) {
        if (P_TOK(p) == T_SEMICOLON) {
            semi_pos = P_POS(p);
            semi_lit = p->lx.lit;
            parse_next(p);
        } else {
            /* asking for a '{' rather than a ';' here leads to a better
             * error message */
            parse_want(p, T_LBRACE);
            if (P_TOK(p) != T_LBRACE) parse_advance(p, T_LBRACE, T_RBRACE);
        }
        if (keyword == T_FOR) {
            if (P_TOK(p) != T_SEMICOLON) {
                if (P_TOK(p) == T_LBRACE) {
                    parse_syntax_error(p, "expecting for loop condition");
                    goto done;
                }
                cond_stmt = parse_simple_stmt(p, NULL, T_ILLEGAL);
            }
            parse_want(p, T_SEMICOLON);
            if (P_TOK(p) != T_LBRACE) {
                h.post = parse_simple_stmt(p, NULL, T_ILLEGAL);
                if (h.post->kind == N_ASSIGNSTMT && h.post->assign.tok == T_DEFINE)
                    parse_syntax_error_at(p, h.post->assign.tok_pos,
                                          "cannot declare in post statement of for loop");
            }
        } else if (P_TOK(p) != T_LBRACE) {
            cond_stmt = parse_simple_stmt(p, NULL, keyword);
        }
    } else {
        cond_stmt = h.init;
        h.init = NULL;
    }

done:
    if (!cond_stmt) {
        if (keyword == T_IF && pos_valid(semi_pos)) {
            if (strcmp(semi_lit, "semicolon") != 0)
                parse_syntax_error_at(
                    p, semi_pos,
                    arena_printf("unexpected %s, expecting { after if clause", semi_lit));
            else
                parse_syntax_error_at(p, semi_pos, "missing condition in if statement");
            h.cond = ast_new(N_BAD, semi_pos);
        }
    } else if (keyword == T_SWITCH && is_type_switch_guard(cond_stmt)) {
        h.cond_stmt = cond_stmt;
    } else if (cond_stmt->kind == N_EXPRSTMT) {
        h.cond = cond_stmt->exprstmt.x;
        h.cond_stmt = cond_stmt;
    } else {
        parse_syntax_error_at(
            p, parse_gc_pos(cond_stmt),
            arena_printf("cannot use %s as value", simple_stmt_string(cond_stmt)));
        h.cond = ast_new(N_BAD, cond_stmt->pos);
    }
    p->xnest = outer;
    return h;
}

/* IfStmt = "if" [ SimpleStmt ";" ] Expression Block [ "else" ( IfStmt | Block ) ] . */
static Node *parse_if_stmt(Parser *p) {
    Node *s = ast_new(N_IFSTMT, P_POS(p));
    parse_want(p, T_IF);
    Header h = parse_header(p, T_IF);
    s->ifstmt.init = h.init;
    s->ifstmt.cond = h.cond ? h.cond : ast_new(N_BAD, s->pos);
    s->ifstmt.body = parse_block_stmt(p, "if clause");
    if (parse_got(p, T_ELSE)) {
        switch (P_TOK(p)) {
        case T_IF: s->ifstmt.els = parse_if_stmt(p); break;
        case T_LBRACE: s->ifstmt.els = parse_block_stmt(p, ""); break;
        default:
            parse_syntax_error(p, "else must be followed by if or statement block");
            parse_advance(p, T_IDENT, T_RBRACE);
        }
    }
    return s;
}

/* ForStmt = "for" [ Condition | ForClause | RangeClause ] Block . */
static Node *parse_for_stmt(Parser *p) {
    Pos pos = P_POS(p);
    parse_want(p, T_FOR);
    Header h = parse_header(p, T_FOR);
    if (h.init && h.init->kind == N_RANGESTMT) {
        Node *r = h.init;
        r->pos = pos;
        r->rangestmt.body = parse_block_stmt(p, "for clause");
        return r;
    }
    Node *s = ast_new(N_FORSTMT, pos);
    s->forstmt.init = h.init;
    s->forstmt.cond = h.cond;
    s->forstmt.post = h.post;
    s->forstmt.body = parse_block_stmt(p, "for clause");
    return s;
}

/* ExprCaseClause = ExprSwitchCase ":" StatementList .
 * ExprSwitchCase = "case" ExpressionList | "default" . */
static Node *parse_case_clause(Parser *p) {
    Node *c = ast_new(N_CASECLAUSE, P_POS(p));
    switch (P_TOK(p)) {
    case T_CASE:
        parse_next(p);
        c->caseclause.list = parse_expr_list(p);
        break;
    case T_DEFAULT:
        parse_next(p);
        c->caseclause.is_default = true;
        break;
    default:
        parse_syntax_error(p, "expecting case or default or }");
        parse_advance(p, T_COLON, T_CASE, T_DEFAULT, T_RBRACE);
    }
    c->caseclause.colon = P_POS(p);
    parse_want(p, T_COLON);
    c->caseclause.body = parse_stmt_list(p);
    return c;
}

/* CommClause = CommCase ":" StatementList .
 * CommCase   = "case" ( SendStmt | RecvStmt ) | "default" . */
static Node *parse_comm_clause(Parser *p) {
    Node *c = ast_new(N_COMMCLAUSE, P_POS(p));
    switch (P_TOK(p)) {
    case T_CASE:
        parse_next(p);
        /* only lhs <- x, <-x, lhs = <-x and lhs := <-x are valid; the
         * checker rejects the rest */
        c->commclause.comm = parse_simple_stmt(p, NULL, T_ILLEGAL);
        break;
    case T_DEFAULT: parse_next(p); break;
    default:
        parse_syntax_error(p, "expecting case or default or }");
        parse_advance(p, T_COLON, T_CASE, T_DEFAULT, T_RBRACE);
    }
    c->commclause.colon = P_POS(p);
    parse_want(p, T_COLON);
    c->commclause.body = parse_stmt_list(p);
    return c;
}

/* The "{" { clause } "}" of a switch or select. */
static Node *parse_clauses(Parser *p, const char *missing, bool comm) {
    Node *body = ast_new(N_BLOCKSTMT, P_POS(p));
    if (!parse_got(p, T_LBRACE)) {
        parse_syntax_error(p, missing);
        parse_advance(p, T_CASE, T_DEFAULT, T_RBRACE);
    }
    while (P_TOK(p) != T_EOF && P_TOK(p) != T_RBRACE)
        vec_push(&body->block.list, comm ? parse_comm_clause(p) : parse_case_clause(p));
    body->block.rbrace = P_POS(p);
    parse_want(p, T_RBRACE);
    return body;
}

/* SwitchStmt = ExprSwitchStmt | TypeSwitchStmt . */
static Node *parse_switch_stmt(Parser *p) {
    Pos pos = P_POS(p);
    parse_want(p, T_SWITCH);
    Header h = parse_header(p, T_SWITCH);
    Node *s;
    if (h.cond_stmt && is_type_switch_guard(h.cond_stmt)) {
        s = ast_new(N_TYPESWITCHSTMT, pos);
        s->typeswitch.init = h.init;
        s->typeswitch.assign = h.cond_stmt;
        s->typeswitch.body = parse_clauses(p, "missing { after switch clause", false);
    } else {
        s = ast_new(N_SWITCHSTMT, pos);
        s->switchstmt.init = h.init;
        s->switchstmt.tag = h.cond;
        s->switchstmt.body = parse_clauses(p, "missing { after switch clause", false);
    }
    return s;
}

/* SelectStmt = "select" "{" { CommClause } "}" . */
static Node *parse_select_stmt(Parser *p) {
    Node *s = ast_new(N_SELECTSTMT, P_POS(p));
    parse_want(p, T_SELECT);
    s->selectstmt.body = parse_clauses(p, "missing { after select clause", true);
    return s;
}

/* ---- other statements ------------------------------------------------- */

/* Block = "{" StatementList "}" . */
Node *parse_block_stmt(Parser *p, const char *context) {
    Node *s = ast_new(N_BLOCKSTMT, P_POS(p));
    if (!parse_got(p, T_LBRACE)) {
        parse_syntax_error(p, arena_printf("expecting { after %s", context));
        parse_advance(p, T_IDENT, T_RBRACE);
        s->block.rbrace = P_POS(p);
        if (parse_got(p, T_RBRACE)) return s;
    }
    s->block.list = parse_stmt_list(p);
    s->block.rbrace = P_POS(p);
    parse_want(p, T_RBRACE);
    return s;
}

/* LabeledStmt = Label ":" Statement . */
static Node *parse_labeled_stmt_or_nil(Parser *p, Node *label) {
    Node *s = ast_new(N_LABELEDSTMT, label->pos);
    s->labeled.label = label;
    Pos colon = P_POS(p);
    parse_want(p, T_COLON);
    if (P_TOK(p) == T_RBRACE) {
        /* a label at the end of a block: the statement is empty */
        Node *e = ast_new(N_EMPTYSTMT, P_POS(p));
        e->emptystmt.implicit = true;
        s->labeled.stmt = e;
        return s;
    }
    s->labeled.stmt = parse_stmt_or_nil(p);
    if (s->labeled.stmt) return s;
    /* report the error at the colon; returning NULL avoids follow-on errors */
    parse_syntax_error_at(p, colon, "missing statement after label");
    return NULL;
}

/* GoStmt = "go" Expression . DeferStmt = "defer" Expression . */
static Node *parse_call_stmt(Parser *p) {
    TokKind kw = P_TOK(p);
    Node *s = ast_new(kw == T_GO ? N_GOSTMT : N_DEFERSTMT, P_POS(p));
    parse_next(p);
    Node *x = parse_pexpr(p, NULL, P_TOK(p) == T_LPAREN);
    Node *t = ast_unparen(x);
    if (t != x) {
        parse_error_at(p, x->pos, "expression in %s must not be parenthesized", tok_string(kw));
        x = t;
    }
    if (x->kind != N_CALL) {
        parse_error_at(p, parse_gc_pos(x), "expression in %s must be function call",
                       tok_string(kw));
        /* assume the common mistake of leaving out the parentheses */
        Node *cx = ast_new(N_CALL, x->pos);
        cx->call.fun = x;
        cx->call.lparen = x->pos;
        cx->call.rparen = x->pos;
        x = cx;
    }
    s->gostmt.call = x;
    return s;
}

static Node *parse_decl_stmt(Parser *p) {
    Node *s = ast_new(N_DECLSTMT, P_POS(p));
    TokKind kw = P_TOK(p);
    parse_next(p);
    s->declstmt.decl = parse_gen_decl(p, kw, s->pos);
    return s;
}

static Node *new_branch(Parser *p, TokKind tok) {
    Node *s = ast_new(N_BRANCHSTMT, P_POS(p));
    s->branch.tok = tok;
    parse_next(p);
    return s;
}

/* Statement = Declaration | LabeledStmt | SimpleStmt | GoStmt | ReturnStmt |
 *             BreakStmt | ContinueStmt | GotoStmt | FallthroughStmt | Block |
 *             IfStmt | SwitchStmt | SelectStmt | ForStmt | DeferStmt .
 * Returns NULL if there is no statement here. */
static Node *parse_stmt_or_nil(Parser *p) {
    /* most statements start with a name: handle them first */
    if (P_TOK(p) == T_IDENT) {
        parse_clear_pragma(p);
        Vec lhs = parse_expr_list(p);
        Node *x0 = VEC_AT(lhs, 0);
        if (lhs.len == 1 && x0->kind == N_IDENT && P_TOK(p) == T_COLON)
            return parse_labeled_stmt_or_nil(p, x0);
        return parse_simple_stmt(p, &lhs, T_ILLEGAL);
    }

    switch (P_TOK(p)) {
    case T_VAR:
    case T_CONST:
    case T_TYPE: return parse_decl_stmt(p);
    default: break;
    }

    parse_clear_pragma(p);

    switch (P_TOK(p)) {
    case T_LBRACE: return parse_block_stmt(p, "");
    case T_ADD:
    case T_SUB:
    case T_MUL:
    case T_AND:
    case T_XOR:
    case T_NOT:
    case T_INT:
    case T_FLOAT:
    case T_IMAG:
    case T_CHAR:
    case T_STRING:
    case T_FUNC:
    case T_LPAREN:
    case T_LBRACK:
    case T_STRUCT:
    case T_MAP:
    case T_CHAN:
    case T_INTERFACE:
    case T_ARROW: return parse_simple_stmt(p, NULL, T_ILLEGAL);
    case T_FOR: return parse_for_stmt(p);
    case T_SWITCH: return parse_switch_stmt(p);
    case T_SELECT: return parse_select_stmt(p);
    case T_IF: return parse_if_stmt(p);
    case T_FALLTHROUGH: return new_branch(p, T_FALLTHROUGH);
    case T_BREAK:
    case T_CONTINUE: {
        Node *s = new_branch(p, P_TOK(p));
        if (P_TOK(p) == T_IDENT) s->branch.label = parse_name(p);
        return s;
    }
    case T_GO:
    case T_DEFER: return parse_call_stmt(p);
    case T_GOTO: {
        Node *s = new_branch(p, T_GOTO);
        s->branch.label = parse_name(p);
        return s;
    }
    case T_RETURN: {
        Node *s = ast_new(N_RETURNSTMT, P_POS(p));
        parse_next(p);
        if (P_TOK(p) != T_SEMICOLON && P_TOK(p) != T_RBRACE) s->ret.results = parse_expr_list(p);
        return s;
    }
    case T_SEMICOLON: {
        Node *s = ast_new(N_EMPTYSTMT, P_POS(p));
        s->emptystmt.implicit = strcmp(p->lx.lit, "semicolon") != 0;
        return s;
    }
    default: return NULL;
    }
}

/* StatementList = { Statement ";" } . */
static Vec parse_stmt_list(Parser *p) {
    Vec list = {0};
    while (P_TOK(p) != T_EOF && P_TOK(p) != T_RBRACE && P_TOK(p) != T_CASE &&
           P_TOK(p) != T_DEFAULT) {
        Node *s = parse_stmt_or_nil(p);
        parse_clear_pragma(p);
        if (!s) break;
        vec_push(&list, s);
        /* ";" is optional before "}" */
        if (!parse_got(p, T_SEMICOLON) && P_TOK(p) != T_RBRACE) {
            parse_syntax_error(p, "at end of statement");
            parse_advance(p, T_SEMICOLON, T_RBRACE, T_CASE, T_DEFAULT);
            parse_got(p, T_SEMICOLON); /* avoid a spurious empty statement */
        }
    }
    return list;
}
