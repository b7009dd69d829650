/* main.c: escgo's command line — `escgo build`, `escgo run`, `escgo version`
 * and `escgo help` — in the style of the go command.
 *
 * Flags follow `go build` where go has them (-o, -x, -work, -gcflags) and
 * `go tool compile` for the compiler's own (-m, -l, -e, -N); -O<n>, -g,
 * -emit-llvm, -S and -c follow clang. Flags of `go tool compile` that only
 * steer gc's internals (-C, -p=, -lang=, ...) are accepted and ignored,
 * so that Go's own test recipes can be run unchanged. -d takes gc's comma
 * list of debug settings; escgo's own are checkescape and noescape (the
 * soundness builds of escape analysis), the others are ignored. */
#define _GNU_SOURCE
#include "driver/driver.h"

#include <dirent.h>
#include <errno.h>
#include <llvm-c/Core.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/* ---- usage ----------------------------------------------------------------- */

static const char build_usage[] = "usage: escgo build [-o output] [flags] [packages]\n";
static const char run_usage[] = "usage: escgo run [flags] gofiles... [arguments...]\n";

static const char flags_help[] =
    "Flags:\n"
    "\t-o file      write the executable (or -emit-llvm/-S/-c output) to file;\n"
    "\t             \"-o -\" writes -emit-llvm/-S output to standard output\n"
    "\t-O0 .. -O3   optimization level (default -O2)\n"
    "\t-Os, -Oz     optimize for size (-O2 that favours, or insists on, small code)\n"
    "\t-march=native  use every feature of this machine's CPU (default: generic x86-64)\n"
    "\t-g0          no DWARF debug information (it is emitted by default; -g is accepted)\n"
    "\t-emit-llvm   write LLVM IR (x.ll) instead of linking\n"
    "\t-S           write assembly (x.s) instead of linking\n"
    "\t-c           write an object file (x.o) instead of linking\n"
    "\t-m, -m=N     print escape analysis decisions (repeat -m for more detail)\n"
    "\t-escape-summary[=2]  after any -m output, print per function and in total\n"
    "\t             how many allocation sites stay on the stack and how many go\n"
    "\t             to the heap, and why (=2 also lists each heap site)\n"
    "\t-allocsites  instrument every heap allocation site: the program prints\n"
    "\t             its busiest sites (by count and by bytes, with file:line)\n"
    "\t             on stderr at exit (implies -g)\n"
    "\t-l           disable inlining (gc's -l; affects -m output)\n"
    "\t-e           report all errors, not just the first 10\n"
    "\t-N           disable optimizations (same as -O0)\n"
    "\t-x           print the external commands escgo runs (the link step)\n"
    "\t-work        print the temporary work directory and keep it\n"
    "\t-gcflags 'flags'  compiler flags, as go build takes them (-gcflags='-m -l')\n"
    "\t-d=list      debug settings, comma-separated (gc's -d); escgo's own:\n"
    "\t               noescape     escape analysis off: every variable whose\n"
    "\t                            address is taken, every allocation, on the heap\n"
    "\t               checkescape  overwrite each frame's addressable slots with\n"
    "\t                            0xAA on return (dangling pointers read garbage)\n"
    "\n"
    "Environment:\n"
    "\tESCGO_ROOT   the installation prefix holding lib/escgo (default: the\n"
    "\t             parent of the directory containing the escgo binary)\n"
    "\tESCGO_CC     the C compiler used to link (default: cc)\n"
    "\n"
    "Environment of the compiled programs:\n"
    "\tESCGO_GCSTRESS=N  collect garbage every N heap allocations (GC stress test)\n"
    "\tESCGO_MEMSTATS=1  print heap allocation totals on stderr at exit\n"
    "\tESCGO_ALLOCSITES_TOP=N  rows per table of an -allocsites build (default 10)\n";

static void print_help(FILE *f) {
    fprintf(f, "escgo is a compiler for Go 1.19 programs.\n"
               "\n"
               "Usage:\n"
               "\n"
               "\tescgo <command> [arguments]\n"
               "\n"
               "The commands are:\n"
               "\n"
               "\tbuild       compile packages and dependencies\n"
               "\trun         compile and run Go program\n"
               "\tversion     print escgo version\n"
               "\thelp        print this help (escgo help build|run for details)\n"
               "\n");
    fputs(build_usage, f);
    fputs(run_usage, f);
    fputc('\n', f);
    fputs(flags_help, f);
}

static _Noreturn void usage_error(const DrvOptions *o, const char *fmt, const char *arg) {
    if (fmt) fprintf(stderr, fmt, arg);
    fputs(strcmp(o->cmd, "run") == 0 ? run_usage : build_usage, stderr);
    fprintf(stderr, "Run 'escgo help %s' for details.\n", o->cmd);
    exit(2);
}

/* ---- flags ----------------------------------------------------------------- */

static int parse_flag(DrvOptions *o, int argc, char **argv, int i);

/* Splits a -gcflags value into words (honouring simple quotes) and applies
 * each. A leading package pattern ("all=-m") is dropped: escgo compiles
 * every package with the same flags. */
static void apply_gcflags(DrvOptions *o, const char *value) {
    const char *eq = strchr(value, '=');
    if (value[0] != '-' && eq && !memchr(value, ' ', (size_t)(eq - value))) value = eq + 1;
    Vec words = {0};
    const char *p = value;
    for (;;) {
        while (*p == ' ' || *p == '\t' || *p == '\n')
            p++;
        if (!*p) break;
        char *w = arena_alloc(strlen(p) + 1);
        size_t n = 0;
        while (*p && *p != ' ' && *p != '\t' && *p != '\n') {
            if (*p == '\'' || *p == '"') {
                char q = *p++;
                while (*p && *p != q)
                    w[n++] = *p++;
                if (*p) p++;
            } else {
                w[n++] = *p++;
            }
        }
        vec_push(&words, w);
    }
    vec_push(&words, NULL);
    char **wv = (char **)words.items;
    int wc = words.len - 1;
    for (int j = 0; j < wc;) {
        int used = parse_flag(o, wc, wv, j);
        if (used == 0) usage_error(o, "escgo: -gcflags: not a flag: %s\n", wv[j]);
        j += used;
    }
}

/* Ignored flags of `go tool compile`, matched by prefix up to '=' . */
static const char *const ignored_flags[] = {
    "C",         "p",       "lang",    "std",  "complete", "+",        "B",
    "importcfg", "pack",    "race",    "v",    "a",        "trimpath", "buildid",
    "goversion", "spectre", "wb",      "live", "json",     "asmhdr",   "symabis",
    "embedcfg",  "jsonlog", "dynlink", NULL};

/* -d=name[=value],...: gc's debug settings. A bare name means 1. */
static void apply_debug_flags(DrvOptions *o, const char *list) {
    const char *p = list;
    while (*p) {
        const char *end = strchr(p, ',');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        const char *eq = memchr(p, '=', len);
        size_t nlen = eq ? (size_t)(eq - p) : len;
        bool on = !eq || !(len - nlen == 2 && eq[1] == '0');
        if (nlen == 11 && strncmp(p, "checkescape", 11) == 0)
            o->check_escape = on;
        else if (nlen == 8 && strncmp(p, "noescape", 8) == 0)
            o->no_escape = on;
        p += len;
        if (*p == ',') p++;
    }
}

/* Applies the flag at argv[i]. Returns how many arguments it used (1 or 2),
 * or 0 if argv[i] is not a flag. Exits with status 2 on a bad flag. */
static int parse_flag(DrvOptions *o, int argc, char **argv, int i) {
    const char *arg = argv[i];
    if (arg[0] != '-' || arg[1] == '\0') return 0;
    const char *name = arg + 1;
    if (name[0] == '-' && name[1] != '\0') name++; /* --flag is -flag, as in Go's flag package */
    const char *eq = strchr(name, '=');
    size_t nlen = eq ? (size_t)(eq - name) : strlen(name);
    const char *value = eq ? eq + 1 : NULL;
#define IS(s) (nlen == strlen(s) && strncmp(name, s, nlen) == 0)

    /* flags that take a value, either as -f=v or -f v */
    if (IS("o") || IS("gcflags")) {
        int used = 1;
        if (!value) {
            if (i + 1 >= argc)
                usage_error(o, "flag needs an argument: -%s\n", arena_strndup(name, nlen));
            value = argv[i + 1];
            used = 2;
        }
        if (IS("o")) {
            if (!*value) usage_error(o, "escgo: -o requires a file name%s\n", "");
            o->output = value;
        } else {
            apply_gcflags(o, value);
        }
        return used;
    }
    if (IS("m")) {
        if (value) {
            char *end;
            long n = strtol(value, &end, 10);
            if (!*value || *end || n < 0) usage_error(o, "invalid value for flag -m: %s\n", value);
            o->m_level = (int)n;
        } else {
            o->m_level++;
        }
        return 1;
    }
    if (IS("d")) {
        if (value) {
            apply_debug_flags(o, value);
            return 1;
        }
        if (i + 1 >= argc) usage_error(o, "flag needs an argument: -%s\n", "d");
        apply_debug_flags(o, argv[i + 1]);
        return 2;
    }
    if (IS("escape-summary")) {
        long n = 1;
        if (value) {
            char *end;
            n = strtol(value, &end, 10);
            if (!*value || *end || n < 0)
                usage_error(o, "invalid value for flag -escape-summary: %s\n", value);
        }
        o->escape_summary = (int)n;
        return 1;
    }
    if (IS("allocsites")) {
        o->alloc_sites = !value || strcmp(value, "false") != 0;
        return 1;
    }
    if (IS("smallframes")) {
        o->small_frames = !value || strcmp(value, "false") != 0;
        return 1;
    }
    for (int k = 0; ignored_flags[k]; k++)
        if (IS(ignored_flags[k])) return 1;
    if (IS("l") || IS("e")) {
        bool on = !value || strcmp(value, "false") != 0;
        if (IS("l"))
            o->no_inline = on;
        else
            diag_all_errors = on;
        return 1;
    }
    if (IS("march")) {
        if (!value) usage_error(o, "flag needs an argument: -%s\n", "march");
        if (strcmp(value, "native") == 0)
            o->march_native = true;
        else if (strcmp(value, "x86-64") == 0 || strcmp(value, "generic") == 0)
            o->march_native = false;
        else
            usage_error(o, "escgo: -march: only native and x86-64 are supported, not %s\n", value);
        return 1;
    }
    if (value) usage_error(o, "invalid flag value: %s\n", arg);

    if (nlen == 2 && name[0] == 'O' && name[1] >= '0' && name[1] <= '3') {
        o->opt_level = name[1] - '0';
        o->size_level = 0;
        return 1;
    }
    if (IS("Os") || IS("Oz")) {
        o->opt_level = 2;
        o->size_level = name[1] == 's' ? 1 : 2;
        return 1;
    }
    /* DWARF is on by default (perf and gdb read every build); -g stays
     * accepted for scripts written for C compilers. */
    if (IS("g")) {
        o->debug_info = true;
        return 1;
    }
    if (IS("g0")) {
        o->debug_info = false;
        return 1;
    }
    if (IS("emit-llvm")) {
        o->emit_llvm = true;
        return 1;
    }
    if (IS("S")) {
        o->emit_asm = true;
        return 1;
    }
    if (IS("c")) {
        o->emit_obj = true;
        return 1;
    }
    if (IS("x")) {
        o->print_cmds = true;
        return 1;
    }
    if (IS("work")) {
        o->keep_work = true;
        return 1;
    }
    if (IS("N")) {
        o->opt_level = 0;
        o->size_level = 0;
        return 1;
    }
#undef IS
    usage_error(o, "flag provided but not defined: %s\n", arg);
}

static bool has_go_suffix(const char *s) {
    size_t n = strlen(s);
    return n > 3 && strcmp(s + n - 3, ".go") == 0;
}

static bool is_dir(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The .go files of a directory as go build picks them: not tests, not
 * files whose names start with '.' or '_', in name order. */
static void collect_dir(DrvOptions *o, const char *dir) {
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "escgo: %s: %s\n", dir, drv_errno_string(errno));
        exit(1);
    }
    Vec names = {0};
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        const char *n = e->d_name;
        size_t len = strlen(n);
        if (n[0] == '.' || n[0] == '_' || !has_go_suffix(n)) continue;
        if (len >= 8 && strcmp(n + len - 8, "_test.go") == 0) continue;
        vec_push(&names, arena_strdup(n));
    }
    closedir(d);
    if (names.len == 0) {
        fprintf(stderr, "no Go files in %s\n", dir);
        exit(1);
    }
    qsort(names.items, (size_t)names.len, sizeof(void *), cmp_str);
    size_t dl = strlen(dir);
    bool slash = dl > 0 && dir[dl - 1] == '/';
    for (int i = 0; i < names.len; i++)
        vec_push(&o->files,
                 arena_printf("%s%s%s", dir, slash ? "" : "/", (char *)VEC_AT(names, i)));
    o->dir = dir;
}

static void init_options(DrvOptions *o, const char *cmd) {
    memset(o, 0, sizeof *o);
    o->cmd = cmd;
    o->opt_level = 2;
    o->debug_info = true;
}

/* ---- commands -------------------------------------------------------------- */

static int cmd_build(int argc, char **argv) {
    DrvOptions o;
    init_options(&o, "build");
    Vec args = {0};
    for (int i = 0; i < argc;) {
        int used = parse_flag(&o, argc, argv, i);
        if (used == 0) {
            vec_push(&args, argv[i]);
            used = 1;
        }
        i += used;
    }
    if (args.len == 0) vec_push(&args, ".");
    for (int i = 0; i < args.len; i++) {
        const char *a = VEC_AT(args, i);
        if (has_go_suffix(a)) {
            vec_push(&o.files, (void *)a);
        } else if (is_dir(a) && args.len == 1) {
            collect_dir(&o, a);
        } else if (is_dir(a)) {
            usage_error(&o, "escgo build: cannot mix a directory and other arguments: %s\n", a);
        } else {
            if (access(a, F_OK) == 0)
                fprintf(stderr, "named files must be .go files: %s\n", a);
            else
                fprintf(stderr, "stat %s: %s\n", a, drv_errno_string(errno));
            return 1;
        }
    }
    const char *work = drv_make_work_dir(&o);
    bool is_main;
    int st = drv_build(&o, work, NULL, &is_main);
    drv_remove_work_dir(&o, work);
    return st;
}

static int cmd_run(int argc, char **argv) {
    DrvOptions o;
    init_options(&o, "run");
    int i = 0;
    while (i < argc) {
        int used = parse_flag(&o, argc, argv, i);
        if (used == 0) break;
        i += used;
    }
    while (i < argc && has_go_suffix(argv[i]))
        vec_push(&o.files, argv[i++]);
    if (o.files.len == 0) {
        if (i < argc && is_dir(argv[i]))
            collect_dir(&o, argv[i++]);
        else
            usage_error(&o, "escgo run: no go files listed\n%s", "");
    }
    if (o.emit_llvm || o.emit_asm || o.emit_obj)
        usage_error(&o, "escgo run: -emit-llvm, -S and -c are build flags%s\n", "");
    char **prog_args = argv + i;
    int nprog = argc - i;

    const char *work = drv_make_work_dir(&o);
    /* the executable takes the source's name, so os.Args[0] and gdb show it */
    const char *base = o.dir ? "main" : VEC_AT(o.files, 0);
    const char *slash = strrchr(base, '/');
    if (slash) base = slash + 1;
    size_t bl = strlen(base);
    if (bl > 3 && strcmp(base + bl - 3, ".go") == 0) bl -= 3;
    const char *exe = arena_printf("%s/%.*s", work, (int)bl, base);

    bool is_main;
    int st = drv_build(&o, work, exe, &is_main);
    if (st == 0 && !is_main) {
        fprintf(stderr, "package command-line-arguments is not a main package\n");
        st = 1;
    }
    if (st != 0) {
        drv_remove_work_dir(&o, work);
        return st;
    }

    char **cargv = arena_alloc(sizeof(char *) * (size_t)(nprog + 2));
    cargv[0] = (char *)exe;
    for (int k = 0; k < nprog; k++)
        cargv[k + 1] = prog_args[k];
    if (o.print_cmds) {
        fputs(exe, stderr);
        for (int k = 0; k < nprog; k++)
            fprintf(stderr, " %s", prog_args[k]);
        fputc('\n', stderr);
    }
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid < 0) {
        fprintf(stderr, "escgo run: fork: %s\n", drv_errno_string(errno));
        drv_remove_work_dir(&o, work);
        return 1;
    }
    if (pid == 0) {
        execv(exe, cargv);
        fprintf(stderr, "escgo run: exec %s: %s\n", exe, drv_errno_string(errno));
        _exit(127);
    }
    /* The terminal's ^C and ^\ reach the program too; escgo waits for it
     * to decide and then reports its fate as its own. */
    signal(SIGINT, SIG_IGN);
    signal(SIGQUIT, SIG_IGN);
    int status;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) {
            status = 1 << 8;
            break;
        }
    }
    drv_remove_work_dir(&o, work);
    if (WIFEXITED(status)) return WEXITSTATUS(status);
    if (WIFSIGNALED(status)) {
        int sig = WTERMSIG(status);
        /* Die by the same signal (without a core dump of escgo itself), so
         * the caller sees exactly what the program did. */
        signal(sig, SIG_DFL);
        sigset_t set;
        sigemptyset(&set);
        sigaddset(&set, sig);
        sigprocmask(SIG_UNBLOCK, &set, NULL);
        raise(sig);
        return 128 + sig;
    }
    return 1;
}

static int cmd_version(void) {
    unsigned major, minor, patch;
    LLVMGetVersion(&major, &minor, &patch);
    printf("escgo version %s (go1.19 compatible) llvm%u.%u.%u linux/amd64\n", DRV_VERSION, major,
           minor, patch);
    return 0;
}

static int cmd_help(int argc, char **argv) {
    if (argc > 0 && strcmp(argv[0], "build") == 0) {
        fputs(build_usage, stdout);
        printf("\nescgo build compiles the named .go files (or the .go files of one\n"
               "directory, \".\" by default) as one package. A main package is linked\n"
               "into an executable named after the first file (x.go -> x) or the\n"
               "directory; any other package is only compiled, like go tool compile.\n\n");
        fputs(flags_help, stdout);
        return 0;
    }
    if (argc > 0 && strcmp(argv[0], "run") == 0) {
        fputs(run_usage, stdout);
        printf("\nescgo run compiles the named main package into a temporary directory and\n"
               "runs it with the arguments that follow the .go files; it exits with the\n"
               "program's own exit status.\n\n");
        fputs(flags_help, stdout);
        return 0;
    }
    if (argc > 0 && strcmp(argv[0], "version") != 0 && strcmp(argv[0], "help") != 0) {
        fprintf(stderr, "escgo help %s: unknown help topic. Run 'escgo help'.\n", argv[0]);
        return 2;
    }
    print_help(stdout);
    return 0;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        print_help(stderr);
        return 2;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "build") == 0) return cmd_build(argc - 2, argv + 2);
    if (strcmp(cmd, "run") == 0) return cmd_run(argc - 2, argv + 2);
    if (strcmp(cmd, "version") == 0) return cmd_version();
    if (strcmp(cmd, "help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0 ||
        strcmp(cmd, "-help") == 0)
        return cmd_help(argc - 2, argv + 2);
    fprintf(stderr, "escgo %s: unknown command\nRun 'escgo help' for usage.\n", cmd);
    return 2;
}
