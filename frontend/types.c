/* types.c: type constructors, predicates, identity, interface method sets,
 * amd64 sizes and gc's spelling of types in messages.
 *
 * Everything here mirrors go/types (and, for sizes, gc's types/size.go),
 * because gc's behaviour is the reference: a type prints as gc prints it, a
 * struct is laid out as gc lays it out, so that messages, unsafe.Sizeof and
 * the run-time layout all agree with a gc-built program. */
#include "types.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

Type *types_basic[B_KIND_COUNT];
Type *types_byte, *types_rune, *types_error, *types_any;
Type *types_invalid;
Type *types_unsafe_pointer;
Package *types_local_pkg;

/* ---- constructors --------------------------------------------------------- */

static Type *new_type(TypeKind kind) {
    Type *t = ARENA_NEW(Type);
    t->kind = kind;
    t->size_cache = -1;
    t->align_cache = -1;
    return t;
}

Type *types_new_pointer(Type *elem) {
    Type *t = new_type(TY_POINTER);
    t->pointer.elem = elem;
    return t;
}

Type *types_new_slice(Type *elem) {
    Type *t = new_type(TY_SLICE);
    t->slice.elem = elem;
    return t;
}

Type *types_new_array(Type *elem, int64_t len) {
    Type *t = new_type(TY_ARRAY);
    t->array.elem = elem;
    t->array.len = len;
    return t;
}

Type *types_new_map(Type *key, Type *elem) {
    Type *t = new_type(TY_MAP);
    t->map.key = key;
    t->map.elem = elem;
    return t;
}

Type *types_new_chan(ChanDir dir, Type *elem) {
    Type *t = new_type(TY_CHAN);
    t->chan.dir = dir;
    t->chan.elem = elem;
    return t;
}

Type *types_new_tuple(Vec vars) {
    Type *t = new_type(TY_TUPLE);
    t->tuple.vars = vars;
    return t;
}

Type *types_new_signature(Object *recv, Type *params, Type *results, bool variadic) {
    Type *t = new_type(TY_SIGNATURE);
    Vec empty = {0};
    t->sig.recv = recv;
    t->sig.params = params ? params : types_new_tuple(empty);
    t->sig.results = results ? results : types_new_tuple(empty);
    t->sig.variadic = variadic;
    return t;
}

Type *types_new_struct(Vec fields, Vec tags) {
    Type *t = new_type(TY_STRUCT);
    t->strct.fields = fields;
    /* Keep tags parallel to fields so readers can index both alike. */
    while (tags.len < fields.len)
        vec_push(&tags, NULL);
    t->strct.tags = tags;
    return t;
}

Type *types_new_interface(Vec methods, Vec embeddeds) {
    Type *t = new_type(TY_INTERFACE);
    t->iface.methods = methods;
    t->iface.embeddeds = embeddeds;
    return t;
}

Type *types_new_named(Object *obj, Type *underlying) {
    Type *t = new_type(TY_NAMED);
    t->named.obj = obj;
    if (underlying && underlying->kind == TY_NAMED) underlying = underlying->named.underlying;
    t->named.underlying = underlying;
    if (obj && !obj->type) obj->type = t;
    return t;
}

Object *types_new_object(ObjKind kind, const char *name, Type *type, Package *pkg) {
    Object *o = ARENA_NEW(Object);
    o->kind = kind;
    o->name = name;
    o->type = type;
    o->pkg = pkg;
    return o;
}

/* ---- predicates ----------------------------------------------------------- */

Type *types_underlying(Type *t) {
    if (!t) return types_invalid;
    if (t->kind == TY_NAMED) return t->named.underlying ? t->named.underlying : types_invalid;
    if (t->kind == TY_TYPEPARAM)
        return t->typeparam.constraint ? types_underlying(t->typeparam.constraint) : types_invalid;
    return t;
}

bool types_is_named(Type *t) {
    return t && (t->kind == TY_NAMED || t->kind == TY_BASIC || t->kind == TY_TYPEPARAM);
}

bool types_is_exported(const char *name) {
    unsigned char c = (unsigned char)name[0];
    if (c >= 'A' && c <= 'Z') return true;
    if (c < 0x80) return false;
    /* Non-ASCII: decode and test the common upper-case ranges (Latin-1,
     * Latin Extended pairs, Greek, Cyrillic); exotic scripts are rare in
     * identifiers. */
    uint32_t r = 0;
    const unsigned char *s = (const unsigned char *)name;
    if ((c & 0xE0) == 0xC0)
        r = ((uint32_t)(c & 0x1F) << 6) | (s[1] & 0x3F);
    else if ((c & 0xF0) == 0xE0)
        r = ((uint32_t)(c & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
    else
        return false;
    if (r >= 0xC0 && r <= 0xDE && r != 0xD7) return true;
    if (r >= 0x100 && r <= 0x17F) return (r & 1) == 0;
    if (r >= 0x391 && r <= 0x3AB) return true;
    if (r >= 0x400 && r <= 0x42F) return true;
    return false;
}

bool types_is_basic(Type *t, int info_mask) {
    Type *u = types_underlying(t);
    return u->kind == TY_BASIC && (u->basic.info & info_mask) != 0;
}

bool types_is_untyped(Type *t) {
    return t && t->kind == TY_BASIC && (t->basic.info & BI_UNTYPED) != 0;
}

bool types_is_interface(Type *t) {
    return types_underlying(t)->kind == TY_INTERFACE;
}

Type *types_elem(Type *t) {
    Type *u = types_underlying(t);
    switch (u->kind) {
    case TY_POINTER: return u->pointer.elem;
    case TY_SLICE: return u->slice.elem;
    case TY_ARRAY: return u->array.elem;
    case TY_MAP: return u->map.elem;
    case TY_CHAN: return u->chan.elem;
    default: return NULL;
    }
}

Type *types_deref(Type *t) {
    Type *u = types_underlying(t);
    return u->kind == TY_POINTER ? u->pointer.elem : t;
}

int types_num_fields(Type *strct) {
    Type *u = types_underlying(strct);
    return u->kind == TY_STRUCT ? u->strct.fields.len : 0;
}

Object *types_field(Type *strct, int i) {
    return VEC_AT(types_underlying(strct)->strct.fields, i);
}

/* Recursion depth of the structural predicates: only an invalid recursive
 * type (already reported by the checker) can make them run this deep. */
static int pred_depth;
#define PRED_MAX_DEPTH 10000

static bool comparable_rec(Type *t);

bool types_comparable(Type *t) {
    if (pred_depth > PRED_MAX_DEPTH) return false;
    pred_depth++;
    bool r = comparable_rec(t);
    pred_depth--;
    return r;
}

static bool comparable_rec(Type *t) {
    Type *u = types_underlying(t);
    switch (u->kind) {
    case TY_BASIC: return u->basic.kind != B_UNTYPED_NIL && u->basic.kind != B_INVALID;
    case TY_POINTER:
    case TY_CHAN:
    case TY_INTERFACE: return true;
    case TY_STRUCT:
        for (int i = 0; i < u->strct.fields.len; i++)
            if (!types_comparable(((Object *)VEC_AT(u->strct.fields, i))->type)) return false;
        return true;
    case TY_ARRAY: return types_comparable(u->array.elem);
    default: return false;
    }
}

static bool has_pointers_rec(Type *t);

bool types_has_pointers(Type *t) {
    if (pred_depth > PRED_MAX_DEPTH) return false;
    pred_depth++;
    bool r = has_pointers_rec(t);
    pred_depth--;
    return r;
}

static bool has_pointers_rec(Type *t) {
    Type *u = types_underlying(t);
    switch (u->kind) {
    case TY_BASIC: return u->basic.kind == B_STRING || u->basic.kind == B_UNSAFEPOINTER;
    case TY_ARRAY: return u->array.len > 0 && types_has_pointers(u->array.elem);
    case TY_STRUCT:
        for (int i = 0; i < u->strct.fields.len; i++)
            if (types_has_pointers(((Object *)VEC_AT(u->strct.fields, i))->type)) return true;
        return false;
    case TY_POINTER:
    case TY_SLICE:
    case TY_SIGNATURE:
    case TY_INTERFACE:
    case TY_MAP:
    case TY_CHAN: return true;
    default: return false;
    }
}

Type *types_default(Type *t) {
    if (!t || t->kind != TY_BASIC) return t;
    switch (t->basic.kind) {
    case B_UNTYPED_BOOL: return types_basic[B_BOOL];
    case B_UNTYPED_INT: return types_basic[B_INT];
    case B_UNTYPED_RUNE: return types_rune; /* prints as "rune", as gc */
    case B_UNTYPED_FLOAT: return types_basic[B_FLOAT64];
    case B_UNTYPED_COMPLEX: return types_basic[B_COMPLEX128];
    case B_UNTYPED_STRING: return types_basic[B_STRING];
    default: return t;
    }
}

/* ---- identity ------------------------------------------------------------- */

/* go/types sameId: unexported names are distinct across packages. */
static bool same_id(Object *a, Object *b) {
    if (a->name != b->name && strcmp(a->name, b->name) != 0) return false;
    if (types_is_exported(a->name)) return true;
    return a->pkg == b->pkg;
}

static bool tag_eq(const char *a, const char *b) {
    if (!a) a = "";
    if (!b) b = "";
    return strcmp(a, b) == 0;
}

static bool identical(Type *a, Type *b, bool ignore_tags);

/* The interface pairs whose comparison is in progress (see TY_INTERFACE). */
typedef struct IfacePair {
    Type *a, *b;
    struct IfacePair *prev;
} IfacePair;
static IfacePair *iface_pairs;

static bool identical_tuple(Type *a, Type *b, bool ignore_tags) {
    if (a->tuple.vars.len != b->tuple.vars.len) return false;
    for (int i = 0; i < a->tuple.vars.len; i++) {
        Object *x = VEC_AT(a->tuple.vars, i), *y = VEC_AT(b->tuple.vars, i);
        if (!identical(x->type, y->type, ignore_tags)) return false;
    }
    return true;
}

static bool identical(Type *a, Type *b, bool ignore_tags) {
    if (a == b) return true;
    if (!a || !b || a->kind != b->kind) return false;
    switch (a->kind) {
    case TY_BASIC: return a->basic.kind == b->basic.kind;
    case TY_POINTER: return identical(a->pointer.elem, b->pointer.elem, ignore_tags);
    case TY_SLICE: return identical(a->slice.elem, b->slice.elem, ignore_tags);
    case TY_ARRAY:
        return a->array.len == b->array.len && identical(a->array.elem, b->array.elem, ignore_tags);
    case TY_MAP:
        return identical(a->map.key, b->map.key, ignore_tags) &&
               identical(a->map.elem, b->map.elem, ignore_tags);
    case TY_CHAN:
        return a->chan.dir == b->chan.dir && identical(a->chan.elem, b->chan.elem, ignore_tags);
    case TY_TUPLE: return identical_tuple(a, b, ignore_tags);
    case TY_SIGNATURE:
        return a->sig.variadic == b->sig.variadic &&
               identical_tuple(a->sig.params, b->sig.params, ignore_tags) &&
               identical_tuple(a->sig.results, b->sig.results, ignore_tags);
    case TY_STRUCT: {
        if (a->strct.fields.len != b->strct.fields.len) return false;
        for (int i = 0; i < a->strct.fields.len; i++) {
            Object *f = VEC_AT(a->strct.fields, i), *g = VEC_AT(b->strct.fields, i);
            if (f->var.embedded != g->var.embedded || !same_id(f, g)) return false;
            if (!ignore_tags && !tag_eq(VEC_AT(a->strct.tags, i), VEC_AT(b->strct.tags, i)))
                return false;
            if (!identical(f->type, g->type, ignore_tags)) return false;
        }
        return true;
    }
    case TY_INTERFACE: {
        types_complete_interface(a);
        types_complete_interface(b);
        if (a->iface.is_constraint || b->iface.is_constraint) return false;
        if (a->iface.all.len != b->iface.all.len) return false;
        /* Interfaces may refer to each other through their methods
         * (type I1 interface{ F() interface{I1} }): a pair already being
         * compared further up is assumed identical, as go/types does. */
        for (IfacePair *p = iface_pairs; p; p = p->prev)
            if ((p->a == a && p->b == b) || (p->a == b && p->b == a)) return true;
        IfacePair pair = {a, b, iface_pairs};
        iface_pairs = &pair;
        bool same = true;
        for (int i = 0; i < a->iface.all.len && same; i++) {
            Object *f = VEC_AT(a->iface.all, i), *g = VEC_AT(b->iface.all, i);
            same = same_id(f, g) && identical(f->type, g->type, ignore_tags);
        }
        iface_pairs = pair.prev;
        return same;
    }
    case TY_NAMED: return false; /* a != b: distinct declarations */
    case TY_TYPEPARAM: return false;
    default: return false;
    }
}

bool types_identical(Type *a, Type *b) {
    return identical(a, b, false);
}

bool types_identical_ignore_tags(Type *a, Type *b) {
    return identical(a, b, true);
}

/* ---- interfaces ----------------------------------------------------------- */

/* gc's method order (types.Sym.Less): exported names first, then by name,
 * then by package path. Run-time method tables use the same order. */
static int method_cmp(const void *pa, const void *pb) {
    Object *a = *(Object *const *)pa, *b = *(Object *const *)pb;
    bool ea = types_is_exported(a->name), eb = types_is_exported(b->name);
    if (ea != eb) return ea ? -1 : 1;
    int c = strcmp(a->name, b->name);
    if (c) return c;
    const char *pa_ = a->pkg ? a->pkg->path : "", *pb_ = b->pkg ? b->pkg->path : "";
    return strcmp(pa_, pb_);
}

static bool has_method(Vec *all, Object *m) {
    for (int i = 0; i < all->len; i++)
        if (same_id(VEC_AT(*all, i), m)) return true;
    return false;
}

void types_complete_interface(Type *t) {
    t = types_underlying(t);
    if (t->kind != TY_INTERFACE || t->iface.complete) return;
    /* Marked first so that an (erroneous) interface embedding itself ends. */
    t->iface.complete = true;
    Vec all = {0};
    bool constraint = t->iface.is_constraint;
    bool unresolved = false;
    for (int i = 0; i < t->iface.methods.len; i++) {
        Object *m = VEC_AT(t->iface.methods, i);
        if (!has_method(&all, m)) vec_push(&all, m);
    }
    for (int i = 0; i < t->iface.embeddeds.len; i++) {
        Type *e = VEC_AT(t->iface.embeddeds, i);
        if (e && e->kind == TY_NAMED && !e->named.underlying) {
            unresolved = true;
            continue;
        }
        Type *u = types_underlying(e);
        if (u->kind != TY_INTERFACE) {
            if (u->kind != TY_INVALID)
                constraint = true; /* a type term: only usable as constraint */
            continue;
        }
        types_complete_interface(u);
        if (u->iface.is_constraint) constraint = true;
        for (int j = 0; j < u->iface.all.len; j++) {
            Object *m = VEC_AT(u->iface.all, j);
            if (!has_method(&all, m)) vec_push(&all, m);
        }
    }
    if (all.len > 1) qsort(all.items, (size_t)all.len, sizeof(void *), method_cmp);
    t->iface.all = all;
    t->iface.is_constraint = constraint;
    /* An embedded type not yet resolved: compute again on the next call. */
    if (unresolved) t->iface.complete = false;
}

/* ---- sizes (gc, amd64) ---------------------------------------------------- */

#define PTR_SIZE 8

static int64_t align_up(int64_t x, int64_t a) {
    return (x + a - 1) / a * a;
}

static void layout_struct(Type *t) {
    int n = t->strct.fields.len;
    int64_t *offs = ARENA_ARRAY(int64_t, n > 0 ? n : 1);
    int64_t off = 0, maxalign = 1;
    for (int i = 0; i < n; i++) {
        Type *ft = ((Object *)VEC_AT(t->strct.fields, i))->type;
        int64_t a = types_alignof(ft), s = types_sizeof(ft);
        if (a > maxalign) maxalign = a;
        off = align_up(off, a);
        offs[i] = off;
        off += s;
    }
    /* gc (issue 9401): a non-zero-size struct ending in a zero-size field gets
     * a byte of padding so &last never points past the object. */
    if (n > 0 && off > 0 && types_sizeof(((Object *)VEC_AT(t->strct.fields, n - 1))->type) == 0)
        off++;
    t->strct.offsets = offs;
    t->align_cache = maxalign;
    t->size_cache = align_up(off, maxalign);
}

static void basic_layout(Type *t, int64_t *size, int64_t *align) {
    switch (t->basic.kind) {
    case B_BOOL:
    case B_INT8:
    case B_UINT8: *size = *align = 1; break;
    case B_INT16:
    case B_UINT16: *size = *align = 2; break;
    case B_INT32:
    case B_UINT32:
    case B_FLOAT32:
    case B_UNTYPED_RUNE: *size = *align = 4; break;
    case B_COMPLEX64:
        *size = 8;
        *align = 4;
        break;
    case B_COMPLEX128:
    case B_UNTYPED_COMPLEX:
        *size = 16;
        *align = 8;
        break;
    case B_STRING:
    case B_UNTYPED_STRING:
        *size = 16;
        *align = 8;
        break;
    case B_INVALID:
        *size = 1;
        *align = 1;
        break;
    default: *size = *align = 8; break; /* int, uint, 64-bit, pointers, nil */
    }
}

static void layout(Type *t) {
    int64_t size = 8, align = 8;
    switch (t->kind) {
    case TY_BASIC: basic_layout(t, &size, &align); break;
    case TY_POINTER:
    case TY_MAP:
    case TY_CHAN:
    case TY_SIGNATURE: size = align = PTR_SIZE; break;
    case TY_SLICE:
        size = 3 * PTR_SIZE;
        align = PTR_SIZE;
        break;
    case TY_INTERFACE:
        size = 2 * PTR_SIZE;
        align = PTR_SIZE;
        break;
    case TY_ARRAY: {
        int64_t es = types_sizeof(t->array.elem);
        align = types_alignof(t->array.elem);
        size = t->array.len > 0 ? es * t->array.len : 0;
        break;
    }
    case TY_STRUCT: layout_struct(t); return;
    case TY_TUPLE: {
        int64_t off = 0;
        align = 1;
        for (int i = 0; i < t->tuple.vars.len; i++) {
            Type *vt = ((Object *)VEC_AT(t->tuple.vars, i))->type;
            int64_t a = types_alignof(vt);
            if (a > align) align = a;
            off = align_up(off, a) + types_sizeof(vt);
        }
        size = align_up(off, align);
        break;
    }
    case TY_NAMED:
    case TY_TYPEPARAM: {
        Type *u = types_underlying(t);
        size = types_sizeof(u);
        align = types_alignof(u);
        break;
    }
    default:
        size = 1;
        align = 1;
        break;
    }
    t->size_cache = size;
    t->align_cache = align;
}

/* LAYOUT_BUSY marks a type being laid out: an (invalid) recursive type
 * such as `type T struct{ a T }` must not recurse forever. */
#define LAYOUT_BUSY (-2)

static void layout_guarded(Type *t) {
    t->size_cache = t->align_cache = LAYOUT_BUSY;
    layout(t);
}

int64_t types_sizeof(Type *t) {
    if (!t || t->size_cache == LAYOUT_BUSY) return 0;
    if (t->size_cache < 0) layout_guarded(t);
    return t->size_cache;
}

int64_t types_alignof(Type *t) {
    if (!t || t->align_cache == LAYOUT_BUSY) return 1;
    if (t->align_cache < 0) layout_guarded(t);
    return t->align_cache;
}

int64_t types_offsetof(Type *strct, int field_index) {
    Type *u = types_underlying(strct);
    if (u->kind != TY_STRUCT || field_index < 0 || field_index >= u->strct.fields.len) return 0;
    if (!u->strct.offsets) layout_struct(u);
    return u->strct.offsets[field_index];
}

/* ---- spelling ------------------------------------------------------------- */

typedef struct StrBuf {
    char *p;
    size_t len, cap;
} StrBuf;

static void sb_putn(StrBuf *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) {
        size_t ncap = b->cap ? b->cap * 2 : 64;
        while (ncap < b->len + n + 1)
            ncap *= 2;
        char *np = ARENA_ARRAY(char, ncap);
        if (b->len) memcpy(np, b->p, b->len);
        b->p = np;
        b->cap = ncap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}

static void sb_puts(StrBuf *b, const char *s) {
    sb_putn(b, s, strlen(s));
}

static void write_type(StrBuf *b, Type *t, bool rt);

/* Whether a parameter's name is part of the type's spelling: the checker's
 * invented names for unnamed results ("~r0") are not. */
static bool shown_name(Object *v) {
    return v->name && v->name[0] && v->name[0] != '~';
}

static void write_tuple(StrBuf *b, Type *tup, bool variadic, bool rt) {
    sb_puts(b, "(");
    if (tup) {
        int n = tup->tuple.vars.len;
        for (int i = 0; i < n; i++) {
            Object *v = VEC_AT(tup->tuple.vars, i);
            if (i > 0) sb_puts(b, ", ");
            if (!rt && shown_name(v)) {
                sb_puts(b, v->name);
                sb_puts(b, " ");
            }
            Type *vt = v->type;
            if (variadic && i == n - 1) {
                sb_puts(b, "...");
                Type *u = types_underlying(vt);
                if (u->kind == TY_SLICE) vt = u->slice.elem;
            }
            write_type(b, vt, rt);
        }
    }
    sb_puts(b, ")");
}

/* The part of a signature after "func" (or after a method's name). */
static void write_signature(StrBuf *b, Type *sig, bool rt) {
    write_tuple(b, sig->sig.params, sig->sig.variadic, rt);
    Type *res = sig->sig.results;
    int n = res ? res->tuple.vars.len : 0;
    if (n == 0) return;
    sb_puts(b, " ");
    Object *r0 = VEC_AT(res->tuple.vars, 0);
    if (n == 1 && (rt || !shown_name(r0))) {
        write_type(b, r0->type, rt);
        return;
    }
    write_tuple(b, res, false, rt);
}

static bool is_local_pkg(Package *p) {
    if (!p) return true;
    if (types_local_pkg) return p == types_local_pkg;
    return p->path && strcmp(p->path, "main") == 0;
}

/* types2's spelling: explicit methods sorted, then the embedded types;
 * "any" only for the interface written as any. */
static void write_msg_interface(StrBuf *b, Type *t) {
    if (t == types_any) {
        sb_puts(b, "any");
        return;
    }
    Vec ms = {0};
    for (int i = 0; i < t->iface.methods.len; i++)
        vec_push(&ms, VEC_AT(t->iface.methods, i));
    if (ms.len > 1) qsort(ms.items, (size_t)ms.len, sizeof(void *), method_cmp);
    sb_puts(b, "interface{");
    bool first = true;
    for (int i = 0; i < ms.len; i++) {
        Object *m = VEC_AT(ms, i);
        if (!first) sb_puts(b, "; ");
        first = false;
        sb_puts(b, m->name);
        if (m->type && m->type->kind == TY_SIGNATURE) write_signature(b, m->type, false);
    }
    for (int i = 0; i < t->iface.embeddeds.len; i++) {
        if (!first) sb_puts(b, "; ");
        first = false;
        write_type(b, VEC_AT(t->iface.embeddeds, i), false);
    }
    sb_puts(b, "}");
}

/* The run-time (reflect) spelling: the whole method set in gc's order,
 * unexported names qualified: "interface { M(int) string; main.m() }". */
static void write_rt_interface(StrBuf *b, Type *t) {
    types_complete_interface(t);
    if (t->iface.all.len == 0) {
        sb_puts(b, "interface {}");
        return;
    }
    sb_puts(b, "interface {");
    for (int i = 0; i < t->iface.all.len; i++) {
        Object *m = VEC_AT(t->iface.all, i);
        sb_puts(b, i > 0 ? "; " : " ");
        if (!types_is_exported(m->name) && m->pkg) {
            sb_puts(b, m->pkg->name ? m->pkg->name : m->pkg->path);
            sb_puts(b, ".");
        }
        sb_puts(b, m->name);
        if (m->type && m->type->kind == TY_SIGNATURE) write_signature(b, m->type, true);
    }
    sb_puts(b, " }");
}

static void write_type(StrBuf *b, Type *t, bool rt) {
    if (!t) {
        sb_puts(b, "<nil>");
        return;
    }
    switch (t->kind) {
    case TY_INVALID: sb_puts(b, "invalid type"); break;
    case TY_BASIC:
        /* Run-time type names spell byte and rune as uint8 and int32. */
        sb_puts(b, rt && types_basic[t->basic.kind] ? types_basic[t->basic.kind]->basic.name
                                                    : t->basic.name);
        break;
    case TY_POINTER:
        sb_puts(b, "*");
        write_type(b, t->pointer.elem, rt);
        break;
    case TY_SLICE:
        sb_puts(b, "[]");
        write_type(b, t->slice.elem, rt);
        break;
    case TY_ARRAY: {
        char num[32];
        snprintf(num, sizeof num, "[%lld]", (long long)t->array.len);
        sb_puts(b, num);
        write_type(b, t->array.elem, rt);
        break;
    }
    case TY_MAP:
        sb_puts(b, "map[");
        write_type(b, t->map.key, rt);
        sb_puts(b, "]");
        write_type(b, t->map.elem, rt);
        break;
    case TY_CHAN: {
        bool parens = false;
        if (t->chan.dir == CHAN_SEND) {
            sb_puts(b, "chan<- ");
        } else if (t->chan.dir == CHAN_RECV) {
            sb_puts(b, "<-chan ");
        } else {
            sb_puts(b, "chan ");
            Type *e = t->chan.elem;
            parens = e && e->kind == TY_CHAN && e->chan.dir == CHAN_RECV;
        }
        if (parens) sb_puts(b, "(");
        write_type(b, t->chan.elem, rt);
        if (parens) sb_puts(b, ")");
        break;
    }
    case TY_TUPLE: write_tuple(b, t, false, rt); break;
    case TY_SIGNATURE:
        sb_puts(b, "func");
        write_signature(b, t, rt);
        break;
    case TY_STRUCT:
        sb_puts(b, rt ? "struct {" : "struct{");
        for (int i = 0; i < t->strct.fields.len; i++) {
            Object *f = VEC_AT(t->strct.fields, i);
            sb_puts(b, i > 0 ? "; " : rt ? " " : "");
            if (!f->var.embedded) {
                sb_puts(b, f->name);
                sb_puts(b, " ");
            }
            write_type(b, f->type, rt);
            const char *tag = i < t->strct.tags.len ? VEC_AT(t->strct.tags, i) : NULL;
            if (tag && tag[0]) {
                sb_puts(b, " ");
                sb_puts(b, const_quote(tag, (int64_t)strlen(tag)));
            }
        }
        sb_puts(b, rt && t->strct.fields.len > 0 ? " }" : "}");
        break;
    case TY_INTERFACE:
        if (rt)
            write_rt_interface(b, t);
        else
            write_msg_interface(b, t);
        break;
    case TY_NAMED: {
        Object *o = t->named.obj;
        if (!o) {
            sb_puts(b, "<named>");
            break;
        }
        if (o->pkg && (rt || !is_local_pkg(o->pkg))) {
            sb_puts(b, o->pkg->name ? o->pkg->name : o->pkg->path);
            sb_puts(b, ".");
        }
        sb_puts(b, o->name);
        if (t->named.targs.len > 0) {
            sb_puts(b, "[");
            for (int i = 0; i < t->named.targs.len; i++) {
                if (i > 0) sb_puts(b, ", ");
                write_type(b, VEC_AT(t->named.targs, i), rt);
            }
            sb_puts(b, "]");
        }
        break;
    }
    case TY_TYPEPARAM: sb_puts(b, t->typeparam.obj ? t->typeparam.obj->name : "<typeparam>"); break;
    }
}

const char *types_string(Type *t) {
    StrBuf b = {0};
    write_type(&b, t, false);
    return b.p ? b.p : "";
}

const char *types_string_qualified(Type *t) {
    StrBuf b = {0};
    write_type(&b, t, true);
    return b.p ? b.p : "";
}
