/* os_file.c: the system side of package os's File and Args
 * (runtime/std/os/file.go declares these without bodies).
 *
 * Results are single words or strings (see escgo_rt.h): sysWrite returns a
 * count or -errno instead of Go's (n, err), and Args is fetched one
 * argument at a time. */
#include "rt_internal.h"

#include <ctype.h>
#include <errno.h>
#include <string.h>
#include <unistd.h>

int64_t escgo_os_argc(void) __asm__("os.runtime_argc");
int64_t escgo_os_argc(void) {
    return escgo_argc;
}

/* The bytes stay in argv, which lives as long as the process. */
GoString escgo_os_argv(int64_t i) __asm__("os.runtime_argv");
GoString escgo_os_argv(int64_t i) {
    if (i < 0 || i >= escgo_argc || !escgo_argv[i]) return (GoString){NULL, 0};
    return (GoString){(const uint8_t *)escgo_argv[i], (int64_t)strlen(escgo_argv[i])};
}

/* Go's File.Write writes everything or fails: short writes and EINTR are
 * retried. */
int64_t escgo_os_syswrite(int64_t fd, const uint8_t *p, int64_t len,
                          int64_t cap) __asm__("os.sysWrite");
int64_t escgo_os_syswrite(int64_t fd, const uint8_t *p, int64_t len, int64_t cap) {
    (void)cap;
    int64_t done = 0;
    while (done < len) {
        ssize_t n = write((int)fd, p + done, (size_t)(len - done));
        if (n < 0) {
            if (errno == EINTR) continue;
            return -(int64_t)errno;
        }
        done += n;
    }
    return done;
}

/* strerror's text with a lower-case first letter, which for the common
 * errors is Go's syscall.Errno text ("bad file descriptor"). */
GoString escgo_os_errnostring(int64_t e) __asm__("os.errnoString");
GoString escgo_os_errnostring(int64_t e) {
    const char *s = strerror((int)e); /* Go code runs on one thread for now */
    size_t n = strlen(s);
    uint8_t *p = escgo_alloc_noscan((int64_t)n + 1);
    memcpy(p, s, n);
    if (n > 0) p[0] = (uint8_t)tolower(p[0]);
    return (GoString){p, (int64_t)n};
}
