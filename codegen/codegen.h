/* codegen.h: typed AST + escape decisions -> LLVM IR -> object/asm/IR file.
 *
 * The driver calls cg_compile once per build; codegen/ only reads the AST
 * and the decisions escape/ recorded, it never decides escapes itself. */
#ifndef ESCGO_CODEGEN_H
#define ESCGO_CODEGEN_H

#include "frontend/check.h"

typedef enum CgEmit {
    CG_EMIT_OBJ, /* an ELF object file */
    CG_EMIT_ASM, /* -S */
    CG_EMIT_LLVM /* -emit-llvm: textual IR */
} CgEmit;

typedef struct CgOptions {
    int opt_level;   /* 0..3: LLVMRunPasses("default<On>") */
    int size_level;  /* 1: default<Os>, 2: default<Oz> (opt_level is 2) */
    bool native_cpu; /* target the host CPU and its features, not x86-64 */
    bool debug_info; /* DWARF through the DIBuilder (escgo's default) */
    CgEmit emit;
    const char *output; /* file to write */
    bool is_main;       /* emit escgo.init (the program has a main.main) */
    bool check_escape;  /* -d=checkescape: poison frame slots on return */
    bool alloc_sites;   /* -allocsites: count heap allocations per source
                           site (cg_allocsites.c; needs debug_info) */
} CgOptions;

/* Generates the whole program into one LLVM module and writes it as asked.
 * Returns 0 on success; on failure reports through diag_error/diag_ice and
 * returns nonzero. */
int cg_compile(Program *prog, const CgOptions *opts);

#endif
