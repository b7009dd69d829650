/* esc_internal.h: the data structures shared by the escape-analysis files.
 *
 * The model is gc's (cmd/compile/internal/escape): a graph of locations
 * (one per variable and per allocating expression) joined by assignment
 * edges that carry a dereference count; expressions are evaluated into
 * "holes" (a destination location plus a count). Functions are analysed in
 * batches, one strongly connected component of the static call graph at a
 * time, callees first; a finished function is summarised by the leak tags
 * of its parameters, which calls from later batches use.
 *
 * The files split as gc's do: esc_graph.c (locations, holes, edges),
 * esc_build_expr.c / esc_build_stmt.c / esc_call.c (turning the typed AST
 * into edges), esc_solve.c (the walk), esc_leaks.c (parameter tags),
 * esc_report.c (-m output and spellings), escape.c (batches, the API);
 * esc_devirt.c rewrites interface calls first, as gc's devirtualize pass. */
#ifndef ESCGO_ESC_INTERNAL_H
#define ESCGO_ESC_INTERNAL_H

#include "escape/escape.h"

/* gc records leaks to at most this many results; later ones count as heap. */
#define ESC_NUM_RESULTS 7

/* A leak set: index 0 is the heap, 1+i result i; each entry is the minimum
 * deref count plus one, 0 meaning no flow (gc's encoding). */
typedef struct EscLeaks {
    uint8_t v[1 + ESC_NUM_RESULTS];
} EscLeaks;

int esc_leaks_heap(const EscLeaks *l);
int esc_leaks_result(const EscLeaks *l, int i);
void esc_leaks_add_heap(EscLeaks *l, int derefs);
void esc_leaks_add_result(EscLeaks *l, int i, int derefs);
bool esc_leaks_empty(const EscLeaks *l);
/* Drops result flows at least as long as the shortest heap flow. */
void esc_leaks_optimize(EscLeaks *l);

typedef enum EscLocKind {
    LOC_VAR,  /* a variable: local, parameter or result */
    LOC_EXPR, /* an allocating expression (new, &T{}, literal, box ...) */
    LOC_TEMP, /* an unnamed temporary; never reported */
    LOC_HEAP,
    LOC_BLANK,
} EscLocKind;

/* What an allocation site is, beside its node: the same node can be both an
 * expression and the operand of an implicit interface conversion. */
typedef enum EscSite {
    SITE_EXPR,        /* the node itself allocates */
    SITE_BOX,         /* the interface box of a conversion of the node */
    SITE_DDD,         /* the implicit "... argument" slice of a variadic call */
    SITE_WRAP,        /* the closure record of a go/defer call wrapper */
    SITE_DEFER_STACK, /* marks a defer statement whose record stays on the stack */
} EscSite;

/* A note explains one step of a flow for -m=2 ("from &x (address-of) at
 * x.go:7:9"). where is a node spelled by esc_node_string. */
typedef struct EscNote {
    struct EscNote *next;
    const Node *where;
    const char *where_s; /* spelling, when where is NULL */
    Pos pos;
    const char *why;
} EscNote;

typedef struct EscLoc EscLoc;

typedef struct EscEdge {
    EscLoc *src;
    int derefs; /* >= -1 */
    EscNote *notes;
} EscEdge;

struct EscLoc {
    EscLocKind kind;
    Object *var;       /* LOC_VAR */
    const Node *n;     /* LOC_EXPR: the allocating node */
    EscSite site;      /* LOC_EXPR */
    Pos pos;           /* where -m reports it */
    const char *spell; /* how -m spells it */
    FuncInfo *fn;      /* enclosing function */
    EscEdge *edges;    /* incoming */
    int nedges, capedges;
    int loop_depth;
    int result_index; /* 1 + index for result variables, else 0 */
    bool is_param;

    /* solver state */
    int derefs;
    uint32_t walkgen;
    EscLoc *dst;
    int dst_edge;
    bool queued;

    bool escapes;
    bool transient; /* its address never outlives the statement */
    bool captured, reassigned, addrtaken;
    const char *heap_reason; /* gc's HeapAllocReason, if any */
    Node *init_expr;         /* a variable's initializer (static values) */
    EscLeaks leaks;          /* parameters: where they flow */
};

typedef struct EscHole {
    EscLoc *dst;
    int derefs;
    EscNote *notes;
    bool addrtaken; /* the context takes the address of the expression */
} EscHole;

/* Per-function data, hung on FuncInfo.esc. */
typedef enum EscFnState { ESCFN_UNKNOWN, ESCFN_PLANNED, ESCFN_STARTED, ESCFN_TAGGED } EscFnState;

typedef struct EscFn {
    EscFnState state;
    EscLeaks *tags;      /* per FuncInfo.params entry, once tagged */
    bool closure_called; /* a func literal called where it is written */
    bool in_user_pkg;    /* diagnostics are printed for it */
    bool *capture_byref; /* func literals: per FuncInfo.captures entry */
    uint32_t scc_id;     /* Tarjan bookkeeping */
} EscFn;

typedef struct EscClosure {
    EscHole k;
    Node *lit; /* N_FUNCLIT */
} EscClosure;

/* Analysis state shared by a batch of functions. */
typedef struct EscBatch {
    Vec locs;     /* EscLoc*, in creation order (report order) */
    Vec closures; /* EscClosure* */
    EscLoc heap, blank;
    Program *prog;
} EscBatch;

/* Walking state for one function of a batch. */
typedef struct Esc {
    EscBatch *b;
    FuncInfo *fn;
    int loop_depth;
    Vec looping; /* N_LABELEDSTMT that a goto jumps back to */
    /* Inside a go/defer call: arguments are copied into temporaries that
     * the call's wrapper closure captures (wrap_k stores into it). */
    bool wrapping;
    EscHole wrap_k;
} Esc;

extern int esc_m_level;

/* ---- esc_graph.c ---- */
EscLoc *esc_new_loc(Esc *e, EscLocKind kind, bool transient);
EscLoc *esc_var_loc(Object *obj); /* NULL for globals and unknown vars */
EscHole esc_loc_hole(EscLoc *l);
EscHole esc_heap_hole(Esc *e);
EscHole esc_discard_hole(Esc *e);
EscHole esc_note(EscHole k, const Node *where, Pos pos, const char *why);
EscHole esc_note_s(EscHole k, const char *where, Pos pos, const char *why);
EscHole esc_shift(EscHole k, int delta);
EscHole esc_deref(EscHole k, const Node *where, Pos pos, const char *why);
EscHole esc_addr_of(EscHole k, const Node *where, Pos pos, const char *why);
void esc_flow(EscBatch *b, EscHole k, EscLoc *src);
EscHole esc_tee(Esc *e, EscHole *ks, int n);
EscHole esc_later(Esc *e, EscHole k);
/* Allocates the location of an allocating expression and flows its address
 * into k; returns the hole that stores into it. */
EscHole esc_spill(Esc *e, EscHole k, const Node *n, EscSite site, Pos pos, const char *spell);
void esc_site_register(const Node *n, EscSite site, EscLoc *loc);
EscLoc *esc_site_lookup(const Node *n, EscSite site);

/* ---- esc_build_expr.c ---- */
void esc_expr(Esc *e, EscHole k, Node *n);
void esc_discard(Esc *e, Node *n);
/* n evaluated into k after an implicit conversion to type dst (NULL: none);
 * conv_pos is where gc reports the conversion's box. */
void esc_expr_conv(Esc *e, EscHole k, Node *n, Type *dst, Pos conv_pos);
/* The position gc's IR gives an expression (the operator of a binary
 * expression, the ( of a call, the { of a literal ...). */
Pos esc_syntax_pos(const Node *n);
/* The position of the last non-constant node of n in pre-order (gc's
 * base.Pos after irgen translated n), or fallback if there is none. */
Pos esc_last_pos(const Node *n, Pos fallback);
bool esc_is_direct_iface(Type *t);
/* x.Data of a *reflect.SliceHeader or *reflect.StringHeader: a uintptr
 * that gc treats as the pointer it holds. */
bool esc_is_reflect_header_data(Node *n);
void esc_unsafe_value(Esc *e, EscHole k, Node *n);
/* Pointer dereferences along a field selection's path. */
int esc_selector_derefs(const Node *sel, int upto);
/* Receiver evaluation of a method selection x.M into k. */
void esc_method_recv(Esc *e, EscHole k, Node *sel);

/* ---- esc_build_stmt.c ---- */
void esc_walk_func(EscBatch *b, FuncInfo *fi);
void esc_stmt(Esc *e, Node *s);
void esc_block(Esc *e, Vec *list);
EscHole esc_addr(Esc *e, Node *n);
/* Records a local variable's declaration (its loop depth). */
EscHole esc_dcl(Esc *e, Object *obj);
/* The single expression a never-reassigned local was initialised with. */
Node *esc_static_value(Node *n);
void esc_note_var_init(Object *obj, Node *init);

/* ---- esc_call.c ---- */
/* Evaluates a call; ks (nks of them, or NULL) receive its results. */
void esc_call(Esc *e, EscHole *ks, int nks, Node *call);
void esc_go_defer(Esc *e, Node *stmt);
FuncInfo *esc_static_callee(Node *call, bool *is_closure_call);
/* The hole an argument for parameter i (FuncInfo.params index; a method's
 * receiver is 0) of callee fn (NULL: unknown) flows into; ks receive the
 * call's results. */
EscHole esc_tag_hole(Esc *e, EscHole *ks, int nks, FuncInfo *fn, int i);

/* ---- esc_devirt.c ---- */
/* gc's devirtualization pass over roots (gc's declaration order), the func
 * literals inside them, then the package-level initialisers; prints its -m
 * lines. Run before analysis. */
void esc_devirtualize(Program *prog, FuncInfo **roots, int n);
/* The call escape analysis evaluates instead of call: x.(T).M(args) for a
 * devirtualized interface call x.M(args), else call itself. */
Node *esc_devirt_call(Node *call);
/* For the method selector of a devirtualized call: the concrete method it
 * now calls (a call-graph edge), or NULL. */
FuncInfo *esc_devirt_callee(const Node *sel);

/* ---- esc_solve.c ---- */
void esc_walk_all(EscBatch *b);
bool esc_outlives(EscLoc *l, EscLoc *other);
void esc_explain_flow(EscBatch *b, const char *pos, EscLoc *dst, EscLoc *src, int derefs,
                      EscNote *notes);
const char *esc_explain_loc(EscBatch *b, EscLoc *l);

/* ---- esc_leaks.c ---- */
void esc_leak_to(EscLoc *l, EscLoc *sink, int derefs);
/* Records and reports the parameter tags of every function of a batch. */
void esc_tag_params(EscBatch *b, FuncInfo *fi);
/* The tag of parameter i (FuncInfo.params index) of an analysed function. */
EscLeaks esc_param_tag(FuncInfo *fi, int i);

/* ---- esc_summary.c ---- */
/* Every batch analysed, in order: -escape-summary walks their locations. */
extern Vec esc_all_batches;

/* ---- esc_report.c ---- */
void esc_warn(Pos pos, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
const char *esc_pos_string(Pos p);
const char *esc_node_string(const Node *n);
/* A type as gc spells it in -m messages. */
const char *esc_type_string(Type *t);
const char *esc_func_name(FuncInfo *fi);
bool esc_diagnose_fn(FuncInfo *fi);
void esc_report_batch(EscBatch *b);

#endif
