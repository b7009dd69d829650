/* check_expr.c: expressions — operands, identifiers, unary and binary
 * operators, comparisons, shifts, constant folding, the conversion of untyped
 * operands to their final types (go/types expr.go).
 *
 * The checker's results live in the nodes themselves (mode, type, cval), so
 * go/types' "untyped" side table becomes a walk over the tree: an expression
 * whose type is still untyped gets its final type when its context decides
 * (check_update_expr_type), and from then on carries a typed type, as the
 * contract in check.h requires. Selectors, index and slice expressions and
 * type assertions are in check_selector.c, composite and function literals
 * in check_literal.c, calls in check_call.c. */
#include "frontend/check_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* ---- errors ----------------------------------------------------------------- */

void check_error(Pos pos, const char *fmt, ...) {
    char buf[8192];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (diag_count() > 0) {
        const char *a = strstr(buf, "invalid operand"), *b = strstr(buf, "invalid type");
        if ((a && a != buf) || (b && b != buf)) return;
    }
    diag_error(pos, "%s", buf);
}

/* ---- small predicates ---------------------------------------------------- */

static bool is_info(Type *t, int mask) {
    return t && types_is_basic(t, mask);
}
#define is_integer(t)  is_info((t), BI_INTEGER)
#define is_unsigned(t) is_info((t), BI_UNSIGNED)
#define is_float(t)    is_info((t), BI_FLOAT)
#define is_complex(t)  is_info((t), BI_COMPLEX)
#define is_numeric(t)  is_info((t), BI_NUMERIC)
#define is_string(t)   is_info((t), BI_STRING)
#define is_boolean(t)  is_info((t), BI_BOOLEAN)
#define is_ordered(t)  is_info((t), BI_ORDERED)

static BasicKind basic_kind(Type *t) {
    Type *u = check_under(t);
    return u->kind == TY_BASIC ? u->basic.kind : B_INVALID;
}

static bool is_interface(Type *t) {
    return check_valid_type(t) && check_under(t)->kind == TY_INTERFACE;
}

static void set_invalid(Node *e) {
    e->mode = MODE_INVALID;
    if (!e->type) e->type = types_invalid;
}

bool check_is_nil(const Node *e) {
    e = ast_unparen((Node *)e);
    return e && e->kind == N_IDENT && e->ident.obj && e->ident.obj->kind == OBJ_NIL;
}

bool check_has_nil(Type *t) {
    Type *u = check_under(t);
    switch (u->kind) {
    case TY_BASIC: return u->basic.kind == B_UNSAFEPOINTER;
    case TY_POINTER:
    case TY_SLICE:
    case TY_MAP:
    case TY_CHAN:
    case TY_SIGNATURE:
    case TY_INTERFACE: return true;
    default: return false;
    }
}

const char *check_kind_string(Type *t) {
    switch (check_under(t)->kind) {
    case TY_ARRAY: return "array";
    case TY_SLICE: return "slice";
    case TY_STRUCT: return "struct";
    case TY_POINTER: return "pointer";
    case TY_SIGNATURE: return "func";
    case TY_INTERFACE: return "interface";
    case TY_MAP: return "map";
    case TY_CHAN: return "chan";
    default: return types_string(t);
    }
}

static const char *tstr(Type *t) {
    return t ? types_string(t) : "<nil>";
}

static const char *estr(const Node *e) {
    return ast_expr_string_types2(e);
}

Pos check_expr_pos(const Node *e) {
    for (;;) {
        switch (e->kind) {
        case N_COMPOSITELIT:
            if (e->complit.type) {
                e = e->complit.type;
                continue;
            }
            return e->pos;
        case N_SELECTOR: e = e->selector.x; continue;
        case N_INDEX: e = e->index.x; continue;
        case N_TYPEASSERT: e = e->typeassert.x; continue;
        case N_BINARY: e = e->binary.x; continue;
        case N_CALL: e = e->call.fun; continue;
        case N_SLICE: return pos_valid(e->slice.lbrack) ? e->slice.lbrack : e->pos;
        case N_KEYVALUE: return pos_valid(e->keyvalue.colon) ? e->keyvalue.colon : e->pos;
        case N_FUNCTYPE:
            /* gc's FuncType starts after the func keyword */
            return pos_valid(e->functype.params.opening) ? e->functype.params.opening : e->pos;
        default: return e->pos;
        }
    }
}

/* Where gc reports an overflow in a constant operation: at the operator. */
static Pos op_pos(const Node *e) {
    if (e->kind == N_BINARY) return e->binary.op_pos;
    if (e->kind == N_UNARY) return e->pos;
    return check_expr_pos(e);
}

static bool is_shift(TokKind op) {
    return op == T_SHL || op == T_SHR;
}

static bool is_comparison(TokKind op) {
    switch (op) {
    case T_EQL:
    case T_NEQ:
    case T_LSS:
    case T_LEQ:
    case T_GTR:
    case T_GEQ: return true;
    default: return false;
    }
}

/* ---- operand strings ----------------------------------------------------- */

static const char *mode_string(ExprMode m) {
    switch (m) {
    case MODE_INVALID: return "invalid operand";
    case MODE_NOVALUE: return "no value";
    case MODE_BUILTIN: return "built-in";
    case MODE_TYPEXPR: return "type";
    case MODE_CONSTANT: return "constant";
    case MODE_VARIABLE: return "variable";
    case MODE_MAPINDEX: return "map index expression";
    case MODE_VALUE: return "value";
    case MODE_COMMAOK: return "comma, ok expression";
    }
    return "?";
}

const char *check_operand_parts(const char *expr, ExprMode mode, Type *t, ConstVal *v,
                                bool is_nil) {
    if (is_nil && mode != MODE_INVALID) {
        if (!check_valid_type(t)) return "nil (with invalid type)";
        if (basic_kind(t) == B_UNTYPED_NIL) return "nil";
        return arena_printf("nil (of type %s)", tstr(t));
    }
    char buf[4096];
    size_t n = 0;
#define PUT(s)                                                                                     \
    do {                                                                                           \
        const char *s_ = (s);                                                                      \
        size_t l_ = strlen(s_);                                                                    \
        if (n + l_ < sizeof buf) {                                                                 \
            memcpy(buf + n, s_, l_);                                                               \
            n += l_;                                                                               \
        }                                                                                          \
    } while (0)
    bool has_expr = expr && *expr;
    if (has_expr) {
        PUT(expr);
        PUT(" (");
    }
    bool has_type = false;
    switch (mode) {
    case MODE_INVALID:
    case MODE_NOVALUE:
    case MODE_BUILTIN:
    case MODE_TYPEXPR: break;
    default:
        if (t) {
            if (check_is_untyped(t) && t->kind == TY_BASIC) {
                PUT(t->basic.name);
                PUT(" ");
                break;
            }
            has_type = true;
        }
    }
    PUT(mode_string(mode));
    if (mode == MODE_CONSTANT && v) {
        const char *s = const_string(v);
        if (!has_expr || strcmp(s, expr) != 0) {
            PUT(" ");
            PUT(s);
        }
    }
    if (has_type) {
        if (check_valid_type(t)) {
            PUT(" of type ");
            PUT(types_string(t));
        } else {
            PUT(" with invalid type");
        }
    }
    if (has_expr) PUT(")");
#undef PUT
    return arena_strndup(buf, n);
}

const char *check_operand_string(Node *e) {
    return check_operand_parts(estr(e), e->mode, e->type, e->cval, check_is_nil(e));
}

#define OPND(e) check_operand_string(e)

const char *check_types_summary(Vec *types, bool variadic) {
    char buf[4096];
    size_t n = 0;
    buf[n++] = '(';
    for (int i = 0; i < types->len; i++) {
        Type *t = types->items[i];
        const char *s;
        if (!check_valid_type(t)) {
            s = "<T>";
        } else if (check_is_untyped(t)) {
            if (is_numeric(t))
                s = "number";
            else {
                s = t->basic.name;
                if (strncmp(s, "untyped ", 8) == 0) s += 8;
            }
        } else if (variadic && i == types->len - 1 && check_under(t)->kind == TY_SLICE) {
            s = arena_printf("...%s", tstr(check_under(t)->slice.elem));
        } else {
            s = tstr(t);
        }
        size_t l = strlen(s);
        if (n + l + 4 >= sizeof buf) break;
        if (i > 0) {
            buf[n++] = ',';
            buf[n++] = ' ';
        }
        memcpy(buf + n, s, l);
        n += l;
    }
    buf[n++] = ')';
    return arena_strndup(buf, n);
}

/* ---- constant representation -------------------------------------------- */

enum { CODE_OK, CODE_TRUNCATED, CODE_OVERFLOW, CODE_INVALID_CONST, CODE_INVALID_UNTYPED };

/* go/types representation: the constant x as a value of basic type t. */
static int representation(Node *x, Type *t, ConstVal **out) {
    ConstVal *r = NULL;
    if (!x->cval || x->cval->kind == CONST_UNKNOWN) {
        *out = x->cval;
        return CODE_OK;
    }
    if (!const_representable(x->cval, t, &r)) {
        if (is_numeric(x->type) && is_numeric(t)) {
            if (!is_integer(x->type) && is_integer(t)) return CODE_TRUNCATED;
            return CODE_OVERFLOW;
        }
        return CODE_INVALID_CONST;
    }
    *out = r ? r : x->cval;
    return CODE_OK;
}

static void invalid_conversion(int code, Node *x, Type *target) {
    const char *xs = OPND(x);
    switch (code) {
    case CODE_TRUNCATED:
        check_error(check_expr_pos(x), "%s truncated to %s", xs, tstr(target));
        break;
    case CODE_OVERFLOW: check_error(check_expr_pos(x), "%s overflows %s", xs, tstr(target)); break;
    default: check_error(check_expr_pos(x), "cannot convert %s to %s", xs, tstr(target)); break;
    }
}

/* go/types representable: x (constant) must fit its basic type t. */
static bool representable(Node *x, Type *t) {
    ConstVal *v = NULL;
    int code = representation(x, t, &v);
    if (code != CODE_OK) {
        invalid_conversion(code, x, t);
        x->mode = MODE_INVALID;
        return false;
    }
    x->cval = v;
    return true;
}

static const char *op_name(const Node *e) {
    if (e->kind == N_UNARY) return e->unary.op == T_XOR ? "bitwise complement" : "";
    if (e->kind == N_BINARY) {
        switch (e->binary.op) {
        case T_ADD: return "addition";
        case T_SUB: return "subtraction";
        case T_XOR: return "bitwise XOR";
        case T_MUL: return "multiplication";
        case T_SHL: return "shift";
        default: return "";
        }
    }
    return "";
}

/* go/types overflow: typed constants must fit their type after every
 * operation; untyped integers may not exceed 512 bits. */
static void check_overflow(Node *e) {
    if (!e->cval || e->cval->kind == CONST_UNKNOWN) {
        check_error(op_pos(e), "constant result is not representable");
        return;
    }
    if (!check_is_untyped(e->type)) {
        representable(e, check_under(e->type));
        return;
    }
    if (e->cval->kind == CONST_INT && const_bitlen(e->cval) > 512) {
        check_error(op_pos(e), "constant %s overflow", op_name(e));
        e->cval = ARENA_NEW(ConstVal); /* CONST_UNKNOWN: no follow-up errors */
    }
}

/* ---- untyped operands ---------------------------------------------------- */

static bool iface_is_empty(Type *t) {
    Type *u = check_under(t);
    if (u->kind != TY_INTERFACE) return false;
    types_complete_interface(u);
    return u->iface.all.len == 0 && !u->iface.is_constraint;
}

/* go/types implicitTypeAndValue: the type an untyped operand x takes when
 * used where a value of type target is expected. */
static int implicit_type_and_value(Node *x, Type *target, Type **tout, ConstVal **vout) {
    *tout = x->type;
    *vout = NULL;
    if (x->mode == MODE_INVALID || !check_is_untyped(x->type) || !check_valid_type(target)) return CODE_OK;
    if (check_is_untyped(target)) {
        BasicKind xk = basic_kind(x->type), tk = basic_kind(target);
        if (is_numeric(x->type) && is_numeric(target)) {
            if (xk < tk) *tout = target;
        } else if (xk != tk) {
            return CODE_INVALID_UNTYPED;
        }
        return CODE_OK;
    }
    if (check_is_nil(x) || basic_kind(x->type) == B_UNTYPED_NIL) {
        if (check_has_nil(target)) {
            *tout = target;
            return CODE_OK;
        }
        return CODE_INVALID_UNTYPED;
    }
    Type *u = check_under(target);
    switch (u->kind) {
    case TY_BASIC:
        if (x->mode == MODE_CONSTANT) {
            int code = representation(x, u, vout);
            if (code != CODE_OK) return code;
            *tout = target;
            return CODE_OK;
        }
        switch (basic_kind(x->type)) {
        case B_UNTYPED_BOOL:
            if (!is_boolean(target)) return CODE_INVALID_UNTYPED;
            break;
        case B_UNTYPED_INT:
        case B_UNTYPED_RUNE:
        case B_UNTYPED_FLOAT:
        case B_UNTYPED_COMPLEX:
            if (!is_numeric(target)) return CODE_INVALID_UNTYPED;
            break;
        case B_UNTYPED_STRING:
            if (!is_string(target)) return CODE_INVALID_UNTYPED;
            break;
        default: return CODE_INVALID_UNTYPED;
        }
        break;
    case TY_INTERFACE:
        if (!iface_is_empty(u)) return CODE_INVALID_UNTYPED;
        *tout = types_default(x->type);
        return CODE_OK;
    default: return CODE_INVALID_UNTYPED;
    }
    *tout = target;
    return CODE_OK;
}

static void update_expr_type0(Checker *c, Node *parent, Node *x, Type *typ, bool final) {
    if (!x || !check_is_untyped(x->type) || x->mode == MODE_INVALID) return;
    switch (x->kind) {
    case N_PAREN: update_expr_type0(c, x, x->paren.x, typ, final); break;
    case N_UNARY:
        /* The operands of a constant are never materialized. */
        if (x->mode != MODE_CONSTANT) update_expr_type0(c, x, x->unary.x, typ, final);
        break;
    case N_BINARY:
        if (x->mode == MODE_CONSTANT) break;
        if (is_comparison(x->binary.op)) {
            /* the operands already have their final types */
        } else if (is_shift(x->binary.op)) {
            update_expr_type0(c, x, x->binary.x, typ, final);
        } else {
            update_expr_type0(c, x, x->binary.x, typ, final);
            update_expr_type0(c, x, x->binary.y, typ, final);
        }
        break;
    default: break;
    }
    if (!final && check_is_untyped(typ)) {
        x->type = check_under(typ);
        return;
    }
    /* the untyped constant lhs of a non-constant shift */
    bool is_lhs = parent && parent->kind == N_BINARY && is_shift(parent->binary.op) &&
                  parent->binary.x == x && x->mode == MODE_CONSTANT;
    if (is_lhs && !is_integer(typ)) {
        check_error(check_expr_pos(x), "invalid operation: %s (shift of type %s)", estr(parent),
                    tstr(typ));
        x->mode = MODE_INVALID;
        return;
    }
    if (x->mode == MODE_CONSTANT && check_valid_type(typ) && check_under(typ)->kind == TY_BASIC &&
        !check_is_untyped(typ)) {
        ConstVal *v = NULL;
        int code = representation(x, check_under(typ), &v);
        if (code != CODE_OK) {
            invalid_conversion(code, x, check_under(typ));
            x->mode = MODE_INVALID;
            return;
        }
        x->cval = v;
    }
    x->type = typ;
}

void check_update_expr_type(Checker *c, Node *x, Type *typ, bool final) {
    update_expr_type0(c, NULL, x, typ, final);
}

bool check_convert_untyped_op(Checker *c, Node *x, Type *target) {
    Type *nt;
    ConstVal *v;
    int code = implicit_type_and_value(x, target, &nt, &v);
    if (code != CODE_OK) {
        invalid_conversion(code, x, check_under(target));
        x->mode = MODE_INVALID;
        return false;
    }
    if (v) x->cval = v;
    if (nt != x->type) check_update_expr_type(c, x, nt, false);
    return x->mode != MODE_INVALID;
}

void check_convert_untyped(Checker *c, Node *e, Type *target, const char *context) {
    if (!context) {
        check_convert_untyped_op(c, e, target);
        return;
    }
    if (e->mode == MODE_INVALID || !check_is_untyped(e->type)) return;
    Type *nt;
    ConstVal *v;
    int code = implicit_type_and_value(e, target, &nt, &v);
    if (code != CODE_OK) {
        const char *suffix = code == CODE_TRUNCATED  ? " (truncated)"
                             : code == CODE_OVERFLOW ? " (overflows)"
                                                     : "";
        check_error(check_expr_pos(e), "cannot use %s as %s value in %s%s", OPND(e), tstr(target),
                    context, suffix);
        e->mode = MODE_INVALID;
        return;
    }
    if (v) e->cval = v;
    if (nt != e->type) check_update_expr_type(c, e, nt, false);
}

/* Gives an untyped operand its default type (go/types: the type recorded at
 * the end of checking), so that every evaluated node is typed. */
void check_default_type(Checker *c, Node *x) {
    if (x->mode != MODE_INVALID && check_is_untyped(x->type) && basic_kind(x->type) != B_UNTYPED_NIL)
        check_convert_untyped_op(c, x, types_default(x->type));
}

bool check_assignable_op(Checker *c, Node *x, Type *t) {
    (void)c;
    if (x->mode == MODE_INVALID || !check_valid_type(t) || !check_valid_type(x->type)) return true;
    if (types_identical(x->type, t)) return true;
    if (check_is_untyped(x->type)) {
        Type *nt;
        ConstVal *v;
        return implicit_type_and_value(x, t, &nt, &v) == CODE_OK;
    }
    return types_assignable(x->type, t, NULL);
}

/* ---- identifiers ---------------------------------------------------------- */

Object *check_lookup(Checker *c, const char *name) {
    Scope *found = NULL;
    Object *o = NULL;
    if (c->scope) o = scope_lookup(c->scope, name, &found);
    if (!o && c->file_scope) o = scope_lookup(c->file_scope, name, &found);
    if (!o && c->pkg && c->pkg->scope) o = scope_lookup(c->pkg->scope, name, &found);
    if (!o && universe) o = scope_lookup(universe, name, &found);
    return o;
}

static bool is_pkg_level(Checker *c, Object *obj) {
    return obj->pkg && c->pkg && obj->pkg == c->pkg && c->pkg->scope &&
           obj->parent == c->pkg->scope;
}

/* Makes sure a package-level object has been declared (go/types objDecl). */
void check_resolve_obj(Checker *c, Object *obj, bool want_type) {
    if (!obj->pkg) return; /* universe */
    bool need = obj->type == NULL || (obj->kind == OBJ_TYPENAME && want_type) ||
                (obj->kind == OBJ_CONST && !obj->cnst.val);
    if (obj->kind == OBJ_TYPENAME && !want_type && obj->type) need = false;
    if (need && (is_pkg_level(c, obj) || obj->type == NULL)) check_obj_decl(c, obj);
}

void check_record_use(Checker *c, Object *obj) {
    if (!obj->pkg || obj->pkg != c->pkg) return;
    if (obj->kind == OBJ_FUNC || (obj->kind == OBJ_VAR && obj->var.is_global) ||
        (obj->kind == OBJ_CONST && is_pkg_level(c, obj)))
        check_record_dep(c, obj);
}

static void vec_push_unique(Vec *v, void *item) {
    for (int i = 0; i < v->len; i++)
        if (v->items[i] == item) return;
    vec_push(v, item);
}

/* A variable of an enclosing function used inside a func literal is
 * captured by that literal and by every literal in between. */
static void note_capture(Checker *c, Object *obj) {
    if (obj->kind != OBJ_VAR || obj->var.is_global || obj->var.is_field || !obj->var.func ||
        !c->func || obj->var.func == c->func)
        return;
    obj->var.captured = true;
    for (FuncInfo *fi = c->func; fi && fi != obj->var.func; fi = fi->outer)
        vec_push_unique(&fi->captures, obj);
}

static const char *intern_iota;

static void check_ident(Checker *c, Node *e, bool want_type) {
    e->mode = MODE_INVALID;
    e->type = types_invalid;
    const char *name = e->ident.name;
    Object *obj = check_lookup(c, name);
    if (!obj) {
        if (strcmp(name, "_") == 0)
            check_error(e->pos, "cannot use _ as value or type");
        else
            check_error(e->pos, "undefined: %s", name);
        return;
    }
    e->ident.obj = obj;
    check_resolve_obj(c, obj, want_type);
    Type *typ = obj->type;
    switch (obj->kind) {
    case OBJ_PKGNAME: check_error(e->pos, "use of package %s not in selector", obj->name); return;
    case OBJ_CONST:
        check_record_use(c, obj);
        if (!intern_iota) intern_iota = intern_cstr("iota");
        if (!obj->pkg && obj->name == intern_iota) {
            if (!c->iota) {
                check_error(e->pos, "cannot use iota outside constant declaration");
                return;
            }
            e->cval = c->iota;
        } else {
            e->cval = obj->cnst.val;
        }
        if (!check_valid_type(typ) || !e->cval) return;
        e->mode = MODE_CONSTANT;
        e->type = typ;
        return;
    case OBJ_TYPENAME:
        if (!typ) return;
        e->mode = MODE_TYPEXPR;
        e->type = typ;
        return;
    case OBJ_VAR:
        if (obj->pkg == c->pkg) obj->var.used = true;
        check_record_use(c, obj);
        note_capture(c, obj);
        if (!check_valid_type(typ)) return;
        e->mode = MODE_VARIABLE;
        e->type = typ;
        return;
    case OBJ_FUNC:
        check_record_use(c, obj);
        if (!typ) return;
        e->mode = MODE_VALUE;
        e->type = typ;
        return;
    case OBJ_BUILTIN:
        e->mode = MODE_BUILTIN;
        e->type = types_invalid;
        return;
    case OBJ_NIL:
        e->mode = MODE_VALUE;
        e->type = types_basic[B_UNTYPED_NIL];
        return;
    default: check_error(e->pos, "%s is not an expression", name); return;
    }
}

/* ---- basic literals ------------------------------------------------------- */

static void check_basic_lit(Node *e) {
    const char *text = e->lit.value;
    TokKind k = e->lit.kind;
    if ((k == T_INT || k == T_FLOAT || k == T_IMAG) && strlen(text) > 10000) {
        check_error(e->pos, "excessively long constant: %.10s... (%d chars)", text,
                    (int)strlen(text));
        set_invalid(e);
        return;
    }
    ConstVal *v = const_from_literal(k, text);
    if (!v) {
        check_error(e->pos, "malformed constant: %s", text);
        set_invalid(e);
        return;
    }
    BasicKind bk = B_UNTYPED_INT;
    switch (k) {
    case T_INT: bk = B_UNTYPED_INT; break;
    case T_FLOAT: bk = B_UNTYPED_FLOAT; break;
    case T_IMAG: bk = B_UNTYPED_COMPLEX; break;
    case T_CHAR: bk = B_UNTYPED_RUNE; break;
    case T_STRING: bk = B_UNTYPED_STRING; break;
    default: break;
    }
    e->mode = MODE_CONSTANT;
    e->type = types_basic[bk];
    e->cval = v;
}

/* ---- unary expressions ---------------------------------------------------- */

static void copy_operand(Node *dst, const Node *src) {
    dst->mode = src->mode;
    dst->type = src->type;
    dst->cval = src->cval;
}

void check_mark_addr_taken(Node *e) {
    for (;;) {
        e = ast_unparen(e);
        if (!e) return;
        switch (e->kind) {
        case N_IDENT:
            if (e->ident.obj && e->ident.obj->kind == OBJ_VAR) e->ident.obj->var.addr_taken = true;
            return;
        case N_SELECTOR:
            /* Through a pointer the variable itself is not addressed. */
            if (!e->selector.selection || e->selector.selection->kind != SEL_FIELD ||
                e->selector.selection->indirect)
                return;
            e = e->selector.x;
            continue;
        case N_INDEX:
            if (!e->index.x->type || check_under(e->index.x->type)->kind != TY_ARRAY) return;
            e = e->index.x;
            continue;
        default: return;
        }
    }
}

static ExprKind check_unary(Checker *c, Node *e) {
    Node *x = e->unary.x;
    TokKind op = e->unary.op;
    if (op == T_TILDE) {
        check_expr(c, x, NULL);
        check_error(e->pos, "cannot use ~ outside of interface or type constraint");
        set_invalid(e);
        return EXPR_STATEMENT;
    }
    check_expr(c, x, NULL);
    copy_operand(e, x);
    if (x->mode == MODE_INVALID) {
        set_invalid(e);
        return EXPR_STATEMENT;
    }
    switch (op) {
    case T_AND: {
        Node *ux = ast_unparen(x);
        if (ux->kind != N_COMPOSITELIT && x->mode != MODE_VARIABLE) {
            check_error(check_expr_pos(x), "invalid operation: cannot take address of %s", OPND(x));
            set_invalid(e);
            return EXPR_STATEMENT;
        }
        check_mark_addr_taken(x);
        e->mode = MODE_VALUE;
        e->type = types_new_pointer(x->type);
        e->cval = NULL;
        return EXPR_EXPRESSION;
    }
    case T_ARROW: {
        Type *u = check_under(x->type);
        if (u->kind != TY_CHAN) {
            check_error(check_expr_pos(x), "invalid operation: cannot receive from non-channel %s",
                        OPND(x));
            set_invalid(e);
            return EXPR_STATEMENT;
        }
        if (u->chan.dir == CHAN_SEND) {
            check_error(check_expr_pos(x),
                        "invalid operation: cannot receive from send-only channel %s", OPND(x));
            set_invalid(e);
            return EXPR_STATEMENT;
        }
        e->mode = MODE_COMMAOK;
        e->type = u->chan.elem;
        e->cval = NULL;
        c->has_call_or_recv = true;
        return EXPR_STATEMENT;
    }
    default: break;
    }
    bool ok;
    switch (op) {
    case T_ADD:
    case T_SUB: ok = is_numeric(x->type); break;
    case T_XOR: ok = is_integer(x->type); break;
    case T_NOT: ok = is_boolean(x->type); break;
    default: ok = false; break;
    }
    if (!ok) {
        check_error(check_expr_pos(x), "invalid operation: operator %s not defined on %s",
                    tok_string(op), OPND(x));
        set_invalid(e);
        return EXPR_STATEMENT;
    }
    if (x->mode == MODE_CONSTANT) {
        if (!x->cval || x->cval->kind == CONST_UNKNOWN) return EXPR_EXPRESSION;
        int prec = 0;
        if (is_unsigned(x->type) && !check_is_untyped(x->type)) prec = (int)(types_sizeof(x->type) * 8);
        e->cval = const_unary(op, x->cval, prec);
        e->mode = MODE_CONSTANT;
        check_overflow(e);
        return EXPR_EXPRESSION;
    }
    e->mode = MODE_VALUE;
    e->cval = NULL;
    return EXPR_EXPRESSION;
}

/* ---- comparisons ---------------------------------------------------------- */

/* go/types comparable with the reportf cause for structs and arrays. */
static bool comparable_cause(Type *t, const char **cause) {
    Type *u = check_under(t);
    switch (u->kind) {
    case TY_SLICE:
    case TY_SIGNATURE:
    case TY_MAP:
        *cause = arena_printf("%s can only be compared to nil", check_kind_string(t));
        return false;
    case TY_STRUCT:
        for (int i = 0; i < u->strct.fields.len; i++) {
            Object *f = u->strct.fields.items[i];
            const char *dummy = NULL;
            if (!comparable_cause(f->type, &dummy)) {
                *cause = arena_printf("struct containing %s cannot be compared", tstr(f->type));
                return false;
            }
        }
        return true;
    case TY_ARRAY: {
        const char *dummy = NULL;
        if (!comparable_cause(u->array.elem, &dummy)) {
            *cause = arena_printf("%s cannot be compared", tstr(t));
            return false;
        }
        return true;
    }
    default: break;
    }
    if (types_comparable(t)) return true;
    *cause = "";
    return false;
}

static void check_comparison(Checker *c, Node *x, Node *y, TokKind op, Node *out, Node *e) {
    Node *err_op = x;
    const char *cause = "";
    bool ok = check_assignable_op(c, x, y->type) || check_assignable_op(c, y, x->type);
    if (!ok) {
        err_op = y;
        cause = arena_printf("mismatched types %s and %s", tstr(x->type), tstr(y->type));
        goto error;
    }
    if (op == T_EQL || op == T_NEQ) {
        bool xn = check_is_nil(x) || basic_kind(x->type) == B_UNTYPED_NIL;
        bool yn = check_is_nil(y) || basic_kind(y->type) == B_UNTYPED_NIL;
        if (xn || yn) {
            Type *t = xn ? y->type : x->type;
            if (!check_has_nil(t)) {
                err_op = y;
                goto error;
            }
        } else if (!comparable_cause(x->type, &cause)) {
            err_op = x;
            goto error;
        } else if (!comparable_cause(y->type, &cause)) {
            err_op = y;
            goto error;
        }
    } else {
        if (!is_ordered(x->type)) {
            err_op = x;
            goto error;
        }
        if (!is_ordered(y->type)) {
            err_op = y;
            goto error;
        }
    }
    if (x->mode == MODE_CONSTANT && y->mode == MODE_CONSTANT) {
        bool r = true;
        if (x->cval && y->cval && x->cval->kind != CONST_UNKNOWN && y->cval->kind != CONST_UNKNOWN)
            r = const_compare(op, x->cval, y->cval);
        out->mode = MODE_CONSTANT;
        out->cval = const_make_bool(r);
    } else {
        out->mode = MODE_VALUE;
        out->cval = NULL;
        if (check_is_untyped(x->type)) check_update_expr_type(c, x, types_default(x->type), true);
        if (check_is_untyped(y->type)) check_update_expr_type(c, y, types_default(y->type), true);
    }
    out->type = types_basic[B_UNTYPED_BOOL];
    return;

error:
    if (!*cause)
        cause = arena_printf("operator %s not defined on %s", tok_string(op),
                             check_kind_string(err_op->type));
    if (e)
        check_error(check_expr_pos(err_op), "invalid operation: %s (%s)", estr(e), cause);
    else
        check_error(check_expr_pos(err_op), "invalid operation: %s %s %s (%s)", estr(x),
                    tok_string(op), estr(y), cause);
    out->mode = MODE_INVALID;
}

/* ---- shifts --------------------------------------------------------------- */

static void check_shift(Checker *c, Node *x, Node *y, TokKind op, Node *out) {
    ConstVal *xval = NULL;
    if (x->mode == MODE_CONSTANT && x->cval) xval = const_to_int(x->cval);
    if (!(is_integer(x->type) || (check_is_untyped(x->type) && xval && xval->kind == CONST_INT))) {
        check_error(check_expr_pos(x), "invalid operation: shifted operand %s must be integer",
                    OPND(x));
        out->mode = MODE_INVALID;
        return;
    }
    if (y->mode == MODE_CONSTANT) {
        ConstVal *yval = y->cval ? const_to_int(y->cval) : NULL;
        if (yval && yval->kind == CONST_INT && const_sign(yval) < 0) {
            check_error(check_expr_pos(y), "invalid operation: negative shift count %s", OPND(y));
            out->mode = MODE_INVALID;
            return;
        }
        if (check_is_untyped(y->type)) {
            ConstVal *save = y->cval;
            if (!representable(y, types_basic[B_UINT])) {
                out->mode = MODE_INVALID;
                return;
            }
            /* The count is checked, not converted (go/types #47243); its
             * node becomes uint below only if the shift is materialized. */
            y->cval = save;
        }
    } else {
        if (is_integer(y->type)) {
            /* ok (signed counts are fine since go1.13) */
        } else if (check_is_untyped(y->type)) {
            if (!check_convert_untyped_op(c, y, types_basic[B_UINT])) {
                out->mode = MODE_INVALID;
                return;
            }
        } else {
            check_error(check_expr_pos(y), "invalid operation: shift count %s must be integer",
                        OPND(y));
            out->mode = MODE_INVALID;
            return;
        }
    }
    if (x->mode == MODE_CONSTANT) {
        if (y->mode == MODE_CONSTANT) {
            out->type = x->type;
            if (!x->cval || x->cval->kind == CONST_UNKNOWN || !y->cval ||
                y->cval->kind == CONST_UNKNOWN) {
                out->mode = MODE_CONSTANT;
                out->cval = ARENA_NEW(ConstVal);
                if (!is_integer(x->type)) out->type = types_basic[B_UNTYPED_INT];
                return;
            }
            ConstVal *yi = const_to_int(y->cval);
            if (!yi || const_sign(yi) < 0 || const_bitlen(yi) > 63 ||
                const_uint64(yi) > 1023 - 1 + 52) {
                check_error(check_expr_pos(y), "invalid operation: invalid shift count %s",
                            OPND(y));
                out->mode = MODE_INVALID;
                return;
            }
            if (!is_integer(x->type)) out->type = types_basic[B_UNTYPED_INT];
            out->mode = MODE_CONSTANT;
            out->cval = const_shift(op, xval, const_uint64(yi));
            check_overflow(out);
            return;
        }
        if (check_is_untyped(x->type)) {
            /* A non-constant shift of an untyped constant: the constant
             * takes the type the whole shift gets from its context
             * (update_expr_type0 knows the shift's lhs by position). */
            out->mode = MODE_VALUE;
            out->type = x->type;
            out->cval = NULL;
            return;
        }
    }
    if (!is_integer(x->type)) {
        check_error(check_expr_pos(x), "invalid operation: shifted operand %s must be integer",
                    OPND(x));
        out->mode = MODE_INVALID;
        return;
    }
    out->mode = MODE_VALUE;
    out->type = x->type;
    out->cval = NULL;
}

/* ---- binary expressions --------------------------------------------------- */

static bool can_mix(Node *x, Node *y) {
    if (is_interface(x->type) || is_interface(y->type)) return true;
    if (is_boolean(x->type) != is_boolean(y->type)) return false;
    if (is_string(x->type) != is_string(y->type)) return false;
    if (check_is_nil(x) && !check_has_nil(y->type)) return false;
    if (check_is_nil(y) && !check_has_nil(x->type)) return false;
    return true;
}

static bool binary_op_ok(TokKind op, Type *t) {
    switch (op) {
    case T_ADD: return is_numeric(t) || is_string(t);
    case T_SUB:
    case T_MUL:
    case T_QUO: return is_numeric(t);
    case T_REM:
    case T_AND:
    case T_OR:
    case T_XOR:
    case T_AND_NOT: return is_integer(t);
    case T_LAND:
    case T_LOR: return is_boolean(t);
    default: return false;
    }
}

bool check_binary(Checker *c, Node *e, Node *lhs, Node *rhs, TokKind op, Pos opp, Node *out) {
    (void)opp;
    check_expr(c, lhs, NULL);
    check_expr(c, rhs, NULL);
    Node *x = lhs, *y = rhs;
    out->cval = NULL;
    if (x->mode == MODE_INVALID || y->mode == MODE_INVALID) {
        out->mode = MODE_INVALID;
        out->type = types_invalid;
        return false;
    }
    if (is_shift(op)) {
        check_shift(c, x, y, op, out);
        /* A materialized shift's untyped count (a constant, or a shift of
         * an untyped constant) becomes uint, as in gc's back end. */
        if (out->mode != MODE_INVALID && out->mode != MODE_CONSTANT && check_is_untyped(y->type))
            check_update_expr_type(c, y, types_basic[B_UINT], true);
        return out->mode != MODE_INVALID;
    }
    if (can_mix(x, y)) {
        if (!check_convert_untyped_op(c, x, y->type)) {
            out->mode = MODE_INVALID;
            return false;
        }
        if (!check_convert_untyped_op(c, y, x->type)) {
            out->mode = MODE_INVALID;
            return false;
        }
    }
    if (is_comparison(op)) {
        check_comparison(c, x, y, op, out, e);
        return out->mode != MODE_INVALID;
    }
    if (!types_identical(x->type, y->type)) {
        if (check_valid_type(x->type) && check_valid_type(y->type)) {
            if (e)
                check_error(check_expr_pos(x), "invalid operation: %s (mismatched types %s and %s)",
                            estr(e), tstr(x->type), tstr(y->type));
            else
                check_error(check_expr_pos(x),
                            "invalid operation: %s %s= %s (mismatched types %s and %s)", estr(lhs),
                            tok_string(op), estr(rhs), tstr(x->type), tstr(y->type));
        }
        out->mode = MODE_INVALID;
        return false;
    }
    if (!binary_op_ok(op, x->type)) {
        check_error(check_expr_pos(x), "invalid operation: operator %s not defined on %s",
                    tok_string(op), OPND(x));
        out->mode = MODE_INVALID;
        return false;
    }
    if ((op == T_QUO || op == T_REM) && (x->mode == MODE_CONSTANT || is_integer(x->type)) &&
        y->mode == MODE_CONSTANT && y->cval && y->cval->kind != CONST_UNKNOWN &&
        const_is_zero(y->cval)) {
        check_error(check_expr_pos(y), "invalid operation: division by zero");
        out->mode = MODE_INVALID;
        return false;
    }
    out->type = x->type;
    if (x->mode == MODE_CONSTANT && y->mode == MODE_CONSTANT) {
        out->mode = MODE_CONSTANT;
        if (!x->cval || !y->cval || x->cval->kind == CONST_UNKNOWN ||
            y->cval->kind == CONST_UNKNOWN) {
            out->cval = ARENA_NEW(ConstVal);
            return true;
        }
        if (op == T_LAND)
            out->cval = const_make_bool(x->cval->b && y->cval->b);
        else if (op == T_LOR)
            out->cval = const_make_bool(x->cval->b || y->cval->b);
        else
            out->cval = const_binary(op, x->cval, y->cval, is_integer(x->type));
        check_overflow(out);
        return out->mode != MODE_INVALID;
    }
    out->mode = MODE_VALUE;
    return true;
}

/* ---- pointer indirection -------------------------------------------------- */

static void check_star(Checker *c, Node *e) {
    Node *x = e->star.x;
    e->cval = NULL;
    check_expr_or_type(c, x, NULL);
    switch (x->mode) {
    case MODE_INVALID: set_invalid(e); return;
    case MODE_TYPEXPR:
        e->mode = MODE_TYPEXPR;
        e->type = types_new_pointer(x->type);
        return;
    default: break;
    }
    if (check_is_nil(x)) {
        check_error(check_expr_pos(x), "invalid operation: cannot indirect nil");
        set_invalid(e);
        return;
    }
    Type *u = check_under(x->type);
    if (u->kind != TY_POINTER) {
        check_error(check_expr_pos(x), "invalid operation: cannot indirect %s", OPND(x));
        set_invalid(e);
        return;
    }
    e->mode = MODE_VARIABLE;
    e->type = u->pointer.elem;
}

/* ---- dispatch ------------------------------------------------------------- */

static ExprKind raw_expr(Checker *c, Node *e, Type *hint, bool want_type) {
    e->cval = NULL;
    switch (e->kind) {
    case N_BAD: set_invalid(e); return EXPR_STATEMENT;
    case N_IDENT: check_ident(c, e, want_type); break;
    case N_BASICLIT: check_basic_lit(e); break;
    case N_FUNCLIT: check_funclit(c, e); break;
    case N_COMPOSITELIT: check_complit(c, e, hint); break;
    case N_PAREN: {
        ExprKind k = raw_expr(c, e->paren.x, hint, want_type);
        copy_operand(e, e->paren.x);
        return k;
    }
    case N_SELECTOR: check_selector(c, e, want_type); break;
    case N_INDEX: check_index(c, e); break;
    case N_SLICE: check_slice_expr(c, e); break;
    case N_TYPEASSERT: check_type_assert(c, e); break;
    case N_CALL: return check_call_expr(c, e);
    case N_STAR: check_star(c, e); break;
    case N_UNARY: return check_unary(c, e);
    case N_BINARY:
        check_binary(c, e, e->binary.x, e->binary.y, e->binary.op, e->binary.op_pos, e);
        break;
    case N_KEYVALUE:
        check_error(e->pos, "unexpected key:value expression");
        set_invalid(e);
        return EXPR_STATEMENT;
    case N_ARRAYTYPE:
    case N_STRUCTTYPE:
    case N_FUNCTYPE:
    case N_INTERFACETYPE:
    case N_MAPTYPE:
    case N_CHANTYPE: {
        /* go/types keeps the type mode even for an invalid type, so that
         * "[...]int (type) is not an expression" is still said */
        Type *t = check_typexpr(c, e, NULL);
        e->type = t;
        e->mode = MODE_TYPEXPR;
        return EXPR_EXPRESSION;
    }
    case N_ELLIPSIS:
        check_error(e->pos, "invalid use of '...'");
        set_invalid(e);
        return EXPR_STATEMENT;
    default:
        check_error(e->pos, "%s is not an expression", estr(e));
        set_invalid(e);
        return EXPR_STATEMENT;
    }
    if (e->mode == MODE_INVALID) {
        if (!e->type) e->type = types_invalid;
        return EXPR_STATEMENT;
    }
    return EXPR_EXPRESSION;
}

ExprKind check_raw_expr(Checker *c, Node *e, Type *hint) {
    return raw_expr(c, e, hint, false);
}

static void exclude(Node *e, bool novalue, bool builtin, bool typexpr) {
    const char *msg = NULL;
    switch (e->mode) {
    case MODE_NOVALUE:
        if (novalue) msg = typexpr ? "%s used as value" : "%s used as value or type";
        break;
    case MODE_BUILTIN:
        if (builtin) msg = "%s must be called";
        break;
    case MODE_TYPEXPR:
        if (typexpr) msg = "%s is not an expression";
        break;
    default: break;
    }
    if (msg) {
        char buf[64];
        snprintf(buf, sizeof buf, "%s", msg);
        const char *rest = strstr(buf, "%s") + 2;
        check_error(check_expr_pos(e), "%s%s", OPND(e), rest);
        e->mode = MODE_INVALID;
    }
}

static void single_value(Node *e) {
    if (e->mode == MODE_VALUE && e->type && e->type->kind == TY_TUPLE) {
        check_error(check_expr_pos(e), "multiple-value %s in single-value context", OPND(e));
        e->mode = MODE_INVALID;
    }
}

void check_expr(Checker *c, Node *e, Type *hint) {
    raw_expr(c, e, hint, false);
    exclude(e, true, true, true);
    single_value(e);
}

void check_expr_or_type(Checker *c, Node *e, Type *hint) {
    raw_expr(c, e, hint, true);
    exclude(e, true, false, false);
    single_value(e);
}

/* As check_expr_or_type, for check_typexpr: the name is expected to denote a
 * type (so a package-level type name is resolved even if already typed). */
void check_expr_or_type_want(Checker *c, Node *e) {
    raw_expr(c, e, NULL, true);
    exclude(e, true, false, false);
    single_value(e);
}

int check_multi_expr(Checker *c, Node *e, bool allow_commaok) {
    raw_expr(c, e, NULL, false);
    exclude(e, true, true, true);
    if (e->mode == MODE_INVALID) return 1;
    if (e->type && e->type->kind == TY_TUPLE) return e->type->tuple.vars.len;
    if (allow_commaok && (e->mode == MODE_MAPINDEX || e->mode == MODE_COMMAOK)) return 2;
    return 1;
}

void check_expr_stmt(Checker *c, Node *e) {
    ExprKind kind = raw_expr(c, e, NULL, false);
    const char *msg;
    switch (e->mode) {
    case MODE_INVALID: return;
    case MODE_BUILTIN: msg = "must be called"; break;
    case MODE_TYPEXPR: msg = "is not an expression"; break;
    default:
        if (kind == EXPR_STATEMENT) {
            /* a call or receive whose value is dropped: give an untyped
             * result its default type */
            check_default_type(c, e);
            return;
        }
        msg = "is not used";
        break;
    }
    check_error(check_expr_pos(e), "%s %s", OPND(e), msg);
}

void check_lhs_expr(Checker *c, Node *e) {
    Node *u = ast_unparen(e);
    if (u->kind == N_IDENT && strcmp(u->ident.name, "_") == 0) {
        u->ident.obj = NULL;
        u->mode = e->mode = MODE_VARIABLE;
        u->type = e->type = NULL;
        return;
    }
    Object *v = NULL;
    bool used = false;
    if (u->kind == N_IDENT) {
        Object *o = check_lookup(c, u->ident.name);
        if (o && o->kind == OBJ_VAR && o->pkg == c->pkg) {
            v = o;
            used = o->var.used;
        }
    }
    check_expr(c, e, NULL);
    if (v) v->var.used = used;
}

void check_cond(Checker *c, Node *e, const char *what) {
    check_expr(c, e, NULL);
    if (e->mode == MODE_INVALID) return;
    if (!is_boolean(e->type)) {
        check_error(check_expr_pos(e), "non-boolean condition in %s", what);
        return;
    }
    check_default_type(c, e);
}
