/* cg_module.c: cg_compile — sets up LLVM (context, module, x86-64 target
 * machine), generates the program into one module, verifies it, runs the
 * optimization pipeline and writes an object file, assembly or textual IR.
 *
 * Whole-program: every package (the std ones included) goes into the one
 * module, so LLVM sees every body. A module that fails verification is an
 * internal compiler error and is never emitted. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <llvm-c/Analysis.h>
#include <llvm-c/Transforms/PassBuilder.h>

#include "codegen/cg_internal.h"

void cg_unsupported(Cg *cg, Node *n, const char *what) {
    if (!n) n = cg->cur_stmt;
    diag_error(n ? node_report_pos(n) : (Pos){0, 0, 0}, "%s not supported by escgo yet", what);
    cg->nerrors++;
}

static LLVMTargetMachineRef cg_make_target_machine(const CgOptions *opts) {
    LLVMInitializeX86TargetInfo();
    LLVMInitializeX86Target();
    LLVMInitializeX86TargetMC();
    LLVMInitializeX86AsmPrinter();
    const char *triple = "x86_64-pc-linux-gnu";
    LLVMTargetRef target;
    char *err = NULL;
    if (LLVMGetTargetFromTriple(triple, &target, &err))
        diag_ice((Pos){0, 0, 0}, "no LLVM target for %s: %s", triple, err);
    LLVMCodeGenOptLevel lvl = opts->opt_level <= 0   ? LLVMCodeGenLevelNone
                              : opts->opt_level == 1 ? LLVMCodeGenLevelLess
                              : opts->opt_level == 2 ? LLVMCodeGenLevelDefault
                                                     : LLVMCodeGenLevelAggressive;
    /* Generic x86-64 by default, so binaries run on any amd64 machine;
     * -march=native tunes for and uses every feature of the build host. */
    char *cpu = NULL, *features = NULL;
    if (opts->native_cpu) {
        cpu = LLVMGetHostCPUName();
        features = LLVMGetHostCPUFeatures();
    }
    /* PIC: the system cc links position-independent executables. */
    LLVMTargetMachineRef tm =
        LLVMCreateTargetMachine(target, triple, cpu ? cpu : "x86-64", features ? features : "", lvl,
                                LLVMRelocPIC, LLVMCodeModelDefault);
    if (cpu) LLVMDisposeMessage(cpu);
    if (features) LLVMDisposeMessage(features);
    return tm;
}

/* Every function keeps its frame pointer and unwind table, helpers
 * generated on the side included, so that perf record -g and gdb walk
 * whole stacks through any Go frame. */
static void cg_mark_frame_pointers(Cg *cg) {
    unsigned uwtable = LLVMGetEnumAttributeKindForName("uwtable", 7);
    for (LLVMValueRef fn = LLVMGetFirstFunction(cg->mod); fn; fn = LLVMGetNextFunction(fn)) {
        if (LLVMIsDeclaration(fn)) continue;
        LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex,
                                LLVMCreateStringAttribute(cg->ctx, "frame-pointer", 13, "all", 3));
        if (!LLVMGetEnumAttributeAtIndex(fn, LLVMAttributeFunctionIndex, uwtable))
            LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex,
                                    LLVMCreateEnumAttribute(cg->ctx, uwtable, 2));
    }
}

/* -Os/-Oz: the pipeline alone only steers the inliner; the optsize and
 * minsize attributes (as clang sets them) make every pass and instruction
 * selection prefer small code too. */
static void cg_mark_optsize(Cg *cg, int size_level) {
    unsigned optsize = LLVMGetEnumAttributeKindForName("optsize", 7);
    unsigned minsize = LLVMGetEnumAttributeKindForName("minsize", 7);
    for (LLVMValueRef fn = LLVMGetFirstFunction(cg->mod); fn; fn = LLVMGetNextFunction(fn)) {
        if (LLVMIsDeclaration(fn)) continue;
        LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex,
                                LLVMCreateEnumAttribute(cg->ctx, optsize, 0));
        if (size_level > 1)
            LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex,
                                    LLVMCreateEnumAttribute(cg->ctx, minsize, 0));
    }
}

static int cg_write_stdout(const char *data, size_t len) {
    return fwrite(data, 1, len, stdout) == len && fflush(stdout) == 0 ? 0 : 1;
}

static int cg_emit(Cg *cg, const CgOptions *opts) {
    const char *out = opts->output ? opts->output : "-";
    bool to_stdout = strcmp(out, "-") == 0;
    char *err = NULL;
    if (opts->emit == CG_EMIT_LLVM) {
        if (to_stdout) {
            char *s = LLVMPrintModuleToString(cg->mod);
            int rc = cg_write_stdout(s, strlen(s));
            LLVMDisposeMessage(s);
            return rc;
        }
        if (LLVMPrintModuleToFile(cg->mod, out, &err)) {
            fprintf(stderr, "escgo: writing %s: %s\n", out, err);
            return 1;
        }
        return 0;
    }
    LLVMCodeGenFileType ft = opts->emit == CG_EMIT_ASM ? LLVMAssemblyFile : LLVMObjectFile;
    if (to_stdout) {
        LLVMMemoryBufferRef buf;
        if (LLVMTargetMachineEmitToMemoryBuffer(cg->tm, cg->mod, ft, &err, &buf)) {
            fprintf(stderr, "escgo: code generation: %s\n", err);
            return 1;
        }
        int rc = cg_write_stdout(LLVMGetBufferStart(buf), LLVMGetBufferSize(buf));
        LLVMDisposeMemoryBuffer(buf);
        return rc;
    }
    /* The C API takes a non-const file name. */
    char *fname = arena_strdup(out);
    if (LLVMTargetMachineEmitToFile(cg->tm, cg->mod, fname, ft, &err)) {
        fprintf(stderr, "escgo: writing %s: %s\n", out, err);
        return 1;
    }
    return 0;
}

int cg_compile(Program *prog, const CgOptions *opts) {
    Cg cgv;
    memset(&cgv, 0, sizeof cgv);
    Cg *cg = &cgv;
    cg->prog = prog;
    cg->opts = opts;
    cg->ctx = LLVMContextCreate();
    const char *modname = prog->main && prog->main->path ? prog->main->path : "main";
    cg->mod = LLVMModuleCreateWithNameInContext(modname, cg->ctx);
    cg->b = LLVMCreateBuilderInContext(cg->ctx);
    cg->tm = cg_make_target_machine(opts);
    cg->td = LLVMCreateTargetDataLayout(cg->tm);
    LLVMSetTarget(cg->mod, "x86_64-pc-linux-gnu");
    char *dl = LLVMCopyStringRepOfTargetData(cg->td);
    LLVMSetDataLayout(cg->mod, dl);
    LLVMDisposeMessage(dl);

    cg_types_init(cg);
    if (opts->debug_info) cg_debug_init(cg);
    cg_gen_globals(cg);
    cg_declare_funcs(cg);
    if (opts->is_main) cg_gen_init(cg);
    cg_gen_funcs(cg);
    if (opts->debug_info) cg_debug_finish(cg);
    if (cg->nerrors || diag_count()) return 1;
    if (opts->alloc_sites) cg_allocsites_instrument(cg);

    char *msg = NULL;
    if (LLVMVerifyModule(cg->mod, LLVMReturnStatusAction, &msg)) {
        if (getenv("ESCGO_DUMP_BAD_IR")) LLVMDumpModule(cg->mod);
        diag_ice((Pos){0, 0, 0}, "generated invalid LLVM IR: %s", msg);
    }
    LLVMDisposeMessage(msg);

    int lvl = opts->opt_level < 0 ? 0 : opts->opt_level > 3 ? 3 : opts->opt_level;
    char passes[32];
    if (opts->size_level > 0)
        snprintf(passes, sizeof passes, "default<O%c>", opts->size_level == 1 ? 's' : 'z');
    else
        snprintf(passes, sizeof passes, "default<O%d>", lvl);
    cg_mark_frame_pointers(cg);
    if (opts->size_level > 0) cg_mark_optsize(cg, opts->size_level);
    LLVMPassBuilderOptionsRef pbo = LLVMCreatePassBuilderOptions();
    /* as clang: -Oz gives up vectorization, -Os keeps it */
    LLVMPassBuilderOptionsSetLoopVectorization(pbo, lvl >= 2 && opts->size_level < 2);
    LLVMPassBuilderOptionsSetSLPVectorization(pbo, lvl >= 2 && opts->size_level < 2);
    LLVMErrorRef perr = LLVMRunPasses(cg->mod, passes, cg->tm, pbo);
    LLVMDisposePassBuilderOptions(pbo);
    if (perr) {
        char *em = LLVMGetErrorMessage(perr);
        diag_ice((Pos){0, 0, 0}, "LLVM pass pipeline: %s", em);
    }

    int rc = cg_emit(cg, opts);
    LLVMDisposeBuilder(cg->b);
    LLVMDisposeModule(cg->mod);
    LLVMDisposeTargetData(cg->td);
    LLVMDisposeTargetMachine(cg->tm);
    LLVMContextDispose(cg->ctx);
    return rc;
}
