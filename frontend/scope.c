/* scope.c: lexical scopes (go/types Scope).
 *
 * Most scopes (blocks, function bodies) hold a handful of names, so a linear
 * scan of a small array is fastest. Package and universe scopes hold hundreds
 * of names and are looked up constantly, so once a scope grows past a few
 * entries it also gets an open-addressing hash index keyed on the interned
 * name pointer (names are interned, so pointer equality is name equality). */
#include "types.h"

#include <stdint.h>

#define SCOPE_LINEAR_MAX 16

typedef struct ScopeTable {
    int cap;   /* power of two */
    int *slot; /* index into names/objs, -1 = empty */
} ScopeTable;

static uint32_t name_hash(const char *name) {
    uintptr_t p = (uintptr_t)name;
    p ^= p >> 17;
    p *= 0x9E3779B97F4A7C15ull;
    return (uint32_t)(p >> 32);
}

static void table_put(ScopeTable *t, Scope *s, int idx) {
    uint32_t j = name_hash(VEC_AT(s->names, idx)) & (uint32_t)(t->cap - 1);
    while (t->slot[j] >= 0)
        j = (j + 1) & (uint32_t)(t->cap - 1);
    t->slot[j] = idx;
}

static void table_rebuild(Scope *s, int cap) {
    ScopeTable *t = ARENA_NEW(ScopeTable);
    t->cap = cap;
    t->slot = ARENA_ARRAY(int, cap);
    for (int i = 0; i < cap; i++)
        t->slot[i] = -1;
    for (int i = 0; i < s->names.len; i++)
        table_put(t, s, i);
    s->table = t;
}

Scope *scope_new(Scope *parent) {
    Scope *s = ARENA_NEW(Scope);
    s->parent = parent;
    return s;
}

Object *scope_lookup_local(Scope *s, const char *name) {
    if (!s) return NULL;
    ScopeTable *t = s->table;
    if (t) {
        uint32_t j = name_hash(name) & (uint32_t)(t->cap - 1);
        while (t->slot[j] >= 0) {
            if (VEC_AT(s->names, t->slot[j]) == name) return VEC_AT(s->objs, t->slot[j]);
            j = (j + 1) & (uint32_t)(t->cap - 1);
        }
        return NULL;
    }
    for (int i = 0; i < s->names.len; i++)
        if (VEC_AT(s->names, i) == name) return VEC_AT(s->objs, i);
    return NULL;
}

Object *scope_lookup(Scope *s, const char *name, Scope **found) {
    for (; s; s = s->parent) {
        Object *obj = scope_lookup_local(s, name);
        if (obj) {
            if (found) *found = s;
            return obj;
        }
    }
    if (found) *found = NULL;
    return NULL;
}

Object *scope_insert(Scope *s, Object *obj) {
    Object *old = scope_lookup_local(s, obj->name);
    if (old) return old;
    vec_push(&s->names, (void *)obj->name);
    vec_push(&s->objs, obj);
    if (!obj->parent) obj->parent = s;
    int n = s->names.len;
    ScopeTable *t = s->table;
    if (t) {
        if (n * 2 > t->cap)
            table_rebuild(s, t->cap * 2);
        else
            table_put(t, s, n - 1);
    } else if (n > SCOPE_LINEAR_MAX) {
        table_rebuild(s, 64);
    }
    return NULL;
}
