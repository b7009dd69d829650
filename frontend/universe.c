/* universe.c: the universe scope (predeclared types, constants, nil and
 * builtin functions) and the package "unsafe".
 *
 * These are built once, before any package is checked, so that every package
 * scope can have the universe as its parent and every predeclared type is a
 * single Type* that can be compared by pointer (types_basic[B_INT] ...). */
#include "check.h"

#include <string.h>

Scope *universe;
static Package *unsafe_pkg;

Package *types_unsafe_package(void) {
    return unsafe_pkg;
}

static const struct {
    BasicKind kind;
    int info;
    const char *name;
} basic_defs[] = {
    {B_INVALID, 0, "invalid type"},
    {B_BOOL, BI_BOOLEAN, "bool"},
    {B_INT, BI_INTEGER, "int"},
    {B_INT8, BI_INTEGER, "int8"},
    {B_INT16, BI_INTEGER, "int16"},
    {B_INT32, BI_INTEGER, "int32"},
    {B_INT64, BI_INTEGER, "int64"},
    {B_UINT, BI_INTEGER | BI_UNSIGNED, "uint"},
    {B_UINT8, BI_INTEGER | BI_UNSIGNED, "uint8"},
    {B_UINT16, BI_INTEGER | BI_UNSIGNED, "uint16"},
    {B_UINT32, BI_INTEGER | BI_UNSIGNED, "uint32"},
    {B_UINT64, BI_INTEGER | BI_UNSIGNED, "uint64"},
    {B_UINTPTR, BI_INTEGER | BI_UNSIGNED, "uintptr"},
    {B_FLOAT32, BI_FLOAT, "float32"},
    {B_FLOAT64, BI_FLOAT, "float64"},
    {B_COMPLEX64, BI_COMPLEX, "complex64"},
    {B_COMPLEX128, BI_COMPLEX, "complex128"},
    {B_STRING, BI_STRING, "string"},
    /* go/types names it "Pointer"; every message spells it this way. */
    {B_UNSAFEPOINTER, 0, "unsafe.Pointer"},
    {B_UNTYPED_BOOL, BI_BOOLEAN | BI_UNTYPED, "untyped bool"},
    {B_UNTYPED_INT, BI_INTEGER | BI_UNTYPED, "untyped int"},
    {B_UNTYPED_RUNE, BI_INTEGER | BI_UNTYPED, "untyped rune"},
    {B_UNTYPED_FLOAT, BI_FLOAT | BI_UNTYPED, "untyped float"},
    {B_UNTYPED_COMPLEX, BI_COMPLEX | BI_UNTYPED, "untyped complex"},
    {B_UNTYPED_STRING, BI_STRING | BI_UNTYPED, "untyped string"},
    {B_UNTYPED_NIL, BI_UNTYPED, "untyped nil"},
};

static Type *new_basic(BasicKind kind, int info, const char *name) {
    Type *t = ARENA_NEW(Type);
    t->kind = TY_BASIC;
    t->size_cache = -1;
    t->align_cache = -1;
    t->basic.kind = kind;
    t->basic.info = info;
    t->basic.name = name;
    return t;
}

static Object *declare(Scope *s, ObjKind kind, const char *name, Type *type, Package *pkg) {
    Object *o = types_new_object(kind, intern_cstr(name), type, pkg);
    scope_insert(s, o);
    return o;
}

static void declare_builtin(Scope *s, const char *name, BuiltinId id, Package *pkg) {
    Object *o = declare(s, OBJ_BUILTIN, name, types_invalid, pkg);
    o->builtin.id = id;
}

/* error: type error interface { Error() string } */
static Type *make_error_type(void) {
    Object *tn = types_new_object(OBJ_TYPENAME, intern_cstr("error"), NULL, NULL);
    Type *named = types_new_named(tn, NULL);

    Object *res = types_new_object(OBJ_VAR, intern_cstr(""), types_basic[B_STRING], NULL);
    Vec results = {0}, params = {0};
    vec_push(&results, res);
    Object *recv = types_new_object(OBJ_VAR, intern_cstr(""), named, NULL);
    Type *sig = types_new_signature(recv, types_new_tuple(params), types_new_tuple(results), false);
    Object *m = types_new_object(OBJ_FUNC, intern_cstr("Error"), sig, NULL);
    m->func.is_method = true;

    Vec methods = {0}, embeddeds = {0};
    vec_push(&methods, m);
    Type *iface = types_new_interface(methods, embeddeds);
    named->named.underlying = iface;
    types_complete_interface(iface);
    return named;
}

/* comparable: a named constraint interface, usable only as a constraint. */
static Type *make_comparable_type(void) {
    Object *tn = types_new_object(OBJ_TYPENAME, intern_cstr("comparable"), NULL, NULL);
    Vec none = {0};
    Type *iface = types_new_interface(none, none);
    iface->iface.is_constraint = true;
    Type *named = types_new_named(tn, iface);
    types_complete_interface(iface);
    return named;
}

void types_init_universe(void) {
    if (universe) return;
    for (size_t i = 0; i < sizeof basic_defs / sizeof basic_defs[0]; i++)
        types_basic[basic_defs[i].kind] =
            new_basic(basic_defs[i].kind, basic_defs[i].info, basic_defs[i].name);
    types_invalid = types_basic[B_INVALID];
    types_unsafe_pointer = types_basic[B_UNSAFEPOINTER];
    /* Aliases that keep their own name in messages, as go/types does. */
    types_byte = new_basic(B_UINT8, BI_INTEGER | BI_UNSIGNED, "byte");
    types_rune = new_basic(B_INT32, BI_INTEGER, "rune");
    Vec none = {0};
    types_any = types_new_interface(none, none);
    types_complete_interface(types_any);
    types_error = make_error_type();

    universe = scope_new(NULL);
    for (int k = B_BOOL; k <= B_STRING; k++)
        declare(universe, OBJ_TYPENAME, types_basic[k]->basic.name, types_basic[k], NULL);
    declare(universe, OBJ_TYPENAME, "byte", types_byte, NULL);
    declare(universe, OBJ_TYPENAME, "rune", types_rune, NULL);
    Object *err = types_error->named.obj;
    err->parent = universe;
    scope_insert(universe, err);
    declare(universe, OBJ_TYPENAME, "any", types_any, NULL);
    Type *comparable = make_comparable_type();
    scope_insert(universe, comparable->named.obj);

    Object *t = declare(universe, OBJ_CONST, "true", types_basic[B_UNTYPED_BOOL], NULL);
    t->cnst.val = const_make_bool(true);
    Object *f = declare(universe, OBJ_CONST, "false", types_basic[B_UNTYPED_BOOL], NULL);
    f->cnst.val = const_make_bool(false);
    /* The checker substitutes the spec's index for iota's value. */
    Object *iota = declare(universe, OBJ_CONST, "iota", types_basic[B_UNTYPED_INT], NULL);
    iota->cnst.val = const_make_int64(0);
    declare(universe, OBJ_NIL, "nil", types_basic[B_UNTYPED_NIL], NULL);

    declare_builtin(universe, "append", BUILTIN_APPEND, NULL);
    declare_builtin(universe, "cap", BUILTIN_CAP, NULL);
    declare_builtin(universe, "close", BUILTIN_CLOSE, NULL);
    declare_builtin(universe, "complex", BUILTIN_COMPLEX, NULL);
    declare_builtin(universe, "copy", BUILTIN_COPY, NULL);
    declare_builtin(universe, "delete", BUILTIN_DELETE, NULL);
    declare_builtin(universe, "imag", BUILTIN_IMAG, NULL);
    declare_builtin(universe, "len", BUILTIN_LEN, NULL);
    declare_builtin(universe, "make", BUILTIN_MAKE, NULL);
    declare_builtin(universe, "new", BUILTIN_NEW, NULL);
    declare_builtin(universe, "panic", BUILTIN_PANIC, NULL);
    declare_builtin(universe, "print", BUILTIN_PRINT, NULL);
    declare_builtin(universe, "println", BUILTIN_PRINTLN, NULL);
    declare_builtin(universe, "real", BUILTIN_REAL, NULL);
    declare_builtin(universe, "recover", BUILTIN_RECOVER, NULL);

    unsafe_pkg = ARENA_NEW(Package);
    unsafe_pkg->path = intern_cstr("unsafe");
    unsafe_pkg->name = unsafe_pkg->path;
    unsafe_pkg->scope = scope_new(universe);
    unsafe_pkg->checked = true;
    Scope *us = unsafe_pkg->scope;
    declare(us, OBJ_TYPENAME, "Pointer", types_unsafe_pointer, unsafe_pkg);
    declare_builtin(us, "Alignof", BUILTIN_ALIGNOF, unsafe_pkg);
    declare_builtin(us, "Offsetof", BUILTIN_OFFSETOF, unsafe_pkg);
    declare_builtin(us, "Sizeof", BUILTIN_SIZEOF, unsafe_pkg);
    declare_builtin(us, "Add", BUILTIN_ADD, unsafe_pkg);
    declare_builtin(us, "Slice", BUILTIN_SLICE, unsafe_pkg);
}
