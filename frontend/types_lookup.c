/* types_lookup.c: relations between types — field and method lookup
 * through embedded fields, interface satisfaction, assignability and
 * convertibility (go/types lookup.go, operand.go assignableTo,
 * conversions.go convertibleTo).
 *
 * Lookup is go/types' breadth-first search: all embedded fields at one depth
 * are searched before any deeper one, a name found twice at the shallowest
 * depth is ambiguous, and an embedded type reached along several paths at
 * the same depth is searched once but marked so that anything found in it is
 * ambiguous too. */
#include "types.h"

#include <string.h>

static bool name_eq(const char *a, const char *b) {
    return a == b || strcmp(a, b) == 0;
}

/* go/types sameId: the name matches, and unexported names only within the
 * package doing the lookup. */
static bool matches(Object *o, Package *pkg, const char *name) {
    if (!name_eq(o->name, name)) return false;
    return types_is_exported(name) || o->pkg == pkg;
}

static int *concat(const int *path, int len, int i) {
    int *p = ARENA_ARRAY(int, len + 1);
    if (len) memcpy(p, path, sizeof(int) * (size_t)len);
    p[len] = i;
    return p;
}

typedef struct Embedded {
    Type *typ;
    int *index;
    int index_len;
    bool indirect;  /* a pointer was dereferenced on the way */
    bool multiples; /* reached along several paths at this depth */
} Embedded;

typedef struct Found {
    Object *obj;
    int *index;
    int index_len;
    bool indirect;
    bool ambiguous;
} Found;

/* Strips one level of an (unnamed) pointer type, as go/types deref. */
static Type *deref_lit(Type *t, bool *is_ptr) {
    if (t && t->kind == TY_POINTER) {
        *is_ptr = true;
        return t->pointer.elem;
    }
    *is_ptr = false;
    return t;
}

/* Embedded types reached along several paths at one depth are merged. */
static Vec consolidate(Vec next) {
    Vec out = {0};
    for (int i = 0; i < next.len; i++) {
        Embedded *e = VEC_AT(next, i);
        bool dup = false;
        for (int j = 0; j < out.len; j++) {
            Embedded *o = VEC_AT(out, j);
            if (types_identical(o->typ, e->typ)) {
                o->multiples = true;
                dup = true;
                break;
            }
        }
        if (!dup) vec_push(&out, e);
    }
    return out;
}

static bool record(Found *f, Embedded *e, Object *obj, int i) {
    f->index = concat(e->index, e->index_len, i);
    f->index_len = e->index_len + 1;
    if (f->obj || e->multiples) {
        f->obj = NULL;
        f->ambiguous = true;
        return false;
    }
    f->obj = obj;
    f->indirect = e->indirect;
    return true;
}

static void lookup_impl(Type *T, Package *pkg, const char *name, Found *f) {
    memset(f, 0, sizeof *f);
    if (!name || name_eq(name, "_")) return;
    bool is_ptr;
    Type *typ = deref_lit(T, &is_ptr);
    /* *I where I is an interface has no methods */
    if (is_ptr && types_is_interface(typ)) return;

    Vec current = {0}, seen = {0};
    Embedded *start = ARENA_NEW(Embedded);
    start->typ = typ;
    start->indirect = is_ptr;
    vec_push(&current, start);

    while (current.len > 0) {
        Vec next = {0};
        for (int k = 0; k < current.len; k++) {
            Embedded *e = VEC_AT(current, k);
            Type *t = e->typ;
            if (!t) continue;
            if (t->kind == TY_NAMED) {
                bool was_seen = false;
                for (int j = 0; j < seen.len; j++)
                    if (VEC_AT(seen, j) == t) was_seen = true;
                /* Seen at a shallower depth: that one shadows this one. */
                if (was_seen) continue;
                vec_push(&seen, t);
                bool hit = false;
                for (int i = 0; i < t->named.methods.len; i++) {
                    Object *m = VEC_AT(t->named.methods, i);
                    if (matches(m, pkg, name)) {
                        if (!record(f, e, m, i)) return;
                        hit = true;
                        break;
                    }
                }
                if (hit) continue; /* no field or interface method can also match */
            }
            Type *u = types_underlying(t);
            if (u->kind == TY_STRUCT) {
                for (int i = 0; i < u->strct.fields.len; i++) {
                    Object *fld = VEC_AT(u->strct.fields, i);
                    if (matches(fld, pkg, name)) {
                        if (!record(f, e, fld, i)) return;
                        continue;
                    }
                    if (!f->obj && fld->var.embedded) {
                        bool p;
                        Embedded *n = ARENA_NEW(Embedded);
                        n->typ = deref_lit(fld->type, &p);
                        n->index = concat(e->index, e->index_len, i);
                        n->index_len = e->index_len + 1;
                        n->indirect = e->indirect || p;
                        n->multiples = e->multiples;
                        vec_push(&next, n);
                    }
                }
            } else if (u->kind == TY_INTERFACE) {
                types_complete_interface(u);
                for (int i = 0; i < u->iface.all.len; i++) {
                    Object *m = VEC_AT(u->iface.all, i);
                    if (matches(m, pkg, name)) {
                        if (!record(f, e, m, i)) return;
                        break;
                    }
                }
            }
        }
        if (f->obj) return;
        current = consolidate(next);
    }
}

static bool has_ptr_recv(Object *m) {
    if (m->kind != OBJ_FUNC) return false;
    if (m->func.has_ptr_recv) return true;
    Type *sig = m->type;
    if (sig && sig->kind == TY_SIGNATURE && sig->sig.recv && sig->sig.recv->type)
        return sig->sig.recv->type->kind == TY_POINTER;
    return false;
}

Selection *types_lookup(Type *t, bool addressable, Package *pkg, const char *name, bool *ambiguous,
                        bool *needs_addr) {
    (void)addressable; /* the caller decides what a pointer method needs */
    if (ambiguous) *ambiguous = false;
    if (needs_addr) *needs_addr = false;
    if (!t) return NULL;
    Found f;
    /* Methods cannot belong to a named pointer type, but the fields of what
     * it points to can be selected through it. */
    if (t->kind == TY_NAMED && types_underlying(t)->kind == TY_POINTER) {
        lookup_impl(types_underlying(t), pkg, name, &f);
        if (f.obj && f.obj->kind == OBJ_FUNC) return NULL;
    } else {
        lookup_impl(t, pkg, name, &f);
    }
    if (f.ambiguous && ambiguous) *ambiguous = true;
    if (!f.obj) return NULL;
    Selection *s = ARENA_NEW(Selection);
    s->kind = f.obj->kind == OBJ_VAR ? SEL_FIELD : SEL_METHOD;
    s->recv = t;
    s->obj = f.obj;
    s->index = f.index;
    s->index_len = f.index_len;
    s->indirect = f.indirect;
    if (needs_addr && has_ptr_recv(f.obj) && !f.indirect) *needs_addr = true;
    return s;
}

Object *types_missing_method(Type *v, Type *iface, bool *wrong_type) {
    if (wrong_type) *wrong_type = false;
    Type *it = types_underlying(iface);
    if (it->kind != TY_INTERFACE) return NULL;
    types_complete_interface(it);
    Type *vu = types_underlying(v);
    for (int i = 0; i < it->iface.all.len; i++) {
        Object *m = VEC_AT(it->iface.all, i);
        if (vu->kind == TY_INTERFACE) {
            types_complete_interface(vu);
            Object *found = NULL;
            for (int j = 0; j < vu->iface.all.len && !found; j++) {
                Object *c = VEC_AT(vu->iface.all, j);
                if (matches(c, m->pkg, m->name)) found = c;
            }
            if (!found) return m;
            if (!types_identical(found->type, m->type)) {
                if (wrong_type) *wrong_type = true;
                return m;
            }
            continue;
        }
        bool amb, needs_addr;
        Selection *s = types_lookup(v, false, m->pkg, m->name, &amb, &needs_addr);
        if (!s || s->obj->kind != OBJ_FUNC) return m;
        if (!types_identical(s->obj->type, m->type) || needs_addr) {
            if (wrong_type) *wrong_type = true;
            return m;
        }
    }
    return NULL;
}

/* ---- assignability and conversions -------------------------------------- */

static bool has_nil(Type *t) {
    Type *u = types_underlying(t);
    switch (u->kind) {
    case TY_BASIC: return u->basic.kind == B_UNSAFEPOINTER;
    case TY_POINTER:
    case TY_SIGNATURE:
    case TY_SLICE:
    case TY_MAP:
    case TY_CHAN:
    case TY_INTERFACE: return true;
    default: return false;
    }
}

static const char *missing_reason(Type *v, Type *t) {
    bool wrong;
    Object *m = types_missing_method(v, t, &wrong);
    if (!m) return NULL;
    if (!wrong) return arena_printf("(missing %s method)", m->name);
    Selection *s = types_lookup(v, false, m->pkg, m->name, &(bool){0}, &(bool){0});
    if (s && s->obj->kind == OBJ_FUNC && types_identical(s->obj->type, m->type))
        return arena_printf("(%s method has pointer receiver)", m->name);
    const char *have = s ? types_string(s->obj->type) : "";
    const char *want = types_string(m->type);
    /* gc prints the signatures without "func": "M(int)" */
    if (strncmp(have, "func", 4) == 0) have += 4;
    if (strncmp(want, "func", 4) == 0) want += 4;
    return arena_printf("(wrong type for %s method)\n\t\thave %s%s\n\t\twant %s%s", m->name,
                        m->name, have, m->name, want);
}

bool types_assignable(Type *v, Type *t, const char **reason) {
    if (reason) *reason = NULL;
    if (!v || !t) return false;
    if (types_identical(v, t)) return true;
    Type *vu = types_underlying(v), *tu = types_underlying(t);
    /* avoid follow-up errors */
    if (vu->kind == TY_INVALID || tu->kind == TY_INVALID ||
        (vu->kind == TY_BASIC && vu->basic.kind == B_INVALID) ||
        (tu->kind == TY_BASIC && tu->basic.kind == B_INVALID))
        return true;
    if (v->kind == TY_TYPEPARAM || t->kind == TY_TYPEPARAM) return false;

    if (types_is_untyped(v)) {
        if (v->basic.kind == B_UNTYPED_NIL) return has_nil(t);
        if (tu->kind == TY_BASIC) {
            int vi = v->basic.info, ti = tu->basic.info;
            if (vi & BI_BOOLEAN) return (ti & BI_BOOLEAN) != 0;
            if (vi & BI_STRING) return (ti & BI_STRING) != 0;
            if (vi & BI_NUMERIC) return (ti & BI_NUMERIC) != 0;
            return false;
        }
        if (tu->kind == TY_INTERFACE) {
            types_complete_interface(tu);
            if (tu->iface.is_constraint) return false;
            Type *d = types_default(v);
            if (types_missing_method(d, t, NULL)) {
                if (reason) *reason = missing_reason(d, t);
                return false;
            }
            return true;
        }
        return false;
    }

    /* identical underlying types and at least one is not a named type */
    if (types_identical(vu, tu) && (!types_is_named(v) || !types_is_named(t))) return true;

    if (tu->kind == TY_INTERFACE) {
        types_complete_interface(tu);
        if (tu->iface.is_constraint) return false;
        if (types_missing_method(v, t, NULL)) {
            if (reason) *reason = missing_reason(v, t);
            return false;
        }
        return true;
    }
    /* an interface value that T implements would need a type assertion */
    if (vu->kind == TY_INTERFACE && !types_missing_method(t, v, NULL)) {
        if (reason) *reason = "need type assertion";
        return false;
    }
    if (vu->kind == TY_CHAN && vu->chan.dir == CHAN_BOTH && tu->kind == TY_CHAN &&
        types_identical(vu->chan.elem, tu->chan.elem))
        return !types_is_named(v) || !types_is_named(t);
    return false;
}

static bool is_bytes_or_runes(Type *u) {
    if (u->kind != TY_SLICE) return false;
    Type *e = types_underlying(u->slice.elem);
    return e->kind == TY_BASIC && (e->basic.kind == B_UINT8 || e->basic.kind == B_INT32);
}

static bool is_kind(Type *u, BasicKind k) {
    return u->kind == TY_BASIC && u->basic.kind == k;
}

static bool is_info(Type *u, int mask) {
    return u->kind == TY_BASIC && (u->basic.info & mask) != 0;
}

bool types_convertible(Type *v, Type *t) {
    if (types_assignable(v, t, NULL)) return true;
    Type *vu = types_underlying(v), *tu = types_underlying(t);
    if (types_identical_ignore_tags(vu, tu)) return true;
    /* unnamed pointers to types with identical underlying types */
    if (v->kind == TY_POINTER && t->kind == TY_POINTER &&
        types_identical_ignore_tags(types_underlying(v->pointer.elem),
                                    types_underlying(t->pointer.elem)))
        return true;
    if (is_info(vu, BI_INTEGER | BI_FLOAT) && is_info(tu, BI_INTEGER | BI_FLOAT)) return true;
    if (is_info(vu, BI_COMPLEX) && is_info(tu, BI_COMPLEX)) return true;
    if ((is_info(vu, BI_INTEGER) || is_bytes_or_runes(vu)) && is_info(tu, BI_STRING)) return true;
    if (is_info(vu, BI_STRING) && is_bytes_or_runes(tu)) return true;
    if ((vu->kind == TY_POINTER || is_kind(vu, B_UINTPTR)) && is_kind(tu, B_UNSAFEPOINTER))
        return true;
    if (is_kind(vu, B_UNSAFEPOINTER) && (tu->kind == TY_POINTER || is_kind(tu, B_UINTPTR)))
        return true;
    /* slice to array pointer (Go 1.17) */
    if (vu->kind == TY_SLICE && tu->kind == TY_POINTER) {
        Type *a = types_underlying(tu->pointer.elem);
        if (a->kind == TY_ARRAY && types_identical(vu->slice.elem, a->array.elem)) return true;
    }
    return false;
}
