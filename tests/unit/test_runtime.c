/* test_runtime.c: unit tests of the C runtime — print formatting, string
 * operations, UTF-8 decoding, string(rune), bounds-error texts and the
 * panic/crash output.
 *
 * How it is built: it links every runtime .c file EXCEPT runtime/start.c
 * (which holds the C main() of Go programs) with this file's own main():
 *
 *   gcc -std=gnu11 -Wall -Wextra -Werror -fno-omit-frame-pointer -DGC_THREADS \
 *       -Iruntime runtime/alloc.c runtime/os.c runtime/panic.c \
 *       runtime/print.c runtime/signal.c runtime/strings.c runtime/traceback.c \
 *       tests/unit/test_runtime.c -lgc -lpthread -ldl -o /tmp/test_runtime
 *   /tmp/test_runtime
 *
 * (run from the repository root). It prints each failed check with its line
 * and exits with status 1 if any failed, 0 otherwise. Expected values come
 * from gc 1.19 (go run of the equivalent Go code). Output of print is
 * captured by pointing fd 2 at a temporary file; crashes (panics, fatal
 * errors) are run in a forked child whose status and output are checked. */
#include "escgo_rt.h"
#include "rt_internal.h"

#include <gc.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "unit_check.h"

#define GS(lit) ((GoString){(const uint8_t *)(lit), sizeof(lit) - 1})

/* ---- capturing fd 2 ----------------------------------------------------- */

static int saved_fd2 = -1;
static FILE *capture_file;

static void capture_begin(void) {
    fflush(stderr);
    capture_file = tmpfile();
    if (!capture_file) {
        perror("tmpfile");
        exit(1);
    }
    saved_fd2 = dup(2);
    dup2(fileno(capture_file), 2);
}

/* Returns the captured bytes (NUL-terminated, caller frees). */
static char *capture_end(size_t *len) {
    fflush(stderr);
    dup2(saved_fd2, 2);
    close(saved_fd2);
    /* the fd's offset, not ftell: the writes went through fd 2 */
    off_t n = lseek(fileno(capture_file), 0, SEEK_CUR);
    char *buf = malloc((size_t)n + 1);
    lseek(fileno(capture_file), 0, SEEK_SET);
    ssize_t got = read(fileno(capture_file), buf, (size_t)n);
    buf[got > 0 ? got : 0] = 0;
    *len = got > 0 ? (size_t)got : 0;
    fclose(capture_file);
    return buf;
}

static void expect_output(int line, const char *want, size_t got_len, char *got) {
    checks++;
    if (got_len != strlen(want) || memcmp(got, want, got_len) != 0) {
        failures++;
        printf("FAIL %s:%d: output\n  want: \"%s\"\n  got:  \"%.*s\"\n", __FILE__, line, want,
               (int)got_len, got);
    }
    free(got);
}

/* Runs the statements as one print statement and compares fd 2's output. */
#define EXPECT_PRINT(want, ...)                                                                    \
    do {                                                                                           \
        capture_begin();                                                                           \
        escgo_printlock();                                                                         \
        __VA_ARGS__;                                                                               \
        escgo_printunlock();                                                                       \
        size_t len_;                                                                               \
        char *got_ = capture_end(&len_);                                                           \
        expect_output(__LINE__, want, len_, got_);                                                 \
    } while (0)

/* ---- print --------------------------------------------------------------- */

static void test_print(void) {
    EXPECT_PRINT("+1.500000e+000", escgo_printfloat(1.5));
    EXPECT_PRINT("+1.000000e-001", escgo_printfloat((float)0.1));
    EXPECT_PRINT("+Inf -Inf NaN", escgo_printfloat(INFINITY); escgo_printsp();
                 escgo_printfloat(-INFINITY); escgo_printsp(); escgo_printfloat(NAN));
    EXPECT_PRINT("+0.000000e+000 -0.000000e+000", escgo_printfloat(0.0); escgo_printsp();
                 escgo_printfloat(-0.0));
    /* gc's algorithm is not correctly rounded; these are its outputs */
    EXPECT_PRINT("+9.999889e-321", escgo_printfloat(1e-320));
    EXPECT_PRINT("+1.000000e+001", escgo_printfloat(9.9999999));
    EXPECT_PRINT("+1.234568e+008", escgo_printfloat(123456789.0));
    EXPECT_PRINT("+4.940656e-324", escgo_printfloat(5e-324));
    EXPECT_PRINT("+1.797693e+308", escgo_printfloat(1.7976931348623157e308));
    EXPECT_PRINT("+1.000000e+100", escgo_printfloat(1e100));
    EXPECT_PRINT("-2.500000e-003", escgo_printfloat(-0.0025));
    EXPECT_PRINT("(+1.000000e+000+2.000000e+000i)", escgo_printcomplex(1, 2));
    EXPECT_PRINT("(+0.000000e+000-1.500000e+000i)", escgo_printcomplex(0, -1.5));
    EXPECT_PRINT("true false", escgo_printbool(1); escgo_printsp(); escgo_printbool(0));
    EXPECT_PRINT("-7 0 9223372036854775807 -9223372036854775808", escgo_printint(-7);
                 escgo_printsp(); escgo_printint(0); escgo_printsp(); escgo_printint(INT64_MAX);
                 escgo_printsp(); escgo_printint(INT64_MIN));
    EXPECT_PRINT("18446744073709551615 0", escgo_printuint(UINT64_MAX); escgo_printsp();
                 escgo_printuint(0));
    EXPECT_PRINT("0x0 0xff 0xc000012345", escgo_printhex(0); escgo_printsp(); escgo_printhex(255);
                 escgo_printsp(); escgo_printpointer((void *)0xc000012345));
    EXPECT_PRINT("[3/5]0xc000010000", escgo_printslice((void *)0xc000010000, 3, 5));
    EXPECT_PRINT("(0x0,0x10)", escgo_printeface(NULL, (void *)0x10));
    EXPECT_PRINT("ab12\n", escgo_printstring((const uint8_t *)"a", 1);
                 escgo_printstring((const uint8_t *)"b", 1); escgo_printint(1); escgo_printint(2);
                 escgo_printnl());
    EXPECT_PRINT("", escgo_printstring(NULL, 0));

    /* longer than the statement buffer: must come out whole and in order */
    static char big[3000];
    for (size_t i = 0; i < sizeof big - 1; i++)
        big[i] = (char)('a' + i % 26);
    EXPECT_PRINT(big, escgo_printstring((const uint8_t *)big, 100);
                 escgo_printstring((const uint8_t *)big + 100, 2000);
                 escgo_printstring((const uint8_t *)big + 2100, sizeof big - 1 - 2100));

    /* outside printlock/printunlock, output goes straight out */
    capture_begin();
    escgo_printint(42);
    size_t len;
    char *got = capture_end(&len);
    expect_output(__LINE__, "42", len, got);
}

/* ---- strings ------------------------------------------------------------- */

static bool gs_eq(GoString s, const char *want, size_t wlen) {
    return (size_t)s.len == wlen && (wlen == 0 || memcmp(s.ptr, want, wlen) == 0);
}

static void test_strings(void) {
    GoString parts[] = {GS("ab"), GS(""), GS("cde"), GS("")};
    GoString r = escgo_concatstrings(parts, 4);
    CHECK(gs_eq(r, "abcde", 5), "concat ab+''+cde+'' = %.*s", (int)r.len, r.ptr);
    CHECK(r.ptr != parts[0].ptr && r.ptr != parts[2].ptr, "concat must copy");

    GoString one[] = {GS(""), GS("xyz"), GS("")};
    r = escgo_concatstrings(one, 3);
    CHECK(gs_eq(r, "xyz", 3) && r.ptr == one[1].ptr,
          "concat with one non-empty part returns it without copying");

    GoString none[] = {GS(""), GS("")};
    r = escgo_concatstrings(none, 2);
    CHECK(r.len == 0, "concat of empties is empty");
    r = escgo_concatstrings(NULL, 0);
    CHECK(r.len == 0, "concat of nothing is empty");
}

/* Expected values printed by gc 1.19: for-range over each string. */
struct DecodeCase {
    const char *s;
    int64_t len;
    int nrunes;
    struct {
        int64_t index;
        int32_t rune;
    } want[8];
};
static const struct DecodeCase decode_cases[] = {
    {"\x61\xc3\xa9\xe4\xb8\x96\xf0\x9f\x98\x80",
     10,
     4,
     {
         {0, 0x61},
         {1, 0xE9},
         {3, 0x4E16},
         {6, 0x1F600},
     }},
    {"\xc0\x80",
     2,
     2,
     {
         {0, 0xFFFD},
         {1, 0xFFFD},
     }},
    {"\xc1\xbf",
     2,
     2,
     {
         {0, 0xFFFD},
         {1, 0xFFFD},
     }},
    {"\xc2",
     1,
     1,
     {
         {0, 0xFFFD},
     }},
    {"\xc2\x41",
     2,
     2,
     {
         {0, 0xFFFD},
         {1, 0x41},
     }},
    {"\xe0\x80\x80",
     3,
     3,
     {
         {0, 0xFFFD},
         {1, 0xFFFD},
         {2, 0xFFFD},
     }},
    {"\xe0\xa0\x80",
     3,
     1,
     {
         {0, 0x800},
     }},
    {"\xed\xa0\x80",
     3,
     3,
     {
         {0, 0xFFFD},
         {1, 0xFFFD},
         {2, 0xFFFD},
     }},
    {"\xed\x9f\xbf",
     3,
     1,
     {
         {0, 0xD7FF},
     }},
    {"\xee\x80\x80",
     3,
     1,
     {
         {0, 0xE000},
     }},
    {"\xef\xbf\xbf",
     3,
     1,
     {
         {0, 0xFFFF},
     }},
    {"\xf0\x8f\xbf\xbf",
     4,
     4,
     {
         {0, 0xFFFD},
         {1, 0xFFFD},
         {2, 0xFFFD},
         {3, 0xFFFD},
     }},
    {"\xf0\x90\x80\x80",
     4,
     1,
     {
         {0, 0x10000},
     }},
    {"\xf4\x8f\xbf\xbf",
     4,
     1,
     {
         {0, 0x10FFFF},
     }},
    {"\xf4\x90\x80\x80",
     4,
     4,
     {
         {0, 0xFFFD},
         {1, 0xFFFD},
         {2, 0xFFFD},
         {3, 0xFFFD},
     }},
    {"\xf5\x80\x80\x80",
     4,
     4,
     {
         {0, 0xFFFD},
         {1, 0xFFFD},
         {2, 0xFFFD},
         {3, 0xFFFD},
     }},
    {"\xf8\x88\x80\x80\x80",
     5,
     5,
     {
         {0, 0xFFFD},
         {1, 0xFFFD},
         {2, 0xFFFD},
         {3, 0xFFFD},
         {4, 0xFFFD},
     }},
    {"\xff",
     1,
     1,
     {
         {0, 0xFFFD},
     }},
    {"\x80",
     1,
     1,
     {
         {0, 0xFFFD},
     }},
    {"\xe2\x82",
     2,
     2,
     {
         {0, 0xFFFD},
         {1, 0xFFFD},
     }},
    {"\xe2\x82\xac",
     3,
     1,
     {
         {0, 0x20AC},
     }},
    {"\xf0\x9f\x98",
     3,
     3,
     {
         {0, 0xFFFD},
         {1, 0xFFFD},
         {2, 0xFFFD},
     }},
    {"\x61\xff\x62\xe2\x82\x63",
     6,
     6,
     {
         {0, 0x61},
         {1, 0xFFFD},
         {2, 0x62},
         {3, 0xFFFD},
         {4, 0xFFFD},
         {5, 0x63},
     }},
};

static void test_decoderune(void) {
    for (size_t c = 0; c < sizeof decode_cases / sizeof decode_cases[0]; c++) {
        const struct DecodeCase *dc = &decode_cases[c];
        const uint8_t *s = (const uint8_t *)dc->s;
        int n = 0;
        for (int64_t i = 0; i < dc->len;) {
            int64_t next;
            int32_t r;
            if (s[i] < 0x80) { /* what generated code does before calling */
                r = s[i];
                next = i + 1;
            } else {
                r = escgo_decoderune(s, dc->len, i, &next);
            }
            CHECK(n < dc->nrunes && dc->want[n].index == i && dc->want[n].rune == r,
                  "case %zu: rune %d at %lld = 0x%X, want 0x%X at %lld", c, n, (long long)i, r,
                  n < dc->nrunes ? dc->want[n].rune : -1,
                  n < dc->nrunes ? (long long)dc->want[n].index : -1LL);
            CHECK(next > i, "case %zu: decoderune must advance", c);
            i = next;
            n++;
        }
        CHECK(n == dc->nrunes, "case %zu: %d runes, want %d", c, n, dc->nrunes);
    }
    /* ASCII through decoderune too, and an index at the end */
    int64_t next;
    CHECK(escgo_decoderune((const uint8_t *)"A", 1, 0, &next) == 'A' && next == 1,
          "decoderune ASCII");
    CHECK(escgo_decoderune((const uint8_t *)"A", 1, 1, &next) == 0xFFFD && next == 2,
          "decoderune past the end");
}

static const struct {
    int64_t v;
    const char *want;
    int64_t len;
} intstring_cases[] = {
    {-1LL, "\xef\xbf\xbd", 3},
    {0LL, "\x00", 1},
    {65LL, "\x41", 1},
    {127LL, "\x7f", 1},
    {128LL, "\xc2\x80", 2},
    {2047LL, "\xdf\xbf", 2},
    {2048LL, "\xe0\xa0\x80", 3},
    {55295LL, "\xed\x9f\xbf", 3},
    {55296LL, "\xef\xbf\xbd", 3},
    {57343LL, "\xef\xbf\xbd", 3},
    {57344LL, "\xee\x80\x80", 3},
    {65535LL, "\xef\xbf\xbf", 3},
    {65536LL, "\xf0\x90\x80\x80", 4},
    {1114111LL, "\xf4\x8f\xbf\xbf", 4},
    {1114112LL, "\xef\xbf\xbd", 3},
    {1099511627776LL, "\xef\xbf\xbd", 3},
    {INT64_MIN, "\xef\xbf\xbd", 3},
};

static void test_intstring(void) {
    for (size_t i = 0; i < sizeof intstring_cases / sizeof intstring_cases[0]; i++) {
        GoString s = escgo_intstring(intstring_cases[i].v);
        CHECK(gs_eq(s, intstring_cases[i].want, (size_t)intstring_cases[i].len),
              "intstring(%lld): got %lld bytes", (long long)intstring_cases[i].v, (long long)s.len);
    }
}

/* ---- bounds errors -------------------------------------------------------- */

static void test_bounds_text(void) {
    struct {
        int code;
        uint64_t x;
        bool xsigned;
        int64_t y;
        const char *want;
    } cases[] = {
        {RT_BOUNDS_INDEX, 5, true, 3, "index out of range [5] with length 3"},
        {RT_BOUNDS_INDEX, (uint64_t)-1, true, 3, "index out of range [-1]"},
        {RT_BOUNDS_INDEX, (uint64_t)-1, false, 3,
         "index out of range [18446744073709551615] with length 3"},
        {RT_BOUNDS_INDEX, (uint64_t)INT64_MIN, true, 0,
         "index out of range [-9223372036854775808]"},
        {RT_BOUNDS_SLICE_ALEN, 5, true, 3, "slice bounds out of range [:5] with length 3"},
        {RT_BOUNDS_SLICE_ACAP, 9, true, 4, "slice bounds out of range [:9] with capacity 4"},
        {RT_BOUNDS_SLICE_ACAP, (uint64_t)-2, true, 4, "slice bounds out of range [:-2]"},
        {RT_BOUNDS_SLICE_B, 3, true, 2, "slice bounds out of range [3:2]"},
        {RT_BOUNDS_SLICE_B, (uint64_t)-1, true, 2, "slice bounds out of range [-1:]"},
        {RT_BOUNDS_SLICE3_ALEN, 7, true, 6, "slice bounds out of range [::7] with length 6"},
        {RT_BOUNDS_SLICE3_ACAP, 7, true, 6, "slice bounds out of range [::7] with capacity 6"},
        {RT_BOUNDS_SLICE3_ACAP, (uint64_t)-3, true, 6, "slice bounds out of range [::-3]"},
        {RT_BOUNDS_SLICE3_B, 4, true, 3, "slice bounds out of range [:4:3]"},
        {RT_BOUNDS_SLICE3_B, (uint64_t)-4, true, 3, "slice bounds out of range [:-4:]"},
        {RT_BOUNDS_SLICE3_C, 2, true, 1, "slice bounds out of range [2:1:]"},
        {RT_BOUNDS_SLICE3_C, (uint64_t)-2, true, 1, "slice bounds out of range [-2::]"},
        {RT_BOUNDS_CONVERT, 4, true, 3,
         "cannot convert slice with length 3 to pointer to array with length 4"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char buf[RT_BOUNDS_TEXT_MAX];
        size_t n =
            rt_bounds_error_text(buf, cases[i].code, cases[i].x, cases[i].xsigned, cases[i].y);
        CHECK(n == strlen(cases[i].want) && strcmp(buf, cases[i].want) == 0,
              "bounds text %zu: got \"%s\", want \"%s\"", i, buf, cases[i].want);
    }
}

/* ---- crashes, in a child process ------------------------------------------ */

/* Runs fn in a child with fd 2 captured; checks the exit status and that
 * the output starts with want_prefix. */
static void expect_crash(int line, void (*fn)(void), int want_status, const char *want_prefix) {
    capture_begin();
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        fn();
        _exit(99); /* fn should not return */
    }
    int st = 0;
    waitpid(pid, &st, 0);
    size_t len;
    char *got = capture_end(&len);
    checks++;
    if (!WIFEXITED(st) || WEXITSTATUS(st) != want_status) {
        failures++;
        printf("FAIL %s:%d: crash status %d (signal %d), want exit %d; output \"%s\"\n", __FILE__,
               line, WIFEXITED(st) ? WEXITSTATUS(st) : -1, WIFSIGNALED(st) ? WTERMSIG(st) : 0,
               want_status, got);
    }
    size_t pl = strlen(want_prefix);
    checks++;
    if (len < pl || memcmp(got, want_prefix, pl) != 0) {
        failures++;
        printf("FAIL %s:%d: crash output\n  want prefix: \"%s\"\n  got: \"%s\"\n", __FILE__, line,
               want_prefix, got);
    }
    free(got);
}

#define TYPE(k, nm)                                                                                \
    { .size = 8, .kind = (k), .name = GS(nm) }
static const GoType t_main_S = TYPE(GK_STRING, "main.S");
static const GoType t_main_F = TYPE(GK_FLOAT64, "main.F");
static const GoType t_main_C = TYPE(GK_COMPLEX128, "main.C");
static const GoType t_main_B = TYPE(GK_BOOL, "main.B");
static const GoType t_main_I8 = TYPE(GK_INT8, "main.I8");
static const GoType t_int = TYPE(GK_INT, "int");
static const GoType t_uint8 = TYPE(GK_UINT8, "uint8");
static const GoType t_float32 = TYPE(GK_FLOAT32, "float32");
static const GoType t_float64 = TYPE(GK_FLOAT64, "float64");
static const GoType t_complex128 = TYPE(GK_COMPLEX128, "complex128");
static const GoType t_string = TYPE(GK_STRING, "string");
static const GoType t_main_T = TYPE(GK_STRUCT, "main.T");

static GoString v_x = GS("x"), v_boom = GS("boom");
static double v_15 = 1.5, v_c12[2] = {1, 2};
static float v_f15 = 1.5f;
static uint8_t v_true = 1, v_u3 = 3;
static int8_t v_m3 = -3;
static int64_t v_42 = 42;

static void p_string(void) {
    escgo_gopanic(&t_string, &v_boom);
}
static void p_named_string(void) {
    escgo_gopanic(&t_main_S, &v_x);
}
static void p_int(void) {
    escgo_gopanic(&t_int, &v_42);
}
static void p_uint8(void) {
    escgo_gopanic(&t_uint8, &v_u3);
}
static void p_float64(void) {
    escgo_gopanic(&t_float64, &v_15);
}
static void p_float32(void) {
    escgo_gopanic(&t_float32, &v_f15);
}
static void p_complex(void) {
    escgo_gopanic(&t_complex128, v_c12);
}
static void p_named_float(void) {
    escgo_gopanic(&t_main_F, &v_15);
}
static void p_named_complex(void) {
    escgo_gopanic(&t_main_C, v_c12);
}
static void p_named_bool(void) {
    escgo_gopanic(&t_main_B, &v_true);
}
static void p_named_int8(void) {
    escgo_gopanic(&t_main_I8, &v_m3);
}
static void p_struct(void) {
    escgo_gopanic(&t_main_T, (void *)0x1234);
}
static void p_nil(void) {
    escgo_gopanic(NULL, NULL);
}
static void p_index(void) {
    escgo_panic_index(5, 3);
}
static void p_index_neg(void) {
    escgo_panic_index(-1, 3);
}
static void p_slice(void) {
    escgo_panic_slice(1, 9, 4);
}
static void p_slice_u(void) {
    escgo_panic_slice_u(2, (uint64_t)-1, 4);
}
static void p_divide(void) {
    escgo_panic_divide();
}
static void p_shift(void) {
    escgo_panic_shift();
}
static void p_nilderef(void) {
    escgo_panic_nilderef();
}
static void p_string_msg(void) {
    escgo_panic_string((const uint8_t *)"hash of unhashable type", 23);
}
static void p_oom(void) {
    escgo_alloc(-1);
}
static void p_exit(void) {
    escgo_os_exit(7);
}
static void p_exit_big(void) {
    escgo_os_exit(256 + 5);
}
static void p_partial_print(void) {
    escgo_printlock();
    escgo_printstring((const uint8_t *)"partial ", 8);
    escgo_panic_divide();
}
static void p_sigsegv(void) {
    rt_install_signal_handlers();
    rt_thread_enter(0, 0, 0);
    volatile int *p = NULL;
    *p = 1;
}
static void p_sigfpe(void) {
    rt_install_signal_handlers();
    rt_thread_enter(0, 0, 0);
    volatile int a = 1, z = 0;
    a = a / z;
}

static void test_crashes(void) {
#define EXPECT_PANIC(fn, text)                                                                     \
    expect_crash(__LINE__, fn, 2, "panic: " text "\n\ngoroutine 1 [running]:\n")
    EXPECT_PANIC(p_string, "boom");
    EXPECT_PANIC(p_named_string, "main.S(\"x\")");
    EXPECT_PANIC(p_int, "42");
    EXPECT_PANIC(p_uint8, "3");
    EXPECT_PANIC(p_float64, "+1.500000e+000");
    EXPECT_PANIC(p_float32, "+1.500000e+000");
    EXPECT_PANIC(p_complex, "(+1.000000e+000+2.000000e+000i)");
    EXPECT_PANIC(p_named_float, "main.F(+1.500000e+000)");
    EXPECT_PANIC(p_named_complex, "main.C(+1.000000e+000+2.000000e+000i)");
    EXPECT_PANIC(p_named_bool, "main.B(true)");
    EXPECT_PANIC(p_named_int8, "main.I8(-3)");
    EXPECT_PANIC(p_struct, "(main.T) 0x1234");
    EXPECT_PANIC(p_nil, "nil");
    EXPECT_PANIC(p_index, "runtime error: index out of range [5] with length 3");
    EXPECT_PANIC(p_index_neg, "runtime error: index out of range [-1]");
    EXPECT_PANIC(p_slice, "runtime error: slice bounds out of range [:9] with capacity 4");
    EXPECT_PANIC(p_slice_u, "runtime error: slice bounds out of range [18446744073709551615:4]");
    EXPECT_PANIC(p_divide, "runtime error: integer divide by zero");
    EXPECT_PANIC(p_shift, "runtime error: negative shift amount");
    EXPECT_PANIC(p_string_msg, "runtime error: hash of unhashable type");
    expect_crash(
        __LINE__, p_partial_print, 2,
        "partial panic: runtime error: integer divide by zero\n\ngoroutine 1 [running]:\n");
    expect_crash(__LINE__, p_nilderef, 2,
                 "panic: runtime error: invalid memory address or nil pointer dereference\n"
                 "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x");
    expect_crash(__LINE__, p_sigsegv, 2,
                 "panic: runtime error: invalid memory address or nil pointer dereference\n"
                 "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x");
    expect_crash(__LINE__, p_sigfpe, 2,
                 "panic: runtime error: integer divide by zero\n"
                 "[signal SIGFPE: floating-point exception code=0x1 addr=0x");
    expect_crash(__LINE__, p_oom, 2,
                 "fatal error: runtime: out of memory\n\ngoroutine 1 [running]:\n");
    expect_crash(__LINE__, p_exit, 7, "");
    expect_crash(__LINE__, p_exit_big, 5, "");
#undef EXPECT_PANIC
}

/* ---- allocation ------------------------------------------------------------ */

static void test_alloc(void) {
    for (int64_t size = 1; size < 5000; size = size * 3 + 1) {
        uint8_t *p = escgo_alloc(size), *q = escgo_alloc_noscan(size);
        bool zero = true;
        for (int64_t i = 0; i < size; i++)
            zero = zero && p[i] == 0 && q[i] == 0;
        CHECK(zero, "alloc(%lld) must be zeroed", (long long)size);
        memset(q, 0xAB, (size_t)size); /* dirty it, so a reuse would show */
    }
    GC_gcollect();
    for (int64_t size = 1; size < 5000; size = size * 3 + 1) {
        uint8_t *q = escgo_alloc_noscan(size);
        bool zero = true;
        for (int64_t i = 0; i < size; i++)
            zero = zero && q[i] == 0;
        CHECK(zero, "alloc_noscan(%lld) after a collection must be zeroed", (long long)size);
    }
    CHECK(escgo_alloc(0) == escgo_alloc_noscan(0), "zero-sized allocations share zerobase");
}

int main(void) {
    GC_INIT();
    GC_set_warn_proc(GC_ignore_warn_proc);
    test_print();
    test_strings();
    test_decoderune();
    test_intstring();
    test_bounds_text();
    test_alloc();
    test_crashes();
    if (failures) {
        printf("test_runtime: %d of %ld checks failed\n", failures, checks);
        return 1;
    }
    printf("test_runtime: all %ld checks passed\n", checks);
    return 0;
}
