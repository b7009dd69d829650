/* os_env.c: the C side of package os's environment and process ids
 * (runtime/std/os/env.go declares these without bodies).
 *
 * The Go side keeps its own copy of the environment; this file hands it
 * the initial entries, copied into the GC heap so that Go strings never
 * point into the C environment (which setenv/unsetenv may rewrite), and
 * mirrors Setenv/Unsetenv into the C library's copy. */
#include "rt_internal.h"

#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <unistd.h>

extern char **environ;

/* The C strings of a key/value as NUL-terminated copies: setenv needs them,
 * and Go strings carry no terminator. */
static char *cstring(const uint8_t *p, int64_t n) {
    char *s = escgo_alloc_noscan(n + 1);
    memcpy(s, p, (size_t)n);
    return s;
}

static GoString gostring(const char *s) {
    size_t n = strlen(s);
    uint8_t *p = escgo_alloc_noscan((int64_t)n + 1);
    memcpy(p, s, n);
    return (GoString){p, (int64_t)n};
}

int64_t escgo_os_envc(void) __asm__("os.runtime_envc");
int64_t escgo_os_envc(void) {
    int64_t n = 0;
    if (environ)
        while (environ[n])
            n++;
    return n;
}

GoString escgo_os_envv(int64_t i) __asm__("os.runtime_envv");
GoString escgo_os_envv(int64_t i) {
    if (i < 0 || i >= escgo_os_envc()) return (GoString){NULL, 0};
    return gostring(environ[i]);
}

/* The Go side has checked the key (non-empty, no '=' or NUL) and the value
 * (no NUL), so setenv cannot fail here. */
void escgo_os_setenv(const uint8_t *k, int64_t klen, const uint8_t *v,
                     int64_t vlen) __asm__("os.runtime_setenv");
void escgo_os_setenv(const uint8_t *k, int64_t klen, const uint8_t *v, int64_t vlen) {
    setenv(cstring(k, klen), cstring(v, vlen), 1);
}

/* unsetenv rejects what Setenv rejects; Go's Unsetenv returns nil
 * regardless, so the result is dropped. */
void escgo_os_unsetenv(const uint8_t *k, int64_t klen) __asm__("os.runtime_unsetenv");
void escgo_os_unsetenv(const uint8_t *k, int64_t klen) {
    (void)unsetenv(cstring(k, klen));
}

int64_t escgo_os_getpid(void) __asm__("os.Getpid");
int64_t escgo_os_getpid(void) {
    return (int64_t)getpid();
}

int64_t escgo_os_getppid(void) __asm__("os.Getppid");
int64_t escgo_os_getppid(void) {
    return (int64_t)getppid();
}

int64_t escgo_os_getuid(void) __asm__("os.Getuid");
int64_t escgo_os_getuid(void) {
    return (int64_t)getuid();
}

int64_t escgo_os_getgid(void) __asm__("os.Getgid");
int64_t escgo_os_getgid(void) {
    return (int64_t)getgid();
}

GoString escgo_os_hostname(void) __asm__("os.runtime_hostname");
GoString escgo_os_hostname(void) {
    struct utsname u;
    if (uname(&u) != 0) return (GoString){NULL, 0};
    return gostring(u.nodename);
}
