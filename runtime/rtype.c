/* rtype.c: package internal/rtype (runtime/std/internal/rtype), escgo's
 * run-time type introspection for fmt, over the GoType descriptors codegen
 * emits (escgo_rt.h).
 *
 * Every function takes an interface value as its first two arguments (the
 * dynamic type and the data word) and returns a scalar, a GoString or a
 * GoEface, so that the Go declarations and these C definitions agree
 * without any ABI lowering. The Go symbols contain a '/', which the GNU
 * assembler accepts only quoted, hence the quoted aliases (RTYPE_EXPORT).
 *
 * A value's bytes are at the data word itself for pointer-shaped types
 * (GTF_DIRECT_IFACE), else in the box the data word points to. Boxes are
 * never written after they are made, so a part of an array or struct can
 * be returned as a pointer into its parent's box; parts of mutable memory
 * (slice elements, pointer targets, map entries) are copied into new
 * boxes, as converting them to an interface in Go would. */
#include "rt_internal.h"

#include <string.h>

/* Gives escgo_rtype_NAME its Go symbol "internal/rtype.NAME" as an alias.
 * An asm label would do, but gcc appends ".cold" to labels for split-off
 * cold code, which breaks on a quoted name. */
#define RTYPE_EXPORT(name)                                                                         \
    __asm__(".globl \"internal/rtype." #name "\"\n\t"                                              \
            ".type \"internal/rtype." #name "\", @function\n\t"                                    \
            ".set \"internal/rtype." #name "\", escgo_rtype_" #name)

typedef struct RtComplex128 {
    double re, im;
} RtComplex128;

/* the address of every zero-size value, as gc's zerobase */
static uint64_t rt_zerobase;

static bool rt_direct(const GoType *t) {
    return (t->flags & GTF_DIRECT_IFACE) != 0;
}

/* Where the value of (t, data) is; *dataw is the caller's copy of the data
 * word, which is the value itself when t is pointer-shaped. */
static const void *rt_val(const GoType *t, void *const *dataw) {
    return rt_direct(t) ? (const void *)dataw : *dataw;
}

/* The interface value holding the value of type t at src. With share, a
 * boxed value may use src itself (src is inside an immutable box). */
static GoEface rt_box(const GoType *t, const void *src, bool share) {
    if (rt_direct(t)) return (GoEface){t, *(void *const *)src};
    if (t->size == 0) return (GoEface){t, &rt_zerobase};
    if (share) return (GoEface){t, (void *)src};
    void *p = (t->flags & GTF_POINTERS) ? escgo_alloc(t->size) : escgo_alloc_noscan(t->size);
    memcpy(p, src, (size_t)t->size);
    return (GoEface){t, p};
}

/* The part of static type t at src as an interface value: for an
 * interface-typed part, the dynamic value it holds. */
static GoEface rt_part(const GoType *t, const void *src, bool share) {
    if (t->kind == GK_INTERFACE) {
        const GoEface *e = src;
        if (t->nmethods == 0 || e->type == NULL) return *e;
        /* a non-empty interface holds an itab, not the type */
        const GoItab *tab = (const GoItab *)(const void *)e->type;
        return (GoEface){tab->type, e->data};
    }
    return rt_box(t, src, share);
}

static GoString rt_cstring(const char *s) {
    return (GoString){(const uint8_t *)s, (int64_t)strlen(s)};
}

/* ---- the value's type ----------------------------------------------------- */

int64_t escgo_rtype_Kind(const GoType *t, void *d) {
    (void)d;
    return t ? t->kind : GK_INVALID;
}
RTYPE_EXPORT(Kind);

GoString escgo_rtype_TypeString(const GoType *t, void *d) {
    (void)d;
    return t ? t->name : rt_cstring("<nil>");
}
RTYPE_EXPORT(TypeString);

uintptr_t escgo_rtype_TypeID(const GoType *t, void *d) {
    (void)d;
    return (uintptr_t)t;
}
RTYPE_EXPORT(TypeID);

int64_t escgo_rtype_NumMethod(const GoType *t, void *d) {
    (void)d;
    return t ? t->nmethods : 0;
}
RTYPE_EXPORT(NumMethod);

/* ---- scalars ---------------------------------------------------------------- */

int64_t escgo_rtype_Int(const GoType *t, void *d) {
    if (!t) return 0;
    const void *p = rt_val(t, &d);
    switch (t->kind) {
    case GK_INT8: return *(const int8_t *)p;
    case GK_INT16: return *(const int16_t *)p;
    case GK_INT32: return *(const int32_t *)p;
    case GK_INT:
    case GK_INT64: return *(const int64_t *)p;
    default: return 0;
    }
}
RTYPE_EXPORT(Int);

uint64_t escgo_rtype_Uint(const GoType *t, void *d) {
    if (!t) return 0;
    const void *p = rt_val(t, &d);
    switch (t->kind) {
    case GK_UINT8: return *(const uint8_t *)p;
    case GK_UINT16: return *(const uint16_t *)p;
    case GK_UINT32: return *(const uint32_t *)p;
    case GK_UINT:
    case GK_UINT64:
    case GK_UINTPTR: return *(const uint64_t *)p;
    default: return 0;
    }
}
RTYPE_EXPORT(Uint);

double escgo_rtype_Float(const GoType *t, void *d) {
    if (!t) return 0;
    const void *p = rt_val(t, &d);
    switch (t->kind) {
    case GK_FLOAT32: return *(const float *)p;
    case GK_FLOAT64: return *(const double *)p;
    default: return 0;
    }
}
RTYPE_EXPORT(Float);

RtComplex128 escgo_rtype_Complex(const GoType *t, void *d) {
    RtComplex128 c = {0, 0};
    if (!t) return c;
    const void *p = rt_val(t, &d);
    if (t->kind == GK_COMPLEX64) {
        const float *f = p;
        c.re = f[0];
        c.im = f[1];
    } else if (t->kind == GK_COMPLEX128) {
        const double *f = p;
        c.re = f[0];
        c.im = f[1];
    }
    return c;
}
RTYPE_EXPORT(Complex);

bool escgo_rtype_Bool(const GoType *t, void *d) {
    if (!t || t->kind != GK_BOOL) return false;
    return *(const uint8_t *)rt_val(t, &d) != 0;
}
RTYPE_EXPORT(Bool);

GoString escgo_rtype_String(const GoType *t, void *d) {
    if (!t || t->kind != GK_STRING) return (GoString){NULL, 0};
    return *(const GoString *)rt_val(t, &d);
}
RTYPE_EXPORT(String);

/* ---- arrays, slices, strings, maps ---------------------------------------- */

int64_t escgo_rtype_Len(const GoType *t, void *d) {
    if (!t) return 0;
    const void *p = rt_val(t, &d);
    switch (t->kind) {
    case GK_STRING: return ((const GoString *)p)->len;
    case GK_SLICE: return ((const GoSlice *)p)->len;
    case GK_ARRAY: return t->len;
    case GK_MAP: return escgo_maplen(*(GoMap *const *)p);
    case GK_CHAN: return 0; /* TODO(channels issue): the channel's count */
    default: return 0;
    }
}
RTYPE_EXPORT(Len);

GoEface escgo_rtype_Index(const GoType *t, void *d, int64_t i) {
    const void *p = rt_val(t, &d);
    const GoType *et = t->elem;
    if (t->kind == GK_ARRAY) {
        if ((uint64_t)i >= (uint64_t)t->len) escgo_panic_index(i, t->len);
        return rt_part(et, (const uint8_t *)p + i * et->size, !rt_direct(t));
    }
    const GoSlice *s = p;
    if ((uint64_t)i >= (uint64_t)s->len) escgo_panic_index(i, s->len);
    return rt_part(et, (const uint8_t *)s->ptr + i * et->size, false);
}
RTYPE_EXPORT(Index);

int64_t escgo_rtype_CopyBytes(const GoType *t, void *d, uint8_t *dst, int64_t dlen, int64_t dcap) {
    (void)dcap;
    const void *p = rt_val(t, &d);
    const void *src;
    int64_t n;
    if (t->kind == GK_ARRAY) {
        src = p;
        n = t->len;
    } else {
        src = ((const GoSlice *)p)->ptr;
        n = ((const GoSlice *)p)->len;
    }
    if (n > dlen) n = dlen;
    if (n > 0) memmove(dst, src, (size_t)n);
    return n;
}
RTYPE_EXPORT(CopyBytes);

int64_t escgo_rtype_ElemKind(const GoType *t, void *d) {
    (void)d;
    return t && t->elem ? t->elem->kind : GK_INVALID;
}
RTYPE_EXPORT(ElemKind);

GoString escgo_rtype_ElemTypeString(const GoType *t, void *d) {
    (void)d;
    return t && t->elem ? t->elem->name : (GoString){NULL, 0};
}
RTYPE_EXPORT(ElemTypeString);

int64_t escgo_rtype_KeyKind(const GoType *t, void *d) {
    (void)d;
    return t && t->key ? t->key->kind : GK_INVALID;
}
RTYPE_EXPORT(KeyKind);

GoString escgo_rtype_KeyTypeString(const GoType *t, void *d) {
    (void)d;
    return t && t->key ? t->key->name : (GoString){NULL, 0};
}
RTYPE_EXPORT(KeyTypeString);

int64_t escgo_rtype_MapEntries(const GoType *t, void *d, GoEface *kv, int64_t kvlen,
                               int64_t kvcap) {
    (void)kvcap;
    GoMap *m = *(GoMap *const *)rt_val(t, &d);
    if (m == NULL) return 0;
    GoMapIter it;
    int64_t n = 0;
    for (escgo_mapiterinit(t, m, &it); it.key != NULL && 2 * n + 1 < kvlen;
         escgo_mapiternext(&it)) {
        kv[2 * n] = rt_part(t->key, it.key, false);
        kv[2 * n + 1] = rt_part(t->elem, it.elem, false);
        n++;
    }
    return n;
}
RTYPE_EXPORT(MapEntries);

/* ---- structs ----------------------------------------------------------------- */

int64_t escgo_rtype_NumField(const GoType *t, void *d) {
    (void)d;
    return t && t->kind == GK_STRUCT ? t->len : 0;
}
RTYPE_EXPORT(NumField);

GoEface escgo_rtype_Field(const GoType *t, void *d, int64_t i) {
    const GoField *f = &t->fields[i];
    const uint8_t *p = rt_val(t, &d);
    return rt_part(f->type, p + f->offset, !rt_direct(t));
}
RTYPE_EXPORT(Field);

GoString escgo_rtype_FieldName(const GoType *t, void *d, int64_t i) {
    (void)d;
    return t->fields[i].name;
}
RTYPE_EXPORT(FieldName);

bool escgo_rtype_FieldExported(const GoType *t, void *d, int64_t i) {
    (void)d;
    return t->fields[i].exported != 0;
}
RTYPE_EXPORT(FieldExported);

bool escgo_rtype_FieldEmbedded(const GoType *t, void *d, int64_t i) {
    (void)d;
    return t->fields[i].embedded != 0;
}
RTYPE_EXPORT(FieldEmbedded);

int64_t escgo_rtype_FieldKind(const GoType *t, void *d, int64_t i) {
    (void)d;
    return t->fields[i].type->kind;
}
RTYPE_EXPORT(FieldKind);

GoString escgo_rtype_FieldTypeString(const GoType *t, void *d, int64_t i) {
    (void)d;
    return t->fields[i].type->name;
}
RTYPE_EXPORT(FieldTypeString);

/* ---- pointers and other reference kinds ---------------------------------- */

GoEface escgo_rtype_Elem(const GoType *t, void *d) {
    const void *target = *(void *const *)rt_val(t, &d);
    if (t->kind != GK_POINTER || target == NULL) return (GoEface){NULL, NULL};
    return rt_part(t->elem, target, false);
}
RTYPE_EXPORT(Elem);

bool escgo_rtype_ElemHasMethod(const GoType *t, void *d, const uint8_t *name, int64_t len) {
    (void)d;
    if (!t || !t->elem) return false;
    const GoType *et = t->elem;
    for (int64_t i = 0; i < et->nmethods; i++) {
        GoString m = et->methods[i].name;
        if (m.len == len && memcmp(m.ptr, name, (size_t)len) == 0) return true;
    }
    return false;
}
RTYPE_EXPORT(ElemHasMethod);

bool escgo_rtype_IsNil(const GoType *t, void *d) {
    if (!t) return true;
    const void *p = rt_val(t, &d);
    switch (t->kind) {
    case GK_SLICE: return ((const GoSlice *)p)->ptr == NULL;
    case GK_POINTER:
    case GK_MAP:
    case GK_CHAN:
    case GK_FUNC:
    case GK_UNSAFEPOINTER: return *(void *const *)p == NULL;
    default: return false;
    }
}
RTYPE_EXPORT(IsNil);

uintptr_t escgo_rtype_Pointer(const GoType *t, void *d) {
    if (!t) return 0;
    const void *p = rt_val(t, &d);
    switch (t->kind) {
    case GK_SLICE: return (uintptr_t)((const GoSlice *)p)->ptr;
    case GK_POINTER:
    case GK_MAP:
    case GK_CHAN:
    case GK_UNSAFEPOINTER: return (uintptr_t) * (void *const *)p;
    case GK_FUNC: {
        /* a func value points to its closure record, whose first word is
         * the code address gc's reflect reports */
        void *const *closure = *(void *const *const *)p;
        return closure ? (uintptr_t)closure[0] : 0;
    }
    default: return 0;
    }
}
RTYPE_EXPORT(Pointer);
