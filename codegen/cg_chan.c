/* cg_chan.c: channels — make(chan T), send, receive (plain and comma-ok),
 * close, len and cap, range over a channel, and select. The goroutine
 * statement is in cg_defer.c, next to defer, whose records it shares.
 *
 * Every channel operation is a runtime call (runtime/chan.c) on values in
 * memory: a sent value is stored into a frame temporary whose address the
 * runtime copies from, a received one is copied by the runtime into a
 * temporary that is then read. The runtime may switch goroutines inside
 * any of these calls; LLVM already assumes an opaque call can change all
 * memory that escaped, which is exactly what another goroutine can touch.
 *
 * A receive that assigns (`v, ok = <-c` in a select case) is generated as
 * the ordinary assignment statement with stand-in variables on the right:
 * one code path then handles :=, =, blank targets, map-index targets and
 * conversions to the targets' types. */
#include <string.h>

#include "codegen/cg_internal.h"

/* GoSelectCase.dir (runtime/escgo_rt.h) */
enum { ESCGO_SELECT_SEND = 1, ESCGO_SELECT_RECV = 2 };

static Type *cg_chan_elem(Type *chan) {
    return types_underlying(chan)->chan.elem;
}

/* A frame temporary for a value of channel element type et. */
static LLVMValueRef cg_chan_temp(Cg *cg, Type *et, const char *name) {
    LLVMValueRef tmp = cg_alloca(cg, cg_memtype(cg, et), name);
    LLVMSetAlignment(tmp, 8);
    return tmp;
}

LLVMValueRef cg_chan_make(Cg *cg, Node *call) {
    Vec *args = &call->call.args;
    LLVMValueRef size = LLVMConstInt(cg->t_i64, 0, 0);
    if (args->len > 1) {
        Node *a = VEC_AT(*args, 1);
        size = cg_to_i64(cg, cg_expr(cg, a), a->type);
    }
    LLVMValueRef rargs[] = {cg_type_desc(cg, cg_chan_elem(call->type)), size};
    return cg_rt(cg, RT_MAKECHAN, rargs, 2);
}

/* Receives from channel ch into the temporary tmp; the comma-ok result as
 * the runtime's byte. */
static LLVMValueRef cg_chanrecv_call(Cg *cg, LLVMValueRef ch, LLVMValueRef tmp) {
    LLVMValueRef args[] = {ch, tmp};
    return cg_rt(cg, RT_CHANRECV, args, 2);
}

static LLVMValueRef cg_ok_bit(Cg *cg, LLVMValueRef okbyte) {
    return LLVMBuildICmp(cg->b, LLVMIntNE, okbyte, LLVMConstInt(cg->t_i8, 0, 0), "ok");
}

/* Evaluates <-c's channel and receives into a new temporary (*tmp, of
 * element type *et); returns the comma-ok byte. */
static LLVMValueRef cg_chan_recv_temp(Cg *cg, Node *e, Type **et, LLVMValueRef *tmp) {
    Node *c = ast_unparen(e)->unary.x;
    *et = cg_chan_elem(c->type);
    LLVMValueRef ch = cg_expr(cg, c);
    *tmp = cg_chan_temp(cg, *et, "recv");
    return cg_chanrecv_call(cg, ch, *tmp);
}

/* <-c with its comma-ok result; ok may be NULL. */
static LLVMValueRef cg_chan_recv2(Cg *cg, Node *e, LLVMValueRef *ok) {
    Type *et;
    LLVMValueRef tmp, r = cg_chan_recv_temp(cg, e, &et, &tmp);
    if (ok) *ok = cg_ok_bit(cg, r);
    return cg_load(cg, et, tmp, "recv");
}

LLVMValueRef cg_chan_recv(Cg *cg, Node *e) {
    return cg_chan_recv2(cg, e, NULL);
}

void cg_chan_recv_commaok(Cg *cg, Node *e, LLVMValueRef *out) {
    out[0] = cg_chan_recv2(cg, e, &out[1]);
}

bool cg_is_recv(Node *e) {
    e = ast_unparen(e);
    return e->kind == N_UNARY && e->unary.op == T_ARROW;
}

/* The channel and the value of c <- v, evaluated in that order, the value
 * converted to the element type and stored in a temporary. */
static void cg_chan_send_operands(Cg *cg, Node *s, LLVMValueRef *ch, LLVMValueRef *tmp) {
    Node *c = s->send.chan;
    Type *et = cg_chan_elem(c->type);
    *ch = cg_expr(cg, c);
    LLVMValueRef v = cg_expr_to(cg, s->send.value, et);
    *tmp = cg_chan_temp(cg, et, "send");
    if (v) cg_store(cg, et, v, *tmp);
}

void cg_chan_send(Cg *cg, Node *s) {
    LLVMValueRef args[2];
    cg_chan_send_operands(cg, s, &args[0], &args[1]);
    cg_rt(cg, RT_CHANSEND, args, 2);
}

void cg_chan_close(Cg *cg, Node *call) {
    LLVMValueRef ch = cg_expr(cg, VEC_AT(call->call.args, 0));
    cg_rt(cg, RT_CLOSECHAN, &ch, 1);
}

LLVMValueRef cg_chan_len(Cg *cg, Node *call, bool cap) {
    LLVMValueRef ch = cg_expr(cg, VEC_AT(call->call.args, 0));
    return cg_rt(cg, cap ? RT_CHANCAP : RT_CHANLEN, &ch, 1);
}

/* ---- stand-ins --------------------------------------------------------------- */

/* An identifier for a variable of type t living at slot: lets statement
 * code read a value the runtime has already stored. */
static Node *cg_standin(Cg *cg, Type *t, LLVMValueRef slot, Pos pos) {
    Object *o = types_new_object(OBJ_VAR, "chanval", t, NULL);
    o->var.func = cg->fn->fi;
    CgVar *v = ARENA_NEW(CgVar);
    v->slot = slot;
    o->cg = v;
    Node *id = ast_new(N_IDENT, pos);
    id->ident.name = o->name;
    id->ident.obj = o;
    id->mode = MODE_VARIABLE;
    id->type = t;
    return id;
}

/* Generates assignment statement as (`x, ok = <-c` or `:=`) with its
 * right-hand side replaced by the values at val and ok (ok may be NULL
 * when the statement has one target). */
static void cg_assign_received(Cg *cg, Node *as, Type *et, LLVMValueRef val, LLVMValueRef ok) {
    Node *copy = ARENA_NEW(Node);
    *copy = *as;
    Vec rhs = {0};
    Pos pos = ((Node *)VEC_AT(as->assign.rhs, 0))->pos;
    vec_push(&rhs, cg_standin(cg, et, val, pos));
    if (as->assign.lhs.len == 2) vec_push(&rhs, cg_standin(cg, types_basic[B_BOOL], ok, pos));
    copy->assign.rhs = rhs;
    cg_stmt(cg, copy);
}

/* ---- range ------------------------------------------------------------------- */

void cg_chan_range(Cg *cg, Node *s, void (*assign)(Cg *, Node *, bool, LLVMValueRef, Type *)) {
    Node *x = s->rangestmt.x;
    Type *et = cg_chan_elem(x->type);
    LLVMValueRef ch = cg_expr(cg, x);
    bool define = s->rangestmt.tok == T_DEFINE;
    Node *key = s->rangestmt.key;
    if (define && key && !cg_is_blank(key) && ast_unparen(key)->ident.obj)
        cg_declare_local(cg, ast_unparen(key)->ident.obj, NULL);
    LLVMValueRef tmp = cg_chan_temp(cg, et, "range.recv");
    LLVMBasicBlockRef cond = cg_new_block(cg, "range.recv");
    LLVMBasicBlockRef body = cg_new_block(cg, "range.body");
    LLVMBasicBlockRef end = cg_new_block(cg, "range.end");
    LLVMBuildBr(cg->b, cond);
    LLVMPositionBuilderAtEnd(cg->b, cond);
    LLVMBuildCondBr(cg->b, cg_ok_bit(cg, cg_chanrecv_call(cg, ch, tmp)), body, end);
    LLVMPositionBuilderAtEnd(cg->b, body);
    if (key && !cg_is_blank(key)) assign(cg, key, define, cg_load(cg, et, tmp, "v"), et);
    CgTarget t;
    cg_push_target(cg, &t, s, end, cond);
    cg_stmt(cg, s->rangestmt.body);
    cg_pop_target(cg);
    cg_br(cg, cond);
    LLVMPositionBuilderAtEnd(cg->b, end);
}

/* ---- select ------------------------------------------------------------------ */

/* The receive expression of a select case's statement, or NULL (send). */
static Node *cg_select_recv(Node *comm) {
    if (comm->kind == N_EXPRSTMT) return ast_unparen(comm->exprstmt.x);
    if (comm->kind == N_ASSIGNSTMT) return ast_unparen(VEC_AT(comm->assign.rhs, 0));
    return NULL;
}

/* A select with one case and no default is that channel operation, as gc
 * compiles it (a goroutine blocked in it waits in "chan receive", not
 * "select"). */
static void cg_select_one(Cg *cg, Node *s, Node *cl) {
    Node *comm = cl->commclause.comm;
    Node *recv = cg_select_recv(comm);
    if (!recv) {
        cg_chan_send(cg, comm);
    } else if (comm->kind == N_ASSIGNSTMT) {
        Type *et;
        LLVMValueRef tmp, r = cg_chan_recv_temp(cg, recv, &et, &tmp);
        LLVMValueRef ok = NULL;
        if (comm->assign.lhs.len == 2) {
            ok = cg_alloca(cg, cg->t_i8, "select.okv");
            LLVMBuildStore(cg->b, r, ok);
        }
        cg_assign_received(cg, comm, et, tmp, ok);
    } else {
        cg_expr(cg, recv);
    }
    LLVMBasicBlockRef end = cg_new_block(cg, "select.end");
    CgTarget t;
    cg_push_target(cg, &t, s, end, NULL);
    cg_block(cg, &cl->commclause.body);
    cg_pop_target(cg);
    cg_br(cg, end);
    LLVMPositionBuilderAtEnd(cg->b, end);
}

void cg_select(Cg *cg, Node *s) {
    Vec *clauses = &s->selectstmt.body->block.list;
    if (clauses->len == 1 && ((Node *)VEC_AT(*clauses, 0))->commclause.comm) {
        cg_select_one(cg, s, VEC_AT(*clauses, 0));
        return;
    }
    int n = clauses->len, ncases = 0, dflt = -1;
    for (int i = 0; i < n; i++) {
        Node *cl = VEC_AT(*clauses, i);
        if (cl->commclause.comm)
            ncases++;
        else
            dflt = i;
    }
    /* GoSelectCase (escgo_rt.h): {GoChan *c; void *elem; int64_t dir} */
    LLVMTypeRef fields[] = {cg->t_ptr, cg->t_ptr, cg->t_i64};
    LLVMTypeRef cty = LLVMStructTypeInContext(cg->ctx, fields, 3, 0);
    LLVMValueRef cases = cg_alloca(cg, LLVMArrayType2(cty, ncases ? ncases : 1), "select.cases");
    LLVMValueRef recvok = cg_alloca(cg, cg->t_i8, "select.ok");
    LLVMValueRef *elems = ARENA_ARRAY(LLVMValueRef, n + 1);
    int *caseidx = ARENA_ARRAY(int, n + 1);
    /* every channel and sent value, in source order, before choosing */
    int k = 0;
    for (int i = 0; i < n; i++) {
        Node *cl = VEC_AT(*clauses, i);
        Node *comm = cl->commclause.comm;
        caseidx[i] = -1;
        if (!comm) continue;
        LLVMValueRef ch, elem;
        int64_t dir;
        Node *recv = cg_select_recv(comm);
        if (recv) {
            Node *c = recv->unary.x;
            ch = cg_expr(cg, c);
            elem = cg_chan_temp(cg, cg_chan_elem(c->type), "select.recv");
            dir = ESCGO_SELECT_RECV;
        } else {
            cg_chan_send_operands(cg, comm, &ch, &elem);
            dir = ESCGO_SELECT_SEND;
        }
        elems[i] = elem;
        caseidx[i] = k;
        LLVMValueRef idx[] = {LLVMConstInt(cg->t_i64, 0, 0),
                              LLVMConstInt(cg->t_i64, (unsigned long long)k, 0)};
        LLVMValueRef slot =
            LLVMBuildInBoundsGEP2(cg->b, LLVMArrayType2(cty, ncases), cases, idx, 2, "");
        LLVMBuildStore(cg->b, ch, LLVMBuildStructGEP2(cg->b, cty, slot, 0, ""));
        LLVMBuildStore(cg->b, elem, LLVMBuildStructGEP2(cg->b, cty, slot, 1, ""));
        LLVMBuildStore(cg->b, LLVMConstInt(cg->t_i64, (unsigned long long)dir, 0),
                       LLVMBuildStructGEP2(cg->b, cty, slot, 2, ""));
        k++;
    }
    LLVMValueRef args[] = {cases, LLVMConstInt(cg->t_i64, (unsigned long long)ncases, 0),
                           LLVMConstInt(cg->t_i8, dflt < 0, 0), recvok};
    LLVMValueRef chosen = cg_rt(cg, RT_SELECT, args, 4);
    LLVMBasicBlockRef end = cg_new_block(cg, "select.end");
    LLVMBasicBlockRef *bodies = ARENA_ARRAY(LLVMBasicBlockRef, n + 1);
    for (int i = 0; i < n; i++)
        bodies[i] = cg_new_block(cg, caseidx[i] < 0 ? "select.default" : "select.case");
    /* a select without default never returns -1; one without cases never
     * returns */
    LLVMValueRef sw =
        LLVMBuildSwitch(cg->b, chosen, dflt >= 0 ? bodies[dflt] : end, (unsigned)ncases);
    for (int i = 0; i < n; i++)
        if (caseidx[i] >= 0)
            LLVMAddCase(sw, LLVMConstInt(cg->t_i64, (unsigned long long)caseidx[i], 0), bodies[i]);
    CgTarget t;
    cg_push_target(cg, &t, s, end, NULL);
    for (int i = 0; i < n; i++) {
        Node *cl = VEC_AT(*clauses, i);
        Node *comm = cl->commclause.comm;
        LLVMPositionBuilderAtEnd(cg->b, bodies[i]);
        LLVMMetadataRef outer = cg_debug_scope_enter(cg, cl->pos);
        cg_debug_loc(cg, cl->pos);
        Node *recv = comm ? cg_select_recv(comm) : NULL;
        if (recv && comm->kind == N_ASSIGNSTMT) {
            Type *et = cg_chan_elem(recv->unary.x->type);
            LLVMValueRef ok = NULL;
            if (comm->assign.lhs.len == 2) {
                ok = cg_alloca(cg, cg->t_i8, "select.okv");
                LLVMBuildStore(cg->b, LLVMBuildLoad2(cg->b, cg->t_i8, recvok, ""), ok);
            }
            cg_assign_received(cg, comm, et, elems[i], ok);
        }
        cg_block(cg, &cl->commclause.body);
        cg_debug_scope_leave(cg, outer);
        cg_br(cg, end);
    }
    cg_pop_target(cg);
    LLVMPositionBuilderAtEnd(cg->b, end);
}
