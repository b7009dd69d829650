/* test_types.c: unit tests of the constant arithmetic (const.c), of the
 * type model (types.c, types_lookup.c, universe.c, scope.c) and of the
 * pointer map every stage keys its tables by (common.c's PtrMap).
 *
 * Expected values come from gc 1.19 (messages, unsafe.Sizeof) and from
 * glibc's strtod/strtof, which round correctly, for float rounding.
 * Exits 1 if any check fails. */
#include "frontend/check.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures, checks;

#define CHECK(cond)                                                                                \
    do {                                                                                           \
        checks++;                                                                                  \
        if (!(cond)) {                                                                             \
            failures++;                                                                            \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);               \
        }                                                                                          \
    } while (0)

#define CHECK_STR(got, want)                                                                       \
    do {                                                                                           \
        const char *g_ = (got), *w_ = (want);                                                      \
        checks++;                                                                                  \
        if (!g_ || strcmp(g_, w_) != 0) {                                                          \
            failures++;                                                                            \
            fprintf(stderr, "%s:%d: got \"%s\", want \"%s\"\n", __FILE__, __LINE__,                \
                    g_ ? g_ : "(null)", w_);                                                       \
        }                                                                                          \
    } while (0)

static ConstVal *lit(TokKind k, const char *text) {
    ConstVal *v = const_from_literal(k, text);
    if (!v) {
        fprintf(stderr, "literal %s did not parse\n", text);
        failures++;
        return const_make_int64(0);
    }
    return v;
}

static const char *istr(TokKind k, const char *text) {
    return const_string(lit(k, text));
}

/* ---- literals ----------------------------------------------------------- */

static void test_int_literals(void) {
    CHECK_STR(istr(T_INT, "0"), "0");
    CHECK_STR(istr(T_INT, "123"), "123");
    CHECK_STR(istr(T_INT, "1_000_000"), "1000000");
    CHECK_STR(istr(T_INT, "0x_FF"), "255");
    CHECK_STR(istr(T_INT, "0XaBc"), "2748");
    CHECK_STR(istr(T_INT, "0b1010"), "10");
    CHECK_STR(istr(T_INT, "0B_1_1"), "3");
    CHECK_STR(istr(T_INT, "0o17"), "15");
    CHECK_STR(istr(T_INT, "0O17"), "15");
    CHECK_STR(istr(T_INT, "017"), "15");
    CHECK_STR(istr(T_INT, "0_7"), "7");
    CHECK_STR(istr(T_INT, "00"), "0");
    CHECK_STR(istr(T_INT, "18446744073709551616"), "18446744073709551616");
    CHECK(const_from_literal(T_INT, "08") == NULL);
    CHECK(const_from_literal(T_INT, "0x") == NULL);
    CHECK(const_from_literal(T_INT, "0b2") == NULL);
    CHECK(lit(T_INT, "42")->kind == CONST_INT);
}

static void test_float_literals(void) {
    CHECK(lit(T_FLOAT, "1.0")->kind == CONST_FLOAT);
    CHECK(const_float64(lit(T_FLOAT, "0.1")) == 0.1);
    CHECK(const_float64(lit(T_FLOAT, "1e23")) == 1e23);
    CHECK(const_float64(lit(T_FLOAT, "0x1p-2")) == 0.25);
    CHECK(const_float64(lit(T_FLOAT, "0x1.8p1")) == 3.0);
    CHECK(const_float64(lit(T_FLOAT, "0X_1.8P+1")) == 3.0);
    CHECK(const_float64(lit(T_FLOAT, "0x.8p0")) == 0.5);
    CHECK(const_float64(lit(T_FLOAT, "1_0.2_5e1_0")) == 10.25e10);
    CHECK(const_float64(lit(T_FLOAT, ".5")) == 0.5);
    CHECK(const_float64(lit(T_FLOAT, "1.")) == 1.0);
    CHECK(const_float64(lit(T_FLOAT, "1E+2")) == 100.0);
    CHECK(const_float64(lit(T_FLOAT, "0123.5")) == 123.5);
    CHECK(const_float64(lit(T_FLOAT, "089.5")) == 89.5);
    CHECK(const_float64(lit(T_FLOAT, "1e-400")) == 0.0);
    CHECK(isinf(const_float64(lit(T_FLOAT, "1e400"))));
    CHECK(const_float64(lit(T_FLOAT, "4.9406564584124654e-324")) == 4.9406564584124654e-324);
    CHECK(const_float64(lit(T_FLOAT, "2.2250738585072011e-308")) == 2.2250738585072011e-308);
    CHECK(const_from_literal(T_FLOAT, "0x1.8") == NULL); /* hex needs p */
    CHECK(const_from_literal(T_FLOAT, "1e") == NULL);

    /* exactness: 0.1 is kept as the rational 1/10 */
    ConstVal *tenth = lit(T_FLOAT, "0.1");
    ConstVal *sum = const_binary(T_ADD, tenth, lit(T_FLOAT, "0.2"), false);
    CHECK(const_compare(T_EQL, sum, lit(T_FLOAT, "0.3")));
}

static void test_imag_literals(void) {
    ConstVal *v = lit(T_IMAG, "2i");
    CHECK(v->kind == CONST_COMPLEX);
    CHECK_STR(const_string(v), "(0 + 2i)");
    CHECK_STR(istr(T_IMAG, "0123i"), "(0 + 123i)"); /* decimal, for compatibility */
    CHECK_STR(istr(T_IMAG, "0x10i"), "(0 + 16i)");
    CHECK_STR(istr(T_IMAG, "0b11i"), "(0 + 3i)");
    CHECK_STR(istr(T_IMAG, "0o7i"), "(0 + 7i)");
    CHECK_STR(istr(T_IMAG, "1.5e1i"), "(0 + 15i)");
    CHECK_STR(istr(T_IMAG, "0x1p2i"), "(0 + 4i)");
    CHECK_STR(istr(T_IMAG, "1_0i"), "(0 + 10i)");
}

static void test_rune_literals(void) {
    CHECK(const_int64(lit(T_CHAR, "'a'")) == 97);
    CHECK(const_int64(lit(T_CHAR, "'\\n'")) == 10);
    CHECK(const_int64(lit(T_CHAR, "'\\a'")) == 7);
    CHECK(const_int64(lit(T_CHAR, "'\\v'")) == 11);
    CHECK(const_int64(lit(T_CHAR, "'\\x41'")) == 65);
    CHECK(const_int64(lit(T_CHAR, "'\\101'")) == 65);
    CHECK(const_int64(lit(T_CHAR, "'\\377'")) == 255);
    CHECK(const_int64(lit(T_CHAR, "'\\u00e9'")) == 233);
    CHECK(const_int64(lit(T_CHAR, "'\\U0001F600'")) == 0x1F600);
    CHECK(const_int64(lit(T_CHAR, "'\xc3\xa9'")) == 233);
    CHECK(const_int64(lit(T_CHAR, "'\\''")) == 39);
    CHECK(const_int64(lit(T_CHAR, "'\\\\'")) == 92);
    CHECK(lit(T_CHAR, "'x'")->kind == CONST_INT);
    CHECK(const_from_literal(T_CHAR, "'ab'") == NULL);
    CHECK(const_from_literal(T_CHAR, "'\\uD800'") == NULL);
    CHECK(const_from_literal(T_CHAR, "'\\400'") == NULL);
}

static void test_string_literals(void) {
    ConstVal *v = lit(T_STRING, "\"a\\x00b\"");
    CHECK(v->kind == CONST_STRING && v->str.len == 3 && v->str.ptr[1] == 0);
    v = lit(T_STRING, "\"\\xff\"");
    CHECK(v->str.len == 1 && (unsigned char)v->str.ptr[0] == 0xFF);
    v = lit(T_STRING, "\"\\377\"");
    CHECK(v->str.len == 1 && (unsigned char)v->str.ptr[0] == 0xFF);
    v = lit(T_STRING, "\"\\u00e9\"");
    CHECK(v->str.len == 2 && memcmp(v->str.ptr, "\xc3\xa9", 2) == 0);
    v = lit(T_STRING, "\"\\U0001F600\"");
    CHECK(v->str.len == 4 && memcmp(v->str.ptr, "\xf0\x9f\x98\x80", 4) == 0);
    v = lit(T_STRING, "\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\"");
    CHECK(v->str.len == 9 && memcmp(v->str.ptr, "\a\b\f\n\r\t\v\\\"", 9) == 0);
    v = lit(T_STRING, "`a\r\nb\\n`");
    CHECK(v->str.len == 5 && memcmp(v->str.ptr, "a\nb\\n", 5) == 0);
    v = lit(T_STRING, "\"\"");
    CHECK(v->str.len == 0);
    CHECK(const_from_literal(T_STRING, "\"\\q\"") == NULL);
    CHECK(const_from_literal(T_STRING, "\"\\x4\"") == NULL);
}

/* ---- rounding ----------------------------------------------------------- */

static uint64_t rng = 88172645463325252ull;
static uint64_t next_rand(void) {
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

/* Random literals against glibc's correctly rounded strtod/strtof. */
static void test_rounding_random(void) {
    char buf[128];
    int bad = 0;
    for (int i = 0; i < 20000; i++) {
        int nd = 1 + (int)(next_rand() % 25);
        int n = 0;
        for (int k = 0; k < nd; k++)
            buf[n++] = (char)('0' + next_rand() % 10);
        if (next_rand() % 2) {
            int dot = (int)(next_rand() % (unsigned)nd);
            memmove(buf + dot + 1, buf + dot, (size_t)(n - dot));
            buf[dot] = '.';
            n++;
        }
        int e = (int)(next_rand() % 700) - 350;
        if (i % 3 == 0) e = (int)(next_rand() % 90) - 45;
        n += sprintf(buf + n, "e%d", e);
        buf[n] = '\0';
        ConstVal *v = const_from_literal(T_FLOAT, buf);
        if (!v || const_float64(v) != strtod(buf, NULL) || const_float32(v) != strtof(buf, NULL)) {
            if (bad++ < 5)
                fprintf(stderr, "rounding mismatch for %s: %.17g %.9g\n", buf,
                        v ? const_float64(v) : 0, v ? (double)const_float32(v) : 0);
        }
    }
    for (int i = 0; i < 5000; i++) {
        /* hex literals near the float32 and float64 rounding boundaries */
        uint64_t m = next_rand() >> (next_rand() % 40);
        int e = (int)(next_rand() % 2300) - 1150;
        snprintf(buf, sizeof buf, "0x%llxp%d", (unsigned long long)m, e);
        ConstVal *v = const_from_literal(T_FLOAT, buf);
        if (!v || const_float64(v) != strtod(buf, NULL) || const_float32(v) != strtof(buf, NULL)) {
            if (bad++ < 10) fprintf(stderr, "rounding mismatch for %s\n", buf);
        }
    }
    checks++;
    if (bad) failures++;
}

static void test_rounding(void) {
    Type *f32 = types_basic[B_FLOAT32], *f64 = types_basic[B_FLOAT64];
    ConstVal *r;
    CHECK(const_float32(lit(T_INT, "16777217")) == 16777216.0f);
    CHECK(const_float32(lit(T_INT, "16777219")) == 16777220.0f); /* tie to even */
    CHECK(const_representable(lit(T_INT, "16777217"), f32, &r));
    CHECK(r->kind == CONST_FLOAT && const_compare(T_EQL, r, lit(T_INT, "16777216")));
    CHECK(const_float64(lit(T_INT, "9007199254740993")) == 9007199254740992.0);
    CHECK(const_representable(lit(T_FLOAT, "3.4028235e38"), f32, NULL));
    CHECK(!const_representable(lit(T_FLOAT, "3.4028236e38"), f32, NULL));
    CHECK(!const_representable(lit(T_FLOAT, "1e39"), f32, NULL));
    CHECK(const_representable(lit(T_FLOAT, "1e39"), f64, NULL));
    /* 2^1024 overflows; the largest float64 and values rounding to it do not */
    CHECK(!const_representable(lit(T_FLOAT, "0x1p1024"), f64, NULL));
    CHECK(const_representable(lit(T_FLOAT, "0x1.fffffffffffffp1023"), f64, NULL));
    CHECK(const_representable(lit(T_FLOAT, "0x1.fffffffffffff7p1023"), f64, NULL));
    CHECK(!const_representable(lit(T_FLOAT, "0x1.fffffffffffff8p1023"), f64, NULL));
    CHECK(!const_representable(lit(T_FLOAT, "1e400"), f64, NULL));
    CHECK(const_representable(lit(T_FLOAT, "1e-400"), f64, &r) && const_is_zero(r));
    CHECK(const_representable(lit(T_FLOAT, "0.1"), f64, &r) && const_float64(r) == 0.1 &&
          !const_compare(T_EQL, r, lit(T_FLOAT, "0.1")));
    /* -0.0 is an exact zero */
    ConstVal *nz = const_unary(T_SUB, lit(T_FLOAT, "0.0"), 0);
    CHECK(const_is_zero(nz) && !signbit(const_float64(nz)));
    CHECK(const_is_zero(const_make_double(-0.0)));
    CHECK(const_float64(const_make_double(0.1)) == 0.1);
    CHECK(const_make_double(NAN)->kind == CONST_UNKNOWN);
}

/* ---- representability --------------------------------------------------- */

static void test_representable(void) {
    ConstVal *max1 = lit(T_INT, "9223372036854775808");
    ConstVal *minint = const_unary(T_SUB, max1, 0);
    Type *i64 = types_basic[B_INT64], *u64 = types_basic[B_UINT64], *i8 = types_basic[B_INT8];
    CHECK(const_representable(minint, i64, NULL));
    CHECK(const_representable(minint, types_basic[B_INT], NULL));
    CHECK(!const_representable(max1, i64, NULL));
    CHECK(const_representable(max1, u64, NULL));
    CHECK(!const_representable(lit(T_INT, "18446744073709551616"), u64, NULL));
    CHECK(const_representable(lit(T_INT, "18446744073709551615"), types_basic[B_UINTPTR], NULL));
    CHECK(!const_representable(const_make_int64(-1), types_basic[B_UINT], NULL));
    CHECK(const_representable(const_make_int64(-128), i8, NULL));
    CHECK(!const_representable(const_make_int64(-129), i8, NULL));
    CHECK(!const_representable(const_make_int64(128), i8, NULL));
    CHECK(const_representable(const_make_int64(255), types_basic[B_UINT8], NULL));
    CHECK(!const_representable(const_make_int64(256), types_basic[B_UINT8], NULL));
    CHECK(const_representable(const_make_int64(65535), types_basic[B_UINT16], NULL));
    CHECK(!const_representable(const_make_int64(-2147483649LL), types_basic[B_INT32], NULL));
    CHECK(const_representable(const_make_int64(-2147483648LL), types_basic[B_INT32], NULL));
    /* floats to ints only if integral; complex only if imag == 0 */
    ConstVal *r;
    CHECK(const_representable(lit(T_FLOAT, "2.0"), types_basic[B_INT], &r) && r->kind == CONST_INT);
    CHECK(!const_representable(lit(T_FLOAT, "1.5"), types_basic[B_INT], NULL));
    CHECK(!const_representable(lit(T_FLOAT, "1.5"), types_basic[B_UNTYPED_INT], NULL));
    CHECK(const_representable(lit(T_FLOAT, "1e100"), types_basic[B_UNTYPED_INT], NULL));
    CHECK(!const_representable(lit(T_IMAG, "2i"), types_basic[B_FLOAT64], NULL));
    CHECK(const_representable(const_binary(T_ADD, lit(T_IMAG, "0i"), lit(T_INT, "3"), false),
                              types_basic[B_UINT8], &r) &&
          const_int64(r) == 3);
    CHECK(const_representable(lit(T_INT, "1"), types_basic[B_COMPLEX64], &r) &&
          r->kind == CONST_COMPLEX);
    CHECK(const_representable(lit(T_INT, "1"), types_basic[B_UNTYPED_FLOAT], NULL));
    CHECK(const_representable(lit(T_STRING, "\"s\""), types_basic[B_STRING], NULL));
    CHECK(!const_representable(lit(T_STRING, "\"s\""), types_basic[B_INT], NULL));
    CHECK(!const_representable(lit(T_INT, "1"), types_basic[B_STRING], NULL));
    CHECK(const_representable(const_make_bool(true), types_basic[B_BOOL], NULL));
    CHECK(!const_representable(const_make_bool(true), types_basic[B_INT], NULL));
}

/* ---- arithmetic --------------------------------------------------------- */

static void test_arith(void) {
    ConstVal *seven = const_make_int64(7), *two = const_make_int64(2), *m7 = const_make_int64(-7);
    CHECK(const_int64(const_binary(T_QUO, seven, two, true)) == 3);
    CHECK(const_int64(const_binary(T_QUO, m7, two, true)) == -3);
    CHECK(const_int64(const_binary(T_REM, m7, two, true)) == -1);
    CHECK(const_int64(const_binary(T_REM, seven, const_make_int64(-2), true)) == 1);
    ConstVal *q = const_binary(T_QUO, seven, two, false);
    CHECK(q->kind == CONST_FLOAT && const_float64(q) == 3.5);
    CHECK(const_binary(T_QUO, seven, const_make_int64(0), true)->kind == CONST_UNKNOWN);
    CHECK(const_binary(T_QUO, lit(T_FLOAT, "1.0"), lit(T_FLOAT, "0.0"), false)->kind ==
          CONST_UNKNOWN);
    ConstVal *third = const_binary(T_QUO, lit(T_FLOAT, "1.0"), lit(T_INT, "3"), false);
    CHECK(const_compare(T_EQL, const_binary(T_MUL, third, lit(T_INT, "3"), false),
                        const_make_int64(1)));
    CHECK(const_binary(T_ADD, seven, lit(T_FLOAT, "0.5"), false)->kind == CONST_FLOAT);
    CHECK(const_int64(const_binary(T_AND, const_make_int64(-1), const_make_int64(0xFF), false)) ==
          255);
    CHECK(const_int64(const_binary(T_AND_NOT, const_make_int64(0xFF), const_make_int64(0x0F),
                                   false)) == 0xF0);
    CHECK(const_int64(const_binary(T_OR, const_make_int64(0xF0), const_make_int64(0x0F), false)) ==
          0xFF);
    CHECK(const_int64(const_binary(T_XOR, const_make_int64(-1), const_make_int64(1), false)) == -2);
    CHECK_STR(const_string(const_shift(T_SHL, const_make_int64(1), 64)), "18446744073709551616");
    CHECK_STR(const_string(const_shift(T_SHL, const_make_int64(1), 70)), "1180591620717411303424");
    CHECK(const_int64(const_shift(T_SHR, const_make_int64(-8), 1)) == -4);
    CHECK(const_int64(const_shift(T_SHR, const_make_int64(-1), 100)) == -1);
    CHECK(const_bitlen(const_shift(T_SHL, const_make_int64(1), 1000)) == 1001);
    CHECK(const_shift(T_SHL, const_make_int64(1), 1ull << 40)->kind == CONST_UNKNOWN);
    CHECK(const_is_zero(const_shift(T_SHL, const_make_int64(0), 1ull << 40)));
    /* ^x: unsigned masks to prec bits, signed/untyped is -x-1 */
    CHECK(const_int64(const_unary(T_XOR, const_make_int64(1), 8)) == 254);
    CHECK(const_int64(const_unary(T_XOR, const_make_int64(0), 8)) == 255);
    CHECK(const_uint64(const_unary(T_XOR, const_make_int64(0), 64)) == UINT64_MAX);
    CHECK(const_int64(const_unary(T_XOR, const_make_int64(0), 0)) == -1);
    CHECK(const_int64(const_unary(T_XOR, const_make_int64(5), 0)) == -6);
    CHECK(const_unary(T_NOT, const_make_bool(false), 0)->b);
    /* truncating conversions */
    CHECK(const_int64(lit(T_INT, "18446744073709551621")) == 5);
    CHECK(const_uint64(const_make_int64(-1)) == UINT64_MAX);
    CHECK(const_int64(lit(T_INT, "9223372036854775808")) == INT64_MIN);
    /* complex */
    ConstVal *c = const_binary(T_MUL, lit(T_IMAG, "1i"), lit(T_IMAG, "1i"), false);
    CHECK(c->kind == CONST_COMPLEX && const_compare(T_EQL, c, const_make_int64(-1)));
    ConstVal *cd =
        const_binary(T_QUO, const_binary(T_ADD, const_make_int64(1), lit(T_IMAG, "2i"), false),
                     lit(T_IMAG, "1i"), false);
    CHECK_STR(const_string(cd), "(2 + -1i)");
    CHECK(const_to_int(cd) == NULL && const_to_float(cd) == NULL);
    /* strings and bools */
    ConstVal *s = const_binary(T_ADD, lit(T_STRING, "\"ab\""), lit(T_STRING, "\"c\""), false);
    CHECK(s->str.len == 3 && memcmp(s->str.ptr, "abc", 3) == 0);
    CHECK(const_compare(T_LSS, lit(T_STRING, "\"ab\""), lit(T_STRING, "\"abc\"")));
    CHECK(const_compare(T_GTR, lit(T_STRING, "\"b\""), lit(T_STRING, "\"abc\"")));
    CHECK(const_binary(T_LAND, const_make_bool(true), const_make_bool(false), false)->b == false);
    CHECK(const_binary(T_EQL, const_make_int64(1), lit(T_FLOAT, "1.0"), false)->b);
    CHECK(const_compare(T_LEQ, lit(T_FLOAT, "0.1"), lit(T_FLOAT, "0.10")));
    CHECK(const_to_int(lit(T_FLOAT, "1.5")) == NULL);
    CHECK(const_to_int(lit(T_FLOAT, "1e3"))->kind == CONST_INT);
}

/* ---- spelling ----------------------------------------------------------- */

static void test_const_string(void) {
    CHECK_STR(istr(T_FLOAT, "1e400"), "1e+400");
    CHECK_STR(istr(T_FLOAT, "1e-400"), "1e-400");
    CHECK_STR(istr(T_FLOAT, "0.1"), "0.1");
    CHECK_STR(istr(T_FLOAT, "1.5"), "1.5");
    CHECK_STR(istr(T_FLOAT, "1e23"), "1e+23");
    CHECK_STR(istr(T_FLOAT, "1e39"), "1e+39");
    CHECK_STR(istr(T_FLOAT, "1234567.5"), "1.23457e+06");
    CHECK_STR(istr(T_FLOAT, "1.0000001"), "1"); /* gc 1.19 prints %.6g */
    CHECK_STR(istr(T_FLOAT, "100000000.0"), "1e+08");
    CHECK_STR(istr(T_FLOAT, "0x1p-2"), "0.25");
    /* gc's approximate path for values outside float64's range */
    CHECK_STR(istr(T_FLOAT, "123456789e400"), "1.23457e+408");
    CHECK_STR(istr(T_FLOAT, "0.99999996e400"), "1e+400");
    CHECK_STR(istr(T_FLOAT, "0x1p-1080"), "0.771978e-325");
    CHECK_STR(istr(T_FLOAT, "0x1p-1074"), "4.94066e-324");
    CHECK_STR(istr(T_FLOAT, "2.5e-7"), "2.5e-07");
    CHECK_STR(const_string(const_binary(T_QUO, const_make_int64(1), lit(T_FLOAT, "3.0"), false)),
              "0.333333");
    CHECK_STR(const_string(const_unary(T_SUB, lit(T_FLOAT, "1e400"), 0)), "-1e+400");
    CHECK_STR(const_string(const_unary(T_SUB, lit(T_FLOAT, "0.0"), 0)), "0");
    CHECK_STR(const_string(const_unary(T_SUB, lit(T_FLOAT, "2.5"), 0)), "-2.5");
    CHECK_STR(const_string(const_binary(T_ADD, lit(T_FLOAT, "1.5"), lit(T_IMAG, "2i"), false)),
              "(1.5 + 2i)");
    CHECK_STR(const_string(const_make_bool(true)), "true");
    CHECK_STR(istr(T_STRING, "\"hello\\x00\\n\\u2028\\xff\\U0001F600\\\"\\\\\""),
              "\"hello\\x00\\n\\u2028\\xff\xf0\x9f\x98\x80\\\"\\\\\"");
    CHECK_STR(istr(T_STRING, "\"\\u00e9\\u00a0\\x7f\\a\""), "\"\xc3\xa9\\u00a0\\x7f\\a\"");
    CHECK_STR(istr(T_STRING, "\"\\u00ad\\u0600\\u200b\\ufeff\\U000e0001\\U000e0100\\u0378\""),
              "\"\\u00ad\\u0600\\u200b\\ufeff\\U000e0001\xf3\xa0\x84\x80\\u0378\"");
    char big[100], want[100];
    big[0] = '"';
    memset(big + 1, 'a', 90);
    big[91] = '"';
    big[92] = 0;
    want[0] = '"';
    memset(want + 1, 'a', 68);
    strcpy(want + 69, "...");
    CHECK_STR(istr(T_STRING, big), want);
    CHECK_STR(const_quote("a\tb", 3), "\"a\\tb\"");
}

static void test_huge(void) {
    /* must be quick, and behave like gc's big floats where it matters */
    ConstVal *a = lit(T_FLOAT, "1e1000000");
    CHECK_STR(const_string(a), "1e+1000000");
    CHECK(!const_representable(a, types_basic[B_FLOAT64], NULL));
    ConstVal *t = lit(T_FLOAT, "1e-1000000");
    CHECK(const_representable(t, types_basic[B_FLOAT64], NULL));
    CHECK(const_float64(t) == 0);
    ConstVal *h = lit(T_FLOAT, "1e500000000");
    CHECK(const_binary(T_MUL, h, h, false)->kind == CONST_UNKNOWN);
    CHECK(const_compare(T_EQL, const_binary(T_QUO, h, h, false), const_make_int64(1)));
    CHECK(lit(T_FLOAT, "0x1p-99999999")->kind == CONST_FLOAT);
}

/* ---- types -------------------------------------------------------------- */

static Package main_pkg = {.path = "main", .name = "main"};
static Package os_pkg = {.path = "os", .name = "os"};

static Object *var(const char *name, Type *t) {
    Object *o = types_new_object(OBJ_VAR, intern_cstr(name), t, &main_pkg);
    return o;
}

static Object *field(const char *name, Type *t, bool embedded) {
    Object *o = var(name, t);
    o->var.is_field = true;
    o->var.embedded = embedded;
    return o;
}

static Type *tuple(int n, Object **vars) {
    Vec v = {0};
    for (int i = 0; i < n; i++)
        vec_push(&v, vars[i]);
    return types_new_tuple(v);
}

static Type *strct(int n, Object **fields, const char **tags) {
    Vec f = {0}, t = {0};
    for (int i = 0; i < n; i++) {
        vec_push(&f, fields[i]);
        vec_push(&t, tags ? (void *)tags[i] : NULL);
    }
    return types_new_struct(f, t);
}

static Type *named(const char *name, Type *u, Package *pkg) {
    Object *tn = types_new_object(OBJ_TYPENAME, intern_cstr(name), NULL, pkg);
    return types_new_named(tn, u);
}

static Object *method(Type *recv_named, const char *name, bool ptr, Type *sig_params,
                      Type *sig_results) {
    Object *recv = var("r", ptr ? types_new_pointer(recv_named) : recv_named);
    Type *sig = types_new_signature(recv, sig_params, sig_results, false);
    Object *m = types_new_object(OBJ_FUNC, intern_cstr(name), sig, &main_pkg);
    m->func.is_method = true;
    m->func.has_ptr_recv = ptr;
    if (recv_named->kind == TY_NAMED) vec_push(&recv_named->named.methods, m);
    return m;
}

static Type *iface(int n, Object **methods) {
    Vec m = {0}, e = {0};
    for (int i = 0; i < n; i++)
        vec_push(&m, methods[i]);
    return types_new_interface(m, e);
}

static Object *imethod(const char *name, Type *params, Type *results) {
    Type *sig = types_new_signature(NULL, params, results, false);
    return types_new_object(OBJ_FUNC, intern_cstr(name), sig, &main_pkg);
}

static void test_type_strings(void) {
    Type *I = types_basic[B_INT], *S = types_basic[B_STRING];
    CHECK_STR(types_string(I), "int");
    CHECK_STR(types_string(types_new_slice(S)), "[]string");
    CHECK_STR(types_string(types_new_map(S, I)), "map[string]int");
    CHECK_STR(types_string(types_new_array(I, 3)), "[3]int");
    Type *T = named("T", strct(0, NULL, NULL), &main_pkg);
    CHECK_STR(types_string(types_new_pointer(T)), "*T");
    CHECK_STR(types_string_qualified(types_new_pointer(T)), "*main.T");
    Type *F = named("File", strct(0, NULL, NULL), &os_pkg);
    CHECK_STR(types_string(types_new_pointer(F)), "*os.File");
    Object *p1[] = {var("", I), var("", S)};
    Object *r1[] = {var("", types_basic[B_BOOL]), var("", types_error)};
    Type *sig = types_new_signature(NULL, tuple(2, p1), tuple(2, r1), false);
    CHECK_STR(types_string(sig), "func(int, string) (bool, error)");
    Object *p2[] = {var("x", I), var("s", types_new_slice(S))};
    Object *r2[] = {var("r", types_basic[B_BOOL])};
    Type *sig2 = types_new_signature(NULL, tuple(2, p2), tuple(1, r2), true);
    CHECK_STR(types_string(sig2), "func(x int, s ...string) (r bool)");
    CHECK_STR(types_string_qualified(sig2), "func(int, ...string) bool");
    Object *r3[] = {var("", I)};
    CHECK_STR(types_string(types_new_signature(NULL, NULL, tuple(1, r3), false)), "func() int");
    CHECK_STR(types_string(types_new_signature(NULL, NULL, NULL, false)), "func()");
    Object *r4[] = {var("~r0", I), var("~r1", S)};
    CHECK_STR(types_string(types_new_signature(NULL, tuple(2, p2), tuple(2, r4), false)),
              "func(x int, s []string) (int, string)");
    CHECK_STR(types_string(types_new_signature(NULL, NULL, tuple(1, r4), false)), "func() int");
    Object *fs[] = {field("a", I, false), field("b", S, false)};
    Type *st = strct(2, fs, NULL);
    CHECK_STR(types_string(st), "struct{a int; b string}");
    CHECK_STR(types_string_qualified(st), "struct { a int; b string }");
    Object *fs2[] = {field("a", I, false), field("T", T, true), field("x", types_byte, false)};
    const char *tags[] = {"json:\"a\"", NULL, NULL};
    Type *st2 = strct(3, fs2, tags);
    CHECK_STR(types_string(st2), "struct{a int \"json:\\\"a\\\"\"; T; x byte}");
    CHECK_STR(types_string_qualified(st2), "struct { a int \"json:\\\"a\\\"\"; main.T; x uint8 }");
    CHECK_STR(types_string(strct(0, NULL, NULL)), "struct{}");
    CHECK_STR(types_string_qualified(strct(0, NULL, NULL)), "struct {}");
    CHECK_STR(types_string(iface(0, NULL)), "interface{}");
    CHECK_STR(types_string(types_any), "any");
    CHECK_STR(types_string_qualified(types_any), "interface {}");
    Object *ms[] = {imethod("Z", NULL, NULL), imethod("A", tuple(1, (Object *[]){var("x", I)}),
                                                      tuple(1, (Object *[]){var("", S)}))};
    Type *it = iface(2, ms);
    vec_push(&it->iface.embeddeds, types_error);
    CHECK_STR(types_string(it), "interface{A(x int) string; Z(); error}");
    CHECK_STR(types_string_qualified(it), "interface { A(int) string; Error() string; Z() }");
    CHECK_STR(types_string(types_new_chan(CHAN_SEND, I)), "chan<- int");
    CHECK_STR(types_string(types_new_chan(CHAN_RECV, I)), "<-chan int");
    CHECK_STR(types_string(types_new_chan(CHAN_BOTH, types_new_chan(CHAN_RECV, I))),
              "chan (<-chan int)");
    CHECK_STR(types_string(types_new_chan(CHAN_RECV, types_new_chan(CHAN_SEND, I))),
              "<-chan chan<- int");
    CHECK_STR(types_string(types_basic[B_UNTYPED_INT]), "untyped int");
    CHECK_STR(types_string(types_basic[B_UNTYPED_NIL]), "untyped nil");
    CHECK_STR(types_string(types_error), "error");
    CHECK_STR(types_string(types_byte), "byte");
    CHECK_STR(types_string_qualified(types_new_slice(types_byte)), "[]uint8");
    CHECK_STR(types_string(types_rune), "rune");
    CHECK_STR(types_string(types_unsafe_pointer), "unsafe.Pointer");
    CHECK_STR(types_string(types_default(types_basic[B_UNTYPED_RUNE])), "rune");
    CHECK_STR(types_string(types_default(types_basic[B_UNTYPED_FLOAT])), "float64");
}

static void test_sizes(void) {
    Type *i64 = types_basic[B_INT64], *u8 = types_basic[B_UINT8];
    Type *empty = strct(0, NULL, NULL);
    Object *a[] = {field("a", i64, false), field("b", empty, false)};
    CHECK(types_sizeof(strct(2, a, NULL)) == 16);
    Object *b[] = {field("a", u8, false), field("b", types_new_array(i64, 0), false)};
    Type *tb = strct(2, b, NULL);
    CHECK(types_sizeof(tb) == 16 && types_alignof(tb) == 8);
    Object *c[] = {field("a", types_basic[B_INT32], false), field("b", u8, false)};
    CHECK(types_sizeof(strct(2, c, NULL)) == 8);
    CHECK(types_sizeof(empty) == 0 && types_alignof(empty) == 1);
    Object *d[] = {field("a", empty, false), field("b", types_basic[B_INT8], false)};
    CHECK(types_sizeof(strct(2, d, NULL)) == 1);
    Object *e[] = {field("a", types_basic[B_COMPLEX64], false),
                   field("b", types_basic[B_BOOL], false)};
    Type *te = strct(2, e, NULL);
    CHECK(types_sizeof(te) == 12 && types_alignof(te) == 4 && types_offsetof(te, 1) == 8);
    Object *f[] = {field("a", u8, false), field("b", empty, false)};
    CHECK(types_sizeof(strct(2, f, NULL)) == 2);
    Object *g[] = {field("b", empty, false), field("c", types_new_array(i64, 0), false)};
    CHECK(types_sizeof(strct(2, g, NULL)) == 0);
    Object *h[] = {field("a", types_new_array(i64, 0), false), field("b", u8, false)};
    Type *th = strct(2, h, NULL);
    CHECK(types_sizeof(th) == 8 && types_alignof(th) == 8);
    Object *k[] = {field("a", u8, false), field("s", types_basic[B_STRING], false),
                   field("c", u8, false), field("x", types_basic[B_INT16], false)};
    Type *tk = named("K", strct(4, k, NULL), &main_pkg);
    CHECK(types_sizeof(tk) == 32 && types_offsetof(tk, 1) == 8 && types_offsetof(tk, 2) == 24 &&
          types_offsetof(tk, 3) == 26);
    CHECK(types_sizeof(types_basic[B_STRING]) == 16);
    CHECK(types_sizeof(types_new_slice(u8)) == 24);
    CHECK(types_sizeof(types_any) == 16);
    CHECK(types_sizeof(types_new_array(types_basic[B_COMPLEX128], 3)) == 48);
    CHECK(types_alignof(types_basic[B_COMPLEX128]) == 8);
    CHECK(types_sizeof(types_new_map(u8, u8)) == 8);
    CHECK(types_has_pointers(types_basic[B_STRING]) && !types_has_pointers(te));
    CHECK(!types_has_pointers(types_new_array(types_new_pointer(u8), 0)));
    /* an invalid recursive type (type R struct{ r R }) must not hang */
    Type *R = named("R", NULL, &main_pkg);
    Object *rf[] = {field("r", R, false)};
    R->named.underlying = strct(1, rf, NULL);
    CHECK(types_sizeof(R) == 0);
    CHECK(types_comparable(R) || !types_comparable(R));
    CHECK(!types_has_pointers(R));
}

static void test_identical(void) {
    Type *I = types_basic[B_INT];
    CHECK(types_identical(types_new_slice(I), types_new_slice(I)));
    CHECK(!types_identical(types_new_slice(I), types_new_slice(types_basic[B_INT32])));
    CHECK(types_identical(types_byte, types_basic[B_UINT8]));
    CHECK(types_identical(types_rune, types_basic[B_INT32]));
    CHECK(!types_identical(types_new_array(I, 2), types_new_array(I, 3)));
    Object *p1[] = {var("a", I)}, *p2[] = {var("b", I)};
    CHECK(types_identical(types_new_signature(NULL, tuple(1, p1), NULL, false),
                          types_new_signature(NULL, tuple(1, p2), NULL, false)));
    CHECK(!types_identical(types_new_signature(NULL, tuple(1, p1), NULL, false),
                           types_new_signature(NULL, tuple(1, p2), NULL, true)));
    Object *f1[] = {field("a", I, false)}, *f2[] = {field("a", I, false)};
    const char *t1[] = {"x"};
    CHECK(types_identical(strct(1, f1, NULL), strct(1, f2, NULL)));
    CHECK(!types_identical(strct(1, f1, t1), strct(1, f2, NULL)));
    CHECK(types_identical_ignore_tags(strct(1, f1, t1), strct(1, f2, NULL)));
    CHECK(types_identical(iface(0, NULL), types_any));
    Type *A = named("A", I, &main_pkg), *B = named("B", I, &main_pkg);
    CHECK(!types_identical(A, B) && types_identical(A, A));
    CHECK(types_identical(types_new_map(types_basic[B_STRING], A),
                          types_new_map(types_basic[B_STRING], A)));
    CHECK(!types_identical(types_new_chan(CHAN_SEND, I), types_new_chan(CHAN_BOTH, I)));
    CHECK(types_comparable(strct(1, f1, NULL)) && !types_comparable(types_new_slice(I)));
    CHECK(types_default(types_basic[B_UNTYPED_INT]) == I);
}

static void test_lookup(void) {
    Type *I = types_basic[B_INT];
    /* type T struct{ B int }; func (T) M(); func (*T) P()
     * type S struct{ A int; T } */
    Object *tf[] = {field("B", I, false)};
    Type *T = named("T", strct(1, tf, NULL), &main_pkg);
    Object *M = method(T, "M", false, NULL, NULL);
    Object *P = method(T, "P", true, NULL, NULL);
    Object *sf[] = {field("A", I, false), field("T", T, true)};
    Type *S = named("S", strct(2, sf, NULL), &main_pkg);
    bool amb, addr;
    Selection *s = types_lookup(S, true, &main_pkg, intern_cstr("B"), &amb, &addr);
    CHECK(s && s->kind == SEL_FIELD && s->index_len == 2 && s->index[0] == 1 && s->index[1] == 0);
    s = types_lookup(S, true, &main_pkg, intern_cstr("M"), &amb, &addr);
    CHECK(s && s->obj == M && s->kind == SEL_METHOD && s->index_len == 2 && !addr);
    s = types_lookup(S, true, &main_pkg, intern_cstr("P"), &amb, &addr);
    CHECK(s && s->obj == P && addr && !s->indirect);
    s = types_lookup(types_new_pointer(S), false, &main_pkg, intern_cstr("P"), &amb, &addr);
    CHECK(s && s->obj == P && !addr && s->indirect);
    CHECK(!types_lookup(S, true, &main_pkg, intern_cstr("Q"), &amb, &addr) && !amb);
    /* unexported names are found only from their own package */
    Object *uf[] = {field("x", I, false)};
    Type *U = strct(1, uf, NULL);
    CHECK(types_lookup(U, true, &main_pkg, intern_cstr("x"), &amb, &addr));
    CHECK(!types_lookup(U, true, &os_pkg, intern_cstr("x"), &amb, &addr));
    /* ambiguity: struct{ T1; T2 } where both have X */
    Object *x1[] = {field("X", I, false)}, *x2[] = {field("X", I, false)};
    Type *T1 = named("T1", strct(1, x1, NULL), &main_pkg);
    Type *T2 = named("T2", strct(1, x2, NULL), &main_pkg);
    Object *af[] = {field("T1", T1, true), field("T2", types_new_pointer(T2), true)};
    Type *Amb = strct(2, af, NULL);
    CHECK(!types_lookup(Amb, true, &main_pkg, intern_cstr("X"), &amb, &addr) && amb);
    /* the shallower one wins */
    Object *wf[] = {field("T1", T1, true), field("X", types_basic[B_STRING], false)};
    s = types_lookup(strct(2, wf, NULL), true, &main_pkg, intern_cstr("X"), &amb, &addr);
    CHECK(s && s->index_len == 1 && s->index[0] == 1 && !amb);
    /* through an embedded pointer: indirect */
    s = types_lookup(Amb, true, &main_pkg, intern_cstr("T2"), &amb, &addr);
    CHECK(s && s->index_len == 1);
    Object *pf[] = {field("T2", types_new_pointer(T2), true)};
    s = types_lookup(strct(1, pf, NULL), true, &main_pkg, intern_cstr("X"), &amb, &addr);
    CHECK(s && s->indirect && s->index_len == 2);
    /* interface methods, and error's Error */
    s = types_lookup(types_error, false, &main_pkg, intern_cstr("Error"), &amb, &addr);
    CHECK(s && s->kind == SEL_METHOD && s->index[0] == 0);
    CHECK(!types_lookup(types_new_pointer(types_error), false, &main_pkg, intern_cstr("Error"),
                        &amb, &addr));

    /* interface satisfaction */
    Object *im[] = {imethod("M", NULL, NULL)};
    Type *IM = iface(1, im);
    Object *ip[] = {imethod("P", NULL, NULL)};
    Type *IP = iface(1, ip);
    bool wrong;
    CHECK(types_missing_method(T, IM, &wrong) == NULL);
    CHECK(types_missing_method(S, IM, &wrong) == NULL);
    Object *mm = types_missing_method(T, IP, &wrong);
    CHECK(mm && mm->name == intern_cstr("P") && wrong);
    CHECK(types_missing_method(types_new_pointer(T), IP, &wrong) == NULL);
    mm = types_missing_method(I, IM, &wrong);
    CHECK(mm && !wrong);
    Object *im2[] = {imethod("M", tuple(1, (Object *[]){var("", I)}), NULL)};
    mm = types_missing_method(T, iface(1, im2), &wrong);
    CHECK(mm && wrong);

    const char *reason;
    CHECK(types_assignable(T, IM, &reason));
    CHECK(!types_assignable(I, IM, &reason) && reason && strcmp(reason, "(missing M method)") == 0);
    CHECK(!types_assignable(T, IP, &reason) && reason &&
          strcmp(reason, "(P method has pointer receiver)") == 0);
    CHECK(types_assignable(types_basic[B_UNTYPED_NIL], types_new_pointer(T), NULL));
    CHECK(!types_assignable(types_basic[B_UNTYPED_NIL], I, NULL));
    CHECK(types_assignable(types_basic[B_UNTYPED_INT], types_basic[B_FLOAT64], NULL));
    CHECK(types_assignable(types_basic[B_UNTYPED_INT], types_any, NULL));
    CHECK(!types_assignable(types_basic[B_UNTYPED_STRING], I, NULL));
    Type *A = named("A", I, &main_pkg);
    CHECK(!types_assignable(A, I, NULL) && !types_assignable(I, A, NULL));
    Type *SL = named("SL", types_new_slice(I), &main_pkg);
    CHECK(types_assignable(types_new_slice(I), SL, NULL));
    CHECK(!types_assignable(IM, T, &reason) && reason &&
          strcmp(reason, "need type assertion") == 0);
    CHECK(types_assignable(types_new_chan(CHAN_BOTH, I), types_new_chan(CHAN_RECV, I), NULL));

    CHECK(types_convertible(I, types_basic[B_FLOAT64]));
    CHECK(types_convertible(A, I));
    CHECK(types_convertible(types_basic[B_STRING], types_new_slice(types_byte)));
    CHECK(types_convertible(types_new_slice(types_rune), types_basic[B_STRING]));
    CHECK(types_convertible(I, types_basic[B_STRING]));
    CHECK(!types_convertible(types_basic[B_FLOAT64], types_basic[B_STRING]));
    CHECK(types_convertible(types_new_pointer(I), types_unsafe_pointer));
    CHECK(types_convertible(types_unsafe_pointer, types_basic[B_UINTPTR]));
    CHECK(!types_convertible(types_new_pointer(I), types_basic[B_UINTPTR]));
    CHECK(types_convertible(types_new_slice(I), types_new_pointer(types_new_array(I, 4))));
    CHECK(!types_convertible(types_basic[B_COMPLEX128], types_basic[B_FLOAT64]));
}

static void test_universe(void) {
    Object *o = scope_lookup(universe, intern_cstr("int"), NULL);
    CHECK(o && o->kind == OBJ_TYPENAME && o->type == types_basic[B_INT]);
    o = scope_lookup(universe, intern_cstr("byte"), NULL);
    CHECK(o && o->type == types_byte);
    o = scope_lookup(universe, intern_cstr("len"), NULL);
    CHECK(o && o->kind == OBJ_BUILTIN && o->builtin.id == BUILTIN_LEN);
    o = scope_lookup(universe, intern_cstr("nil"), NULL);
    CHECK(o && o->kind == OBJ_NIL && o->type == types_basic[B_UNTYPED_NIL]);
    o = scope_lookup(universe, intern_cstr("true"), NULL);
    CHECK(o && o->kind == OBJ_CONST && o->cnst.val->b);
    o = scope_lookup(universe, intern_cstr("iota"), NULL);
    CHECK(o && o->kind == OBJ_CONST);
    o = scope_lookup(universe, intern_cstr("comparable"), NULL);
    CHECK(o && o->kind == OBJ_TYPENAME && types_underlying(o->type)->iface.is_constraint);
    o = scope_lookup(universe, intern_cstr("error"), NULL);
    CHECK(o && o->type == types_error && types_is_interface(o->type));
    CHECK(scope_lookup(universe, intern_cstr("Pointer"), NULL) == NULL);
    Package *u = types_unsafe_package();
    o = scope_lookup_local(u->scope, intern_cstr("Sizeof"));
    CHECK(o && o->kind == OBJ_BUILTIN && o->builtin.id == BUILTIN_SIZEOF);
    o = scope_lookup_local(u->scope, intern_cstr("Pointer"));
    CHECK(o && o->type == types_unsafe_pointer);

    /* scopes: shadowing, redeclaration, and the hashed big scope */
    Scope *s = scope_new(universe);
    Object *x = var("x", types_basic[B_INT]);
    CHECK(scope_insert(s, x) == NULL);
    CHECK(scope_insert(s, var("x", types_basic[B_INT])) == x);
    Scope *inner = scope_new(s), *found;
    CHECK(scope_lookup(inner, intern_cstr("x"), &found) == x && found == s);
    CHECK(scope_lookup(inner, intern_cstr("len"), &found) && found == universe);
    for (int i = 0; i < 500; i++) {
        char name[16];
        snprintf(name, sizeof name, "v%d", i);
        CHECK(scope_insert(s, var(name, types_basic[B_INT])) == NULL);
    }
    int ok = 0;
    for (int i = 0; i < 500; i++) {
        char name[16];
        snprintf(name, sizeof name, "v%d", i);
        Object *v = scope_lookup_local(s, intern_cstr(name));
        ok += v && v->name == intern_cstr(name);
    }
    CHECK(ok == 500);
    CHECK(scope_lookup_local(s, intern_cstr("x")) == x);
    CHECK(scope_lookup_local(s, intern_cstr("nope")) == NULL);
}

/* ---- the pointer map (common.c) ----------------------------------------- */

/* Keys as the compiler's are: neighbouring arena objects, 16 bytes apart,
 * so the hash must spread aligned addresses; plus keys one byte apart. */
static void test_ptrmap(void) {
    enum { N = 100000 };
    PtrMap m = {0};
    char *base = arena_alloc((size_t)N * 16);
    CHECK(ptrmap_get(&m, base) == NULL); /* a zeroed map is empty */
    CHECK(ptrmap_get(&m, NULL) == NULL);
    int bad = 0;
    for (size_t i = 0; i < N; i++) {
        ptrmap_put(&m, base + 16 * i, (void *)(uintptr_t)(i + 1));
        /* what went in stays in while the table grows under it */
        if (i % 997 == 0)
            for (size_t j = 0; j <= i; j += 101)
                bad += ptrmap_get(&m, base + 16 * j) != (void *)(uintptr_t)(j + 1);
    }
    CHECK(bad == 0);
    CHECK(m.len == N);
    CHECK(m.cap >= 2 * m.len && (m.cap & (m.cap - 1)) == 0);
    /* overwriting keeps one entry per key */
    for (size_t i = 0; i < N; i += 2)
        ptrmap_put(&m, base + 16 * i, (void *)(uintptr_t)(2 * N + i));
    CHECK(m.len == N);
    bad = 0;
    for (size_t i = 0; i < N; i++) {
        void *want = (void *)(uintptr_t)(i % 2 ? i + 1 : 2 * N + i);
        bad += ptrmap_get(&m, base + 16 * i) != want;
        bad += ptrmap_get(&m, base + 16 * i + 8) != NULL; /* never inserted */
    }
    CHECK(bad == 0);
    CHECK(ptrmap_get(&m, base + 16 * N) == NULL);

    /* a NULL value is stored (get cannot tell it from absent, as intended) */
    ptrmap_put(&m, base + 1, NULL);
    CHECK(m.len == N + 1 && ptrmap_get(&m, base + 1) == NULL);

    /* consecutive byte addresses: the worst case for a weak hash */
    PtrMap b = {0};
    for (size_t i = 0; i < N; i++)
        ptrmap_put(&b, base + i, base + N - i);
    bad = 0;
    for (size_t i = 0; i < N; i++)
        bad += ptrmap_get(&b, base + i) != base + N - i;
    CHECK(bad == 0 && b.len == N);
    CHECK(ptrmap_get(&b, base + N) == NULL);
}

int main(void) {
    types_init_universe();
    test_int_literals();
    test_float_literals();
    test_imag_literals();
    test_rune_literals();
    test_string_literals();
    test_rounding();
    test_rounding_random();
    test_representable();
    test_arith();
    test_const_string();
    test_huge();
    test_type_strings();
    test_sizes();
    test_identical();
    test_lookup();
    test_universe();
    test_ptrmap();
    if (failures) {
        fprintf(stderr, "test_types: %d of %d checks failed\n", failures, checks);
        return 1;
    }
    printf("test_types: all %d checks passed\n", checks);
    return 0;
}
