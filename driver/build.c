/* build.c: one compilation, start to finish — read and parse the files,
 * type-check, escape analysis, generate code, and link with cc.
 *
 * Like gc, a package that is not named main is compiled but not linked
 * (`go tool compile` behaviour): that is how Go's errorcheck tests compile
 * `package p` files, and it still exercises every stage. */
#define _GNU_SOURCE
#include "driver/driver.h"
#include "escape/escape.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The name a file's outputs are named after: x.go -> x, DIR -> its base
 * name (resolved, so "." becomes the current directory's name). */
static const char *output_base(const DrvOptions *o) {
    const char *path;
    if (o->dir) {
        char *abs = realpath(o->dir, NULL);
        path = abs ? arena_strdup(abs) : o->dir;
        free(abs);
    } else {
        path = VEC_AT(o->files, 0);
    }
    size_t len = strlen(path);
    while (len > 1 && path[len - 1] == '/')
        len--;
    const char *start = path;
    for (size_t i = 0; i < len; i++)
        if (path[i] == '/' && i + 1 < len) start = path + i + 1;
    len -= (size_t)(start - path);
    if (!o->dir && len > 3 && strncmp(start + len - 3, ".go", 3) == 0) len -= 3;
    if (len == 0 || (len == 1 && start[0] == '/')) return "main";
    return arena_strndup(start, len);
}

static bool is_dir(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Parses every file; returns false after printing the errors. */
static bool parse_files(const DrvOptions *o, Vec *files) {
    for (int i = 0; i < o->files.len; i++) {
        const char *path = VEC_AT(o->files, i);
        size_t len;
        char *src = drv_read_file(path, &len);
        if (!src) {
            diag_flush();
            fprintf(stderr, "open %s: %s\n", path, drv_errno_string(errno));
            return false;
        }
        vec_push(files, parse_file(path, src, len));
    }
    if (diag_count()) {
        diag_flush();
        return false;
    }
    return true;
}

/* Whether path names something other than a regular file or directory
 * (/dev/null, a pipe): the linker and LLVM would unlink or seek it, so
 * escgo writes such outputs in its work directory and copies them over. */
static bool is_special(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode);
}

/* Copies the finished file src onto the special file dst. */
static int copy_to(const char *src, const char *dst) {
    FILE *in = fopen(src, "rb");
    FILE *out = in ? fopen(dst, "wb") : NULL;
    if (!in || !out) {
        fprintf(stderr, "escgo: writing %s: %s\n", dst, drv_errno_string(errno));
        if (in) fclose(in);
        return 1;
    }
    char buf[1 << 15];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, in)) > 0)
        fwrite(buf, 1, n, out);
    fclose(in);
    return fclose(out) == 0 ? 0 : 1;
}

static int link_program(const DrvOptions *o, const char *obj, const char *exe) {
    const char *rt = arena_printf("%s/libescgo_rt.a", drv_lib_dir());
    if (access(rt, R_OK) != 0) {
        fprintf(stderr,
                "escgo: cannot find the runtime library %s\n"
                "(set ESCGO_ROOT to the directory escgo is installed in)\n",
                rt);
        return 1;
    }
    const char *cc = getenv("ESCGO_CC");
    if (!cc || !*cc) cc = "cc";
    char *argv[] = {(char *)cc, "-o",        (char *)exe, (char *)obj, (char *)rt,
                    "-lgc",     "-lpthread", "-ldl",      "-lm",       NULL};
    int st = drv_run_cmd(o, argv);
    if (st != 0) {
        fprintf(stderr, "escgo: linking %s failed (%s exited with status %d)\n", exe, cc, st);
        return 1;
    }
    return 0;
}

int drv_build(DrvOptions *o, const char *work, const char *exe_path, bool *is_main) {
    *is_main = false;
    Vec files = {0};
    if (!parse_files(o, &files)) return 1;

    Node *first = VEC_AT(files, 0);
    const char *pkg_name = first->file.name ? first->file.name->ident.name : "";
    *is_main = pkg_name && strcmp(pkg_name, "main") == 0;

    CheckOptions copts = {.std_dir = drv_std_dir()};
    Program *prog = check_program(files, &copts);
    EscOptions eopts = {.m_level = o->m_level,
                        .no_inline = o->no_inline,
                        .small_frames = o->small_frames,
                        .no_escape = o->no_escape};
    if (!prog || diag_count()) {
        /* A valid program using constructs codegen cannot compile yet
         * still gets its -m report (Go's escape tests need it). */
        Program *valid = check_unsupported_only_program();
        if (valid && (o->m_level > 0 || o->escape_summary > 0)) {
            esc_analyze(valid, &eopts);
            if (o->escape_summary > 0) esc_print_summary(o->escape_summary, o->no_escape);
        }
        diag_flush();
        return 1;
    }

    esc_analyze(prog, &eopts);
    if (o->escape_summary > 0) esc_print_summary(o->escape_summary, o->no_escape);
    if (diag_count()) {
        diag_flush();
        return 1;
    }

    const char *base = output_base(o);
    CgOptions cg = {
        .opt_level = o->opt_level,
        .size_level = o->size_level,
        .native_cpu = o->march_native,
        .debug_info = o->debug_info,
        .emit = CG_EMIT_OBJ,
        .is_main = *is_main,
        .check_escape = o->check_escape,
        .alloc_sites = o->alloc_sites,
    };
    /* -allocsites names sites by the line table */
    if (o->alloc_sites) cg.debug_info = true;
    bool emit_only = o->emit_llvm || o->emit_asm || o->emit_obj;
    bool to_stdout = false;
    const char *special_out = NULL;
    if (emit_only) {
        const char *ext = ".o";
        if (o->emit_llvm) {
            cg.emit = CG_EMIT_LLVM;
            ext = ".ll";
        } else if (o->emit_asm) {
            cg.emit = CG_EMIT_ASM;
            ext = ".s";
        }
        const char *out = o->output ? o->output : arena_printf("%s%s", base, ext);
        if (strcmp(out, "-") == 0) {
            to_stdout = true;
            out = arena_printf("%s/%s%s", work, base, ext);
        }
        cg.output = out;
        if (!to_stdout && is_special(out)) {
            special_out = out;
            cg.output = arena_printf("%s/%s%s", work, base, ext);
        }
    } else {
        cg.output = arena_printf("%s/%s.o", work, base);
    }

    if (cg_compile(prog, &cg) != 0 || diag_count()) {
        diag_flush();
        return 1;
    }
    if (to_stdout && drv_cat_file(cg.output) != 0) {
        fprintf(stderr, "escgo: writing output: %s\n", drv_errno_string(errno));
        return 1;
    }
    if (special_out) return copy_to(cg.output, special_out);
    if (emit_only || !*is_main) return 0;

    const char *exe = exe_path;
    if (!exe) {
        exe = o->output ? o->output : base;
        if (o->output && is_dir(o->output)) exe = arena_printf("%s/%s", o->output, base);
    }
    if (is_special(exe)) {
        const char *tmp_exe = arena_printf("%s/%s.exe", work, base);
        int st = link_program(o, cg.output, tmp_exe);
        return st ? st : copy_to(tmp_exe, exe);
    }
    return link_program(o, cg.output, exe);
}
