/* cg_internal.h: what the parts of codegen share.
 *
 * codegen is split along the language:
 *   cg_module.c  cg_compile: LLVM context/module/target, the pass pipeline,
 *                verification and emission
 *   cg_types.c   Go types -> LLVM types, type descriptors, constants
 *   cg_func.c    function declarations and bodies, locals and parameters
 *   cg_stmt.c    statements and control flow
 *   cg_expr.c    expressions: operators, conversions, strings
 *   cg_call.c    calls, builtins (print, panic, len), runtime declarations
 *   cg_composite.c  pointers, structs, arrays: addresses, fields, literals
 *   cg_slice.c   slices (make, literals, index, slicing, append, copy, range,
 *                string conversions) and variadic calls
 *   cg_init.c    package variable initialization -> escgo.init
 *   cg_static.c  package variables with static initial values -> LLVM
 *                global initializers (no code in escgo.init)
 *   cg_debug.c   DWARF through the DIBuilder (every build unless -g0)
 *   cg_checkescape.c  -d=checkescape: poisons dead frames on return
 *
 * Values in registers use "register" LLVM types; memory uses "memory"
 * types. They differ only for bool (i1 vs i8), so every load and store of
 * a Go value goes through cg_load / cg_store. */
#ifndef ESCGO_CG_INTERNAL_H
#define ESCGO_CG_INTERNAL_H

#include <llvm-c/Core.h>
#include <llvm-c/DebugInfo.h>
#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>

#include "codegen/codegen.h"
#include "escape/escape.h"

/* Runtime entry points codegen calls (runtime/escgo_rt.h). */
typedef enum RtFn {
    RT_ALLOC,
    RT_ALLOC_NOSCAN,
    RT_PRINTBOOL,
    RT_PRINTINT,
    RT_PRINTUINT,
    RT_PRINTHEX,
    RT_PRINTFLOAT,
    RT_PRINTCOMPLEX,
    RT_PRINTSTRING,
    RT_PRINTPOINTER,
    RT_PRINTSLICE,
    RT_PRINTEFACE,
    RT_PRINTSP,
    RT_PRINTNL,
    RT_PRINTLOCK,
    RT_PRINTUNLOCK,
    RT_CONCATSTRINGS,
    RT_INTSTRING,
    RT_DECODERUNE,
    RT_GOPANIC,
    RT_PANIC_DIVIDE,
    RT_PANIC_NILDEREF,
    RT_PANIC_INDEX,
    RT_PANIC_INDEX_U,
    RT_PANIC_SLICE,
    RT_PANIC_SHIFT,
    RT_GO,
    RT_MAKECHAN,
    RT_CHANSEND,
    RT_CHANRECV,
    RT_CLOSECHAN,
    RT_CHANLEN,
    RT_CHANCAP,
    RT_SELECT,
    RT_COUNT
} RtFn;

/* What codegen keeps for a variable (Object.cg). For a variable on the
 * heap, slot is an alloca holding the pointer to the heap cell; otherwise
 * slot is the variable's storage itself (alloca or global). */
typedef struct CgVar {
    LLVMValueRef slot;
    bool heap;
} CgVar;

/* A break/continue target: the statement and its blocks. */
typedef struct CgTarget {
    Node *stmt;
    LLVMBasicBlockRef brk, cont; /* cont NULL for switch */
    struct CgTarget *outer;
} CgTarget;

typedef struct CgLabel {
    Node *stmt; /* N_LABELEDSTMT */
    LLVMBasicBlockRef bb;
} CgLabel;

/* The function being generated. */
typedef struct CgFunc {
    FuncInfo *fi;
    LLVMValueRef fn;
    LLVMTypeRef fnty;
    LLVMValueRef alloca_pt; /* allocas go before this instruction */
    CgTarget *targets;      /* innermost first */
    Vec labels;             /* CgLabel* */
    /* set when a switch clause body is generated: where fallthrough goes */
    LLVMBasicBlockRef fallthrough;
    LLVMMetadataRef di_sp;    /* debug info: the DISubprogram */
    LLVMMetadataRef di_scope; /* the innermost DILexicalBlock, NULL: di_sp */
    /* cg_defer.c: the jmp_buf of a function containing defer, else NULL */
    LLVMValueRef defer_frame;
    /* cg_closure.c: a func literal's captured variables, else NULL */
    struct CgClosure *closure;
} CgFunc;

typedef struct Cg {
    Program *prog;
    const CgOptions *opts;
    LLVMContextRef ctx;
    LLVMModuleRef mod;
    LLVMBuilderRef b;
    LLVMTargetMachineRef tm;
    LLVMTargetDataRef td;

    LLVMTypeRef t_void, t_i1, t_i8, t_i16, t_i32, t_i64, t_f32, t_f64, t_ptr;
    LLVMTypeRef t_string; /* { ptr, i64 } */
    LLVMTypeRef t_eface;  /* { ptr, ptr } */
    LLVMTypeRef t_slice;  /* { ptr, i64, i64 } */
    LLVMTypeRef t_gotype; /* the GoType descriptor layout */

    LLVMValueRef rt[RT_COUNT];
    LLVMTypeRef rt_ty[RT_COUNT];

    CgFunc *fn;     /* the function being generated, or NULL */
    Vec pending;    /* FuncInfo* referenced so far, whose bodies cg_gen_funcs
                       generates in order */
    Node *cur_stmt; /* the statement being generated: where errors without a
                       node of their own are reported */
    int nerrors;
    unsigned str_count; /* for naming string literal globals */

    /* debug info (on unless -g0) */
    LLVMDIBuilderRef dib;
    LLVMMetadataRef di_cu;
    Vec di_files;   /* LLVMMetadataRef per source file index (NULL until made) */
    void *di_types; /* cg_debug.c's cache of debug types */
} Cg;

/* ---- cg_module.c ------------------------------------------------------ */

/* Reports an unsupported construct cleanly ("WHAT not supported by escgo
 * yet") and keeps going so that every such construct is reported once. */
void cg_unsupported(Cg *cg, Node *n, const char *what);

/* ---- cg_types.c ------------------------------------------------------- */

void cg_types_init(Cg *cg);
LLVMTypeRef cg_type(Cg *cg, Type *t);    /* register type */
LLVMTypeRef cg_memtype(Cg *cg, Type *t); /* memory type */
/* Whether codegen can represent values of t (false: report unsupported). */
bool cg_type_supported(Type *t);
LLVMValueRef cg_zero(Cg *cg, Type *t); /* the zero value (register type) */
LLVMValueRef cg_const(Cg *cg, ConstVal *v, Type *t);
LLVMValueRef cg_const_string(Cg *cg, const char *s, int64_t len);
LLVMValueRef cg_type_desc(Cg *cg, Type *t); /* "type:<name>" */
int64_t cg_sizeof(Cg *cg, Type *t);
bool cg_is_signed(Type *t);
bool cg_is_unsigned(Type *t);
bool cg_is_float(Type *t);
bool cg_is_complex(Type *t);
bool cg_is_string(Type *t);
bool cg_is_bool(Type *t);
int cg_int_bits(Type *t); /* bits of an integer type */

/* ---- cg_func.c -------------------------------------------------------- */

void cg_declare_funcs(Cg *cg);
void cg_gen_funcs(Cg *cg);
LLVMValueRef cg_func_value(Cg *cg, FuncInfo *fi);
LLVMTypeRef cg_func_type(Cg *cg, Type *sig);
/* The calling convention (cg_func.c): arrays and structs larger than 64
 * bytes cross calls in memory. Go-level function types (CgFunc.fnty,
 * cg_func_type, cg_closure_fnty) keep register types; cg_abi_fnty is the
 * type LLVM functions are declared with. Every call of and return from a
 * Go-level function, and every read of its parameters, goes through
 * these. */
LLVMTypeRef cg_abi_fnty(Cg *cg, LLVMTypeRef fty);
/* Calls fn of Go-level type fty with Go-level args; returns the result (the
 * call itself when not in memory). tk: the tail call kind wanted (a tail
 * call is dropped when the callee reads this frame). *callp (if not NULL):
 * the call instruction. */
LLVMValueRef cg_abi_call(Cg *cg, LLVMTypeRef fty, LLVMValueRef fn, LLVMValueRef *args, unsigned n,
                         LLVMTailCallKind tk, LLVMValueRef *callp);
/* Go-level parameter i of the current function, and how many there are. */
LLVMValueRef cg_abi_param(Cg *cg, unsigned i);
unsigned cg_abi_nparams(Cg *cg);
/* Returns vals[0..nr) (none: ret void) / v (NULL for none) from the
 * current function. */
void cg_abi_ret_vals(Cg *cg, LLVMValueRef *vals, int nr);
void cg_abi_ret(Cg *cg, LLVMValueRef v);
/* Element i of a multi-result call's value r. */
LLVMValueRef cg_abi_extract(Cg *cg, LLVMValueRef r, unsigned i);
/* An alloca in the entry block. */
LLVMValueRef cg_alloca(Cg *cg, LLVMTypeRef ty, const char *name);
/* Creates the storage for local variable obj at its declaration point
 * (zeroed or holding init when init != NULL). */
void cg_declare_local(Cg *cg, Object *obj, LLVMValueRef init);
/* The address of variable obj (local or global). */
LLVMValueRef cg_var_addr(Cg *cg, Object *obj);
LLVMValueRef cg_global_var(Cg *cg, Object *obj);
LLVMValueRef cg_load(Cg *cg, Type *t, LLVMValueRef addr, const char *name);
LLVMValueRef cg_load_unless_nil(Cg *cg, LLVMValueRef p, LLVMTypeRef ty, const char *name);
void cg_store(Cg *cg, Type *t, LLVMValueRef v, LLVMValueRef addr);
/* Heap allocation of a value of type t, zeroed. */
LLVMValueRef cg_heap_alloc(Cg *cg, Type *t);
LLVMBasicBlockRef cg_new_block(Cg *cg, const char *name);
/* Whether the current block already ends in a terminator. */
bool cg_block_terminated(Cg *cg);
/* Starts a fresh (unreachable) block after a terminator, so code after a
 * return/break/panic has somewhere to go. */
void cg_start_dead_block(Cg *cg);
void cg_br(Cg *cg, LLVMBasicBlockRef bb); /* br unless already terminated */

/* ---- cg_closure.c (func literals, func values, method values) ---------- */

/* A func value is a pointer to a record { code, captures... }; the code
 * takes the record first, then the Go parameters (cg_closure_fnty). */
LLVMTypeRef cg_closure_fnty(Cg *cg, Type *sig);
/* The LLVM function of func literal fi (queued for generation). */
LLVMValueRef cg_closure_func_value(Cg *cg, FuncInfo *fi);
/* At the entry of fi's body: binds a literal's captured variables; returns
 * how many hidden parameters precede the Go ones (1 for a literal). */
unsigned cg_closure_enter(Cg *cg, CgFunc *f);
/* The address of captured variable obj in the current literal, or NULL. */
LLVMValueRef cg_closure_var_addr(Cg *cg, Object *obj);
LLVMValueRef cg_funclit(Cg *cg, Node *e);            /* func(...) {...} */
LLVMValueRef cg_func_ref(Cg *cg, Object *fn);        /* a declared func as a value */
LLVMValueRef cg_method_value(Cg *cg, Node *sel);     /* x.M, T.M, (*T).M, I.M as values */
/* A call through func value fv of signature sig (argv: the Go arguments). */
LLVMValueRef cg_call_funcvalue(Cg *cg, LLVMValueRef fv, Type *sig, LLVMValueRef *argv, int n);
LLVMValueRef cg_funcvalue_call_expr(Cg *cg, Node *call); /* f(args) for a func value f */
/* Generating a helper function (wrapper, thunk) in the middle of another:
 * cg_side_begin makes f (fn and fnty set) current with a fresh builder at
 * its new entry block; cg_side_end restores the outer function. */
typedef struct CgSideState {
    CgFunc *fn;
    LLVMBuilderRef b;
    Node *cur_stmt;
} CgSideState;
void cg_side_begin(Cg *cg, CgFunc *f, CgSideState *save);
void cg_side_end(Cg *cg, CgSideState *save);

/* ---- cg_defer.c (defer, recover) ---------------------------------------- */

/* After parameters and results are declared: recover's and defer's setup. */
void cg_defer_enter(Cg *cg, CgFunc *f);
void cg_defer_stmt(Cg *cg, Node *s);
void cg_go_stmt(Cg *cg, Node *s); /* go f(args) */
/* Before a return in a function with defer: stores vals (nr result values,
 * or NULL for none) into the result variables, runs the deferred calls and
 * reloads vals. No effect in other functions. */
void cg_defer_before_return(Cg *cg, LLVMValueRef *vals, int nr);
LLVMValueRef cg_recover(Cg *cg, Node *call);
/* In a wrapper about to call target (NULL: not known, e.g. through an
 * itab): lets target recover as if called directly; returns true if it did
 * something (then the call must stay a real call, never a tail call). */
bool cg_recover_wrap(Cg *cg, FuncInfo *target);

/* ---- cg_stmt.c -------------------------------------------------------- */

void cg_stmt(Cg *cg, Node *s);
void cg_block(Cg *cg, Vec *stmts);
bool cg_is_blank(Node *e); /* the blank identifier _ */
/* break/continue targets (cont NULL: only break) */
void cg_push_target(Cg *cg, CgTarget *t, Node *stmt, LLVMBasicBlockRef brk,
                    LLVMBasicBlockRef cont);
void cg_pop_target(Cg *cg);
/* v, ok from a comma-ok expression (m[k], x.(T), <-c) into vals[0..2),
 * vals[0] of the expression's type; false if call is none of them. */
bool cg_commaok(Cg *cg, Node *call, LLVMValueRef *vals);

/* ---- cg_chan.c (channels, select) ---------------------------------------- */

LLVMValueRef cg_chan_make(Cg *cg, Node *call); /* make(chan T[, n]) */
bool cg_is_recv(Node *e);                      /* <-c */
LLVMValueRef cg_chan_recv(Cg *cg, Node *e);
void cg_chan_recv_commaok(Cg *cg, Node *e, LLVMValueRef *out); /* v, ok := <-c */
void cg_chan_send(Cg *cg, Node *s);
void cg_chan_close(Cg *cg, Node *call);
LLVMValueRef cg_chan_len(Cg *cg, Node *call, bool cap); /* len(c) / cap(c) */
void cg_chan_range(Cg *cg, Node *s, void (*assign)(Cg *, Node *, bool, LLVMValueRef, Type *));
void cg_select(Cg *cg, Node *s);

/* ---- cg_expr.c -------------------------------------------------------- */

LLVMValueRef cg_expr(Cg *cg, Node *e);
/* Evaluates e and converts it to type to (assignability: same
 * representation, or a concrete value into an interface). */
LLVMValueRef cg_expr_to(Cg *cg, Node *e, Type *to);
LLVMValueRef cg_addr(Cg *cg, Node *e); /* address of an addressable e */
void cg_cond_br(Cg *cg, Node *cond, LLVMBasicBlockRef t, LLVMBasicBlockRef f);
/* x op y on values of type t (arithmetic, with Go's checks). */
LLVMValueRef cg_binop(Cg *cg, Node *at, TokKind op, LLVMValueRef x, LLVMValueRef y, Type *t,
                      Type *yt);
/* x op y for comparisons (== != < <= > >=) of values of type t. */
LLVMValueRef cg_compare(Cg *cg, TokKind op, LLVMValueRef x, LLVMValueRef y, Type *t);
LLVMValueRef cg_convert(Cg *cg, LLVMValueRef v, Type *from, Type *to);
/* A value of concrete type t as an interface {type, data}. */
LLVMValueRef cg_to_iface(Cg *cg, LLVMValueRef v, Type *t);
LLVMValueRef cg_str_ptr(Cg *cg, LLVMValueRef s);
LLVMValueRef cg_str_len(Cg *cg, LLVMValueRef s);
LLVMValueRef cg_make_string(Cg *cg, LLVMValueRef ptr, LLVMValueRef len);
/* Extends an integer value of type t to i64 (sign or zero). */
LLVMValueRef cg_to_i64(Cg *cg, LLVMValueRef v, Type *t);

/* ---- cg_call.c -------------------------------------------------------- */

LLVMValueRef cg_rt(Cg *cg, RtFn f, LLVMValueRef *args, unsigned n);
LLVMValueRef cg_call_expr(Cg *cg, Node *call);
/* Evaluates call's arguments for signature sig (variadic packing, f(g())
 * spreading, conversions) into argv[0..nparams); false on failure. */
bool cg_call_args(Cg *cg, Node *call, Type *sig, LLVMValueRef *argv);
/* The declared function or concrete method a call's fun names, or NULL
 * (func values, interface methods, method expressions). */
FuncInfo *cg_callee(Node *fun);
/* A call producing several values: stores them into out[0..n). */
void cg_call_multi(Cg *cg, Node *call, LLVMValueRef *out, int n);
/* Panics at run time after a failed check: cond true -> fn(args). */
void cg_check_fail(Cg *cg, LLVMValueRef fail, RtFn f, LLVMValueRef *args, unsigned n);

/* ---- cg_composite.c ----------------------------------------------------- */

LLVMValueRef cg_nil_check(Cg *cg, LLVMValueRef p);
bool cg_addressable(Node *e);
LLVMValueRef cg_addr_or_temp(Cg *cg, Node *e);
LLVMValueRef cg_composite_addr(Cg *cg, Node *e);
LLVMValueRef cg_method_recv(Cg *cg, Node *sel);
LLVMValueRef cg_complit_value(Cg *cg, Node *e);
/* Writes literal e's elements into zeroed storage at addr (in place, no
 * aggregate temporaries: literals of big arrays stay cheap). */
void cg_complit_store(Cg *cg, Node *e, LLVMValueRef addr);
LLVMValueRef cg_address_of(Cg *cg, Node *e);
LLVMValueRef cg_new(Cg *cg, Node *call);
LLVMValueRef cg_compare_aggregate(Cg *cg, LLVMValueRef x, LLVMValueRef y, Type *t);
void cg_range_index_loop_tail(Cg *cg, Node *s, LLVMValueRef idx, LLVMBasicBlockRef cond,
                              LLVMBasicBlockRef cont, LLVMBasicBlockRef end);
void cg_range_array(Cg *cg, Node *s, void (*assign)(Cg *, Node *, bool, LLVMValueRef, Type *));

/* ---- cg_typedesc.c ------------------------------------------------------ */

/* Fills in descriptor global g of type t (called by cg_type_desc). */
void cg_typedesc_init(Cg *cg, Type *t, LLVMValueRef g, const char *qname);
int cg_go_kind(Type *t);       /* enum GoKind */
/* The name t's symbols use: the qualified name, made unique for types
 * mentioning function-local types ("main.T#0"). */
const char *cg_type_symname(Type *t);
bool cg_direct_iface(Type *t); /* stored in an interface's data word itself */
/* GoType.equal / GoType.hashfn of t as LLVM functions; NULL if t has no ==. */
LLVMValueRef cg_type_equal_fn(Cg *cg, Type *t);
LLVMValueRef cg_type_hash_fn(Cg *cg, Type *t);
LLVMTypeRef cg_method_ty(Cg *cg); /* GoMethod's layout */

/* ---- cg_iface.c --------------------------------------------------------- */

bool cg_is_eface(Type *t); /* an interface type without methods */
/* Value v of type from (concrete, interface or untyped nil) as a value of
 * interface type to. site is the node escape analysis knows the box by
 * (esc_box_on_heap), or NULL for a heap box. */
LLVMValueRef cg_iface_convert(Cg *cg, LLVMValueRef v, Type *from, Type *to, const Node *site);
/* Evaluates e into interface type to (constants get read-only boxes). */
LLVMValueRef cg_iface_from_expr(Cg *cg, Node *e, const Node *site, Type *to);
LLVMValueRef cg_iface_dyntype(Cg *cg, LLVMValueRef v, Type *t); /* GoType* or null */
LLVMValueRef cg_iface_compare(Cg *cg, TokKind op, LLVMValueRef x, LLVMValueRef y, Type *t);
LLVMValueRef cg_type_assert(Cg *cg, Node *e);
void cg_type_assert_commaok(Cg *cg, Node *e, LLVMValueRef *out);
void cg_type_switch(Cg *cg, Node *s);
LLVMValueRef cg_method_table(Cg *cg, Type *t, const char *qname, int64_t *count);
LLVMValueRef cg_itab(Cg *cg, Type *t, Type *iface);
bool cg_is_iface_call(Node *call);
/* Selection s on a value of type t reaches its method through an embedded
 * interface field. */
bool cg_sel_via_iface(Type *t, Selection *s);
/* The address of the embedded field on selection s's path from a value of
 * type *cur at addr (*cur becomes the field's type). */
LLVMValueRef cg_sel_field_addr(Cg *cg, LLVMValueRef addr, Type **cur, Selection *s);
/* The receiver argument of method m (selected by s) for a value of type
 * cur at addr, through embedded fields; gc's panicwrap text for (*T).M of
 * a value method on a nil pointer. */
LLVMValueRef cg_recv_from_addr(Cg *cg, LLVMValueRef addr, Type *cur, Selection *s, Object *m);
/* p, or gc's panicwrap panic if p is nil: "value method pkg.T.M called
 * using nil *T pointer" (elem is T, meth M). */
LLVMValueRef cg_panicwrap_check(Cg *cg, LLVMValueRef p, Type *elem, const char *meth);
LLVMValueRef cg_iface_call(Cg *cg, Node *call);

/* ---- cg_map.c ----------------------------------------------------------- */

bool cg_is_map(Type *t);
LLVMValueRef cg_map_make(Cg *cg, Node *call);           /* make(map[K]V[, hint]) */
LLVMValueRef cg_map_lit(Cg *cg, Node *lit);             /* map[K]V{...} */
LLVMValueRef cg_map_index(Cg *cg, Node *e);             /* m[k] as an rvalue */
void cg_map_index_commaok(Cg *cg, Node *e, LLVMValueRef *out); /* v, ok := m[k] */
LLVMValueRef cg_map_len(Cg *cg, LLVMValueRef m);
void cg_map_delete(Cg *cg, Node *call);
void cg_map_range(Cg *cg, Node *s, void (*assign)(Cg *, Node *, bool, LLVMValueRef, Type *));
/* m[k] as an assignment target: evaluates m and k now (Go's first phase),
 * returns a handle; cg_map_store does the assignment (second phase). */
typedef struct CgMapLval {
    LLVMValueRef m, keyaddr;
    Type *mt;
} CgMapLval;
bool cg_is_map_index(Node *e);
CgMapLval *cg_map_lval(Cg *cg, Node *e);
void cg_map_store(Cg *cg, CgMapLval *lv, LLVMValueRef v);
/* m[k] op= v, m[k]++: the slot after evaluating the right side. */
LLVMValueRef cg_map_slot(Cg *cg, CgMapLval *lv);

/* ---- cg_init.c -------------------------------------------------------- */

void cg_gen_globals(Cg *cg);
void cg_gen_init(Cg *cg);

/* ---- cg_static.c ------------------------------------------------------ */

/* When vi's value is known at compile time, makes it the global's LLVM
 * initializer and returns true: escgo.init then has nothing to do for it. */
bool cg_static_var_init(Cg *cg, VarInit *vi);

/* ---- cg_checkescape.c ------------------------------------------------- */

/* -d=checkescape: overwrites f's addressable frame slots on every return. */
void cg_poison_frame(Cg *cg, CgFunc *f);

/* ---- cg_allocsites.c -------------------------------------------------- */

/* -allocsites: after generation, before the passes: routes every heap
 * allocation through a per-site counting record (uses the line table). */
void cg_allocsites_instrument(Cg *cg);

/* ---- cg_debug.c ------------------------------------------------------- */

void cg_debug_init(Cg *cg);
void cg_debug_finish(Cg *cg);
void cg_debug_func(Cg *cg, CgFunc *f);
void cg_debug_loc(Cg *cg, Pos pos);
/* A Go block (a {...}, or the implicit one of an if, for, switch, select or
 * case clause) starts at pos: later locations and variables belong to a
 * DWARF lexical block, so that gdb tells shadowed variables apart. Returns
 * the scope to give back to cg_debug_scope_leave. */
LLVMMetadataRef cg_debug_scope_enter(Cg *cg, Pos pos);
void cg_debug_scope_leave(Cg *cg, LLVMMetadataRef prev);
/* Describes local variable or parameter obj living in alloca slot
 * (which holds the heap cell's address when heap). */
void cg_debug_var(Cg *cg, Object *obj, LLVMValueRef slot, bool heap);

/* ---- cg_slice.c (slices and variadic calls) ---------------------------- */

LLVMValueRef cg_slice_lit(Cg *cg, Node *e);
/* An elided &T{...} in an outer literal (the literal's type is *T). */
LLVMValueRef cg_complit_elided_ptr(Cg *cg, Node *e);
LLVMValueRef cg_slice_index_addr(Cg *cg, Node *e); /* s[i] on a slice */
/* x[lo:hi(:max)] on a slice, array or pointer to array (not a string). */
LLVMValueRef cg_slicing(Cg *cg, Node *e);
LLVMValueRef cg_slice_compare(Cg *cg, TokKind op, LLVMValueRef x, LLVMValueRef y);
/* make/append/copy/len/cap on slices; *handled false: not a slice builtin. */
LLVMValueRef cg_slice_builtin(Cg *cg, Node *call, BuiltinId id, bool *handled);
/* string <-> []byte/[]rune, slice -> array pointer; false: not one of them. */
bool cg_slice_conversion(Cg *cg, Node *call, LLVMValueRef *out);
void cg_range_slice(Cg *cg, Node *s, void (*assign)(Cg *, Node *, bool, LLVMValueRef, Type *));
/* The arguments of a call of variadic signature sig, into argv[0..nparams). */
bool cg_variadic_args(Cg *cg, Node *call, Type *sig, LLVMValueRef *argv);

#endif
