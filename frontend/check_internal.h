/* check_internal.h: what the parts of the type checker share.
 *
 * The checker is split along the language, like go/types:
 *   check_pkg.c     package loading (imports from the std dir), collecting
 *                   package-level objects, lazy resolution of package-level
 *                   declarations, initialization order, method association
 *   check_decl.c    const/var/type declarations (package level and local)
 *   check_stmt.c    function bodies and statements, labels, terminating
 *                   statements ("missing return"), unused variables
 *   check_typexpr.c type expressions -> Type
 *   check_expr.c    expressions: operands, unary/binary, comparisons,
 *                   shifts, untyped conversion, composite and func literals,
 *                   selectors, index and slice, type assertions
 *   check_call.c    calls, conversions, builtins, argument passing
 *   check_assign.c  assignability with gc's messages, assignments
 *
 * Messages follow gc 1.19 (cmd/compile/internal/types2) word for word. */
#ifndef ESCGO_CHECK_INTERNAL_H
#define ESCGO_CHECK_INTERNAL_H

#include "frontend/check.h"

typedef struct Checker {
    Program *prog;
    const CheckOptions *opts;
    Package *pkg;       /* package being checked */
    Node *file;         /* N_FILE being checked (for imports) */
    Scope *file_scope;  /* the current file's scope (imports) */
    Scope *scope;       /* innermost scope */
    FuncInfo *func;     /* function whose body is being checked, or NULL */
    ConstVal *iota;     /* value of iota inside a const declaration, else NULL */
    Type *decl_type;    /* type of the const/var spec being checked, if any */
    Vec obj_path;       /* Object* being resolved: cycle detection */
    Object *decl_obj;   /* package-level object whose initializer is being
                           checked (dependencies for initialization order) */
    int loop_depth;     /* > 0 inside a for/range body */
    int funclit_count;  /* per outer function: names func1, func2, ... */
    void *stmt_ctx;     /* check_stmt.c's private context (break/continue) */
    bool has_call_or_recv; /* check_expr.c: the expression being checked
                              contains a call or receive (len of an array is
                              then not constant) */
} Checker;

/* ---- check_pkg.c -------------------------------------------------------- */

/* Makes sure the package-level object obj has its type (and constant value)
 * resolved, checking its declaration now if needed (go/types objDecl).
 * Reports "initialization cycle" / "invalid recursive type" errors. */
void check_obj_decl(Checker *c, Object *obj);
/* Records that the initializer being checked (c->decl_obj) depends on obj
 * (for the package variable initialization order). */
void check_record_dep(Checker *c, Object *obj);
/* Reports the unsupported construct at pos: "WHAT not supported by escgo yet". */
void check_unsupported(Checker *c, Pos pos, const char *what);
/* Declares obj in scope s, reporting "x redeclared in this block" etc. */
void check_declare(Checker *c, Scope *s, Node *ident, Object *obj);
Object *check_new_object(ObjKind kind, const char *name, Pos pos, Type *type, Package *pkg);

/* ---- check_decl.c ------------------------------------------------------- */

/* A local `const`, `var` or `type` declaration statement. */
void check_local_decl(Checker *c, Node *gendecl);

/* ---- check_stmt.c ------------------------------------------------------- */

/* Checks the body of a function declaration or literal. For literals this
 * is called from check_expr when the literal is reached. */
void check_func_body(Checker *c, FuncInfo *fi);
void check_stmt(Checker *c, Node *s);
void check_block(Checker *c, Vec *stmts);

/* ---- check_typexpr.c ---------------------------------------------------- */

/* Evaluates a type expression; reports "x is not a type" etc. and returns
 * types_invalid on error. def is the Named type being defined (for
 * recursive types), or NULL. */
Type *check_typexpr(Checker *c, Node *e, Type *def);
/* Builds the signature of a func type; recv is the receiver field list or
 * NULL. Declares nothing: params/results objects are created in *params and
 * *results (Object* vectors) for check_func_body to declare. */
Type *check_signature(Checker *c, FieldList *recv, Node *functype, Vec *params, Vec *results);

/* ---- check_expr.c / check_call.c --------------------------------------- */

/* Evaluates e as a single value (reports "f() (no value) used as value",
 * "multiple-value f() in single-value context", "x (type) is not an
 * expression"). hint: the type expected by context (for untyped constants
 * and composite literals with elided types), may be NULL. */
void check_expr(Checker *c, Node *e, Type *hint);
/* As check_expr, but e may also be a type (sets MODE_TYPEXPR). */
void check_expr_or_type(Checker *c, Node *e, Type *hint);
/* Evaluates e which may produce several values (a call); returns the
 * number of values and, for tuples, e->type is the TY_TUPLE. allow_commaok:
 * map index, type assertion and receive may produce 2 values. */
int check_multi_expr(Checker *c, Node *e, bool allow_commaok);
/* Evaluates e as a statement expression (calls and receives only). */
void check_expr_stmt(Checker *c, Node *e);
/* Converts an untyped operand e to type target (implicit conversion),
 * updating e's type and cval recursively through untyped sub-expressions;
 * reports "cannot use ... (untyped int constant 300) as int8 value in
 * CONTEXT (overflows)"-style errors using context. */
void check_convert_untyped(Checker *c, Node *e, Type *target, const char *context);
/* The operand description gc uses in messages: "x (variable of type int)",
 * "1 (untyped int constant)", "f() (value of type string)". */
const char *check_operand_string(Node *e);
/* Evaluates a boolean condition ("non-boolean condition in if statement"). */
void check_cond(Checker *c, Node *e, const char *what);

/* Evaluates e as the left-hand side of an assignment: as check_expr, except
 * that an identifier denoting a variable is not marked used by it (go/types
 * lhsVar). The blank identifier "_" is not evaluated: it gets mode
 * MODE_VARIABLE, type NULL and ident.obj NULL. */
void check_lhs_expr(Checker *c, Node *e);
/* The binary operation lhs op rhs: evaluates both operands and stores the
 * result's mode/type/cval in out. e is the N_BINARY (then out == e), or NULL
 * for an assignment operation lhs op= rhs (out is then any scratch node, and
 * messages read "x += y"). op_pos: where the operator is. Returns whether the
 * operation is valid. */
bool check_binary(Checker *c, Node *e, Node *lhs, Node *rhs, TokKind op, Pos op_pos, Node *out);
/* gc's "(int, string)" list of types for "have (...)\n\twant (...)" lines
 * (Type* items; untyped numeric types print as "number"). */
const char *check_types_summary(Vec *types, bool variadic);
/* Resolves a name through c->scope, the file scope, the package scope and
 * the universe (no side effects). */
Object *check_lookup(Checker *c, const char *name);

/* ---- shared by check_expr.c, check_call.c, check_assign.c, check_typexpr.c */

/* diag_error, but like gc a message that mentions "invalid type" or
 * "invalid operand" (not at its start) is dropped as a follow-on error once
 * some error has been reported. */
void check_error(Pos pos, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* go/types exprKind: whether an expression may stand as a statement. */
typedef enum ExprKind { EXPR_CONVERSION, EXPR_EXPRESSION, EXPR_STATEMENT } ExprKind;

/* Evaluates e without the single-value/value checks of check_expr. */
ExprKind check_raw_expr(Checker *c, Node *e, Type *hint);
/* Where gc reports a problem with an operand: the start of the expression
 * (syntax.StartPos). */
Pos check_expr_pos(const Node *e);
/* go/types convertUntyped: converts the untyped operand x to target, with
 * "x overflows T" / "x truncated to T" / "cannot convert x to T" errors. */
bool check_convert_untyped_op(Checker *c, Node *x, Type *target);
/* Records the final type of the untyped expression x (go/types
 * updateExprType), recursively through untyped operands. */
void check_update_expr_type(Checker *c, Node *x, Type *typ, bool final);
/* Whether e (parentheses stripped) is the predeclared nil. */
bool check_is_nil(const Node *e);
/* Whether values of type t can be nil (pointer, slice, map, chan, func,
 * interface, unsafe.Pointer). */
bool check_has_nil(Type *t);
/* Whether the evaluated operand x is assignable to type t (untyped operands
 * by representability), without reporting anything. */
bool check_assignable_op(Checker *c, Node *x, Type *t);
/* The operand description built from its parts (see check_operand_string). */
const char *check_operand_parts(const char *expr, ExprMode mode, Type *t, ConstVal *v,
                                bool is_nil);
/* gc's explanation why V is not assignable to T ("int does not implement I
 * (missing M method)", "need type assertion"), or NULL. */
const char *check_assign_reason(Checker *c, Type *v, Type *t);
/* go/types missingMethodReason: "(missing M method)", "(M method has
 * pointer receiver)", "(wrong type for M method)\n\t\thave ...\n\t\twant ...". */
const char *check_missing_method_reason(Checker *c, Type *v, Type *t);
/* As check_expr_or_type, where a type is expected (check_typexpr): a
 * package-level type name is resolved through check_obj_decl. */
void check_expr_or_type_want(Checker *c, Node *e);
/* Gives an untyped operand its default type (int, float64, bool, ...). */
void check_default_type(Checker *c, Node *x);
/* Makes sure a package-level object is declared (go/types objDecl). */
void check_resolve_obj(Checker *c, Object *obj, bool want_type);
/* Notes a use of a package-level object for the initialization order. */
void check_record_use(Checker *c, Object *obj);
/* Selectors, index and slice expressions, type assertions
 * (check_selector.c). */
void check_selector(Checker *c, Node *e, bool want_type);
void check_index(Checker *c, Node *e);
void check_slice_expr(Checker *c, Node *e);
void check_type_assert(Checker *c, Node *e);
/* Composite and function literals (check_literal.c). */
void check_complit(Checker *c, Node *e, Type *hint);
void check_funclit(Checker *c, Node *e);
/* A call expression (check_call.c). */
ExprKind check_call_expr(Checker *c, Node *e);
/* go/types index/isValidIndex: checks an index or size expression e
 * (converted to int if untyped); what is "index" or "length"; max >= 0 is
 * the exclusive upper bound for a constant. Stores a constant value in *val
 * (-1 if not constant). Returns false on error. */
bool check_index_value(Checker *c, Node *e, int64_t max, const char *what, bool allow_negative,
                       int64_t *val);
/* A type used for a variable (not a constraint interface). */
Type *check_var_type(Checker *c, Node *e);
/* Marks the variable at the root of the addressable expression e (x, x.f,
 * a[i] of an array) as address-taken. */
void check_mark_addr_taken(Node *e);
/* go/types kindString: "slice", "map", "func", ... or the type itself. */
const char *check_kind_string(Type *t);

/* ---- check_assign.c ----------------------------------------------------- */

/* Checks that e (already evaluated) may be assigned to a variable of type
 * t; converts untyped values to t (or their default type if t is NULL);
 * reports "cannot use x (variable of type int) as string value in
 * CONTEXT". context is gc's: "assignment", "variable declaration",
 * "argument to f", "return statement", "struct literal", ... */
bool check_assignable_to(Checker *c, Node *e, Type *t, const char *context);
/* (check_stmt.c) lhs = rhs, lhs op= rhs and lhs := rhs statements;
 * reports "assignment mismatch: 2 variables but f returns 1 value",
 * "cannot assign to x (value of type int)" (gc 1.19's wording),
 * "no new variables on left side of :=". */
void check_assign_stmt(Checker *c, Node *s);
/* (check_decl.c) Initializes the variables of a local var spec. */
void check_var_spec(Checker *c, Vec *lhs_objs, Node *type, Vec *values, Pos pos);

/* ---- shared by check_pkg.c, check_decl.c and check_stmt.c --------------- */

/* "file:line:col", as gc prints positions inside messages. */
const char *check_pos_string(Pos p);
/* "missing init expr for x" / "extra init expr y" for a const/var spec. */
void check_arity(Checker *c, Node *valuespec, bool is_const);
/* The declarations of one package-level (or local) object (go/types
 * constDecl, varDecl, typeDecl). lhs: all objects of `var a, b = f()`. */
void check_const_decl(Checker *c, Object *obj, Node *type, Node *init, int iota, bool inherited);
void check_var_decl(Checker *c, Object *obj, Vec *lhs, Node *type, Node *init);
void check_type_decl(Checker *c, Object *obj, Node *typespec);
/* A type declaration inside a function (cycle detection as at package
 * level). */
void check_local_type_decl(Checker *c, Object *obj, Node *typespec);
/* Reports invalid recursive types among the package-level type declarations
 * checked so far (once all of them are complete). */
void check_valid_types(Checker *c);
/* Initializes variable lhs (its type inferred if NULL) with the evaluated
 * x (go/types initVar); false on error. */
bool check_init_var(Checker *c, Object *lhs, Node *x, const char *context);
/* lhs = rhs for variables being declared or results being returned
 * (go/types initVars); ret is the N_RETURNSTMT or NULL. */
void check_init_vars(Checker *c, Vec *lhs, Vec *rhs, Node *ret);
/* "assignment mismatch: 2 variables but f returns 1 value" */
const char *check_assign_error(Vec *rhs, int nvars, int nvals);
/* check_branch.c: gc's parser-time checks of labels and branch statements,
 * for every function body of a file (sets N_BRANCHSTMT targets). */
void check_branches_file(Checker *c, Node *file);
/* Whether s is a terminating statement (spec); label is s's label or NULL. */
bool check_is_terminating(Node *s, const char *label);
/* Calls visit on n and every node below it (statements, expressions and
 * types; not the selected names of selectors). */
void check_walk(Node *n, void (*visit)(Node *n, void *ctx), void *ctx);
/* Makes obj a local variable of the function being checked. */
void check_add_local(Checker *c, Object *obj);

/* ---- small type predicates shared by the expression files ------------- */

/* A type that is known and not the result of an earlier error. */
static inline bool check_valid_type(Type *t) {
    return t && t != types_invalid && t->kind != TY_INVALID &&
           !(t->kind == TY_BASIC && t->basic.kind == B_INVALID);
}

/* The underlying type, types_invalid for NULL. */
static inline Type *check_under(Type *t) {
    Type *u = t ? types_underlying(t) : NULL;
    return u ? u : types_invalid;
}

static inline bool check_is_untyped(Type *t) {
    return t && types_is_untyped(t);
}

#endif
