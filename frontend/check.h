/* check.h: the type checker's entry point.
 *
 * check_program loads the main package's files, resolves imports against
 * escgo's Go-source std packages (<std_dir>/<import path>/<file>.go), type-checks
 * every package (dependencies first) and records its findings in the AST
 * (Node.type/mode/cval, ident.obj, selector.selection, call.call_kind,
 * FuncInfo) — the "typed AST" that escape/ and codegen/ read.
 *
 * Contract for later stages, once check_program returns with no errors:
 *  - every expression node that is evaluated has mode != MODE_INVALID and a
 *    typed type: untyped constants carry the type they were converted to
 *    (the default type when nothing else decided), and so does nil (the type
 *    of whatever it is assigned or compared to);
 *  - constant expressions have mode MODE_CONSTANT and a cval already
 *    converted (rounded) to their final type;
 *  - a construct escgo cannot compile yet was reported as an error
 *    ("NAME not supported by escgo yet"), so never reaches codegen. */
#ifndef ESCGO_CHECK_H
#define ESCGO_CHECK_H

#include "types.h"

typedef struct Program {
    Vec packages;   /* Package*, dependencies before dependents; main last */
    Package *main;  /* the package being built (need not be named main) */
    Vec funcs;      /* FuncInfo* of every function, method and func literal
                       of every package (literals after their outer function) */
} Program;

typedef struct CheckOptions {
    const char *std_dir; /* directory holding the std packages' sources */
} CheckOptions;

/* files: N_FILE nodes of the main package (already parsed). Returns NULL if
 * there were errors (reported through diag_error). */
Program *check_program(Vec files, const CheckOptions *opts);

/* After check_program returned NULL: the program, if its only errors were
 * constructs escgo cannot compile yet in otherwise fully type-checked code
 * (go, select, channel sends, ...; not generics); else NULL. It is valid Go,
 * so `-m` still reports its escape decisions, as Go's -m tests need. */
Program *check_unsupported_only_program(void);

/* The universe scope and predeclared types; called once by check_program. */
void types_init_universe(void);

#endif
