/* escape.h: escape analysis.
 *
 * Decides for every variable and allocating expression whether it stays in
 * its function's frame or moves to the GC heap, computes parameter leak tags,
 * and prints gc's -m report. Decisions are recorded in the AST's objects and
 * nodes (see the esc fields) for codegen/ to read. */
#ifndef ESCGO_ESCAPE_H
#define ESCGO_ESCAPE_H

#include "frontend/check.h"

typedef struct EscOptions {
    int m_level;    /* -m=N: 0 = silent, 1 = decisions, 2 = flows */
    bool no_inline; /* -l: gc prints no "can inline" lines */
} EscOptions;

/* Analyses every function of prog. Until the escape-analysis issue lands
 * this is conservative: every variable whose address is taken or that is
 * captured by a closure goes to the heap. */
void esc_analyze(Program *prog, const EscOptions *opts);

/* Whether variable obj must live on the heap (codegen asks). */
bool esc_var_on_heap(const Object *obj);
/* Whether the allocating expression n (new, &T{}, make, literal...) must be
 * heap-allocated. */
bool esc_expr_on_heap(const Node *n);

#endif
