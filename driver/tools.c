/* tools.c: the driver's process plumbing — where escgo's runtime lives,
 * temporary work directories, running external commands (cc) and reading
 * files.
 *
 * escgo finds its runtime relative to its own binary, so the build tree
 * (build/bin/escgo, build/lib/escgo/...) and an installed tree
 * (<prefix>/bin/escgo, <prefix>/lib/escgo/...) work the same way from any
 * working directory; ESCGO_ROOT overrides the prefix. */
#define _GNU_SOURCE
#include "driver/driver.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/* ---- locating the runtime ------------------------------------------------ */

const char *drv_root(void) {
    static const char *root;
    if (root) return root;
    const char *env = getenv("ESCGO_ROOT");
    if (env && *env) {
        root = arena_strdup(env);
        return root;
    }
    char buf[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0) {
        root = ".";
        return root;
    }
    buf[n] = '\0';
    /* strip "/escgo", then "/bin" */
    for (int i = 0; i < 2; i++) {
        char *slash = strrchr(buf, '/');
        if (!slash) break;
        if (slash == buf)
            slash[1] = '\0';
        else
            *slash = '\0';
    }
    root = arena_strdup(buf);
    return root;
}

const char *drv_lib_dir(void) {
    return arena_printf("%s/lib/escgo", drv_root());
}

const char *drv_std_dir(void) {
    return arena_printf("%s/lib/escgo/std", drv_root());
}

/* ---- work directories ------------------------------------------------------ */

/* The live work directory, removed however escgo ends: normally through
 * drv_remove_work_dir, on exit() from deep inside the compiler (diag_ice)
 * through atexit, and on a crash through the signal handler. */
static const char *live_work_dir;
static bool keep_live_work_dir;

static void remove_dir_files(const char *dir) {
    DIR *d = opendir(dir);
    if (d) {
        struct dirent *e;
        char path[PATH_MAX];
        while ((e = readdir(d)) != NULL) {
            if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
            snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
            unlink(path);
        }
        closedir(d);
    }
    rmdir(dir);
}

static void cleanup_at_exit(void) {
    if (live_work_dir && !keep_live_work_dir) remove_dir_files(live_work_dir);
    live_work_dir = NULL;
}

static void cleanup_on_signal(int sig) {
    cleanup_at_exit();
    signal(sig, SIG_DFL);
    raise(sig);
}

const char *drv_make_work_dir(const DrvOptions *o) {
    const char *tmp = getenv("TMPDIR");
    if (!tmp || !*tmp) tmp = "/tmp";
    char *dir = arena_printf("%s/escgo-build-XXXXXX", tmp);
    if (!mkdtemp(dir)) {
        fprintf(stderr, "escgo: creating work dir: %s\n", drv_errno_string(errno));
        exit(1);
    }
    if (o->print_cmds || o->keep_work) fprintf(stderr, "WORK=%s\n", dir);
    live_work_dir = dir;
    keep_live_work_dir = o->keep_work;
    atexit(cleanup_at_exit);
    static const int sigs[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGTERM, SIGHUP};
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
        signal(sigs[i], cleanup_on_signal);
    return dir;
}

/* The work directory holds only the files escgo put there (no
 * subdirectories), so one level of unlinking is enough. */
void drv_remove_work_dir(const DrvOptions *o, const char *dir) {
    if (!dir || o->keep_work) return;
    remove_dir_files(dir);
    if (live_work_dir == dir) live_work_dir = NULL;
}

/* ---- running commands ------------------------------------------------------ */

/* Quotes a word for -x output only when the shell would need it. */
static void print_word(const char *w) {
    bool plain = *w != '\0';
    for (const char *p = w; *p; p++)
        if (!isalnum((unsigned char)*p) && !strchr("-_./=+,:@%", *p)) plain = false;
    if (plain) {
        fputs(w, stderr);
        return;
    }
    fputc('\'', stderr);
    for (const char *p = w; *p; p++) {
        if (*p == '\'')
            fputs("'\\''", stderr);
        else
            fputc(*p, stderr);
    }
    fputc('\'', stderr);
}

int drv_run_cmd(const DrvOptions *o, char *const argv[]) {
    if (o->print_cmds) {
        for (int i = 0; argv[i]; i++) {
            if (i) fputc(' ', stderr);
            print_word(argv[i]);
        }
        fputc('\n', stderr);
    }
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid < 0) {
        fprintf(stderr, "escgo: fork: %s\n", drv_errno_string(errno));
        return 1;
    }
    if (pid == 0) {
        execvp(argv[0], argv);
        fprintf(stderr, "escgo: exec %s: %s\n", argv[0], drv_errno_string(errno));
        _exit(127);
    }
    int status;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) return 1;
    }
    if (WIFEXITED(status)) return WEXITSTATUS(status);
    if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
    return 1;
}

/* ---- files ----------------------------------------------------------------- */

char *drv_read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    struct stat st;
    if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
        fclose(f);
        errno = EISDIR;
        return NULL;
    }
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (n == cap) {
            cap *= 2;
            buf = realloc(buf, cap);
        }
        if (!buf) {
            fclose(f);
            errno = ENOMEM;
            return NULL;
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0) break;
    }
    bool err = ferror(f);
    fclose(f);
    if (err) {
        free(buf);
        errno = EIO;
        return NULL;
    }
    char *out = arena_strndup(buf, n);
    free(buf);
    *len = n;
    return out;
}

int drv_cat_file(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) return 1;
    char buf[1 << 15];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        fwrite(buf, 1, n, stdout);
    fclose(f);
    return fflush(stdout) == 0 ? 0 : 1;
}

const char *drv_errno_string(int err) {
    char *s = arena_strdup(strerror(err));
    s[0] = (char)tolower((unsigned char)s[0]);
    return s;
}
