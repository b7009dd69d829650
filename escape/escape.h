/* escape.h: escape analysis.
 *
 * Decides for every variable and allocating expression whether it stays in
 * its function's frame or moves to the GC heap, computes parameter leak tags,
 * and prints gc's -m report. The analysis is gc's (Go 1.19, as with -l: no
 * inlining); decisions live in escape/'s own tables, keyed by Object and by
 * node, and codegen/ reads them through the functions below.
 *
 * Every query is conservative: before esc_analyze has run, or for a node
 * the analysis never saw, the answer is "heap".
 *
 * These queries are the only place where stack-or-heap is decided: besides
 * the analysis' verdicts they apply gc's size rules (variables over 10 MiB,
 * implicit allocations over 64 KiB, interface boxes over 1 KiB), so codegen
 * never second-guesses them. */
#ifndef ESCGO_ESCAPE_H
#define ESCGO_ESCAPE_H

#include "frontend/check.h"

typedef struct EscOptions {
    int m_level;       /* -m=N: 0 = silent, 1 = decisions, 2 = flows */
    bool no_inline;    /* -l: gc prints no "can inline" lines */
    bool small_frames; /* -smallframes: stack limits 128 KiB / 16 KiB */
    bool no_escape;    /* -d=noescape: the analysis still runs and -m still
                          reports it, but every query answers "heap" (a
                          variable: when its address is taken or it is
                          captured), to check that the decisions are
                          what makes programs behave, never luck */
} EscOptions;

/* Analyses every function of prog, bottom-up over the call graph, and
 * prints the -m report (stdout, in gc's order) for the main package. */
void esc_analyze(Program *prog, const EscOptions *opts);

/* Whether variable obj (a local, parameter or result) must live on the
 * heap ("moved to heap: x"). A parameter that does must be copied into a
 * heap cell on entry; a result, copied out on return. Globals: false. */
bool esc_var_on_heap(const Object *obj);

/* Whether the allocating expression n must be heap-allocated. n is the node
 * gc reports: the N_CALL of new/make/string conversions, the N_UNARY & of
 * &T{...}, the N_COMPOSITELIT of a slice or map literal (or of an elided
 * &T in a nested literal), the N_FUNCLIT, the N_SELECTOR of a method value,
 * the N_BINARY (outermost +) of a string concatenation. Besides -m's verdict
 * this applies the size rules gc's back end adds (a slice literal whose
 * backing array exceeds 64 KiB goes to the heap although -m says "does not
 * escape"). */
bool esc_expr_on_heap(const Node *n);

/* Whether the box of an interface conversion of operand x must be on the
 * heap. x is the converted expression for an implicit conversion
 * (`var i any = x`), or the N_CALL T(x) of an explicit one. Values whose
 * type is pointer-shaped need no box; the answer is then false. */
bool esc_box_on_heap(const Node *x);

/* Whether the implicit "... argument" slice of variadic call `call` must be
 * on the heap. */
bool esc_ddd_on_heap(const Node *call);

/* For a func literal: whether its i-th captured variable (FuncInfo.captures
 * index) is captured by reference (the closure holds its address) rather
 * than copied by value, as gc decides: by value when at most 128 bytes,
 * never reassigned after capture and never address-taken. */
bool esc_capture_by_ref(const FuncInfo *lit, int i);

/* Whether parameter i of fi (FuncInfo.params index, receiver first) is
 * proven not to outlive the call: its tag has no flow to the heap or to a
 * result ("x does not escape"). False under -d=noescape and for functions
 * not analysed. Codegen marks such pointer parameters nocapture. */
bool esc_param_noescape(FuncInfo *fi, int i);

/* For go and defer statements: whether the record holding the deferred or
 * spawned call's function and arguments may stay on the stack (a defer at
 * the top level of its function, outside any loop). */
bool esc_defer_on_stack(const Node *stmt);

/* -escape-summary: prints to stdout, per function of the main package and
 * in total, how many allocation sites stay on the stack and how many go to
 * the heap (with why: escapes, too large, non-constant size), by the same
 * queries codegen uses. level 2 also lists every heap site. no_escape:
 * the build has -d=noescape. Call after esc_analyze. */
void esc_print_summary(int level, bool no_escape);

#endif
