/* print.c: the print and println builtins, in gc's exact formats
 * (src/runtime/print.go), written to standard error.
 *
 * gc writes each piece of a print statement separately under a global lock.
 * Here each thread collects one statement (printlock .. printunlock) in a
 * small thread-local buffer and writes it with a single write(2): fewer
 * system calls in print-heavy programs, and statements from different
 * threads cannot interleave (a write of up to PIPE_BUF bytes is atomic), so
 * no lock is needed. Output longer than the buffer goes out in pieces, as in
 * gc. Outside a statement, pieces are written at once. */
#include "rt_internal.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

#define RT_PRINTBUF_SIZE 512

typedef struct PrintBuf {
    int depth; /* printlock nesting: runtime helpers may print recursively */
    size_t n;
    char buf[RT_PRINTBUF_SIZE];
} PrintBuf;

static __thread PrintBuf rt_pb;

void rt_write_all(int fd, const void *p, size_t n) {
    const char *s = p;
    while (n > 0) {
        ssize_t w = write(fd, s, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return; /* nowhere to report it: gc drops the output too */
        }
        s += w;
        n -= (size_t)w;
    }
}

static void rt_pb_flush(PrintBuf *pb) {
    if (pb->n) {
        rt_write_all(2, pb->buf, pb->n);
        pb->n = 0;
    }
}

void rt_print_flush_all(void) {
    rt_pb_flush(&rt_pb);
    rt_pb.depth = 0;
}

void rt_gwrite(const void *p, size_t n) {
    PrintBuf *pb = &rt_pb;
    if (pb->depth == 0) {
        rt_write_all(2, p, n);
        return;
    }
    if (__builtin_expect(n > RT_PRINTBUF_SIZE - pb->n, 0)) {
        rt_pb_flush(pb);
        if (n > RT_PRINTBUF_SIZE) {
            rt_write_all(2, p, n);
            return;
        }
    }
    memcpy(pb->buf + pb->n, p, n);
    pb->n += n;
}

void rt_gwrite_cstr(const char *s) {
    rt_gwrite(s, strlen(s));
}

void escgo_printlock(void) {
    rt_pb.depth++;
}

void escgo_printunlock(void) {
    if (--rt_pb.depth <= 0) {
        rt_pb.depth = 0;
        rt_pb_flush(&rt_pb);
    }
}

void escgo_printsp(void) {
    rt_gwrite(" ", 1);
}

void escgo_printnl(void) {
    rt_gwrite("\n", 1);
}

void escgo_printbool(uint8_t b) {
    if (b)
        rt_gwrite("true", 4);
    else
        rt_gwrite("false", 5);
}

void escgo_printuint(uint64_t v) {
    char buf[20];
    char *p = buf + sizeof buf;
    do {
        *--p = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    rt_gwrite(p, (size_t)(buf + sizeof buf - p));
}

void escgo_printint(int64_t v) {
    char buf[21];
    char *p = buf + sizeof buf;
    /* negate as unsigned so MinInt64 works */
    uint64_t u = v < 0 ? -(uint64_t)v : (uint64_t)v;
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0) *--p = '-';
    rt_gwrite(p, (size_t)(buf + sizeof buf - p));
}

void escgo_printhex(uint64_t v) {
    static const char dig[] = "0123456789abcdef";
    char buf[18];
    char *p = buf + sizeof buf;
    do {
        *--p = dig[v & 15];
        v >>= 4;
    } while (v);
    *--p = 'x';
    *--p = '0';
    rt_gwrite(p, (size_t)(buf + sizeof buf - p));
}

/* The algorithm is gc's printfloat step for step: it is not correctly
 * rounded (e.g. 1e-320 prints +9.999889e-321), and matching gc's output
 * means doing the same double operations in the same order. */
void escgo_printfloat(double v) {
    if (v != v) {
        rt_gwrite("NaN", 3);
        return;
    }
    if (v + v == v && v > 0) {
        rt_gwrite("+Inf", 4);
        return;
    }
    if (v + v == v && v < 0) {
        rt_gwrite("-Inf", 4);
        return;
    }
    enum { N = 7 }; /* digits printed */
    char buf[N + 7];
    buf[0] = '+';
    int e = 0;
    if (v == 0) {
        if (__builtin_signbit(v)) buf[0] = '-';
    } else {
        if (v < 0) {
            v = -v;
            buf[0] = '-';
        }
        while (v >= 10) {
            e++;
            v /= 10;
        }
        while (v < 1) {
            e--;
            v *= 10;
        }
        double h = 5.0;
        for (int i = 0; i < N; i++)
            h /= 10;
        v += h;
        if (v >= 10) {
            e++;
            v /= 10;
        }
    }
    for (int i = 0; i < N; i++) {
        int s = (int)v;
        buf[i + 2] = (char)(s + '0');
        v -= (double)s;
        v *= 10;
    }
    buf[1] = buf[2];
    buf[2] = '.';
    buf[N + 2] = 'e';
    buf[N + 3] = '+';
    if (e < 0) {
        e = -e;
        buf[N + 3] = '-';
    }
    buf[N + 4] = (char)(e / 100 + '0');
    buf[N + 5] = (char)(e / 10 % 10 + '0');
    buf[N + 6] = (char)(e % 10 + '0');
    rt_gwrite(buf, sizeof buf);
}

void escgo_printcomplex(double re, double im) {
    rt_gwrite("(", 1);
    escgo_printfloat(re);
    escgo_printfloat(im);
    rt_gwrite("i)", 2);
}

void escgo_printstring(const uint8_t *p, int64_t len) {
    if (len > 0) rt_gwrite(p, (size_t)len);
}

void escgo_printpointer(const void *p) {
    escgo_printhex((uint64_t)(uintptr_t)p);
}

void escgo_printslice(void *ptr, int64_t len, int64_t cap) {
    rt_gwrite("[", 1);
    escgo_printint(len);
    rt_gwrite("/", 1);
    escgo_printint(cap);
    rt_gwrite("]", 1);
    escgo_printpointer(ptr);
}

void escgo_printeface(const GoType *t, void *data) {
    rt_gwrite("(", 1);
    escgo_printpointer(t);
    rt_gwrite(",", 1);
    escgo_printpointer(data);
    rt_gwrite(")", 1);
}
