/* driver.h: the command-line driver's internal interface.
 *
 * main.c parses the command line into DrvOptions, build.c runs the
 * pipeline (parse, check, escape, codegen) and links the result, and
 * tools.c holds the process plumbing (temporary directories, running cc,
 * locating escgo's runtime next to its own binary). */
#ifndef ESCGO_DRIVER_H
#define ESCGO_DRIVER_H

#include "codegen/codegen.h"

#define DRV_VERSION "0.1"

typedef struct DrvOptions {
    const char *cmd;    /* "build" or "run", for messages */
    int opt_level;      /* -O0..-O3 (-Os/-Oz: 2) */
    int size_level;     /* -Os 1, -Oz 2, else 0 */
    bool march_native;  /* -march=native: the host CPU instead of x86-64 */
    bool debug_info;    /* DWARF: on by default, -g0 turns it off */
    bool emit_llvm;     /* -emit-llvm */
    bool emit_asm;      /* -S */
    bool emit_obj;      /* -c */
    bool print_cmds;    /* -x */
    bool keep_work;     /* -work: keep the temporary directory */
    const char *output; /* -o, NULL if not given; "-" is stdout */
    int m_level;        /* -m (repeatable) / -m=N */
    bool no_inline;     /* -l */
    bool small_frames;  /* -smallframes: gc's smaller stack size limits */
    bool no_escape;     /* -d=noescape: every escape query answers "heap" */
    bool check_escape;  /* -d=checkescape: poison frame slots on return */
    int escape_summary; /* -escape-summary[=N]: stack/heap site counts */
    bool alloc_sites;   /* -allocsites: per-site heap counts at exit */
    Vec files;          /* const char*: the .go files, as given */
    const char *dir;    /* the directory named instead of files, or NULL */
} DrvOptions;

/* ---- build.c ----------------------------------------------------------- */

/* Compiles o->files, keeping intermediate files in the directory work. For
 * a main package (and no -emit-llvm/-S/-c) links an executable at exe_path
 * (or -o / the default name if NULL). Returns a process exit status: 0 ok,
 * 1 compile/link error. *is_main tells whether the package was main. */
int drv_build(DrvOptions *o, const char *work, const char *exe_path, bool *is_main);

/* ---- tools.c ----------------------------------------------------------- */

/* The installation prefix: $ESCGO_ROOT, or the parent of the directory
 * holding the escgo binary. The runtime lives in <root>/lib/escgo. */
const char *drv_root(void);
const char *drv_lib_dir(void); /* <root>/lib/escgo */
const char *drv_std_dir(void); /* <root>/lib/escgo/std */

/* Makes a fresh private temporary directory (printed as WORK= under -x). */
const char *drv_make_work_dir(const DrvOptions *o);
/* Removes the work directory and what escgo put in it. */
void drv_remove_work_dir(const DrvOptions *o, const char *dir);

/* Runs argv (NULL-terminated) and waits; prints it first under -x.
 * Returns the exit status, or 128+signal if it was killed. */
int drv_run_cmd(const DrvOptions *o, char *const argv[]);

/* Copies a file to stdout (for "-o -"). Returns 0 on success. */
int drv_cat_file(const char *path);

/* Reads a whole file into the arena. Returns NULL (errno set) on failure. */
char *drv_read_file(const char *path, size_t *len);

/* "open x.go: no such file or directory": strerror in Go's lower case. */
const char *drv_errno_string(int err);

#endif
