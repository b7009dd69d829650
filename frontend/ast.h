/* ast.h: tokens and the syntax tree.
 *
 * The tree mirrors Go's own go/ast package node for node (same names, same
 * fields, same meaning), so that anyone who knows go/ast can read it. Every
 * node is one tagged union (Node); lists of nodes are Vecs of Node*.
 *
 * The checker fills in the "typed" fields (type, mode, cval, obj, ...); later
 * stages only read them. escape/ records its decisions in the esc fields. */
#ifndef ESCGO_AST_H
#define ESCGO_AST_H

#include "common.h"

/* ---- tokens (go/token) ------------------------------------------------ */

typedef enum TokKind {
    T_ILLEGAL,
    T_EOF,
    T_COMMENT,

    /* literals */
    T_IDENT,
    T_INT,
    T_FLOAT,
    T_IMAG,
    T_CHAR,
    T_STRING,

    /* operators */
    T_ADD,     /* + */
    T_SUB,     /* - */
    T_MUL,     /* * */
    T_QUO,     /* / */
    T_REM,     /* % */
    T_AND,     /* & */
    T_OR,      /* | */
    T_XOR,     /* ^ */
    T_SHL,     /* << */
    T_SHR,     /* >> */
    T_AND_NOT, /* &^ */

    T_ADD_ASSIGN,
    T_SUB_ASSIGN,
    T_MUL_ASSIGN,
    T_QUO_ASSIGN,
    T_REM_ASSIGN,
    T_AND_ASSIGN,
    T_OR_ASSIGN,
    T_XOR_ASSIGN,
    T_SHL_ASSIGN,
    T_SHR_ASSIGN,
    T_AND_NOT_ASSIGN,

    T_LAND,  /* && */
    T_LOR,   /* || */
    T_ARROW, /* <- */
    T_INC,   /* ++ */
    T_DEC,   /* -- */

    T_EQL,    /* == */
    T_LSS,    /* < */
    T_GTR,    /* > */
    T_ASSIGN, /* = */
    T_NOT,    /* ! */

    T_NEQ,      /* != */
    T_LEQ,      /* <= */
    T_GEQ,      /* >= */
    T_DEFINE,   /* := */
    T_ELLIPSIS, /* ... */

    T_LPAREN,
    T_LBRACK,
    T_LBRACE,
    T_COMMA,
    T_PERIOD,
    T_RPAREN,
    T_RBRACK,
    T_RBRACE,
    T_SEMICOLON,
    T_COLON,
    T_TILDE, /* ~ (type constraints) */

    /* keywords */
    T_BREAK,
    T_CASE,
    T_CHAN,
    T_CONST,
    T_CONTINUE,
    T_DEFAULT,
    T_DEFER,
    T_ELSE,
    T_FALLTHROUGH,
    T_FOR,
    T_FUNC,
    T_GO,
    T_GOTO,
    T_IF,
    T_IMPORT,
    T_INTERFACE,
    T_MAP,
    T_PACKAGE,
    T_RANGE,
    T_RETURN,
    T_SELECT,
    T_STRUCT,
    T_SWITCH,
    T_TYPE,
    T_VAR,

    T_COUNT
} TokKind;

/* The token's spelling as gc prints it ("+", "func", "name" for T_IDENT). */
const char *tok_string(TokKind k);
/* Binary operator precedence as in the spec (5 highest), 0 if not binary. */
int tok_precedence(TokKind k);

/* ---- nodes ------------------------------------------------------------ */

typedef enum NodeKind {
    N_BAD,

    /* expressions */
    N_IDENT,        /* name */
    N_BASICLIT,     /* 1, 2.0, 3i, 'c', "s" */
    N_COMPOSITELIT, /* T{...} */
    N_FUNCLIT,      /* func(...) {...} */
    N_PAREN,        /* (x) */
    N_SELECTOR,     /* x.sel */
    N_INDEX,        /* x[i] or, for generics, x[i, j] (index.indices) */
    N_SLICE,        /* x[lo:hi:max] */
    N_TYPEASSERT,   /* x.(T), or x.(type) in a type switch (type == NULL) */
    N_CALL,         /* f(args) */
    N_STAR,         /* *x: dereference or pointer type */
    N_UNARY,        /* op x (+ - ! ^ & <-, and ~ in constraints) */
    N_BINARY,       /* x op y */
    N_KEYVALUE,     /* key: value in composite literals */

    /* types */
    N_ARRAYTYPE, /* [len]elt, [...]elt (len is N_ELLIPSIS), []elt (len NULL) */
    N_STRUCTTYPE,
    N_FUNCTYPE,
    N_INTERFACETYPE,
    N_MAPTYPE,
    N_CHANTYPE,
    N_ELLIPSIS, /* ...elt in a parameter list, or [...] */
    N_FIELD,    /* one entry of a FieldList: names type `tag` */

    /* statements */
    N_BADSTMT,
    N_DECLSTMT,
    N_EMPTYSTMT,
    N_LABELEDSTMT,
    N_EXPRSTMT,
    N_SENDSTMT,
    N_INCDECSTMT,
    N_ASSIGNSTMT,
    N_GOSTMT,
    N_DEFERSTMT,
    N_RETURNSTMT,
    N_BRANCHSTMT, /* break continue goto fallthrough */
    N_BLOCKSTMT,
    N_IFSTMT,
    N_CASECLAUSE,
    N_SWITCHSTMT,
    N_TYPESWITCHSTMT,
    N_COMMCLAUSE,
    N_SELECTSTMT,
    N_FORSTMT,
    N_RANGESTMT,

    /* declarations */
    N_IMPORTSPEC,
    N_VALUESPEC,
    N_TYPESPEC,
    N_GENDECL,
    N_FUNCDECL,
    N_FILE,

    N_KIND_COUNT
} NodeKind;

typedef struct Node Node;
typedef struct Type Type;
typedef struct Object Object;
typedef struct ConstVal ConstVal;
typedef struct Scope Scope;
typedef struct Selection Selection;
typedef struct Package Package;

/* How the checker classified an expression (go/types operand modes). */
typedef enum ExprMode {
    MODE_INVALID = 0, /* not checked, or erroneous */
    MODE_NOVALUE,     /* call of a function without results */
    MODE_BUILTIN,     /* a builtin function name (len, append, ...) */
    MODE_TYPEXPR,     /* the expression denotes a type */
    MODE_CONSTANT,    /* cval holds its value */
    MODE_VARIABLE,    /* addressable */
    MODE_MAPINDEX,    /* m[k]: assignable but not addressable */
    MODE_VALUE,       /* a computed value */
    MODE_COMMAOK,     /* may be used in a v, ok context (map index, x.(T), <-ch) */
} ExprMode;

/* What a call expression really is, decided by the checker. */
typedef enum CallKind {
    CALL_UNKNOWN = 0,
    CALL_FUNC,       /* ordinary call: function, method, or func value */
    CALL_CONVERSION, /* T(x) */
    CALL_BUILTIN,    /* len(x), append(...), ... (see Object.builtin) */
} CallKind;

/* A field list: parameters, results, struct fields, interface methods. */
typedef struct FieldList {
    Pos opening; /* position of ( or {, invalid if absent */
    Vec list;    /* of N_FIELD */
    Pos closing;
} FieldList;

struct Node {
    NodeKind kind;
    Pos pos; /* where gc reports this node: see the comment on each kind */

    /* ---- filled in by the checker (expressions) ---- */
    ExprMode mode;
    Type *type;     /* the expression's type (the default type is NOT applied
                       to untyped constants, as in go/types' Types map before
                       recording; see check_*.c for when it is final) */
    ConstVal *cval; /* the value when mode == MODE_CONSTANT */

    union {
        /* N_IDENT. pos: start of the name */
        struct {
            const char *name; /* interned; "_" for blank */
            Object *obj;      /* what the name denotes or defines (checker) */
        } ident;

        /* N_BASICLIT. pos: start of the literal */
        struct {
            TokKind kind;      /* T_INT, T_FLOAT, T_IMAG, T_CHAR, T_STRING */
            const char *value; /* literal source text, e.g. "0x1p-2", "`raw`" */
        } lit;

        /* N_COMPOSITELIT. pos: start of the type, or the { if elided */
        struct {
            Node *type; /* NULL when elided in an outer literal */
            Vec elts;   /* expressions or N_KEYVALUE */
            Pos lbrace, rbrace;
            bool incomplete;
        } complit;

        /* N_FUNCLIT. pos: the "func" keyword */
        struct {
            Node *type; /* N_FUNCTYPE */
            Node *body; /* N_BLOCKSTMT */
            struct FuncInfo *info; /* checker: captured variables etc. */
        } funclit;

        /* N_PAREN. pos: the ( */
        struct {
            Node *x;
            Pos rparen;
        } paren;

        /* N_SELECTOR. pos: the start of x (as go/ast; gc reports selector
         * errors at the dot, see sel_pos) */
        struct {
            Node *x;
            Node *sel; /* N_IDENT */
            Selection *selection; /* checker: field/method info, or NULL for a
                                     qualified identifier pkg.Name */
        } selector;

        /* N_INDEX. pos: start of x. index is the first index; indices holds
         * all of them when there are several (generic instantiation). */
        struct {
            Node *x;
            Node *index;
            Vec indices;
            Pos lbrack, rbrack;
        } index;

        /* N_SLICE. pos: start of x */
        struct {
            Node *x;
            Node *low, *high, *max; /* may be NULL */
            bool slice3;
            Pos lbrack, rbrack;
        } slice;

        /* N_TYPEASSERT. pos: start of x */
        struct {
            Node *x;
            Node *type; /* NULL means x.(type) */
            Pos lparen, rparen;
        } typeassert;

        /* N_CALL. pos: start of fun. gc reports call errors at the ( or at
         * the fun; see lparen. */
        struct {
            Node *fun;
            Vec args;
            Pos lparen, rparen;
            bool has_ellipsis; /* f(x...) */
            Pos ellipsis;
            CallKind call_kind; /* checker */
            /* codegen: a uintptr(unsafe.Pointer) conversion written as a
             * call argument, whose object the call keeps alive */
            bool keepalive;
        } call;

        /* N_STAR. pos: the * */
        struct {
            Node *x;
        } star;

        /* N_UNARY. pos: the operator */
        struct {
            TokKind op;
            Node *x;
        } unary;

        /* N_BINARY. pos: start of x (go/ast); op_pos: the operator, where gc
         * reports binary-expression errors */
        struct {
            Node *x;
            TokKind op;
            Pos op_pos;
            Node *y;
        } binary;

        /* N_KEYVALUE. pos: start of key */
        struct {
            Node *key;
            Pos colon;
            Node *value;
        } keyvalue;

        /* N_ARRAYTYPE. pos: the [ */
        struct {
            Node *len; /* NULL for a slice type; N_ELLIPSIS for [...]T */
            Node *elt;
        } arraytype;

        /* N_STRUCTTYPE. pos: the "struct" keyword */
        struct {
            FieldList fields;
        } structtype;

        /* N_FUNCTYPE. pos: the "func" keyword, or the ( when there is none
         * (method signatures in interfaces, FuncDecl types use the keyword) */
        struct {
            FieldList *typeparams; /* NULL if none */
            FieldList params;
            FieldList *results; /* NULL if none */
        } functype;

        /* N_INTERFACETYPE. pos: the "interface" keyword. methods holds
         * N_FIELDs: a method (names[0] + N_FUNCTYPE), an embedded
         * interface/type (no names), or a constraint union (no names,
         * type is an N_BINARY with T_OR or an N_UNARY with T_TILDE). */
        struct {
            FieldList methods;
        } interfacetype;

        /* N_MAPTYPE. pos: the "map" keyword */
        struct {
            Node *key, *value;
        } maptype;

        /* N_CHANTYPE. pos: "chan" or "<-", whichever comes first */
        struct {
            int dir; /* 3 = both, 1 = send only (chan<-), 2 = receive only (<-chan) */
            Node *value;
            Pos arrow;
        } chantype;

        /* N_ELLIPSIS. pos: the "..." */
        struct {
            Node *elt; /* NULL in [...]T */
        } ellipsis;

        /* N_FIELD. pos: first name, or the type if there are no names */
        struct {
            Vec names;  /* of N_IDENT; empty for anonymous/embedded */
            Node *type; /* N_ELLIPSIS for a variadic parameter */
            Node *tag;  /* N_BASICLIT string or NULL */
        } field;

        /* N_DECLSTMT. pos: the keyword */
        struct {
            Node *decl; /* N_GENDECL */
        } declstmt;

        /* N_EMPTYSTMT. pos: the ; (or where it would be) */
        struct {
            bool implicit;
        } emptystmt;

        /* N_LABELEDSTMT. pos: the label */
        struct {
            Node *label; /* N_IDENT */
            Node *stmt;
        } labeled;

        /* N_EXPRSTMT. pos: start of x */
        struct {
            Node *x;
        } exprstmt;

        /* N_SENDSTMT. pos: start of chan */
        struct {
            Node *chan;
            Pos arrow;
            Node *value;
        } send;

        /* N_INCDECSTMT. pos: start of x */
        struct {
            Node *x;
            TokKind tok; /* T_INC or T_DEC */
            Pos tok_pos;
        } incdec;

        /* N_ASSIGNSTMT. pos: start of lhs[0]; tok_pos: the operator */
        struct {
            Vec lhs;
            TokKind tok; /* T_ASSIGN, T_DEFINE, T_ADD_ASSIGN, ... */
            Pos tok_pos;
            Vec rhs;
        } assign;

        /* N_GOSTMT, N_DEFERSTMT. pos: the keyword */
        struct {
            Node *call; /* N_CALL (the parser reports an error otherwise) */
        } gostmt;

        /* N_RETURNSTMT. pos: the keyword */
        struct {
            Vec results;
            struct FuncInfo *func; /* checker: the enclosing function */
        } ret;

        /* N_BRANCHSTMT. pos: the keyword */
        struct {
            TokKind tok; /* T_BREAK, T_CONTINUE, T_GOTO, T_FALLTHROUGH */
            Node *label; /* N_IDENT or NULL */
            Node *target; /* checker: the statement broken out of / continued /
                             jumped to (N_LABELEDSTMT for goto) */
        } branch;

        /* N_BLOCKSTMT. pos: the { */
        struct {
            Vec list;
            Pos rbrace;
        } block;

        /* N_IFSTMT. pos: the "if" */
        struct {
            Node *init; /* may be NULL */
            Node *cond;
            Node *body; /* N_BLOCKSTMT */
            Node *els;  /* N_IFSTMT, N_BLOCKSTMT or NULL */
        } ifstmt;

        /* N_CASECLAUSE. pos: "case" or "default" */
        struct {
            Vec list; /* empty means default */
            bool is_default;
            Pos colon;
            Vec body;
            Object *implicit; /* checker: the per-clause variable of a type
                                 switch with a symbolic name, or NULL */
        } caseclause;

        /* N_SWITCHSTMT. pos: the "switch" */
        struct {
            Node *init; /* may be NULL */
            Node *tag;  /* may be NULL */
            Node *body; /* N_BLOCKSTMT of N_CASECLAUSE */
        } switchstmt;

        /* N_TYPESWITCHSTMT. pos: the "switch". assign is `x := y.(type)`
         * (N_ASSIGNSTMT) or `y.(type)` (N_EXPRSTMT). */
        struct {
            Node *init;
            Node *assign;
            Node *body;
        } typeswitch;

        /* N_COMMCLAUSE. pos: "case" or "default" */
        struct {
            Node *comm; /* send or receive statement; NULL means default */
            Pos colon;
            Vec body;
        } commclause;

        /* N_SELECTSTMT. pos: the "select" */
        struct {
            Node *body; /* N_BLOCKSTMT of N_COMMCLAUSE */
        } selectstmt;

        /* N_FORSTMT. pos: the "for" */
        struct {
            Node *init, *cond, *post; /* each may be NULL */
            Node *body;
        } forstmt;

        /* N_RANGESTMT. pos: the "for" */
        struct {
            Node *key, *value; /* may be NULL */
            TokKind tok;       /* T_ILLEGAL if key == NULL, else T_ASSIGN / T_DEFINE */
            Pos tok_pos;
            Pos range_pos; /* the "range" keyword */
            Node *x;
            Node *body;
        } rangestmt;

        /* N_IMPORTSPEC. pos: the name if present, else the path */
        struct {
            Node *name; /* N_IDENT, ".", "_" or NULL */
            Node *path; /* N_BASICLIT string */
            Object *pkgname; /* checker */
        } importspec;

        /* N_VALUESPEC (const and var). pos: names[0] */
        struct {
            Vec names;  /* of N_IDENT */
            Node *type; /* may be NULL */
            Vec values; /* may be empty */
            int iota;   /* index of the spec within its const decl */
            bool implicit; /* const spec that repeats the previous one's
                              type and values (the parser fills type/values
                              from it: check the iota, not the source) */
        } valuespec;

        /* N_TYPESPEC. pos: the name */
        struct {
            Node *name; /* N_IDENT */
            FieldList *typeparams;
            bool assign; /* type A = B (alias) */
            Node *type;
        } typespec;

        /* N_GENDECL. pos: the keyword */
        struct {
            TokKind tok; /* T_IMPORT, T_CONST, T_TYPE, T_VAR */
            Pos lparen; /* invalid if there are no parentheses */
            Vec specs;
            Pos rparen;
        } gendecl;

        /* N_FUNCDECL. pos: the "func" keyword */
        struct {
            FieldList *recv; /* NULL for functions */
            Node *name;      /* N_IDENT */
            Node *type;      /* N_FUNCTYPE */
            Node *body;      /* NULL for a declaration without body */
            Vec directives;  /* const char* lines: "//go:noescape", ... that
                                precede the declaration */
            struct FuncInfo *info; /* checker */
        } funcdecl;

        /* N_FILE. pos: the "package" keyword */
        struct {
            Node *name; /* package name, N_IDENT */
            Vec decls;  /* N_GENDECL and N_FUNCDECL, imports first */
            Vec imports; /* of N_IMPORTSPEC, all of them */
            const char *path; /* the file name as given */
            Vec directives;   /* "//go:build ..." lines before "package" */
            Package *pkg;     /* checker */
        } file;
    };
};

/* The Pos where gc reports a problem with a node. For a selector it is the
 * dot-selected name, for a binary expression the operator, for a call the
 * opening paren; otherwise node->pos. */
Pos node_report_pos(const Node *n);

Node *ast_new(NodeKind kind, Pos pos);
/* Calls visit on n and, for as long as visit returns true, on every node
 * below it in source order: expressions, types, statements and the bodies
 * of func literals. A visitor returns false to skip a node's children. */
typedef bool (*AstVisit)(Node *n, void *ctx);
void ast_walk(Node *n, AstVisit visit, void *ctx);

/* Strips parentheses: (((x))) -> x. */
Node *ast_unparen(Node *n);
/* gc's compact spelling of an expression, as used in messages ("x.f",
 * "&Bar{...}", "new(int)", "func literal"). */
const char *ast_expr_string(const Node *n);
/* The spelling types2's messages use (syntax.String): "[]int{…}",
 * "func() {…}", "interface{}", parentheses as written. (Added by the parser
 * author; ast_expr_string is the -m / ir spelling.) */
const char *ast_expr_string_types2(const Node *n);

/* ---- lexer and parser -------------------------------------------------- */

/* Parses one source file. src need not be NUL-terminated. Syntax errors are
 * reported through diag_error in gc's wording ("syntax error: unexpected
 * newline, expecting comma or )"). Always returns a N_FILE (possibly with
 * fewer decls if there were errors). */
Node *parse_file(const char *filename, const char *src, size_t len);

#endif
