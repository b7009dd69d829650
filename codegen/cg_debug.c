/* cg_debug.c: DWARF for -g through LLVM's DIBuilder.
 *
 * Line tables only for now: a compile unit, one subprogram per function
 * (named as Go names it, so gdb's "break main.f" works) and a location on
 * every statement. DWARF version 4, which gdb, perf and addr2line read. */
#include <limits.h>
#include <string.h>
#include <unistd.h>

#include "codegen/cg_internal.h"

/* The compilation directory, so that debuggers find relative source
 * paths from anywhere. */
static const char *cg_cwd(void) {
    static char buf[PATH_MAX];
    if (!buf[0] && !getcwd(buf, sizeof buf)) strcpy(buf, ".");
    return buf;
}

void cg_debug_init(Cg *cg) {
    cg->dib = LLVMCreateDIBuilder(cg->mod);
    LLVMAddModuleFlag(cg->mod, LLVMModuleFlagBehaviorWarning, "Dwarf Version", 13,
                      LLVMValueAsMetadata(LLVMConstInt(cg->t_i32, 4, 0)));
    LLVMAddModuleFlag(cg->mod, LLVMModuleFlagBehaviorWarning, "Debug Info Version", 18,
                      LLVMValueAsMetadata(LLVMConstInt(cg->t_i32, LLVMDebugMetadataVersion(), 0)));
    const char *name = "main.go";
    Package *m = cg->prog->main;
    if (m && m->files.len > 0) {
        Node *f = VEC_AT(m->files, 0);
        if (f->file.path) name = f->file.path;
    }
    const char *cwd = cg_cwd();
    LLVMMetadataRef file = LLVMDIBuilderCreateFile(cg->dib, name, strlen(name), cwd, strlen(cwd));
    const char *producer = "escgo";
    cg->di_cu = LLVMDIBuilderCreateCompileUnit(cg->dib, LLVMDWARFSourceLanguageGo, file, producer,
                                               strlen(producer), cg->opts->opt_level > 0, "", 0, 0,
                                               "", 0, LLVMDWARFEmissionFull, 0, 0, 0, "", 0, "", 0);
}

static LLVMMetadataRef cg_di_file(Cg *cg, int idx) {
    while (cg->di_files.len <= idx)
        vec_push(&cg->di_files, NULL);
    if (!cg->di_files.items[idx]) {
        const char *path = src_file_name(idx);
        if (!path) path = "?";
        const char *slash = strrchr(path, '/');
        const char *dir = slash ? arena_strndup(path, (size_t)(slash - path)) : "";
        const char *base = slash ? slash + 1 : path;
        if (slash && slash == path)
            dir = "/";
        else if (path[0] != '/')
            dir = *dir ? arena_printf("%s/%s", cg_cwd(), dir) : cg_cwd();
        cg->di_files.items[idx] =
            LLVMDIBuilderCreateFile(cg->dib, base, strlen(base), dir, strlen(dir));
    }
    return cg->di_files.items[idx];
}

void cg_debug_func(Cg *cg, CgFunc *f) {
    if (!cg->dib) return;
    Pos pos = f->fi && f->fi->decl ? f->fi->decl->pos : (Pos){0, 0, 0};
    LLVMMetadataRef file = pos_valid(pos) ? cg_di_file(cg, pos.file) : cg_di_file(cg, 0);
    const char *name = LLVMGetValueName(f->fn);
    LLVMMetadataRef sty = LLVMDIBuilderCreateSubroutineType(cg->dib, file, NULL, 0, LLVMDIFlagZero);
    unsigned line = pos_valid(pos) ? (unsigned)pos.line : 0;
    f->di_sp =
        LLVMDIBuilderCreateFunction(cg->dib, file, name, strlen(name), name, strlen(name), file,
                                    line, sty, 0, 1, line, LLVMDIFlagZero, cg->opts->opt_level > 0);
    LLVMSetSubprogram(f->fn, f->di_sp);
    LLVMMetadataRef loc = LLVMDIBuilderCreateDebugLocation(cg->ctx, line, 0, f->di_sp, NULL);
    LLVMSetCurrentDebugLocation2(cg->b, loc);
}

void cg_debug_loc(Cg *cg, Pos pos) {
    if (!cg->dib || !cg->fn || !cg->fn->di_sp || !pos_valid(pos)) return;
    LLVMMetadataRef loc = LLVMDIBuilderCreateDebugLocation(cg->ctx, (unsigned)pos.line,
                                                           (unsigned)pos.col, cg->fn->di_sp, NULL);
    LLVMSetCurrentDebugLocation2(cg->b, loc);
}

void cg_debug_finish(Cg *cg) {
    if (!cg->dib) return;
    LLVMSetCurrentDebugLocation2(cg->b, NULL);
    LLVMDIBuilderFinalize(cg->dib);
    LLVMDisposeDIBuilder(cg->dib);
    cg->dib = NULL;
}
