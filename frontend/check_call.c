/* check_call.c: call expressions — function and method calls with argument
 * passing (multi-value f(g()), variadic calls with and without ...),
 * conversions T(x) with the constant conversion rules, and the builtins
 * (go/types call.go, conversions.go, builtins.go).
 *
 * Each call records what it is in call.call_kind, so that later stages never
 * have to tell a conversion from a call again. */
#include "frontend/check_internal.h"

#include <string.h>

static bool is_info(Type *t, int mask) {
    return t && types_is_basic(t, mask);
}
#define is_integer(t) is_info((t), BI_INTEGER)
#define is_float(t)   is_info((t), BI_FLOAT)
#define is_complex(t) is_info((t), BI_COMPLEX)
#define is_numeric(t) is_info((t), BI_NUMERIC)
#define is_string(t)  is_info((t), BI_STRING)

static BasicKind basic_kind(Type *t) {
    Type *u = check_under(t);
    return u->kind == TY_BASIC ? u->basic.kind : B_INVALID;
}

static bool is_interface(Type *t) {
    return check_valid_type(t) && check_under(t)->kind == TY_INTERFACE;
}

#define OPND(e) check_operand_string(e)

/* ---- arguments ------------------------------------------------------------ */

/* One argument value: an evaluated node, or the i-th value of a
 * multi-value call passed as f(g()). */
typedef struct Arg {
    Node *e;
    int index; /* -1: e itself; else index into e's tuple */
    Type *type;
} Arg;

typedef struct ArgList {
    Arg *a;
    int n;
} ArgList;

static ArgList eval_args(Checker *c, Vec *args) {
    ArgList l = {0};
    if (args->len == 1) {
        Node *e = args->items[0];
        int n = check_multi_expr(c, e, false);
        if (e->mode != MODE_INVALID && e->type && e->type->kind == TY_TUPLE) {
            l.a = ARENA_ARRAY(Arg, n + 1);
            l.n = n;
            for (int i = 0; i < n; i++) {
                Object *v = e->type->tuple.vars.items[i];
                /* a stand-in node per value, spelled and placed as the call */
                Node *vn = ARENA_NEW(Node);
                *vn = *e;
                vn->mode = MODE_VALUE;
                vn->type = v->type;
                vn->cval = NULL;
                l.a[i] = (Arg){vn, i, v->type};
            }
            return l;
        }
        /* a single value: apply check_expr's single-value checks */
        l.a = ARENA_ARRAY(Arg, 1);
        l.n = 1;
        l.a[0] = (Arg){e, -1, e->type};
        return l;
    }
    l.a = ARENA_ARRAY(Arg, args->len + 1);
    l.n = args->len;
    for (int i = 0; i < args->len; i++) {
        Node *e = args->items[i];
        check_expr(c, e, NULL);
        l.a[i] = (Arg){e, -1, e->type};
    }
    return l;
}

static bool arg_invalid(Arg *a) {
    return a->index < 0 && a->e->mode == MODE_INVALID;
}

/* Assigns one argument to its parameter type. */
static void assign_arg(Checker *c, Arg *a, Type *t, const char *context) {
    if (a->index < 0) {
        check_assignable_to(c, a->e, t, context);
        return;
    }
    if (!check_valid_type(a->type) || !check_valid_type(t)) return;
    if (types_identical(a->type, t) || types_assignable(a->type, t, NULL)) return;
    const char *xs =
        check_operand_parts(ast_expr_string_types2(a->e), MODE_VALUE, a->type, NULL, false);
    const char *reason = check_assign_reason(c, a->type, t);
    if (reason)
        check_error(check_expr_pos(a->e), "cannot use %s as type %s in %s:\n\t%s", xs,
                    types_string(t), context, reason);
    else
        check_error(check_expr_pos(a->e), "cannot use %s as type %s in %s", xs, types_string(t),
                    context);
}

static Type *param_type(Type *params, int i) {
    Object *v = params->tuple.vars.items[i];
    return v->type;
}

/* go/types arguments: argument count and assignability against a
 * signature's parameters (params is a TY_TUPLE). */
static void call_arguments(Checker *c, Node *call, Type *params, bool variadic, ArgList *args,
                           const char *fname) {
    for (int i = 0; i < args->n; i++)
        if (arg_invalid(&args->a[i])) return;
    int nargs = args->n;
    int npars = params ? params->tuple.vars.len : 0;
    bool ddd = call->call.has_ellipsis;
    bool adjusted = false;
    if (variadic) {
        if (ddd) {
            if (call->call.args.len == 1 && nargs > 1) {
                check_error(check_expr_pos(call), "cannot use ... with %d-valued %s", nargs,
                            ast_expr_string_types2(call->call.args.items[0]));
                return;
            }
        } else {
            if (nargs >= npars - 1) {
                adjusted = true;
                npars = nargs;
            } else {
                npars--;
            }
        }
    } else if (ddd) {
        check_error(check_expr_pos(call), "cannot use ... in call to non-variadic %s", fname);
        return;
    }
    if (nargs != npars) {
        Pos at = check_expr_pos(call);
        const char *q = "not enough";
        if (nargs > npars) {
            at = check_expr_pos(args->a[npars].e);
            q = "too many";
        } else if (nargs > 0) {
            at = check_expr_pos(args->a[nargs - 1].e);
        }
        Vec have = {0}, want = {0};
        for (int i = 0; i < args->n; i++)
            vec_push(&have, args->a[i].type);
        if (params)
            for (int i = 0; i < params->tuple.vars.len; i++)
                vec_push(&want, param_type(params, i));
        check_error(at, "%s arguments in call to %s\n\thave %s\n\twant %s", q, fname,
                    check_types_summary(&have, false), check_types_summary(&want, variadic));
        return;
    }
    const char *context = arena_printf("argument to %s", fname);
    int np = params ? params->tuple.vars.len : 0;
    for (int i = 0; i < nargs; i++) {
        Type *t;
        if (adjusted && i >= np - 1) {
            Type *last = param_type(params, np - 1);
            t = check_under(last)->kind == TY_SLICE ? check_under(last)->slice.elem : last;
        } else {
            t = param_type(params, i);
        }
        assign_arg(c, &args->a[i], t, context);
    }
}

/* ---- conversions ------------------------------------------------------------ */

static bool is_const_type(Type *t) {
    Type *u = check_under(t);
    return u->kind == TY_BASIC && (u->basic.info & BI_CONST) && !check_is_untyped(t);
}

/* The UTF-8 encoding of a code point, as string(rune) does it. */
static ConstVal *rune_string(ConstVal *v) {
    uint64_t r = 0xFFFD;
    if (v && v->kind == CONST_INT && const_sign(v) >= 0 && const_bitlen(v) <= 63) {
        uint64_t u = const_uint64(v);
        if (u <= 0x10FFFF && !(u >= 0xD800 && u <= 0xDFFF)) r = u;
    }
    char b[4];
    int n;
    if (r < 0x80) {
        b[0] = (char)r;
        n = 1;
    } else if (r < 0x800) {
        b[0] = (char)(0xC0 | (r >> 6));
        b[1] = (char)(0x80 | (r & 0x3F));
        n = 2;
    } else if (r < 0x10000) {
        b[0] = (char)(0xE0 | (r >> 12));
        b[1] = (char)(0x80 | ((r >> 6) & 0x3F));
        b[2] = (char)(0x80 | (r & 0x3F));
        n = 3;
    } else {
        b[0] = (char)(0xF0 | (r >> 18));
        b[1] = (char)(0x80 | ((r >> 12) & 0x3F));
        b[2] = (char)(0x80 | ((r >> 6) & 0x3F));
        b[3] = (char)(0x80 | (r & 0x3F));
        n = 4;
    }
    return const_make_string(arena_strndup(b, (size_t)n), n);
}

static bool convertible(Checker *c, Node *x, Type *t) {
    if (check_assignable_op(c, x, t)) return true;
    if (check_is_untyped(x->type)) {
        /* non-constant untyped values: bool or numeric (shift results) */
        Type *d = types_default(x->type);
        return d && types_convertible(d, t);
    }
    return types_convertible(x->type, t);
}

/* go/types conversion: x (evaluated) converted to T; x becomes the result. */
static void conversion(Checker *c, Node *call, Node *x, Type *t) {
    bool const_arg = x->mode == MODE_CONSTANT;
    bool ok = false;
    ConstVal *val = x->cval;
    if (const_arg && is_const_type(t)) {
        Type *tu = check_under(t);
        ConstVal *r = NULL;
        if (x->cval && x->cval->kind == CONST_UNKNOWN) {
            ok = true;
        } else if (x->cval && const_representable(x->cval, tu, &r)) {
            ok = true;
            val = r ? r : x->cval;
        } else if (is_integer(x->type) && is_string(tu)) {
            ok = true;
            val = rune_string(x->cval);
        }
    } else if (convertible(c, x, t)) {
        ok = true;
        const_arg = const_arg && is_const_type(t);
    }
    if (!ok) {
        /* gc has already rounded a float to an integer when it says so */
        if (const_arg && is_integer(t) && x->cval && x->cval->kind != CONST_UNKNOWN) {
            ConstVal *iv = const_to_int(x->cval);
            if (iv) x->cval = iv;
        }
        const char *cause =
            check_valid_type(x->type) && !check_is_untyped(x->type) ? check_assign_reason(c, x->type, t) : NULL;
        if (cause)
            check_error(check_expr_pos(x), "cannot convert %s to type %s:\n\t%s", OPND(x),
                        types_string(t), cause);
        else
            check_error(check_expr_pos(x), "cannot convert %s to type %s", OPND(x),
                        types_string(t));
        call->mode = MODE_INVALID;
        call->type = types_invalid;
        return;
    }
    if (check_is_untyped(x->type)) {
        Type *final = t;
        if (basic_kind(x->type) == B_UNTYPED_NIL) {
            /* nil takes the target type */
        } else if (is_interface(t) || (x->mode == MODE_CONSTANT && !is_const_type(t))) {
            final = types_default(x->type);
        } else if (x->mode == MODE_CONSTANT && is_integer(x->type) && is_string(t)) {
            /* string(65): the operand is never materialized and may not
             * fit any integer type (string(1<<100) is "\uFFFD") */
            final = x->type;
        }
        check_update_expr_type(c, x, final, true);
    }
    if (const_arg && is_const_type(t)) {
        call->mode = MODE_CONSTANT;
        call->cval = val;
    } else {
        call->mode = MODE_VALUE;
        call->cval = NULL;
    }
    call->type = t;
}

/* ---- builtins ---------------------------------------------------------------- */

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
    case BUILTIN_ALIGNOF: return "Alignof";
    case BUILTIN_OFFSETOF: return "Offsetof";
    case BUILTIN_SIZEOF: return "Sizeof";
    case BUILTIN_ADD: return "Add";
    case BUILTIN_SLICE: return "Slice";
    default: return "?";
    }
}

/* Argument count and whether the builtin may stand as a statement. */
static void builtin_info(BuiltinId id, int *nargs, bool *variadic, bool *stmt) {
    *variadic = false;
    *stmt = false;
    switch (id) {
    case BUILTIN_APPEND:
        *nargs = 1;
        *variadic = true;
        break;
    case BUILTIN_CAP:
    case BUILTIN_LEN:
    case BUILTIN_IMAG:
    case BUILTIN_REAL:
    case BUILTIN_NEW:
    case BUILTIN_ALIGNOF:
    case BUILTIN_OFFSETOF:
    case BUILTIN_SIZEOF: *nargs = 1; break;
    case BUILTIN_CLOSE:
    case BUILTIN_PANIC:
        *nargs = 1;
        *stmt = true;
        break;
    case BUILTIN_COMPLEX:
    case BUILTIN_ADD:
    case BUILTIN_SLICE: *nargs = 2; break;
    case BUILTIN_COPY:
    case BUILTIN_DELETE:
        *nargs = 2;
        *stmt = true;
        break;
    case BUILTIN_MAKE:
        *nargs = 1;
        *variadic = true;
        break;
    case BUILTIN_PRINT:
    case BUILTIN_PRINTLN:
        *nargs = 0;
        *variadic = true;
        *stmt = true;
        break;
    case BUILTIN_RECOVER:
        *nargs = 0;
        *stmt = true;
        break;
    default: *nargs = 0; break;
    }
}

static Type *empty_interface(void) {
    static Type *t;
    if (!t) {
        Vec none = {0};
        t = types_new_interface(none, none);
        types_complete_interface(t);
    }
    return t;
}

/* The node of argument i, evaluated (single values only). */
static Node *arg_node(ArgList *l, int i) {
    return l->a[i].e;
}

static bool has_var_size(Type *t) {
    (void)t;
    return false; /* only type parameters have variable size */
}

static void use_args(Checker *c, Vec *args, int from) {
    for (int i = from; i < args->len; i++) {
        Node *a = args->items[i];
        if (a->mode == MODE_INVALID && a->type == NULL) check_raw_expr(c, a, NULL);
    }
}

/* go/types builtin: returns false if the call is invalid. */
static bool builtin_call(Checker *c, Node *call, BuiltinId id) {
    Vec *argv = &call->call.args;
    const char *bname = builtin_name(id);
    if (call->call.has_ellipsis && id != BUILTIN_APPEND) {
        check_error(check_expr_pos(call), "invalid operation: invalid use of ... with built-in %s",
                    bname);
        for (int i = 0; i < argv->len; i++)
            check_raw_expr(c, argv->items[i], NULL);
        return false;
    }
    bool save_hcr = c->has_call_or_recv;
    if (id == BUILTIN_LEN || id == BUILTIN_CAP) c->has_call_or_recv = false;

    int want;
    bool variadic, stmt;
    builtin_info(id, &want, &variadic, &stmt);
    ArgList args = {0};
    int nargs = argv->len;
    Node *x = NULL;
    if (id != BUILTIN_MAKE && id != BUILTIN_NEW && id != BUILTIN_OFFSETOF) {
        args = eval_args(c, argv);
        nargs = args.n;
        if (nargs > 0) {
            if (arg_invalid(&args.a[0])) goto fail;
            x = arg_node(&args, 0);
            if (args.a[0].index >= 0) {
                /* f(g()) with a multi-value g: only print/println and
                 * append accept it; treat values as of their types */
            }
        }
    }
    if (nargs < want || (!variadic && nargs > want)) {
        check_error(
            check_expr_pos(call), "invalid operation: %s arguments for %s (expected %d, found %d)",
            nargs < want ? "not enough" : "too many", ast_expr_string_types2(call), want, nargs);
        goto fail;
    }

    switch (id) {
    case BUILTIN_APPEND: {
        Type *s = args.a[0].type;
        Type *su = check_under(s);
        if (su->kind != TY_SLICE) {
            const char *cause;
            if (x && check_is_nil(x))
                cause = "have untyped nil";
            else
                cause = arena_printf("have %s", args.a[0].index < 0 ? OPND(x) : "value");
            check_error(check_expr_pos(x), "first argument to append must be a slice; %s", cause);
            goto fail;
        }
        /* append([]byte, string...) */
        if (nargs == 2 && call->call.has_ellipsis) {
            Node *y = arg_node(&args, 1);
            Type *bs = types_new_slice(types_byte);
            if (types_assignable(s, bs, NULL) || types_identical(check_under(s), bs)) {
                if (args.a[1].index < 0 && y->mode != MODE_INVALID && is_string(y->type)) {
                    if (check_is_untyped(y->type)) check_convert_untyped_op(c, y, types_basic[B_STRING]);
                    call->mode = MODE_VALUE;
                    call->type = s;
                    break;
                }
            }
        }
        Vec pv = {0};
        Object *p0 = types_new_object(OBJ_VAR, intern_cstr(""), s, NULL);
        Object *p1 =
            types_new_object(OBJ_VAR, intern_cstr(""), types_new_slice(su->slice.elem), NULL);
        vec_push(&pv, p0);
        vec_push(&pv, p1);
        call_arguments(c, call, types_new_tuple(pv), true, &args, "append");
        call->mode = MODE_VALUE;
        call->type = s;
        break;
    }
    case BUILTIN_CAP:
    case BUILTIN_LEN: {
        ExprMode mode = MODE_INVALID;
        ConstVal *val = NULL;
        Type *t = check_under(x->type);
        if (t->kind == TY_POINTER && check_under(t->pointer.elem)->kind == TY_ARRAY)
            t = check_under(t->pointer.elem);
        switch (t->kind) {
        case TY_BASIC:
            if (is_string(t) && id == BUILTIN_LEN) {
                if (x->mode == MODE_CONSTANT && x->cval && x->cval->kind == CONST_STRING) {
                    mode = MODE_CONSTANT;
                    val = const_make_int64(x->cval->str.len);
                } else {
                    mode = MODE_VALUE;
                }
            }
            break;
        case TY_ARRAY:
            mode = MODE_VALUE;
            if (!c->has_call_or_recv) {
                mode = MODE_CONSTANT;
                val = t->array.len >= 0 ? const_make_int64(t->array.len) : ARENA_NEW(ConstVal);
            }
            break;
        case TY_SLICE:
        case TY_CHAN: mode = MODE_VALUE; break;
        case TY_MAP:
            if (id == BUILTIN_LEN) mode = MODE_VALUE;
            break;
        default: break;
        }
        if (mode == MODE_INVALID) {
            if (check_valid_type(check_under(x->type)))
                check_error(check_expr_pos(x), "invalid argument: %s for %s", OPND(x), bname);
            goto fail;
        }
        /* the operand of a run-time len is materialized */
        if (mode != MODE_CONSTANT && check_is_untyped(x->type))
            check_convert_untyped_op(c, x, types_default(x->type));
        call->mode = mode;
        call->type = types_basic[B_INT];
        call->cval = val;
        break;
    }
    case BUILTIN_CLOSE: {
        Type *u = check_under(x->type);
        if (u->kind != TY_CHAN) {
            check_error(check_expr_pos(x), "invalid operation: cannot close non-channel %s",
                        OPND(x));
            goto fail;
        }
        if (u->chan.dir == CHAN_RECV) {
            check_error(check_expr_pos(x),
                        "invalid operation: cannot close receive-only channel %s", OPND(x));
            goto fail;
        }
        call->mode = MODE_NOVALUE;
        call->type = NULL;
        break;
    }
    case BUILTIN_COMPLEX: {
        Node *y = arg_node(&args, 1);
        if (y->mode == MODE_INVALID) goto fail;
        int d = (check_is_untyped(x->type) ? 1 : 0) | (check_is_untyped(y->type) ? 2 : 0);
        switch (d) {
        case 1: check_convert_untyped_op(c, x, y->type); break;
        case 2: check_convert_untyped_op(c, y, x->type); break;
        case 3:
            if (x->mode == MODE_CONSTANT && y->mode == MODE_CONSTANT) {
                /* both untyped constants: real parts count as floats */
                if (is_numeric(x->type) &&
                    (!x->cval || x->cval->kind != CONST_COMPLEX || mpq_sgn(x->cval->imag) == 0))
                    x->type = types_basic[B_UNTYPED_FLOAT];
                if (is_numeric(y->type) &&
                    (!y->cval || y->cval->kind != CONST_COMPLEX || mpq_sgn(y->cval->imag) == 0))
                    y->type = types_basic[B_UNTYPED_FLOAT];
            } else {
                check_convert_untyped_op(c, x, types_basic[B_FLOAT64]);
                check_convert_untyped_op(c, y, types_basic[B_FLOAT64]);
            }
            break;
        default: break;
        }
        if (x->mode == MODE_INVALID || y->mode == MODE_INVALID) goto fail;
        if (!types_identical(x->type, y->type)) {
            check_error(check_expr_pos(x), "invalid operation: %s (mismatched types %s and %s)",
                        ast_expr_string_types2(call), types_string(x->type), types_string(y->type));
            goto fail;
        }
        Type *res = NULL;
        switch (basic_kind(x->type)) {
        case B_FLOAT32: res = types_basic[B_COMPLEX64]; break;
        case B_FLOAT64: res = types_basic[B_COMPLEX128]; break;
        case B_UNTYPED_FLOAT: res = types_basic[B_UNTYPED_COMPLEX]; break;
        default: break;
        }
        if (!res) {
            check_error(check_expr_pos(x),
                        "invalid argument: arguments have type %s, expected floating-point",
                        types_string(x->type));
            goto fail;
        }
        if (x->mode == MODE_CONSTANT && y->mode == MODE_CONSTANT) {
            ConstVal *re = const_to_float(x->cval), *im = const_to_float(y->cval);
            ConstVal *v = ARENA_NEW(ConstVal);
            if (re && im) {
                v->kind = CONST_COMPLEX;
                mpq_init(v->f);
                mpq_init(v->imag);
                mpq_set(v->f, re->f);
                mpq_set(v->imag, im->f);
            }
            call->mode = MODE_CONSTANT;
            call->cval = v;
        } else {
            call->mode = MODE_VALUE;
        }
        call->type = res;
        break;
    }
    case BUILTIN_COPY: {
        Type *dst = check_under(x->type);
        Node *y = arg_node(&args, 1);
        if (y->mode == MODE_INVALID) goto fail;
        Type *src = check_under(y->type);
        bool src_string = is_string(src);
        if (src_string) src = types_new_slice(types_byte);
        if (dst->kind != TY_SLICE || src->kind != TY_SLICE) {
            check_error(check_expr_pos(x),
                        "invalid argument: copy expects slice arguments; found %s and %s", OPND(x),
                        OPND(y));
            goto fail;
        }
        if (!types_identical(dst->slice.elem, src->slice.elem)) {
            check_error(check_expr_pos(x),
                        "invalid argument: arguments to copy %s and %s have different element "
                        "types %s and %s",
                        OPND(x), OPND(y), types_string(dst->slice.elem),
                        types_string(src->slice.elem));
            goto fail;
        }
        if (src_string && check_is_untyped(y->type))
            check_convert_untyped_op(c, y, types_basic[B_STRING]);
        call->mode = MODE_VALUE;
        call->type = types_basic[B_INT];
        break;
    }
    case BUILTIN_DELETE: {
        Type *m = check_under(x->type);
        if (m->kind != TY_MAP) {
            check_error(check_expr_pos(x), "invalid argument: %s is not a map", OPND(x));
            goto fail;
        }
        Node *k = arg_node(&args, 1);
        if (k->mode == MODE_INVALID) goto fail;
        if (!check_assignable_to(c, k, m->map.key, "argument to delete")) goto fail;
        call->mode = MODE_NOVALUE;
        call->type = NULL;
        break;
    }
    case BUILTIN_IMAG:
    case BUILTIN_REAL: {
        if (check_is_untyped(x->type)) {
            if (x->mode == MODE_CONSTANT) {
                if (is_numeric(x->type)) x->type = types_basic[B_UNTYPED_COMPLEX];
            } else if (!check_convert_untyped_op(c, x, types_basic[B_COMPLEX128])) {
                goto fail;
            }
        }
        Type *res = NULL;
        switch (basic_kind(x->type)) {
        case B_COMPLEX64: res = types_basic[B_FLOAT32]; break;
        case B_COMPLEX128: res = types_basic[B_FLOAT64]; break;
        case B_UNTYPED_COMPLEX: res = types_basic[B_UNTYPED_FLOAT]; break;
        default: break;
        }
        if (!res) {
            check_error(check_expr_pos(x),
                        "invalid argument: argument has type %s, expected complex type",
                        types_string(x->type));
            goto fail;
        }
        if (x->mode == MODE_CONSTANT) {
            ConstVal *cv = x->cval ? const_to_complex(x->cval) : NULL;
            ConstVal *v = ARENA_NEW(ConstVal);
            if (cv) {
                v->kind = CONST_FLOAT;
                mpq_init(v->f);
                mpq_set(v->f, id == BUILTIN_REAL ? cv->f : cv->imag);
            }
            call->mode = MODE_CONSTANT;
            call->cval = v;
        } else {
            call->mode = MODE_VALUE;
        }
        call->type = res;
        break;
    }
    case BUILTIN_MAKE: {
        Node *a0 = argv->items[0];
        Type *t = check_var_type(c, a0);
        if (!check_valid_type(t)) {
            use_args(c, argv, 1);
            goto fail;
        }
        int min;
        switch (check_under(t)->kind) {
        case TY_SLICE: min = 2; break;
        case TY_MAP:
        case TY_CHAN: min = 1; break;
        default:
            check_error(check_expr_pos(a0),
                        "invalid argument: cannot make %s; type must be slice, map, or channel",
                        ast_expr_string_types2(a0));
            use_args(c, argv, 1);
            goto fail;
        }
        if (nargs < min || min + 1 < nargs) {
            check_error(check_expr_pos(call),
                        "invalid operation: %s expects %d or %d arguments; found %d",
                        ast_expr_string_types2(call), min, min + 1, nargs);
            use_args(c, argv, 1);
            goto fail;
        }
        int64_t sizes[2];
        int ns = 0;
        for (int i = 1; i < argv->len; i++) {
            int64_t v;
            if (check_index_value(c, argv->items[i], -1, "index", false, &v) && v >= 0)
                sizes[ns++] = v;
        }
        if (ns == 2 && sizes[0] > sizes[1])
            check_error(check_expr_pos(argv->items[1]),
                        "invalid argument: length and capacity swapped");
        call->mode = MODE_VALUE;
        call->type = t;
        break;
    }
    case BUILTIN_NEW: {
        Type *t = check_var_type(c, argv->items[0]);
        if (!check_valid_type(t)) goto fail;
        call->mode = MODE_VALUE;
        call->type = types_new_pointer(t);
        break;
    }
    case BUILTIN_PANIC:
        if (!check_assignable_to(c, x, empty_interface(), "argument to panic")) goto fail;
        call->mode = MODE_NOVALUE;
        call->type = NULL;
        break;
    case BUILTIN_PRINT:
    case BUILTIN_PRINTLN: {
        const char *ctx = arena_printf("argument to %s", bname);
        for (int i = 0; i < args.n; i++) {
            Arg *a = &args.a[i];
            if (a->index >= 0) continue;
            if (i > 0 && a->e->mode == MODE_INVALID) goto fail;
            if (!check_assignable_to(c, a->e, NULL, ctx)) goto fail;
        }
        call->mode = MODE_NOVALUE;
        call->type = NULL;
        break;
    }
    case BUILTIN_RECOVER:
        call->mode = MODE_VALUE;
        call->type = empty_interface();
        if (c->func) c->func->has_recover = true;
        break;
    case BUILTIN_ADD: {
        if (!check_assignable_to(c, x, types_unsafe_pointer, "argument to unsafe.Add")) goto fail;
        Node *y = arg_node(&args, 1);
        if (y->mode == MODE_INVALID) goto fail;
        if (!check_convert_untyped_op(c, y, types_basic[B_INT])) goto fail;
        if (!is_integer(y->type)) {
            check_error(check_expr_pos(y), "invalid argument: length %s must be integer", OPND(y));
            goto fail;
        }
        call->mode = MODE_VALUE;
        call->type = types_unsafe_pointer;
        break;
    }
    case BUILTIN_ALIGNOF:
    case BUILTIN_SIZEOF: {
        if (!check_assignable_to(c, x, NULL, arena_printf("argument to unsafe.%s", bname)))
            goto fail;
        if (has_var_size(x->type)) {
            call->mode = MODE_VALUE;
        } else {
            call->mode = MODE_CONSTANT;
            call->cval = const_make_int64(id == BUILTIN_SIZEOF ? types_sizeof(x->type)
                                                               : types_alignof(x->type));
        }
        call->type = types_basic[B_UINTPTR];
        break;
    }
    case BUILTIN_OFFSETOF: {
        Node *a0 = argv->items[0];
        Node *sx = ast_unparen(a0);
        if (sx->kind != N_SELECTOR) {
            check_error(check_expr_pos(a0), "invalid argument: %s is not a selector expression",
                        ast_expr_string_types2(a0));
            check_raw_expr(c, a0, NULL);
            goto fail;
        }
        Node *base_x = sx->selector.x;
        check_expr(c, base_x, NULL);
        if (base_x->mode == MODE_INVALID) goto fail;
        Type *base = base_x->type;
        if (check_under(base)->kind == TY_POINTER && check_under(check_under(base)->pointer.elem)->kind == TY_STRUCT)
            base = check_under(base)->pointer.elem;
        const char *sel = sx->selector.sel->ident.name;
        bool amb = false, na = false;
        Selection *s = types_lookup(base, false, c->pkg, sel, &amb, &na);
        if (!s || amb) {
            check_error(check_expr_pos(base_x), "invalid argument: %s has no single field %s",
                        types_string(base), sel);
            goto fail;
        }
        if (s->obj->kind == OBJ_FUNC) {
            check_error(check_expr_pos(a0), "invalid argument: %s is a method value",
                        ast_expr_string_types2(a0));
            goto fail;
        }
        if (s->indirect) {
            check_error(check_expr_pos(base_x),
                        "invalid argument: field %s is embedded via a pointer in %s", sel,
                        types_string(base));
            goto fail;
        }
        s->kind = SEL_FIELD;
        s->recv = base;
        sx->selector.selection = s;
        sx->selector.sel->ident.obj = s->obj;
        sx->mode = MODE_VARIABLE;
        sx->type = s->obj->type;
        /* the offset is the sum along the embedding path */
        int64_t off = 0;
        Type *t = base;
        for (int i = 0; i < s->index_len; i++) {
            Type *st = check_under(types_deref(t));
            off += types_offsetof(st, s->index[i]);
            t = types_field(st, s->index[i])->type;
        }
        call->mode = MODE_CONSTANT;
        call->cval = const_make_int64(off);
        call->type = types_basic[B_UINTPTR];
        break;
    }
    case BUILTIN_SLICE: {
        Type *pu = check_under(x->type);
        if (pu->kind != TY_POINTER) {
            check_error(check_expr_pos(x), "invalid argument: %s is not a pointer", OPND(x));
            goto fail;
        }
        Node *y = arg_node(&args, 1);
        if (y->mode == MODE_INVALID) goto fail;
        if (!check_convert_untyped_op(c, y, types_basic[B_INT])) goto fail;
        if (!is_integer(y->type)) {
            check_error(check_expr_pos(y), "invalid argument: length %s must be integer", OPND(y));
            goto fail;
        }
        call->mode = MODE_VALUE;
        call->type = types_new_slice(pu->pointer.elem);
        break;
    }
    default: goto fail;
    }
    if (id == BUILTIN_LEN || id == BUILTIN_CAP) c->has_call_or_recv = save_hcr;
    if (call->mode != MODE_CONSTANT) c->has_call_or_recv = true;
    return true;
fail:
    if (id == BUILTIN_LEN || id == BUILTIN_CAP) c->has_call_or_recv = save_hcr;
    return false;
}

static bool builtin_is_stmt(BuiltinId id) {
    int n;
    bool v, s;
    builtin_info(id, &n, &v, &s);
    return s;
}

/* ---- calls -------------------------------------------------------------------- */

ExprKind check_call_expr(Checker *c, Node *call) {
    Node *fun = call->call.fun;
    Vec *argv = &call->call.args;
    call->cval = NULL;
    call->call.call_kind = CALL_UNKNOWN;
    check_expr_or_type(c, fun, NULL);
    switch (fun->mode) {
    case MODE_INVALID:
        for (int i = 0; i < argv->len; i++)
            check_raw_expr(c, argv->items[i], NULL);
        call->mode = MODE_INVALID;
        call->type = types_invalid;
        return EXPR_STATEMENT;
    case MODE_TYPEXPR: {
        Type *t = fun->type;
        call->call.call_kind = CALL_CONVERSION;
        call->mode = MODE_INVALID;
        call->type = types_invalid;
        if (argv->len == 0) {
            check_error(check_expr_pos(call), "missing argument in conversion to %s",
                        types_string(t));
        } else if (argv->len > 1) {
            for (int i = 0; i < argv->len; i++)
                check_raw_expr(c, argv->items[i], NULL);
            check_error(check_expr_pos(argv->items[argv->len - 1]),
                        "too many arguments in conversion to %s", types_string(t));
        } else {
            Node *x = argv->items[0];
            check_expr(c, x, NULL);
            if (x->mode != MODE_INVALID) {
                Type *tu = check_under(t);
                if (tu->kind == TY_INTERFACE && tu->iface.is_constraint) {
                    check_error(check_expr_pos(call),
                                "cannot use interface %s in conversion (contains specific type "
                                "constraints or is comparable)",
                                types_string(t));
                } else if (call->call.has_ellipsis) {
                    check_error(check_expr_pos(x), "invalid use of ... in type conversion to %s",
                                types_string(t));
                } else {
                    conversion(c, call, x, t);
                }
            }
        }
        return EXPR_CONVERSION;
    }
    case MODE_BUILTIN: {
        Object *o = NULL;
        Node *uf = ast_unparen(fun);
        if (uf->kind == N_IDENT)
            o = uf->ident.obj;
        else if (uf->kind == N_SELECTOR)
            o = uf->selector.sel->ident.obj;
        BuiltinId id = o && o->kind == OBJ_BUILTIN ? o->builtin.id : BUILTIN_NONE;
        call->call.call_kind = CALL_BUILTIN;
        call->mode = MODE_INVALID;
        call->type = types_invalid;
        if (!builtin_call(c, call, id)) {
            call->mode = MODE_INVALID;
            if (!call->type) call->type = types_invalid;
        }
        return builtin_is_stmt(id) ? EXPR_STATEMENT : EXPR_EXPRESSION;
    }
    default: break;
    }

    call->call.call_kind = CALL_FUNC;
    Type *sig = check_under(fun->type);
    if (sig->kind != TY_SIGNATURE) {
        check_error(check_expr_pos(fun), "invalid operation: cannot call non-function %s",
                    OPND(fun));
        for (int i = 0; i < argv->len; i++)
            check_raw_expr(c, argv->items[i], NULL);
        call->mode = MODE_INVALID;
        call->type = types_invalid;
        return EXPR_STATEMENT;
    }
    {
        /* a generic function called without instantiation */
        Node *uf = ast_unparen(fun);
        Object *o = uf->kind == N_IDENT      ? uf->ident.obj
                    : uf->kind == N_SELECTOR ? uf->selector.sel->ident.obj
                                             : NULL;
        if (o && o->kind == OBJ_FUNC && o->decl && o->decl->kind == N_FUNCDECL &&
            o->decl->funcdecl.type && o->decl->funcdecl.type->functype.typeparams) {
            check_unsupported(c, check_expr_pos(call), "generic function call");
            for (int i = 0; i < argv->len; i++)
                check_raw_expr(c, argv->items[i], NULL);
            call->mode = MODE_INVALID;
            call->type = types_invalid;
            return EXPR_STATEMENT;
        }
    }
    ArgList args = eval_args(c, argv);
    call_arguments(c, call, sig->sig.params, sig->sig.variadic, &args, ast_expr_string_types2(fun));
    Type *res = sig->sig.results;
    int nres = res ? res->tuple.vars.len : 0;
    if (nres == 0) {
        call->mode = MODE_NOVALUE;
        call->type = res;
    } else if (nres == 1) {
        call->mode = MODE_VALUE;
        call->type = ((Object *)res->tuple.vars.items[0])->type;
    } else {
        call->mode = MODE_VALUE;
        call->type = res;
    }
    c->has_call_or_recv = true;
    return EXPR_STATEMENT;
}
