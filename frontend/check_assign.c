/* check_assign.c: assignability of an evaluated operand to a type, with
 * gc's messages and reasons (go/types assignment, operand.assignableTo,
 * implements and missingMethodReason). Every context that stores a value —
 * assignments, declarations, arguments, results, literal elements, map
 * indexes — goes through check_assignable_to, which also gives untyped
 * operands their final type. The assignment statements themselves are in
 * check_stmt.c. */
#include "frontend/check_internal.h"

#include <string.h>
#include <strings.h>

static bool is_interface(Type *t) {
    return check_valid_type(t) && check_under(t)->kind == TY_INTERFACE;
}

static bool is_interface_ptr(Type *t) {
    Type *u = check_under(t);
    return u->kind == TY_POINTER && is_interface(u->pointer.elem);
}

/* "M(int) string": a method's name and signature as gc prints them. */
static const char *func_string(Object *m) {
    const char *s = types_string(m->type);
    if (strncmp(s, "func", 4) == 0) s += 4;
    return arena_printf("%s%s", m->name, s);
}

/* A method of v whose name differs from name only in case (gc's hint for
 * "missing M method" when v has m). */
static Object *method_fold_case(Type *v, const char *name) {
    Type *t = v;
    if (t->kind == TY_POINTER) t = t->pointer.elem;
    Vec *ms = NULL;
    if (t->kind == TY_NAMED) ms = &t->named.methods;
    Type *u = check_under(t);
    if (u->kind == TY_INTERFACE) {
        types_complete_interface(u);
        ms = &u->iface.all;
    }
    if (!ms) return NULL;
    for (int i = 0; i < ms->len; i++) {
        Object *m = ms->items[i];
        if (m->name && strcasecmp(m->name, name) == 0 && strcmp(m->name, name) != 0 && m->type)
            return m;
    }
    return NULL;
}

const char *check_missing_method_reason(Checker *c, Type *v, Type *t) {
    bool wrong = false;
    Object *m = types_missing_method(v, t, &wrong);
    if (!m) return "";
    const char *mname = arena_printf("%s method", m->name);
    if (wrong) {
        bool amb = false, needs_addr = false;
        Selection *s = types_lookup(v, false, c ? c->pkg : NULL, m->name, &amb, &needs_addr);
        Object *alt = s ? s->obj : NULL;
        if (alt && alt->kind == OBJ_FUNC && alt->type) {
            Type *want = types_new_signature(NULL, m->type->sig.params, m->type->sig.results,
                                             m->type->sig.variadic);
            Type *have = types_new_signature(NULL, alt->type->sig.params, alt->type->sig.results,
                                             alt->type->sig.variadic);
            if (types_identical(want, have))
                return arena_printf("(%s has pointer receiver)", mname);
            return arena_printf("(wrong type for %s)\n\t\thave %s\n\t\twant %s", mname,
                                func_string(alt), func_string(m));
        }
        return arena_printf("(%s has pointer receiver)", mname);
    }
    Object *alt = method_fold_case(v, m->name);
    if (alt)
        return arena_printf("(missing %s)\n\t\thave %s\n\t\twant %s", mname, func_string(alt),
                            func_string(m));
    if (is_interface_ptr(v))
        return arena_printf("(type %s is pointer to interface, not interface)", types_string(v));
    if (is_interface_ptr(t))
        return arena_printf("(type %s is pointer to interface, not interface)", types_string(t));
    return arena_printf("(missing %s)", mname);
}

const char *check_assign_reason(Checker *c, Type *v, Type *t) {
    if (!check_valid_type(v) || !check_valid_type(t)) return NULL;
    Type *tu = check_under(t);
    if (tu->kind == TY_INTERFACE || is_interface_ptr(tu)) {
        if (tu->kind != TY_INTERFACE)
            return arena_printf("%s does not implement %s (type %s is pointer to interface, not "
                                "interface)",
                                types_string(v), types_string(t), types_string(t));
        bool wrong = false;
        if (types_missing_method(v, t, &wrong))
            return arena_printf("%s does not implement %s %s", types_string(v), types_string(t),
                                check_missing_method_reason(c, v, t));
        return NULL;
    }
    if (is_interface(v)) {
        bool wrong = false;
        if (!types_missing_method(t, v, &wrong)) return "need type assertion";
    }
    return NULL;
}

bool check_assignable_to(Checker *c, Node *e, Type *t, const char *context) {
    if (e->mode == MODE_VALUE && e->type && e->type->kind == TY_TUPLE) {
        check_error(check_expr_pos(e), "multiple-value %s in single-value context",
                    check_operand_string(e));
        e->mode = MODE_INVALID;
    }
    switch (e->mode) {
    case MODE_INVALID: return false;
    case MODE_CONSTANT:
    case MODE_VARIABLE:
    case MODE_MAPINDEX:
    case MODE_VALUE:
    case MODE_COMMAOK: break;
    default:
        check_error(check_expr_pos(e), "cannot assign %s to %s in %s", check_operand_string(e),
                    t ? types_string(t) : "<nil>", context);
        e->mode = MODE_INVALID;
        return false;
    }
    if (e->type && types_is_untyped(e->type)) {
        Type *target = t;
        if (check_is_nil(e) ||
            (e->type->kind == TY_BASIC && e->type->basic.kind == B_UNTYPED_NIL)) {
            if (!t) {
                check_error(check_expr_pos(e), "use of untyped nil in %s", context);
                e->mode = MODE_INVALID;
                return false;
            }
        } else if (!t || is_interface(t)) {
            target = types_default(e->type);
        }
        check_convert_untyped(c, e, target, context);
        if (e->mode == MODE_INVALID) return false;
    }
    if (!t) return true;
    if (!check_valid_type(t) || !check_valid_type(e->type)) return true;
    if (types_identical(e->type, t) || types_assignable(e->type, t, NULL)) return true;
    const char *reason = check_assign_reason(c, e->type, t);
    if (reason)
        check_error(check_expr_pos(e), "cannot use %s as type %s in %s:\n\t%s",
                    check_operand_string(e), types_string(t), context, reason);
    else
        check_error(check_expr_pos(e), "cannot use %s as type %s in %s", check_operand_string(e),
                    types_string(t), context);
    e->mode = MODE_INVALID;
    return false;
}
