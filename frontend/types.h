/* types.h: types, objects, scopes, constants and packages — the checker's
 * output, read by escape/ and codegen/.
 *
 * The model mirrors Go's go/types package (Basic, Pointer, Array, Slice,
 * Struct, Tuple, Signature, Interface, Map, Chan, Named; Var, Const,
 * TypeName, Func, PkgName, Builtin, Label, Nil; Scope; Selection), so that
 * anyone who knows go/types can read it. Constants follow go/constant but use
 * GMP: integers are mpz_t, floats are exact rationals (mpq_t). */
#ifndef ESCGO_TYPES_H
#define ESCGO_TYPES_H

#include <gmp.h>

#include "ast.h"

/* ---- types -------------------------------------------------------------- */

typedef enum TypeKind {
    TY_INVALID,
    TY_BASIC,
    TY_POINTER,
    TY_ARRAY,
    TY_SLICE,
    TY_STRUCT,
    TY_TUPLE, /* multiple results / parameter lists; never a value's type */
    TY_SIGNATURE,
    TY_INTERFACE,
    TY_MAP,
    TY_CHAN,
    TY_NAMED,
    TY_TYPEPARAM, /* parsed and represented so it can be rejected cleanly */
} TypeKind;

/* Basic kinds, in go/types order. */
typedef enum BasicKind {
    B_INVALID,
    B_BOOL,
    B_INT,
    B_INT8,
    B_INT16,
    B_INT32,
    B_INT64,
    B_UINT,
    B_UINT8,
    B_UINT16,
    B_UINT32,
    B_UINT64,
    B_UINTPTR,
    B_FLOAT32,
    B_FLOAT64,
    B_COMPLEX64,
    B_COMPLEX128,
    B_STRING,
    B_UNSAFEPOINTER,
    /* untyped */
    B_UNTYPED_BOOL,
    B_UNTYPED_INT,
    B_UNTYPED_RUNE,
    B_UNTYPED_FLOAT,
    B_UNTYPED_COMPLEX,
    B_UNTYPED_STRING,
    B_UNTYPED_NIL,
    B_KIND_COUNT
} BasicKind;

/* Basic type properties (go/types BasicInfo). */
enum {
    BI_BOOLEAN = 1 << 0,
    BI_INTEGER = 1 << 1,
    BI_UNSIGNED = 1 << 2,
    BI_FLOAT = 1 << 3,
    BI_COMPLEX = 1 << 4,
    BI_STRING = 1 << 5,
    BI_UNTYPED = 1 << 6,
    BI_ORDERED = BI_INTEGER | BI_FLOAT | BI_STRING,
    BI_NUMERIC = BI_INTEGER | BI_FLOAT | BI_COMPLEX,
    BI_CONST = BI_BOOLEAN | BI_NUMERIC | BI_STRING,
};

typedef enum ChanDir { CHAN_SEND = 1, CHAN_RECV = 2, CHAN_BOTH = 3 } ChanDir;

struct Type {
    TypeKind kind;
    int64_t size_cache;  /* -1 until computed by types_sizeof */
    int64_t align_cache; /* -1 until computed */
    void *cg;            /* codegen's cache (LLVM type, descriptor), opaque here */
    union {
        struct {
            BasicKind kind;
            int info; /* BI_* */
            const char *name;
        } basic;
        struct {
            Type *elem;
        } pointer; /* also slice */
        struct {
            Type *elem;
            int64_t len; /* -1 if unknown (error) */
        } array;
        struct {
            Type *elem;
        } slice;
        struct {
            Vec fields; /* Object* (OBJ_VAR with is_field), in order */
            Vec tags;   /* const char* or NULL, parallel to fields */
            int64_t *offsets; /* computed with the size */
        } strct;
        struct {
            Vec vars; /* Object* (OBJ_VAR) */
        } tuple;
        struct {
            Object *recv;  /* NULL for functions and func types */
            Type *params;  /* TY_TUPLE, never NULL */
            Type *results; /* TY_TUPLE, never NULL */
            bool variadic; /* last param is ...T and has type []T */
        } sig;
        struct {
            Vec methods;   /* explicitly declared Object* (OBJ_FUNC) */
            Vec embeddeds; /* embedded Type* */
            Vec all;       /* complete method set, sorted by name (as gc):
                              filled by types_complete_interface */
            bool complete;
            bool is_constraint; /* has type terms: usable only as a constraint */
        } iface;
        struct {
            Type *key, *elem;
        } map;
        struct {
            ChanDir dir;
            Type *elem;
        } chan;
        struct {
            Object *obj;       /* its OBJ_TYPENAME */
            Type *underlying;  /* set once resolved; never TY_NAMED */
            Vec methods;       /* Object* (OBJ_FUNC), in source order */
            Vec targs;         /* type arguments if instantiated (unsupported) */
        } named;
        struct {
            Object *obj;
            Type *constraint;
            int index;
        } typeparam;
    };
};

/* Predeclared types, indexed by BasicKind; also types_byte, types_rune
 * (aliases of uint8/int32 that print as "byte"/"rune"), types_error (the
 * named interface type "error") and types_any (alias of interface{}). */
extern Type *types_basic[B_KIND_COUNT];
extern Type *types_byte, *types_rune, *types_error, *types_any;
extern Type *types_invalid;

Type *types_new_pointer(Type *elem);
Type *types_new_slice(Type *elem);
Type *types_new_array(Type *elem, int64_t len);
Type *types_new_map(Type *key, Type *elem);
Type *types_new_chan(ChanDir dir, Type *elem);
Type *types_new_tuple(Vec vars);
Type *types_new_signature(Object *recv, Type *params, Type *results, bool variadic);
Type *types_new_struct(Vec fields, Vec tags);
Type *types_new_interface(Vec methods, Vec embeddeds);
Type *types_new_named(Object *obj, Type *underlying);

/* The underlying type (the type itself unless TY_NAMED). */
Type *types_underlying(Type *t);
bool types_identical(Type *a, Type *b);
bool types_is_basic(Type *t, int info_mask); /* of the underlying type */
bool types_is_untyped(Type *t);
bool types_is_interface(Type *t);
bool types_comparable(Type *t);
bool types_has_pointers(Type *t); /* does a value hold GC pointers? */
/* The default type of an untyped constant type (untyped int -> int ...). */
Type *types_default(Type *t);
void types_complete_interface(Type *t);

/* Sizes and alignment on amd64, as gc computes them. */
int64_t types_sizeof(Type *t);
int64_t types_alignof(Type *t);
int64_t types_offsetof(Type *strct, int field_index);

/* The type as gc (types2) spells it in messages: "int", "[]string",
 * "func(x int) (bool, error)", "struct{a int; b string}", "interface{}" (and
 * "any" only for the interface written as any). Named types of
 * types_local_pkg print unqualified ("*T"), others as "pkg.T" ("*os.File"). */
const char *types_string(Type *t);
/* The run-time spelling (reflect's Type.String, %T, panics), which differs
 * from types_string: every named type is package-qualified ("main.T"),
 * byte/rune are uint8/int32, "struct { a int; main.T }", "interface {}",
 * "interface { M(int) string; main.m() }" (whole method set), and func
 * types omit parameter names: "func(int, ...string) (bool, error)". */
const char *types_string_qualified(Type *t);

/* ---- type relations (go/types predicates and lookup) ------------------- */

/* Spec "Assignability": can a value of type v be assigned to type t?
 * On failure, *reason (if non-NULL) may be set to gc's explanation suffix,
 * e.g. "(missing method M)", or NULL. Untyped constant operands are the
 * checker's business (representability), not this function's. */
bool types_assignable(Type *v, Type *t, const char **reason);
/* Spec "Conversions" for non-constant values: T(x) with x of type v. */
bool types_convertible(Type *v, Type *t);
/* go/types LookupFieldOrMethod: looks name up in t's fields and methods
 * (through embedded fields, breadth-first by depth). Returns NULL if not
 * found; sets *ambiguous when several are found at the shallowest depth.
 * addressable says whether x is addressable (for pointer-receiver methods);
 * *needs_addr is set when the method has a pointer receiver and x is not a
 * pointer (the caller reports "cannot call pointer method" if !addressable).
 * pkg is the package doing the lookup (unexported names match only there). */
Selection *types_lookup(Type *t, bool addressable, Package *pkg, const char *name,
                        bool *ambiguous, bool *needs_addr);
/* If type v does not implement interface iface, returns the first missing
 * method (by name order) and sets *wrong_type when v has a method of that
 * name with the wrong signature or receiver kind; NULL if v implements it. */
Object *types_missing_method(Type *v, Type *iface, bool *wrong_type);

/* ---- constants (go/constant) ------------------------------------------ */

typedef enum ConstKind {
    CONST_UNKNOWN, /* erroneous */
    CONST_BOOL,
    CONST_STRING,
    CONST_INT,
    CONST_FLOAT,
    CONST_COMPLEX,
} ConstKind;

struct ConstVal {
    ConstKind kind;
    bool b;
    struct {
        const char *ptr;
        int64_t len;
    } str; /* may contain NUL bytes */
    mpz_t i;      /* CONST_INT */
    mpq_t f;      /* CONST_FLOAT, and the real part of CONST_COMPLEX */
    mpq_t imag;   /* CONST_COMPLEX */
};

ConstVal *const_make_bool(bool b);
ConstVal *const_make_string(const char *s, int64_t len);
ConstVal *const_make_int64(int64_t v);
ConstVal *const_make_uint64(uint64_t v);
ConstVal *const_make_double(double d);
/* From a literal's source text (T_INT, T_FLOAT, T_IMAG, T_CHAR, T_STRING);
 * NULL if malformed. Runes are CONST_INT, imaginary literals CONST_COMPLEX.
 * Exponents beyond about ±1.2 million decimal digits are clamped (values
 * that large are approximate; see const.c), and any result too large to
 * hold exactly is CONST_UNKNOWN, which the checker reports as overflow. */
ConstVal *const_from_literal(TokKind kind, const char *text);

/* Arithmetic. op is a token (T_ADD, T_SHL, T_EQL, ...). Operands are
 * converted to the larger kind first (int < float < complex). Division of
 * two ints with T_QUO is integer division only if int_div is set (the
 * operands were typed or untyped integer constants). */
ConstVal *const_unary(TokKind op, ConstVal *x, int prec_bits /* for ^x on unsigned */);
ConstVal *const_binary(TokKind op, ConstVal *x, ConstVal *y, bool int_div);
ConstVal *const_shift(TokKind op, ConstVal *x, uint64_t s);
bool const_compare(TokKind op, ConstVal *x, ConstVal *y);
ConstVal *const_to_int(ConstVal *x);     /* NULL if not exactly an integer */
ConstVal *const_to_float(ConstVal *x);   /* NULL if not representable */
ConstVal *const_to_complex(ConstVal *x);
bool const_is_zero(ConstVal *x);

/* Whether x is representable in basic type t (gc's rules, including
 * rounding of floats to float32/float64); if so and rounded != NULL, stores
 * the rounded value there, converted to t's kind: CONST_INT for integer
 * types (untyped int/rune too), CONST_FLOAT for float types, CONST_COMPLEX
 * for complex types. An unknown (erroneous) x is representable, as in
 * go/types, to avoid follow-up errors. */
bool const_representable(ConstVal *x, Type *t, ConstVal **rounded);

int64_t const_int64(ConstVal *x);   /* two's complement truncation */
uint64_t const_uint64(ConstVal *x); /* two's complement truncation */
double const_float64(ConstVal *x);  /* correctly rounded */
float const_float32(ConstVal *x);   /* correctly rounded */
/* gc's spelling of a constant in messages: 1, 1.5, 1e+400, "s", true. */
const char *const_string(ConstVal *x);

/* ---- objects (go/types Object) ------------------------------------------ */

typedef enum ObjKind {
    OBJ_BAD,
    OBJ_VAR,      /* variable, parameter, result, struct field */
    OBJ_CONST,
    OBJ_TYPENAME,
    OBJ_FUNC,     /* function or method (declared, not literal) */
    OBJ_PKGNAME,  /* imported package name */
    OBJ_BUILTIN,  /* len, append, ... */
    OBJ_LABEL,
    OBJ_NIL,
} ObjKind;

typedef enum BuiltinId {
    BUILTIN_NONE,
    BUILTIN_APPEND,
    BUILTIN_CAP,
    BUILTIN_CLOSE,
    BUILTIN_COMPLEX,
    BUILTIN_COPY,
    BUILTIN_DELETE,
    BUILTIN_IMAG,
    BUILTIN_LEN,
    BUILTIN_MAKE,
    BUILTIN_NEW,
    BUILTIN_PANIC,
    BUILTIN_PRINT,
    BUILTIN_PRINTLN,
    BUILTIN_REAL,
    BUILTIN_RECOVER,
    /* package unsafe */
    BUILTIN_ALIGNOF,
    BUILTIN_OFFSETOF,
    BUILTIN_SIZEOF,
    BUILTIN_ADD,
    BUILTIN_SLICE,
} BuiltinId;

/* Per-function facts the checker gathers, shared by FuncDecl and FuncLit. */
typedef struct FuncInfo {
    Node *decl;      /* N_FUNCDECL or N_FUNCLIT */
    Object *obj;     /* OBJ_FUNC for declared functions, NULL for literals */
    Type *sig;       /* TY_SIGNATURE */
    Vec params;      /* Object* incl. the receiver first, if any */
    Vec results;     /* Object* (named or ~r0, ~r1, ... for unnamed) */
    Vec locals;      /* every local variable declared in the body */
    Vec captures;    /* FuncLit: Object* of enclosing functions' variables used */
    Vec funclits;    /* FuncInfo* of literals directly inside */
    struct FuncInfo *outer; /* the enclosing function of a literal */
    const char *link_name;  /* symbol: "main.main", "main.(*T).M", "main.f.func1" */
    bool has_defer;
    bool has_recover;
    bool noescape;   /* //go:noescape */
    bool has_goto_back; /* a goto jumps backwards (loop depth, see ESCAPE-NOTES) */
    void *esc;       /* escape/'s per-function data */
    void *cg;        /* codegen's per-function data */
} FuncInfo;

struct Object {
    ObjKind kind;
    const char *name; /* interned */
    Pos pos;          /* of the declaring identifier */
    Type *type;
    Package *pkg;     /* NULL for universe objects */
    Scope *parent;    /* scope it is declared in */
    Node *decl;       /* declaring node (N_IDENT for vars/consts/funcs, the
                         N_FUNCDECL for funcs, N_TYPESPEC for types) */
    union {
        struct {
            bool is_field;
            bool embedded;     /* embedded struct field */
            bool is_param;
            bool is_result;
            bool is_global;    /* package-level variable */
            bool used;         /* for "declared but not used" */
            bool addr_taken;   /* &x, or implicitly by a method call */
            bool reassigned;   /* assigned after its declaration */
            bool captured;     /* used by a func literal */
            FuncInfo *func;    /* the function it is local to (NULL for globals) */
            int index;         /* field/param index */
        } var;
        struct {
            ConstVal *val;
        } cnst;
        struct {
            FuncInfo *info;    /* NULL for body-less or imported? (no: whole
                                  program, every func has info) */
            bool is_method;
            bool has_ptr_recv;
        } func;
        struct {
            Package *imported;
            bool used;
        } pkgname;
        struct {
            BuiltinId id;
        } builtin;
        struct {
            Node *stmt; /* N_LABELEDSTMT */
            bool used;
        } label;
    };
    void *esc; /* escape/'s data (a location) */
    void *cg;  /* codegen's data (an LLVMValueRef, slot ...) */
};

/* ---- scopes ------------------------------------------------------------- */

struct Scope {
    Scope *parent;
    Vec names;   /* const char*, parallel to objs (small scopes: linear) */
    Vec objs;    /* Object* */
    void *table; /* hash index for large scopes (package/universe) */
    bool is_func; /* the outermost scope of a function */
    Pos pos, end;
};

Scope *scope_new(Scope *parent);
Object *scope_lookup_local(Scope *s, const char *name);
/* Looks name up through the parents; stores the scope it was found in. */
Object *scope_lookup(Scope *s, const char *name, Scope **found);
/* Inserts obj; returns the existing object with that name, or NULL. */
Object *scope_insert(Scope *s, Object *obj);

extern Scope *universe;

/* ---- selections (go/types Selection) ------------------------------------ */

typedef enum SelKind {
    SEL_FIELD,       /* x.f: a struct field */
    SEL_METHOD,      /* x.m: a method value or call (x is a value) */
    SEL_METHOD_EXPR, /* T.m: a method expression */
} SelKind;

struct Selection {
    SelKind kind;
    Type *recv;     /* type of x */
    Object *obj;    /* the field (OBJ_VAR) or method (OBJ_FUNC) */
    int *index;     /* path of field indices through embedded fields;
                       the last entry is the field or method index */
    int index_len;
    bool indirect;  /* a pointer was dereferenced on the path */
};

/* ---- packages and the whole program ------------------------------------- */

struct Package {
    const char *path; /* import path: "main", "os", "unicode/utf8" */
    const char *name; /* package name */
    Scope *scope;
    Vec files;        /* N_FILE */
    Vec imports;      /* Package* */
    Vec var_inits;    /* VarInit*, in Go's package initialization order */
    Vec init_funcs;   /* FuncInfo* of init functions, in source order */
    Vec funcs;        /* FuncInfo* of every function and method declared */
    bool checked;
};

/* One package-level variable initializer, in Go's initialization order. */
typedef struct VarInit {
    Vec lhs;    /* Object* (OBJ_VAR); several for `var a, b = f()` */
    Node *rhs;  /* the initializer expression */
} VarInit;

/* ---- helpers (additions beyond go/types' API) ------------------------- */

/* The package "unsafe" (Pointer, Sizeof, Alignof, Offsetof, Add, Slice);
 * created by types_init_universe. */
Package *types_unsafe_package(void);
/* unsafe.Pointer (the same as types_basic[B_UNSAFEPOINTER]). */
extern Type *types_unsafe_pointer;
/* The package whose named types types_string leaves unqualified. The checker
 * sets it to the package it is checking (gc qualifies every other package's
 * types by package name); when NULL, the package with path "main" is local. */
extern Package *types_local_pkg;

/* A new object of the given kind, with pos/decl/parent left empty. */
Object *types_new_object(ObjKind kind, const char *name, Type *type, Package *pkg);
/* go/types hasName: a defined (Named), predeclared (Basic) or type
 * parameter type, as opposed to a type literal (for assignability). */
bool types_is_named(Type *t);
/* Whether an identifier is exported (starts with an upper-case letter). */
bool types_is_exported(const char *name);
/* The element type of a pointer, slice, array, map or chan (of the
 * underlying type); NULL for other types. */
Type *types_elem(Type *t);
/* *T -> T when t's underlying type is a pointer, else t itself. */
Type *types_deref(Type *t);
/* As types_identical, but struct tags are ignored (for conversions). */
bool types_identical_ignore_tags(Type *a, Type *b);
/* A struct's field by index (an Object* OBJ_VAR), or its count. */
int types_num_fields(Type *strct);
Object *types_field(Type *strct, int i);
/* The number of bits of |x| for an integer constant (go/constant BitLen);
 * the checker uses it for gc's 512-bit limit on untyped integers. */
int64_t const_bitlen(ConstVal *x);
/* strconv.Quote of bytes: "a\n\x00" (used for tags and constants). */
const char *const_quote(const char *s, int64_t len);
/* Sign of a numeric constant: -1, 0, 1 (real part for complex). */
int const_sign(ConstVal *x);

#endif
