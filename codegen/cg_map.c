/* cg_map.c: maps — make, literals, m[k] (with comma-ok), assignment,
 * op-assignment, delete, len and range, over the runtime's hash map
 * (runtime/map.c, ABI in escgo_rt.h).
 *
 * A map value is a GoMap* (nil: NULL). Keys whose kind the runtime has a
 * fast path for (4- and 8-byte integers and pointers, strings) are passed
 * by value to the _fast32/_fast64/_faststr entry points; any other key is
 * spilled to a stack slot and passed by address, and the runtime hashes
 * and compares it through the key type's descriptor (GoType.hashfn and
 * .equal, see cg_typedesc.c).
 *
 * Assignment follows Go's two phases: m and k are evaluated with the other
 * operands (cg_map_lval), the right-hand side next, and only then does
 * mapassign find the slot, which is stored at once (the runtime's slots
 * move when the map grows). */
#include <string.h>

#include "codegen/cg_internal.h"

enum { MK_GENERIC, MK_32, MK_64, MK_STR };

enum { CG_MAP_STACK_BYTES = 512 }; /* ESCGO_MAP_STACK_BYTES (runtime/escgo_rt.h) */

bool cg_is_map(Type *t) {
    return t && types_underlying(t)->kind == TY_MAP;
}

bool cg_is_map_index(Node *e) {
    e = ast_unparen(e);
    return e->kind == N_INDEX && cg_is_map(e->index.x->type);
}

static int cg_key_mode(Type *kt) {
    Type *u = types_underlying(kt);
    switch (u->kind) {
    case TY_POINTER:
    case TY_CHAN: return MK_64;
    case TY_BASIC:
        switch (u->basic.kind) {
        case B_INT32:
        case B_UINT32: return MK_32;
        case B_INT:
        case B_INT64:
        case B_UINT:
        case B_UINT64:
        case B_UINTPTR:
        case B_UNSAFEPOINTER: return MK_64;
        case B_STRING: return MK_STR;
        default: return MK_GENERIC;
        }
    default: return MK_GENERIC;
    }
}

static LLVMValueRef cg_map_rt(Cg *cg, const char *name, LLVMTypeRef ret, LLVMTypeRef *params,
                              unsigned np, LLVMValueRef *args) {
    LLVMTypeRef fty = LLVMFunctionType(ret, params, np, 0);
    LLVMValueRef fn = LLVMGetNamedFunction(cg->mod, name);
    if (!fn) {
        fn = LLVMAddFunction(cg->mod, name, fty);
        unsigned k = LLVMGetEnumAttributeKindForName("nounwind", 8);
        LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex,
                                LLVMCreateEnumAttribute(cg->ctx, k, 0));
    }
    return LLVMBuildCall2(cg->b, fty, fn, args, np, "");
}

static Type *cg_map_type(Node *m) {
    return types_underlying(m->type);
}

/* ---- keys --------------------------------------------------------------------- */

/* A key ready for a runtime call: by value for the fast paths, else the
 * address of a stack copy. */
typedef struct CgKey {
    int mode;
    LLVMValueRef a, b; /* value (a), string (a = ptr, b = len), or address (a) */
} CgKey;

static CgKey cg_key_from_value(Cg *cg, Type *kt, LLVMValueRef k) {
    CgKey key = {cg_key_mode(kt), NULL, NULL};
    switch (key.mode) {
    case MK_32: key.a = k; break;
    case MK_64:
        key.a = LLVMGetTypeKind(LLVMTypeOf(k)) == LLVMPointerTypeKind
                    ? LLVMBuildPtrToInt(cg->b, k, cg->t_i64, "")
                    : k;
        break;
    case MK_STR:
        key.a = cg_str_ptr(cg, k);
        key.b = cg_str_len(cg, k);
        break;
    default: {
        LLVMValueRef slot = cg_alloca(cg, cg_memtype(cg, kt), "mapkey");
        LLVMSetAlignment(slot, 8);
        cg_store(cg, kt, k, slot);
        key.a = slot;
        break;
    }
    }
    return key;
}

static CgKey cg_key_expr(Cg *cg, Type *mt, Node *k) {
    Type *kt = mt->map.key;
    return cg_key_from_value(cg, kt, cg_expr_to(cg, k, kt));
}

static const char *cg_mode_sfx(int mode) {
    switch (mode) {
    case MK_32: return "_fast32";
    case MK_64: return "_fast64";
    case MK_STR: return "_faststr";
    default: return "";
    }
}

/* Calls escgo_<op>[_fastX](mt, m, key..., extra...). */
static LLVMValueRef cg_map_op(Cg *cg, const char *op, LLVMTypeRef ret, Type *mt, LLVMValueRef m,
                              CgKey *key, LLVMValueRef extra) {
    LLVMTypeRef pt[6];
    LLVMValueRef av[6];
    unsigned n = 0;
    pt[n] = cg->t_ptr;
    av[n++] = cg_type_desc(cg, mt);
    pt[n] = cg->t_ptr;
    av[n++] = m;
    switch (key->mode) {
    case MK_32: pt[n] = cg->t_i32; break;
    case MK_64: pt[n] = cg->t_i64; break;
    default: pt[n] = cg->t_ptr; break;
    }
    av[n++] = key->a;
    if (key->mode == MK_STR) {
        pt[n] = cg->t_i64;
        av[n++] = key->b;
    }
    if (extra) {
        pt[n] = cg->t_ptr;
        av[n++] = extra;
    }
    return cg_map_rt(cg, arena_printf("escgo_%s%s", op, cg_mode_sfx(key->mode)), ret, pt, n, av);
}

/* ---- make, literals, len ------------------------------------------------------------ */

/* site: the make call or map literal escape analysis knows. A map that
 * does not escape gets its header (and first group, when it fits) in a
 * frame buffer, as gc puts hmap and a bucket on the stack. */
static LLVMValueRef cg_makemap(Cg *cg, Type *mt, LLVMValueRef hint, const Node *site) {
    if (!esc_expr_on_heap(site)) {
        LLVMValueRef buf = cg_alloca(cg, LLVMArrayType2(cg->t_i8, CG_MAP_STACK_BYTES), "mapbuf");
        LLVMSetAlignment(buf, 8);
        LLVMTypeRef pt[] = {cg->t_ptr, cg->t_i64, cg->t_ptr};
        LLVMValueRef av[] = {cg_type_desc(cg, mt), hint, buf};
        return cg_map_rt(cg, "escgo_makemap_stack", cg->t_ptr, pt, 3, av);
    }
    LLVMTypeRef pt[] = {cg->t_ptr, cg->t_i64};
    LLVMValueRef av[] = {cg_type_desc(cg, mt), hint};
    return cg_map_rt(cg, "escgo_makemap", cg->t_ptr, pt, 2, av);
}

LLVMValueRef cg_map_make(Cg *cg, Node *call) {
    Type *mt = types_underlying(call->type);
    LLVMValueRef hint = LLVMConstInt(cg->t_i64, 0, 0);
    if (call->call.args.len > 1) {
        Node *h = VEC_AT(call->call.args, 1);
        if (h->mode == MODE_CONSTANT && h->cval) {
            hint = LLVMConstInt(cg->t_i64, (unsigned long long)const_int64(h->cval), 0);
        } else {
            hint = cg_to_i64(cg, cg_expr(cg, h), h->type);
        }
    }
    return cg_makemap(cg, mt, hint, call);
}

LLVMValueRef cg_map_lit(Cg *cg, Node *lit) {
    Type *mt = types_underlying(lit->type);
    Vec *elts = &lit->complit.elts;
    LLVMValueRef m =
        cg_makemap(cg, mt, LLVMConstInt(cg->t_i64, (unsigned long long)elts->len, 0), lit);
    for (int i = 0; i < elts->len; i++) {
        Node *kv = VEC_AT(*elts, i);
        if (kv->kind != N_KEYVALUE) continue;
        CgKey key = cg_key_expr(cg, mt, kv->keyvalue.key);
        LLVMValueRef v = cg_expr_to(cg, kv->keyvalue.value, mt->map.elem);
        if (!v) continue;
        LLVMValueRef slot = cg_map_op(cg, "mapassign", cg->t_ptr, mt, m, &key, NULL);
        cg_store(cg, mt->map.elem, v, slot);
    }
    return m;
}

LLVMValueRef cg_map_len(Cg *cg, LLVMValueRef m) {
    /* count is the first word of a GoMap; nil has length 0 */
    return cg_load_unless_nil(cg, m, cg->t_i64, "maplen");
}

/* ---- index, delete ---------------------------------------------------------------------- */

LLVMValueRef cg_map_index(Cg *cg, Node *e) {
    e = ast_unparen(e);
    Type *mt = cg_map_type(e->index.x);
    LLVMValueRef m = cg_expr(cg, e->index.x);
    CgKey key = cg_key_expr(cg, mt, e->index.index);
    LLVMValueRef p = cg_map_op(cg, "mapaccess1", cg->t_ptr, mt, m, &key, NULL);
    return cg_load(cg, mt->map.elem, p, "");
}

void cg_map_index_commaok(Cg *cg, Node *e, LLVMValueRef *out) {
    e = ast_unparen(e);
    Type *mt = cg_map_type(e->index.x);
    LLVMValueRef m = cg_expr(cg, e->index.x);
    CgKey key = cg_key_expr(cg, mt, e->index.index);
    LLVMValueRef okp = cg_alloca(cg, cg->t_i8, "mapok");
    LLVMValueRef p = cg_map_op(cg, "mapaccess2", cg->t_ptr, mt, m, &key, okp);
    out[0] = cg_load(cg, mt->map.elem, p, "");
    out[1] = LLVMBuildTrunc(cg->b, LLVMBuildLoad2(cg->b, cg->t_i8, okp, ""), cg->t_i1, "ok");
}

void cg_map_delete(Cg *cg, Node *call) {
    Node *mn = VEC_AT(call->call.args, 0);
    if (call->call.args.len == 1) { /* delete(f()) with f returning (map, key) */
        Node *inner = ast_unparen(mn);
        LLVMValueRef v[2];
        cg_call_multi(cg, inner, v, 2);
        if (!v[0] || !v[1]) return;
        Type *mt = types_underlying(((Object *)VEC_AT(inner->type->tuple.vars, 0))->type);
        Type *kt = ((Object *)VEC_AT(inner->type->tuple.vars, 1))->type;
        CgKey key = cg_key_from_value(cg, mt->map.key, cg_convert(cg, v[1], kt, mt->map.key));
        cg_map_op(cg, "mapdelete", cg->t_void, mt, v[0], &key, NULL);
        return;
    }
    Type *mt = cg_map_type(mn);
    LLVMValueRef m = cg_expr(cg, mn);
    CgKey key = cg_key_expr(cg, mt, VEC_AT(call->call.args, 1));
    cg_map_op(cg, "mapdelete", cg->t_void, mt, m, &key, NULL);
}

/* ---- assignment -------------------------------------------------------------------------- */

CgMapLval *cg_map_lval(Cg *cg, Node *e) {
    e = ast_unparen(e);
    CgMapLval *lv = ARENA_NEW(CgMapLval);
    lv->mt = cg_map_type(e->index.x);
    lv->m = cg_expr(cg, e->index.x);
    Type *kt = lv->mt->map.key;
    LLVMValueRef k = cg_expr_to(cg, e->index.index, kt);
    /* kept in a slot: the key is used after the right-hand side runs */
    lv->keyaddr = cg_alloca(cg, cg_memtype(cg, kt), "mapkey");
    LLVMSetAlignment(lv->keyaddr, 8);
    cg_store(cg, kt, k, lv->keyaddr);
    return lv;
}

LLVMValueRef cg_map_slot(Cg *cg, CgMapLval *lv) {
    Type *kt = lv->mt->map.key;
    CgKey key;
    if (cg_key_mode(kt) == MK_GENERIC) {
        key.mode = MK_GENERIC;
        key.a = lv->keyaddr;
        key.b = NULL;
    } else {
        key = cg_key_from_value(cg, kt, cg_load(cg, kt, lv->keyaddr, ""));
    }
    return cg_map_op(cg, "mapassign", cg->t_ptr, lv->mt, lv->m, &key, NULL);
}

void cg_map_store(Cg *cg, CgMapLval *lv, LLVMValueRef v) {
    cg_store(cg, lv->mt->map.elem, v, cg_map_slot(cg, lv));
}

/* ---- range ---------------------------------------------------------------------------------- */

static bool cg_blank(Node *e) {
    e = e ? ast_unparen(e) : NULL;
    return !e || (e->kind == N_IDENT && strcmp(e->ident.name, "_") == 0);
}

void cg_map_range(Cg *cg, Node *s, void (*assign)(Cg *, Node *, bool, LLVMValueRef, Type *)) {
    Type *mt = cg_map_type(s->rangestmt.x);
    LLVMValueRef m = cg_expr(cg, s->rangestmt.x);
    bool define = s->rangestmt.tok == T_DEFINE;
    if (define) {
        Node *vars[2] = {s->rangestmt.key, s->rangestmt.value};
        for (int i = 0; i < 2; i++)
            if (!cg_blank(vars[i]) && ast_unparen(vars[i])->ident.obj)
                cg_declare_local(cg, ast_unparen(vars[i])->ident.obj, NULL);
    }
    /* GoMapIter: 9 words, on the stack (libgc scans it) */
    LLVMTypeRef itty = LLVMArrayType2(cg->t_i64, 9);
    LLVMValueRef it = cg_alloca(cg, itty, "mapiter");
    LLVMSetAlignment(it, 8);
    LLVMTypeRef pt[] = {cg->t_ptr, cg->t_ptr, cg->t_ptr};
    LLVMValueRef av[] = {cg_type_desc(cg, mt), m, it};
    cg_map_rt(cg, "escgo_mapiterinit", cg->t_void, pt, 3, av);
    LLVMBasicBlockRef cond = cg_new_block(cg, "maprange.cond");
    LLVMBasicBlockRef body = cg_new_block(cg, "maprange.body");
    LLVMBasicBlockRef cont = cg_new_block(cg, "maprange.next");
    LLVMBasicBlockRef end = cg_new_block(cg, "maprange.end");
    LLVMBuildBr(cg->b, cond);
    LLVMPositionBuilderAtEnd(cg->b, cond);
    LLVMValueRef kp = LLVMBuildLoad2(cg->b, cg->t_ptr, it, "mapiter.key");
    LLVMBuildCondBr(cg->b, LLVMBuildICmp(cg->b, LLVMIntEQ, kp, LLVMConstNull(cg->t_ptr), ""), end,
                    body);
    LLVMPositionBuilderAtEnd(cg->b, body);
    if (!cg_blank(s->rangestmt.key))
        assign(cg, s->rangestmt.key, define, cg_load(cg, mt->map.key, kp, ""), mt->map.key);
    if (!cg_blank(s->rangestmt.value)) {
        LLVMValueRef ix = LLVMConstInt(cg->t_i64, 1, 0);
        LLVMValueRef ep = LLVMBuildLoad2(
            cg->b, cg->t_ptr, LLVMBuildInBoundsGEP2(cg->b, cg->t_ptr, it, &ix, 1, ""), "");
        assign(cg, s->rangestmt.value, define, cg_load(cg, mt->map.elem, ep, ""), mt->map.elem);
    }
    CgTarget t = {s, end, cont, cg->fn->targets};
    cg->fn->targets = &t;
    cg_stmt(cg, s->rangestmt.body);
    cg->fn->targets = t.outer;
    cg_br(cg, cont);
    LLVMPositionBuilderAtEnd(cg->b, cont);
    LLVMValueRef nv[] = {it};
    LLVMTypeRef npt[] = {cg->t_ptr};
    cg_map_rt(cg, "escgo_mapiternext", cg->t_void, npt, 1, nv);
    LLVMBuildBr(cg->b, cond);
    LLVMPositionBuilderAtEnd(cg->b, end);
}
