/* const.c: compile-time constants (go/constant) on GMP.
 *
 * Integers are mpz_t; floats are exact rationals (mpq_t), so untyped
 * constant arithmetic is exact as the spec demands, and rounding to float32
 * or float64 happens once, correctly (round half to even), when a constant
 * meets a typed context. mpq_get_d truncates, so rounding is done here by
 * scaling to an integer mantissa.
 *
 * Size limit: gc keeps huge floats as 512-bit big.Floats with a 32-bit
 * exponent; exact rationals cannot go that far. Here a float literal's
 * exponent is clamped to about ±1.2 million decimal digits (values beyond
 * that are approximate, and print with the clamped exponent), and any result
 * whose numerator or denominator would exceed CONST_MAX_BITS becomes
 * CONST_UNKNOWN, which the checker reports as an overflow, as gc does for
 * infinite results. So no literal or expression can hang the compiler or
 * exhaust memory. */
#include "types.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CONST_MAX_BITS (1L << 22)
#define DEC_EXP_LIMIT  1200000L /* 10^1.2e6 < 2^CONST_MAX_BITS */
#define BIN_EXP_LIMIT  4000000L

/* ---- construction ------------------------------------------------------- */

static ConstVal *new_val(ConstKind kind) {
    ConstVal *v = ARENA_NEW(ConstVal);
    v->kind = kind;
    /* All three are always initialised so that reading any of them is safe. */
    mpz_init(v->i);
    mpq_init(v->f);
    mpq_init(v->imag);
    v->str.ptr = "";
    return v;
}

static ConstVal *unknown(void) {
    return new_val(CONST_UNKNOWN);
}

ConstVal *const_make_bool(bool b) {
    ConstVal *v = new_val(CONST_BOOL);
    v->b = b;
    return v;
}

ConstVal *const_make_string(const char *s, int64_t len) {
    ConstVal *v = new_val(CONST_STRING);
    v->str.ptr = arena_strndup(s, (size_t)len);
    v->str.len = len;
    return v;
}

ConstVal *const_make_int64(int64_t x) {
    ConstVal *v = new_val(CONST_INT);
    mpz_set_si(v->i, x);
    return v;
}

ConstVal *const_make_uint64(uint64_t x) {
    ConstVal *v = new_val(CONST_INT);
    mpz_set_ui(v->i, x);
    return v;
}

ConstVal *const_make_double(double d) {
    if (isnan(d) || isinf(d)) return unknown();
    ConstVal *v = new_val(CONST_FLOAT);
    mpq_set_d(v->f, d); /* exact; -0.0 becomes 0 as in Go */
    return v;
}

static ConstVal *make_int_z(const mpz_t z) {
    ConstVal *v = new_val(CONST_INT);
    mpz_set(v->i, z);
    return v;
}

static ConstVal *make_float_q(const mpq_t q) {
    ConstVal *v = new_val(CONST_FLOAT);
    mpq_set(v->f, q);
    return v;
}

static ConstVal *make_complex_q(const mpq_t re, const mpq_t im) {
    ConstVal *v = new_val(CONST_COMPLEX);
    mpq_set(v->f, re);
    mpq_set(v->imag, im);
    return v;
}

/* Results too large to hold exactly are "unknown": an overflow. */
static bool q_too_big(const mpq_t q) {
    return (long)mpz_sizeinbase(mpq_numref(q), 2) > CONST_MAX_BITS ||
           (long)mpz_sizeinbase(mpq_denref(q), 2) > CONST_MAX_BITS;
}

static ConstVal *checked(ConstVal *v) {
    switch (v->kind) {
    case CONST_INT:
        if ((long)mpz_sizeinbase(v->i, 2) > CONST_MAX_BITS) return unknown();
        break;
    case CONST_FLOAT:
        if (q_too_big(v->f)) return unknown();
        break;
    case CONST_COMPLEX:
        if (q_too_big(v->f) || q_too_big(v->imag)) return unknown();
        break;
    default: break;
    }
    return v;
}

/* ---- literals ----------------------------------------------------------- */

static int digit_val(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return 99;
}

/* The literal without '_' separators (the lexer has checked their places). */
static char *strip_underscores(const char *text) {
    size_t n = strlen(text);
    char *s = arena_alloc(n + 1);
    size_t j = 0;
    for (size_t i = 0; i < n; i++)
        if (text[i] != '_') s[j++] = text[i];
    s[j] = '\0';
    return s;
}

static bool parse_digits(const char *s, int base, mpz_t out) {
    if (!*s) return false;
    for (const char *p = s; *p; p++)
        if (digit_val((unsigned char)*p) >= base) return false;
    return mpz_set_str(out, s, base) == 0;
}

/* int_lit: decimal, 0b, 0o, 0x, or legacy octal (leading 0). */
static bool parse_int_lit(const char *text, mpz_t out) {
    const char *s = strip_underscores(text);
    if (s[0] == '0' && s[1]) {
        switch (s[1]) {
        case 'x':
        case 'X': return parse_digits(s + 2, 16, out);
        case 'b':
        case 'B': return parse_digits(s + 2, 2, out);
        case 'o':
        case 'O': return parse_digits(s + 2, 8, out);
        default: return parse_digits(s + 1, 8, out);
        }
    }
    return parse_digits(s, 10, out);
}

/* Parses an optionally signed decimal exponent, saturating far beyond any
 * limit used here. */
static bool parse_exp(const char *s, long *out) {
    bool neg = false;
    if (*s == '+' || *s == '-') neg = *s++ == '-';
    if (!*s) return false;
    long e = 0;
    for (; *s; s++) {
        if (*s < '0' || *s > '9') return false;
        if (e < 1000000000L) e = e * 10 + (*s - '0');
    }
    *out = neg ? -e : e;
    return true;
}

/* q = mant * base^exp, base 2 or 10, exp clamped to keep sizes sane. */
static void scale(mpq_t q, const mpz_t mant, unsigned base, long exp) {
    long lim = base == 10 ? DEC_EXP_LIMIT : BIN_EXP_LIMIT;
    if (exp > lim) exp = lim;
    if (exp < -lim) exp = -lim;
    mpz_t p;
    mpz_init(p);
    if (mpz_sgn(mant) == 0) {
        mpq_set_ui(q, 0, 1);
    } else if (exp >= 0) {
        mpz_ui_pow_ui(p, base, (unsigned long)exp);
        mpz_mul(p, p, mant);
        mpq_set_z(q, p);
    } else {
        mpz_ui_pow_ui(p, base, (unsigned long)-exp);
        mpq_set_num(q, mant);
        mpq_set_den(q, p);
        mpq_canonicalize(q);
    }
    mpz_clear(p);
}

/* float_lit: decimal (digits . digits e exp) or hex (0x mant p exp). */
static bool parse_float_lit(const char *text, mpq_t out) {
    const char *s = strip_underscores(text);
    bool hex = s[0] == '0' && (s[1] == 'x' || s[1] == 'X');
    int base = hex ? 16 : 10;
    if (hex) s += 2;
    size_t n = strlen(s);
    char *digits = arena_alloc(n + 1);
    size_t nd = 0;
    long frac = 0;
    bool seen_dot = false;
    const char *p = s;
    for (; *p; p++) {
        if (*p == '.') {
            if (seen_dot) return false;
            seen_dot = true;
            continue;
        }
        if (digit_val((unsigned char)*p) >= base) break;
        digits[nd++] = *p;
        if (seen_dot) frac++;
    }
    digits[nd] = '\0';
    if (nd == 0) return false;
    long exp = 0;
    if (*p) {
        bool ok = hex ? (*p == 'p' || *p == 'P') : (*p == 'e' || *p == 'E');
        if (!ok || !parse_exp(p + 1, &exp)) return false;
    } else if (hex) {
        return false; /* hex mantissa requires a p exponent */
    }
    mpz_t mant;
    mpz_init(mant);
    if (mpz_set_str(mant, digits, base) != 0) {
        mpz_clear(mant);
        return false;
    }
    if (hex)
        scale(out, mant, 2, exp - 4 * frac);
    else
        scale(out, mant, 10, exp - frac);
    mpz_clear(mant);
    return true;
}

static void put_utf8(char *buf, size_t *n, uint32_t r) {
    if (r < 0x80) {
        buf[(*n)++] = (char)r;
    } else if (r < 0x800) {
        buf[(*n)++] = (char)(0xC0 | (r >> 6));
        buf[(*n)++] = (char)(0x80 | (r & 0x3F));
    } else if (r < 0x10000) {
        buf[(*n)++] = (char)(0xE0 | (r >> 12));
        buf[(*n)++] = (char)(0x80 | ((r >> 6) & 0x3F));
        buf[(*n)++] = (char)(0x80 | (r & 0x3F));
    } else {
        buf[(*n)++] = (char)(0xF0 | (r >> 18));
        buf[(*n)++] = (char)(0x80 | ((r >> 12) & 0x3F));
        buf[(*n)++] = (char)(0x80 | ((r >> 6) & 0x3F));
        buf[(*n)++] = (char)(0x80 | (r & 0x3F));
    }
}

/* Decodes one UTF-8 sequence; returns its width, or 1 with *r = 0xFFFD if
 * it is invalid (as Go's utf8.DecodeRune). */
static int get_utf8(const unsigned char *s, size_t n, uint32_t *r) {
    unsigned c = s[0];
    *r = 0xFFFD;
    if (c < 0x80) {
        *r = c;
        return 1;
    }
    int w;
    uint32_t v, min;
    if ((c & 0xE0) == 0xC0) {
        w = 2;
        v = c & 0x1F;
        min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        w = 3;
        v = c & 0x0F;
        min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
        w = 4;
        v = c & 0x07;
        min = 0x10000;
    } else {
        return 1;
    }
    if ((size_t)w > n) return 1;
    for (int i = 1; i < w; i++) {
        if ((s[i] & 0xC0) != 0x80) return 1;
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 1;
    *r = v;
    return w;
}

/* One escape sequence after the backslash at *ps; *is_byte says the value
 * is a single byte (\x, octal) rather than a code point. */
static bool unescape(const char **ps, const char *end, uint32_t *val, bool *is_byte) {
    const char *s = *ps;
    if (s >= end) return false;
    char c = *s++;
    *is_byte = false;
    int ndig = 0, base = 0;
    switch (c) {
    case 'a': *val = 7; break;
    case 'b': *val = 8; break;
    case 'f': *val = 12; break;
    case 'n': *val = 10; break;
    case 'r': *val = 13; break;
    case 't': *val = 9; break;
    case 'v': *val = 11; break;
    case '\\':
    case '\'':
    case '"': *val = (uint32_t)c; break;
    case 'x':
        ndig = 2;
        base = 16;
        *is_byte = true;
        break;
    case 'u':
        ndig = 4;
        base = 16;
        break;
    case 'U':
        ndig = 8;
        base = 16;
        break;
    default:
        if (c >= '0' && c <= '7') {
            s--;
            ndig = 3;
            base = 8;
            *is_byte = true;
            break;
        }
        return false;
    }
    if (ndig) {
        uint32_t v = 0;
        for (int i = 0; i < ndig; i++, s++) {
            if (s >= end || digit_val((unsigned char)*s) >= base) return false;
            v = v * (uint32_t)base + (uint32_t)digit_val((unsigned char)*s);
        }
        if (*is_byte && v > 255) return false;
        if (!*is_byte && (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))) return false;
        *val = v;
    }
    *ps = s;
    return true;
}

static ConstVal *parse_string_lit(const char *text) {
    size_t n = strlen(text);
    if (n < 2 || text[n - 1] != text[0]) return NULL;
    const char *s = text + 1, *end = text + n - 1;
    char *buf = arena_alloc(n + 1);
    size_t len = 0;
    if (text[0] == '`') {
        for (; s < end; s++)
            if (*s != '\r') buf[len++] = *s;
        return const_make_string(buf, (int64_t)len);
    }
    if (text[0] != '"') return NULL;
    while (s < end) {
        if (*s != '\\') {
            buf[len++] = *s++;
            continue;
        }
        s++;
        uint32_t v;
        bool is_byte;
        if (!unescape(&s, end, &v, &is_byte)) return NULL;
        if (is_byte)
            buf[len++] = (char)v;
        else
            put_utf8(buf, &len, v); /* an escape is never longer than its UTF-8 */
    }
    return const_make_string(buf, (int64_t)len);
}

static ConstVal *parse_char_lit(const char *text) {
    size_t n = strlen(text);
    if (n < 3 || text[0] != '\'' || text[n - 1] != '\'') return NULL;
    const char *s = text + 1, *end = text + n - 1;
    uint32_t v;
    if (*s == '\\') {
        s++;
        bool is_byte;
        if (!unescape(&s, end, &v, &is_byte)) return NULL;
    } else {
        s += get_utf8((const unsigned char *)s, (size_t)(end - s), &v);
    }
    if (s != end) return NULL;
    return const_make_int64(v);
}

ConstVal *const_from_literal(TokKind kind, const char *text) {
    if (!text) return NULL;
    switch (kind) {
    case T_INT: {
        ConstVal *v = new_val(CONST_INT);
        return parse_int_lit(text, v->i) ? v : NULL;
    }
    case T_FLOAT: {
        ConstVal *v = new_val(CONST_FLOAT);
        return parse_float_lit(text, v->f) ? v : NULL;
    }
    case T_IMAG: {
        size_t n = strlen(text);
        if (n < 2 || text[n - 1] != 'i') return NULL;
        char *body = arena_strndup(text, n - 1);
        ConstVal *v = new_val(CONST_COMPLEX);
        /* Spec: an imaginary literal whose integer part is all decimal digits
         * is decimal even with a leading 0 (backward compatibility). */
        bool all_dec = true;
        for (char *p = body; *p; p++)
            if (!(*p >= '0' && *p <= '9') && *p != '_') all_dec = false;
        bool prefixed = body[0] == '0' && strchr("xXbBoO", body[1]) && body[1];
        bool hexfloat = prefixed && (body[1] == 'x' || body[1] == 'X') && strpbrk(body, ".pP");
        if (all_dec || hexfloat || !prefixed) {
            if (!parse_float_lit(body, v->imag)) return NULL;
        } else {
            mpz_t z;
            mpz_init(z);
            bool ok = parse_int_lit(body, z);
            mpq_set_z(v->imag, z);
            mpz_clear(z);
            if (!ok) return NULL;
        }
        return v;
    }
    case T_CHAR: return parse_char_lit(text);
    case T_STRING: return parse_string_lit(text);
    default: return NULL;
    }
}

/* ---- conversions between kinds ------------------------------------------ */

static int num_rank(ConstKind k) {
    switch (k) {
    case CONST_INT: return 1;
    case CONST_FLOAT: return 2;
    case CONST_COMPLEX: return 3;
    default: return 0;
    }
}

ConstVal *const_to_int(ConstVal *x) {
    if (!x) return NULL;
    switch (x->kind) {
    case CONST_INT: return x;
    case CONST_FLOAT:
        if (mpz_cmp_ui(mpq_denref(x->f), 1) != 0) return NULL;
        return make_int_z(mpq_numref(x->f));
    case CONST_COMPLEX:
        if (mpq_sgn(x->imag) != 0 || mpz_cmp_ui(mpq_denref(x->f), 1) != 0) return NULL;
        return make_int_z(mpq_numref(x->f));
    default: return NULL;
    }
}

ConstVal *const_to_float(ConstVal *x) {
    if (!x) return NULL;
    switch (x->kind) {
    case CONST_INT: {
        ConstVal *v = new_val(CONST_FLOAT);
        mpq_set_z(v->f, x->i);
        return v;
    }
    case CONST_FLOAT: return x;
    case CONST_COMPLEX:
        if (mpq_sgn(x->imag) != 0) return NULL;
        return make_float_q(x->f);
    default: return NULL;
    }
}

ConstVal *const_to_complex(ConstVal *x) {
    if (!x) return NULL;
    switch (x->kind) {
    case CONST_INT: {
        ConstVal *v = new_val(CONST_COMPLEX);
        mpq_set_z(v->f, x->i);
        return v;
    }
    case CONST_FLOAT: {
        ConstVal *v = new_val(CONST_COMPLEX);
        mpq_set(v->f, x->f);
        return v;
    }
    case CONST_COMPLEX: return x;
    default: return NULL;
    }
}

static ConstVal *to_rank(ConstVal *x, int rank) {
    switch (rank) {
    case 1: return const_to_int(x);
    case 2: return const_to_float(x);
    default: return const_to_complex(x);
    }
}

bool const_is_zero(ConstVal *x) {
    if (!x) return false;
    switch (x->kind) {
    case CONST_INT: return mpz_sgn(x->i) == 0;
    case CONST_FLOAT: return mpq_sgn(x->f) == 0;
    case CONST_COMPLEX: return mpq_sgn(x->f) == 0 && mpq_sgn(x->imag) == 0;
    default: return false;
    }
}

int const_sign(ConstVal *x) {
    if (!x) return 0;
    switch (x->kind) {
    case CONST_INT: return mpz_sgn(x->i);
    case CONST_FLOAT:
    case CONST_COMPLEX: return mpq_sgn(x->f);
    default: return 0;
    }
}

int64_t const_bitlen(ConstVal *x) {
    if (!x || x->kind != CONST_INT || mpz_sgn(x->i) == 0) return 0;
    return (int64_t)mpz_sizeinbase(x->i, 2);
}

/* ---- arithmetic --------------------------------------------------------- */

ConstVal *const_unary(TokKind op, ConstVal *x, int prec_bits) {
    if (!x || x->kind == CONST_UNKNOWN) return unknown();
    switch (op) {
    case T_ADD:
        if (num_rank(x->kind)) return x;
        break;
    case T_SUB:
        switch (x->kind) {
        case CONST_INT: {
            ConstVal *v = new_val(CONST_INT);
            mpz_neg(v->i, x->i);
            return v;
        }
        case CONST_FLOAT: {
            ConstVal *v = new_val(CONST_FLOAT);
            mpq_neg(v->f, x->f);
            return v;
        }
        case CONST_COMPLEX: {
            ConstVal *v = new_val(CONST_COMPLEX);
            mpq_neg(v->f, x->f);
            mpq_neg(v->imag, x->imag);
            return v;
        }
        default: break;
        }
        break;
    case T_XOR: {
        ConstVal *xi = const_to_int(x);
        if (!xi) break;
        ConstVal *v = new_val(CONST_INT);
        mpz_com(v->i, xi->i); /* -x-1 */
        if (prec_bits > 0) {
            /* unsigned: keep the low prec_bits bits (^x &^ (-1 << prec)) */
            mpz_fdiv_r_2exp(v->i, v->i, (mp_bitcnt_t)prec_bits);
        }
        return v;
    }
    case T_NOT:
        if (x->kind == CONST_BOOL) return const_make_bool(!x->b);
        break;
    default: break;
    }
    return unknown();
}

static ConstVal *binary_int(TokKind op, const mpz_t a, const mpz_t b, bool int_div) {
    ConstVal *v = new_val(CONST_INT);
    switch (op) {
    case T_ADD: mpz_add(v->i, a, b); break;
    case T_SUB: mpz_sub(v->i, a, b); break;
    case T_MUL: mpz_mul(v->i, a, b); break;
    case T_QUO:
        if (mpz_sgn(b) == 0) return unknown();
        if (int_div) {
            mpz_tdiv_q(v->i, a, b); /* Go truncates toward zero */
        } else {
            /* go/constant: QUO of ints is exact (a rational float). */
            v->kind = CONST_FLOAT;
            mpq_set_num(v->f, a);
            mpq_set_den(v->f, b);
            mpq_canonicalize(v->f);
        }
        break;
    case T_REM:
        if (mpz_sgn(b) == 0) return unknown();
        mpz_tdiv_r(v->i, a, b);
        break;
    case T_AND: mpz_and(v->i, a, b); break;
    case T_OR: mpz_ior(v->i, a, b); break;
    case T_XOR: mpz_xor(v->i, a, b); break;
    case T_AND_NOT: {
        mpz_t nb;
        mpz_init(nb);
        mpz_com(nb, b);
        mpz_and(v->i, a, nb);
        mpz_clear(nb);
        break;
    }
    default: return unknown();
    }
    return v;
}

static ConstVal *binary_float(TokKind op, const mpq_t a, const mpq_t b) {
    ConstVal *v = new_val(CONST_FLOAT);
    switch (op) {
    case T_ADD: mpq_add(v->f, a, b); break;
    case T_SUB: mpq_sub(v->f, a, b); break;
    case T_MUL: mpq_mul(v->f, a, b); break;
    case T_QUO:
        if (mpq_sgn(b) == 0) return unknown();
        mpq_div(v->f, a, b);
        break;
    default: return unknown();
    }
    return v;
}

static ConstVal *binary_complex(TokKind op, ConstVal *x, ConstVal *y) {
    ConstVal *v = new_val(CONST_COMPLEX);
    switch (op) {
    case T_ADD:
        mpq_add(v->f, x->f, y->f);
        mpq_add(v->imag, x->imag, y->imag);
        break;
    case T_SUB:
        mpq_sub(v->f, x->f, y->f);
        mpq_sub(v->imag, x->imag, y->imag);
        break;
    case T_MUL:
    case T_QUO: {
        /* (a+bi)(c+di) = (ac-bd) + (bc+ad)i;
         * (a+bi)/(c+di) = ((ac+bd) + (bc-ad)i) / (c²+d²) */
        mpq_t ac, bd, bc, ad, den;
        mpq_inits(ac, bd, bc, ad, den, NULL);
        mpq_mul(ac, x->f, y->f);
        mpq_mul(bd, x->imag, y->imag);
        mpq_mul(bc, x->imag, y->f);
        mpq_mul(ad, x->f, y->imag);
        if (op == T_MUL) {
            mpq_sub(v->f, ac, bd);
            mpq_add(v->imag, bc, ad);
        } else {
            mpq_mul(den, y->f, y->f);
            mpq_t d2;
            mpq_init(d2);
            mpq_mul(d2, y->imag, y->imag);
            mpq_add(den, den, d2);
            mpq_clear(d2);
            if (mpq_sgn(den) == 0) {
                mpq_clears(ac, bd, bc, ad, den, NULL);
                return unknown();
            }
            mpq_add(v->f, ac, bd);
            mpq_sub(v->imag, bc, ad);
            mpq_div(v->f, v->f, den);
            mpq_div(v->imag, v->imag, den);
        }
        mpq_clears(ac, bd, bc, ad, den, NULL);
        break;
    }
    default: return unknown();
    }
    return v;
}

static bool is_comparison(TokKind op) {
    return op == T_EQL || op == T_NEQ || op == T_LSS || op == T_LEQ || op == T_GTR || op == T_GEQ;
}

static bool cmp_result(TokKind op, int c) {
    switch (op) {
    case T_EQL: return c == 0;
    case T_NEQ: return c != 0;
    case T_LSS: return c < 0;
    case T_LEQ: return c <= 0;
    case T_GTR: return c > 0;
    case T_GEQ: return c >= 0;
    default: return false;
    }
}

ConstVal *const_binary(TokKind op, ConstVal *x, ConstVal *y, bool int_div) {
    if (!x || !y || x->kind == CONST_UNKNOWN || y->kind == CONST_UNKNOWN) return unknown();
    if (is_comparison(op)) {
        int rx = num_rank(x->kind), ry = num_rank(y->kind);
        if (rx != ry && (!rx || !ry)) return unknown();
        if (x->kind == CONST_COMPLEX || y->kind == CONST_COMPLEX) {
            if (op != T_EQL && op != T_NEQ) return unknown();
        } else if (x->kind == CONST_BOOL && op != T_EQL && op != T_NEQ) {
            return unknown();
        }
        return const_make_bool(const_compare(op, x, y));
    }
    if (x->kind == CONST_BOOL && y->kind == CONST_BOOL) {
        if (op == T_LAND) return const_make_bool(x->b && y->b);
        if (op == T_LOR) return const_make_bool(x->b || y->b);
        return unknown();
    }
    if (x->kind == CONST_STRING && y->kind == CONST_STRING) {
        if (op != T_ADD) return unknown();
        int64_t n = x->str.len + y->str.len;
        char *buf = arena_alloc((size_t)n + 1);
        memcpy(buf, x->str.ptr, (size_t)x->str.len);
        memcpy(buf + x->str.len, y->str.ptr, (size_t)y->str.len);
        ConstVal *v = new_val(CONST_STRING);
        v->str.ptr = buf;
        v->str.len = n;
        return v;
    }
    int rx = num_rank(x->kind), ry = num_rank(y->kind);
    if (!rx || !ry) return unknown();
    int r = rx > ry ? rx : ry;
    x = to_rank(x, r);
    y = to_rank(y, r);
    if (!x || !y) return unknown();
    ConstVal *v;
    switch (r) {
    case 1: v = binary_int(op, x->i, y->i, int_div); break;
    case 2: v = binary_float(op, x->f, y->f); break;
    default: v = binary_complex(op, x, y); break;
    }
    return checked(v);
}

ConstVal *const_shift(TokKind op, ConstVal *x, uint64_t s) {
    ConstVal *xi = const_to_int(x);
    if (!xi) return unknown();
    ConstVal *v = new_val(CONST_INT);
    if (op == T_SHL) {
        if (mpz_sgn(xi->i) == 0) return v;
        if (s > (uint64_t)CONST_MAX_BITS) return unknown();
        mpz_mul_2exp(v->i, xi->i, (mp_bitcnt_t)s);
        return checked(v);
    }
    if (op == T_SHR) {
        if (s > (uint64_t)CONST_MAX_BITS + 64) {
            mpz_set_si(v->i, mpz_sgn(xi->i) < 0 ? -1 : 0);
            return v;
        }
        mpz_fdiv_q_2exp(v->i, xi->i, (mp_bitcnt_t)s); /* arithmetic shift */
        return v;
    }
    return unknown();
}

bool const_compare(TokKind op, ConstVal *x, ConstVal *y) {
    if (!x || !y || x->kind == CONST_UNKNOWN || y->kind == CONST_UNKNOWN) return false;
    if (x->kind == CONST_BOOL && y->kind == CONST_BOOL)
        return cmp_result(op, x->b == y->b ? 0 : 1) && (op == T_EQL || op == T_NEQ);
    if (x->kind == CONST_STRING && y->kind == CONST_STRING) {
        int64_t n = x->str.len < y->str.len ? x->str.len : y->str.len;
        int c = memcmp(x->str.ptr, y->str.ptr, (size_t)n);
        if (c == 0) c = x->str.len < y->str.len ? -1 : x->str.len > y->str.len;
        return cmp_result(op, c);
    }
    int rx = num_rank(x->kind), ry = num_rank(y->kind);
    if (!rx || !ry) return false;
    int r = rx > ry ? rx : ry;
    x = to_rank(x, r);
    y = to_rank(y, r);
    if (!x || !y) return false;
    switch (r) {
    case 1: return cmp_result(op, mpz_cmp(x->i, y->i));
    case 2: return cmp_result(op, mpq_cmp(x->f, y->f));
    default: {
        bool eq = mpq_equal(x->f, y->f) && mpq_equal(x->imag, y->imag);
        if (op == T_EQL) return eq;
        if (op == T_NEQ) return !eq;
        return false;
    }
    }
}

/* ---- rounding to machine floats ----------------------------------------- */

/* A binary float format: mantissa bits (with the implicit one), the exponent
 * of the lowest mantissa bit of subnormals, and 2^emax the overflow bound. */
typedef struct FloatFmt {
    int mant;
    long emin;
    long emax;
} FloatFmt;

static const FloatFmt fmt64 = {53, -1074, 1024};
static const FloatFmt fmt32 = {24, -149, 128};

/* Rounds q (half to even) to the format: |q| ~ m * 2^e with m < 2^mant.
 * Returns false on overflow (the rounded value is >= 2^emax). */
static bool round_q(const mpq_t q, const FloatFmt *ff, mpz_t m, long *e) {
    if (mpq_sgn(q) == 0) {
        mpz_set_ui(m, 0);
        *e = 0;
        return true;
    }
    mpz_t num, den, r;
    mpz_inits(num, den, r, NULL);
    long e0 =
        (long)mpz_sizeinbase(mpq_numref(q), 2) - (long)mpz_sizeinbase(mpq_denref(q), 2) - ff->mant;
    if (e0 < ff->emin) e0 = ff->emin;
    for (;;) {
        mpz_abs(num, mpq_numref(q));
        mpz_set(den, mpq_denref(q));
        if (e0 >= 0)
            mpz_mul_2exp(den, den, (mp_bitcnt_t)e0);
        else
            mpz_mul_2exp(num, num, (mp_bitcnt_t)-e0);
        mpz_tdiv_qr(m, r, num, den);
        if ((long)mpz_sizeinbase(m, 2) <= ff->mant) break;
        e0++;
    }
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, den);
    if (c > 0 || (c == 0 && mpz_odd_p(m))) mpz_add_ui(m, m, 1);
    if ((long)mpz_sizeinbase(m, 2) > ff->mant) {
        mpz_fdiv_q_2exp(m, m, 1);
        e0++;
    }
    mpz_clears(num, den, r, NULL);
    *e = e0;
    return mpz_sgn(m) == 0 || (long)mpz_sizeinbase(m, 2) + e0 <= ff->emax;
}

/* The value of x as a rational (ints and the real part of complexes). */
static bool as_q(ConstVal *x, mpq_t q) {
    switch (x ? x->kind : CONST_UNKNOWN) {
    case CONST_INT: mpq_set_z(q, x->i); return true;
    case CONST_FLOAT:
    case CONST_COMPLEX: mpq_set(q, x->f); return true;
    default: mpq_set_ui(q, 0, 1); return false;
    }
}

/* Rounds q to the format; *out is the rounded double (±Inf on overflow).
 * Returns false on overflow. */
static bool round_to_double(const mpq_t q, const FloatFmt *ff, double *out) {
    mpz_t m;
    mpz_init(m);
    long e;
    bool ok = round_q(q, ff, m, &e);
    double d;
    if (!ok)
        d = INFINITY;
    else
        d = ldexp((double)mpz_get_ui(m), (int)e);
    if (mpq_sgn(q) < 0) d = -d;
    mpz_clear(m);
    *out = d;
    return ok;
}

double const_float64(ConstVal *x) {
    mpq_t q;
    mpq_init(q);
    as_q(x, q);
    double d;
    round_to_double(q, &fmt64, &d);
    mpq_clear(q);
    return d;
}

float const_float32(ConstVal *x) {
    mpq_t q;
    mpq_init(q);
    as_q(x, q);
    double d;
    round_to_double(q, &fmt32, &d);
    mpq_clear(q);
    return (float)d; /* exact: d already has float32 precision */
}

/* The two's complement low 64 bits of x's integer part. */
static uint64_t low64(ConstVal *x) {
    mpz_t z;
    mpz_init(z);
    switch (x ? x->kind : CONST_UNKNOWN) {
    case CONST_INT: mpz_set(z, x->i); break;
    case CONST_FLOAT:
    case CONST_COMPLEX: mpz_tdiv_q(z, mpq_numref(x->f), mpq_denref(x->f)); break;
    case CONST_BOOL: mpz_set_ui(z, x->b); break;
    default: break;
    }
    mpz_fdiv_r_2exp(z, z, 64);
    uint64_t v = mpz_get_ui(z);
    mpz_clear(z);
    return v;
}

int64_t const_int64(ConstVal *x) {
    return (int64_t)low64(x);
}

uint64_t const_uint64(ConstVal *x) {
    return low64(x);
}

/* ---- representability ---------------------------------------------------- */

static bool int_fits(const mpz_t z, BasicKind k) {
    int bits;
    bool sign;
    switch (k) {
    case B_INT:
    case B_INT64: bits = 64, sign = true; break;
    case B_INT8: bits = 8, sign = true; break;
    case B_INT16: bits = 16, sign = true; break;
    case B_INT32: bits = 32, sign = true; break;
    case B_UINT:
    case B_UINT64:
    case B_UINTPTR: bits = 64, sign = false; break;
    case B_UINT8: bits = 8, sign = false; break;
    case B_UINT16: bits = 16, sign = false; break;
    case B_UINT32: bits = 32, sign = false; break;
    case B_UNTYPED_INT:
    case B_UNTYPED_RUNE: return true;
    default: return false;
    }
    if (mpz_sgn(z) == 0) return true;
    if (!sign) return mpz_sgn(z) > 0 && mpz_sizeinbase(z, 2) <= (size_t)bits;
    if (mpz_sgn(z) > 0) return mpz_sizeinbase(z, 2) <= (size_t)bits - 1;
    /* negative: -2^(bits-1) <= z, i.e. |z|-1 fits in bits-1 bits */
    mpz_t t;
    mpz_init(t);
    mpz_neg(t, z);
    mpz_sub_ui(t, t, 1);
    bool ok = mpz_sgn(t) == 0 || mpz_sizeinbase(t, 2) <= (size_t)bits - 1;
    mpz_clear(t);
    return ok;
}

/* Rounds q to the format in place; false on overflow. */
static bool round_q_inplace(mpq_t q, const FloatFmt *ff) {
    mpz_t m;
    mpz_init(m);
    long e;
    int sign = mpq_sgn(q);
    bool ok = round_q(q, ff, m, &e);
    if (ok) {
        if (sign < 0) mpz_neg(m, m);
        mpq_set_z(q, m);
        if (e >= 0)
            mpq_mul_2exp(q, q, (mp_bitcnt_t)e);
        else
            mpq_div_2exp(q, q, (mp_bitcnt_t)-e);
    }
    mpz_clear(m);
    return ok;
}

bool const_representable(ConstVal *x, Type *t, ConstVal **rounded) {
    if (!x) return false;
    if (x->kind == CONST_UNKNOWN) {
        /* go/types: avoid follow-up errors */
        if (rounded) *rounded = x;
        return true;
    }
    Type *u = types_underlying(t);
    if (u->kind != TY_BASIC) return false;
    BasicKind k = u->basic.kind;
    int info = u->basic.info;
    ConstVal *r = NULL;
    if (info & BI_INTEGER) {
        r = const_to_int(x);
        if (!r || !int_fits(r->i, k)) return false;
    } else if (info & BI_FLOAT) {
        ConstVal *xf = const_to_float(x);
        if (!xf) return false;
        if (k == B_UNTYPED_FLOAT) {
            r = xf;
        } else {
            r = make_float_q(xf->f);
            if (!round_q_inplace(r->f, k == B_FLOAT32 ? &fmt32 : &fmt64)) return false;
        }
    } else if (info & BI_COMPLEX) {
        ConstVal *xc = const_to_complex(x);
        if (!xc) return false;
        if (k == B_UNTYPED_COMPLEX) {
            r = xc;
        } else {
            const FloatFmt *ff = k == B_COMPLEX64 ? &fmt32 : &fmt64;
            r = make_complex_q(xc->f, xc->imag);
            if (!round_q_inplace(r->f, ff) || !round_q_inplace(r->imag, ff)) return false;
        }
    } else if (info & BI_STRING) {
        if (x->kind != CONST_STRING) return false;
        r = x;
    } else if (info & BI_BOOLEAN) {
        if (x->kind != CONST_BOOL) return false;
        r = x;
    } else {
        return false;
    }
    if (rounded) *rounded = r;
    return true;
}

/* ---- spelling ----------------------------------------------------------- */

/* The non-ASCII code points that Go 1.19's unicode.IsPrint rejects
 * (controls, spaces other than U+0020, format characters, unassigned and
 * private-use code points), as sorted ranges generated from Go itself, so
 * that quoted constants in messages match strconv.Quote. */
static const uint32_t nonprint_ranges[][2] = {
    {0x0080, 0x00A0},   {0x00AD, 0x00AD},   {0x0378, 0x0379},    {0x0380, 0x0383},
    {0x038B, 0x038B},   {0x038D, 0x038D},   {0x03A2, 0x03A2},    {0x0530, 0x0530},
    {0x0557, 0x0558},   {0x058B, 0x058C},   {0x0590, 0x0590},    {0x05C8, 0x05CF},
    {0x05EB, 0x05EE},   {0x05F5, 0x0605},   {0x061C, 0x061D},    {0x06DD, 0x06DD},
    {0x070E, 0x070F},   {0x074B, 0x074C},   {0x07B2, 0x07BF},    {0x07FB, 0x07FC},
    {0x082E, 0x082F},   {0x083F, 0x083F},   {0x085C, 0x085D},    {0x085F, 0x085F},
    {0x086B, 0x089F},   {0x08B5, 0x08B5},   {0x08C8, 0x08D2},    {0x08E2, 0x08E2},
    {0x0984, 0x0984},   {0x098D, 0x098E},   {0x0991, 0x0992},    {0x09A9, 0x09A9},
    {0x09B1, 0x09B1},   {0x09B3, 0x09B5},   {0x09BA, 0x09BB},    {0x09C5, 0x09C6},
    {0x09C9, 0x09CA},   {0x09CF, 0x09D6},   {0x09D8, 0x09DB},    {0x09DE, 0x09DE},
    {0x09E4, 0x09E5},   {0x09FF, 0x0A00},   {0x0A04, 0x0A04},    {0x0A0B, 0x0A0E},
    {0x0A11, 0x0A12},   {0x0A29, 0x0A29},   {0x0A31, 0x0A31},    {0x0A34, 0x0A34},
    {0x0A37, 0x0A37},   {0x0A3A, 0x0A3B},   {0x0A3D, 0x0A3D},    {0x0A43, 0x0A46},
    {0x0A49, 0x0A4A},   {0x0A4E, 0x0A50},   {0x0A52, 0x0A58},    {0x0A5D, 0x0A5D},
    {0x0A5F, 0x0A65},   {0x0A77, 0x0A80},   {0x0A84, 0x0A84},    {0x0A8E, 0x0A8E},
    {0x0A92, 0x0A92},   {0x0AA9, 0x0AA9},   {0x0AB1, 0x0AB1},    {0x0AB4, 0x0AB4},
    {0x0ABA, 0x0ABB},   {0x0AC6, 0x0AC6},   {0x0ACA, 0x0ACA},    {0x0ACE, 0x0ACF},
    {0x0AD1, 0x0ADF},   {0x0AE4, 0x0AE5},   {0x0AF2, 0x0AF8},    {0x0B00, 0x0B00},
    {0x0B04, 0x0B04},   {0x0B0D, 0x0B0E},   {0x0B11, 0x0B12},    {0x0B29, 0x0B29},
    {0x0B31, 0x0B31},   {0x0B34, 0x0B34},   {0x0B3A, 0x0B3B},    {0x0B45, 0x0B46},
    {0x0B49, 0x0B4A},   {0x0B4E, 0x0B54},   {0x0B58, 0x0B5B},    {0x0B5E, 0x0B5E},
    {0x0B64, 0x0B65},   {0x0B78, 0x0B81},   {0x0B84, 0x0B84},    {0x0B8B, 0x0B8D},
    {0x0B91, 0x0B91},   {0x0B96, 0x0B98},   {0x0B9B, 0x0B9B},    {0x0B9D, 0x0B9D},
    {0x0BA0, 0x0BA2},   {0x0BA5, 0x0BA7},   {0x0BAB, 0x0BAD},    {0x0BBA, 0x0BBD},
    {0x0BC3, 0x0BC5},   {0x0BC9, 0x0BC9},   {0x0BCE, 0x0BCF},    {0x0BD1, 0x0BD6},
    {0x0BD8, 0x0BE5},   {0x0BFB, 0x0BFF},   {0x0C0D, 0x0C0D},    {0x0C11, 0x0C11},
    {0x0C29, 0x0C29},   {0x0C3A, 0x0C3C},   {0x0C45, 0x0C45},    {0x0C49, 0x0C49},
    {0x0C4E, 0x0C54},   {0x0C57, 0x0C57},   {0x0C5B, 0x0C5F},    {0x0C64, 0x0C65},
    {0x0C70, 0x0C76},   {0x0C8D, 0x0C8D},   {0x0C91, 0x0C91},    {0x0CA9, 0x0CA9},
    {0x0CB4, 0x0CB4},   {0x0CBA, 0x0CBB},   {0x0CC5, 0x0CC5},    {0x0CC9, 0x0CC9},
    {0x0CCE, 0x0CD4},   {0x0CD7, 0x0CDD},   {0x0CDF, 0x0CDF},    {0x0CE4, 0x0CE5},
    {0x0CF0, 0x0CF0},   {0x0CF3, 0x0CFF},   {0x0D0D, 0x0D0D},    {0x0D11, 0x0D11},
    {0x0D45, 0x0D45},   {0x0D49, 0x0D49},   {0x0D50, 0x0D53},    {0x0D64, 0x0D65},
    {0x0D80, 0x0D80},   {0x0D84, 0x0D84},   {0x0D97, 0x0D99},    {0x0DB2, 0x0DB2},
    {0x0DBC, 0x0DBC},   {0x0DBE, 0x0DBF},   {0x0DC7, 0x0DC9},    {0x0DCB, 0x0DCE},
    {0x0DD5, 0x0DD5},   {0x0DD7, 0x0DD7},   {0x0DE0, 0x0DE5},    {0x0DF0, 0x0DF1},
    {0x0DF5, 0x0E00},   {0x0E3B, 0x0E3E},   {0x0E5C, 0x0E80},    {0x0E83, 0x0E83},
    {0x0E85, 0x0E85},   {0x0E8B, 0x0E8B},   {0x0EA4, 0x0EA4},    {0x0EA6, 0x0EA6},
    {0x0EBE, 0x0EBF},   {0x0EC5, 0x0EC5},   {0x0EC7, 0x0EC7},    {0x0ECE, 0x0ECF},
    {0x0EDA, 0x0EDB},   {0x0EE0, 0x0EFF},   {0x0F48, 0x0F48},    {0x0F6D, 0x0F70},
    {0x0F98, 0x0F98},   {0x0FBD, 0x0FBD},   {0x0FCD, 0x0FCD},    {0x0FDB, 0x0FFF},
    {0x10C6, 0x10C6},   {0x10C8, 0x10CC},   {0x10CE, 0x10CF},    {0x1249, 0x1249},
    {0x124E, 0x124F},   {0x1257, 0x1257},   {0x1259, 0x1259},    {0x125E, 0x125F},
    {0x1289, 0x1289},   {0x128E, 0x128F},   {0x12B1, 0x12B1},    {0x12B6, 0x12B7},
    {0x12BF, 0x12BF},   {0x12C1, 0x12C1},   {0x12C6, 0x12C7},    {0x12D7, 0x12D7},
    {0x1311, 0x1311},   {0x1316, 0x1317},   {0x135B, 0x135C},    {0x137D, 0x137F},
    {0x139A, 0x139F},   {0x13F6, 0x13F7},   {0x13FE, 0x13FF},    {0x1680, 0x1680},
    {0x169D, 0x169F},   {0x16F9, 0x16FF},   {0x170D, 0x170D},    {0x1715, 0x171F},
    {0x1737, 0x173F},   {0x1754, 0x175F},   {0x176D, 0x176D},    {0x1771, 0x1771},
    {0x1774, 0x177F},   {0x17DE, 0x17DF},   {0x17EA, 0x17EF},    {0x17FA, 0x17FF},
    {0x180E, 0x180F},   {0x181A, 0x181F},   {0x1879, 0x187F},    {0x18AB, 0x18AF},
    {0x18F6, 0x18FF},   {0x191F, 0x191F},   {0x192C, 0x192F},    {0x193C, 0x193F},
    {0x1941, 0x1943},   {0x196E, 0x196F},   {0x1975, 0x197F},    {0x19AC, 0x19AF},
    {0x19CA, 0x19CF},   {0x19DB, 0x19DD},   {0x1A1C, 0x1A1D},    {0x1A5F, 0x1A5F},
    {0x1A7D, 0x1A7E},   {0x1A8A, 0x1A8F},   {0x1A9A, 0x1A9F},    {0x1AAE, 0x1AAF},
    {0x1AC1, 0x1AFF},   {0x1B4C, 0x1B4F},   {0x1B7D, 0x1B7F},    {0x1BF4, 0x1BFB},
    {0x1C38, 0x1C3A},   {0x1C4A, 0x1C4C},   {0x1C89, 0x1C8F},    {0x1CBB, 0x1CBC},
    {0x1CC8, 0x1CCF},   {0x1CFB, 0x1CFF},   {0x1DFA, 0x1DFA},    {0x1F16, 0x1F17},
    {0x1F1E, 0x1F1F},   {0x1F46, 0x1F47},   {0x1F4E, 0x1F4F},    {0x1F58, 0x1F58},
    {0x1F5A, 0x1F5A},   {0x1F5C, 0x1F5C},   {0x1F5E, 0x1F5E},    {0x1F7E, 0x1F7F},
    {0x1FB5, 0x1FB5},   {0x1FC5, 0x1FC5},   {0x1FD4, 0x1FD5},    {0x1FDC, 0x1FDC},
    {0x1FF0, 0x1FF1},   {0x1FF5, 0x1FF5},   {0x1FFF, 0x200F},    {0x2028, 0x202F},
    {0x205F, 0x206F},   {0x2072, 0x2073},   {0x208F, 0x208F},    {0x209D, 0x209F},
    {0x20C0, 0x20CF},   {0x20F1, 0x20FF},   {0x218C, 0x218F},    {0x2427, 0x243F},
    {0x244B, 0x245F},   {0x2B74, 0x2B75},   {0x2B96, 0x2B96},    {0x2C2F, 0x2C2F},
    {0x2C5F, 0x2C5F},   {0x2CF4, 0x2CF8},   {0x2D26, 0x2D26},    {0x2D28, 0x2D2C},
    {0x2D2E, 0x2D2F},   {0x2D68, 0x2D6E},   {0x2D71, 0x2D7E},    {0x2D97, 0x2D9F},
    {0x2DA7, 0x2DA7},   {0x2DAF, 0x2DAF},   {0x2DB7, 0x2DB7},    {0x2DBF, 0x2DBF},
    {0x2DC7, 0x2DC7},   {0x2DCF, 0x2DCF},   {0x2DD7, 0x2DD7},    {0x2DDF, 0x2DDF},
    {0x2E53, 0x2E7F},   {0x2E9A, 0x2E9A},   {0x2EF4, 0x2EFF},    {0x2FD6, 0x2FEF},
    {0x2FFC, 0x3000},   {0x3040, 0x3040},   {0x3097, 0x3098},    {0x3100, 0x3104},
    {0x3130, 0x3130},   {0x318F, 0x318F},   {0x31E4, 0x31EF},    {0x321F, 0x321F},
    {0x9FFD, 0x9FFF},   {0xA48D, 0xA48F},   {0xA4C7, 0xA4CF},    {0xA62C, 0xA63F},
    {0xA6F8, 0xA6FF},   {0xA7C0, 0xA7C1},   {0xA7CB, 0xA7F4},    {0xA82D, 0xA82F},
    {0xA83A, 0xA83F},   {0xA878, 0xA87F},   {0xA8C6, 0xA8CD},    {0xA8DA, 0xA8DF},
    {0xA954, 0xA95E},   {0xA97D, 0xA97F},   {0xA9CE, 0xA9CE},    {0xA9DA, 0xA9DD},
    {0xA9FF, 0xA9FF},   {0xAA37, 0xAA3F},   {0xAA4E, 0xAA4F},    {0xAA5A, 0xAA5B},
    {0xAAC3, 0xAADA},   {0xAAF7, 0xAB00},   {0xAB07, 0xAB08},    {0xAB0F, 0xAB10},
    {0xAB17, 0xAB1F},   {0xAB27, 0xAB27},   {0xAB2F, 0xAB2F},    {0xAB6C, 0xAB6F},
    {0xABEE, 0xABEF},   {0xABFA, 0xABFF},   {0xD7A4, 0xD7AF},    {0xD7C7, 0xD7CA},
    {0xD7FC, 0xD7FF},   {0xE000, 0xF8FF},   {0xFA6E, 0xFA6F},    {0xFADA, 0xFAFF},
    {0xFB07, 0xFB12},   {0xFB18, 0xFB1C},   {0xFB37, 0xFB37},    {0xFB3D, 0xFB3D},
    {0xFB3F, 0xFB3F},   {0xFB42, 0xFB42},   {0xFB45, 0xFB45},    {0xFBC2, 0xFBD2},
    {0xFD40, 0xFD4F},   {0xFD90, 0xFD91},   {0xFDC8, 0xFDEF},    {0xFDFE, 0xFDFF},
    {0xFE1A, 0xFE1F},   {0xFE53, 0xFE53},   {0xFE67, 0xFE67},    {0xFE6C, 0xFE6F},
    {0xFE75, 0xFE75},   {0xFEFD, 0xFF00},   {0xFFBF, 0xFFC1},    {0xFFC8, 0xFFC9},
    {0xFFD0, 0xFFD1},   {0xFFD8, 0xFFD9},   {0xFFDD, 0xFFDF},    {0xFFE7, 0xFFE7},
    {0xFFEF, 0xFFFB},   {0xFFFE, 0xFFFF},   {0x1000C, 0x1000C},  {0x10027, 0x10027},
    {0x1003B, 0x1003B}, {0x1003E, 0x1003E}, {0x1004E, 0x1004F},  {0x1005E, 0x1007F},
    {0x100FB, 0x100FF}, {0x10103, 0x10106}, {0x10134, 0x10136},  {0x1018F, 0x1018F},
    {0x1019D, 0x1019F}, {0x101A1, 0x101CF}, {0x101FE, 0x1027F},  {0x1029D, 0x1029F},
    {0x102D1, 0x102DF}, {0x102FC, 0x102FF}, {0x10324, 0x1032C},  {0x1034B, 0x1034F},
    {0x1037B, 0x1037F}, {0x1039E, 0x1039E}, {0x103C4, 0x103C7},  {0x103D6, 0x103FF},
    {0x1049E, 0x1049F}, {0x104AA, 0x104AF}, {0x104D4, 0x104D7},  {0x104FC, 0x104FF},
    {0x10528, 0x1052F}, {0x10564, 0x1056E}, {0x10570, 0x105FF},  {0x10737, 0x1073F},
    {0x10756, 0x1075F}, {0x10768, 0x107FF}, {0x10806, 0x10807},  {0x10809, 0x10809},
    {0x10836, 0x10836}, {0x10839, 0x1083B}, {0x1083D, 0x1083E},  {0x10856, 0x10856},
    {0x1089F, 0x108A6}, {0x108B0, 0x108DF}, {0x108F3, 0x108F3},  {0x108F6, 0x108FA},
    {0x1091C, 0x1091E}, {0x1093A, 0x1093E}, {0x10940, 0x1097F},  {0x109B8, 0x109BB},
    {0x109D0, 0x109D1}, {0x10A04, 0x10A04}, {0x10A07, 0x10A0B},  {0x10A14, 0x10A14},
    {0x10A18, 0x10A18}, {0x10A36, 0x10A37}, {0x10A3B, 0x10A3E},  {0x10A49, 0x10A4F},
    {0x10A59, 0x10A5F}, {0x10AA0, 0x10ABF}, {0x10AE7, 0x10AEA},  {0x10AF7, 0x10AFF},
    {0x10B36, 0x10B38}, {0x10B56, 0x10B57}, {0x10B73, 0x10B77},  {0x10B92, 0x10B98},
    {0x10B9D, 0x10BA8}, {0x10BB0, 0x10BFF}, {0x10C49, 0x10C7F},  {0x10CB3, 0x10CBF},
    {0x10CF3, 0x10CF9}, {0x10D28, 0x10D2F}, {0x10D3A, 0x10E5F},  {0x10E7F, 0x10E7F},
    {0x10EAA, 0x10EAA}, {0x10EAE, 0x10EAF}, {0x10EB2, 0x10EFF},  {0x10F28, 0x10F2F},
    {0x10F5A, 0x10FAF}, {0x10FCC, 0x10FDF}, {0x10FF7, 0x10FFF},  {0x1104E, 0x11051},
    {0x11070, 0x1107E}, {0x110BD, 0x110BD}, {0x110C2, 0x110CF},  {0x110E9, 0x110EF},
    {0x110FA, 0x110FF}, {0x11135, 0x11135}, {0x11148, 0x1114F},  {0x11177, 0x1117F},
    {0x111E0, 0x111E0}, {0x111F5, 0x111FF}, {0x11212, 0x11212},  {0x1123F, 0x1127F},
    {0x11287, 0x11287}, {0x11289, 0x11289}, {0x1128E, 0x1128E},  {0x1129E, 0x1129E},
    {0x112AA, 0x112AF}, {0x112EB, 0x112EF}, {0x112FA, 0x112FF},  {0x11304, 0x11304},
    {0x1130D, 0x1130E}, {0x11311, 0x11312}, {0x11329, 0x11329},  {0x11331, 0x11331},
    {0x11334, 0x11334}, {0x1133A, 0x1133A}, {0x11345, 0x11346},  {0x11349, 0x1134A},
    {0x1134E, 0x1134F}, {0x11351, 0x11356}, {0x11358, 0x1135C},  {0x11364, 0x11365},
    {0x1136D, 0x1136F}, {0x11375, 0x113FF}, {0x1145C, 0x1145C},  {0x11462, 0x1147F},
    {0x114C8, 0x114CF}, {0x114DA, 0x1157F}, {0x115B6, 0x115B7},  {0x115DE, 0x115FF},
    {0x11645, 0x1164F}, {0x1165A, 0x1165F}, {0x1166D, 0x1167F},  {0x116B9, 0x116BF},
    {0x116CA, 0x116FF}, {0x1171B, 0x1171C}, {0x1172C, 0x1172F},  {0x11740, 0x117FF},
    {0x1183C, 0x1189F}, {0x118F3, 0x118FE}, {0x11907, 0x11908},  {0x1190A, 0x1190B},
    {0x11914, 0x11914}, {0x11917, 0x11917}, {0x11936, 0x11936},  {0x11939, 0x1193A},
    {0x11947, 0x1194F}, {0x1195A, 0x1199F}, {0x119A8, 0x119A9},  {0x119D8, 0x119D9},
    {0x119E5, 0x119FF}, {0x11A48, 0x11A4F}, {0x11AA3, 0x11ABF},  {0x11AF9, 0x11BFF},
    {0x11C09, 0x11C09}, {0x11C37, 0x11C37}, {0x11C46, 0x11C4F},  {0x11C6D, 0x11C6F},
    {0x11C90, 0x11C91}, {0x11CA8, 0x11CA8}, {0x11CB7, 0x11CFF},  {0x11D07, 0x11D07},
    {0x11D0A, 0x11D0A}, {0x11D37, 0x11D39}, {0x11D3B, 0x11D3B},  {0x11D3E, 0x11D3E},
    {0x11D48, 0x11D4F}, {0x11D5A, 0x11D5F}, {0x11D66, 0x11D66},  {0x11D69, 0x11D69},
    {0x11D8F, 0x11D8F}, {0x11D92, 0x11D92}, {0x11D99, 0x11D9F},  {0x11DAA, 0x11EDF},
    {0x11EF9, 0x11FAF}, {0x11FB1, 0x11FBF}, {0x11FF2, 0x11FFE},  {0x1239A, 0x123FF},
    {0x1246F, 0x1246F}, {0x12475, 0x1247F}, {0x12544, 0x12FFF},  {0x1342F, 0x143FF},
    {0x14647, 0x167FF}, {0x16A39, 0x16A3F}, {0x16A5F, 0x16A5F},  {0x16A6A, 0x16A6D},
    {0x16A70, 0x16ACF}, {0x16AEE, 0x16AEF}, {0x16AF6, 0x16AFF},  {0x16B46, 0x16B4F},
    {0x16B5A, 0x16B5A}, {0x16B62, 0x16B62}, {0x16B78, 0x16B7C},  {0x16B90, 0x16E3F},
    {0x16E9B, 0x16EFF}, {0x16F4B, 0x16F4E}, {0x16F88, 0x16F8E},  {0x16FA0, 0x16FDF},
    {0x16FE5, 0x16FEF}, {0x16FF2, 0x16FFF}, {0x187F8, 0x187FF},  {0x18CD6, 0x18CFF},
    {0x18D09, 0x1AFFF}, {0x1B11F, 0x1B14F}, {0x1B153, 0x1B163},  {0x1B168, 0x1B16F},
    {0x1B2FC, 0x1BBFF}, {0x1BC6B, 0x1BC6F}, {0x1BC7D, 0x1BC7F},  {0x1BC89, 0x1BC8F},
    {0x1BC9A, 0x1BC9B}, {0x1BCA0, 0x1CFFF}, {0x1D0F6, 0x1D0FF},  {0x1D127, 0x1D128},
    {0x1D173, 0x1D17A}, {0x1D1E9, 0x1D1FF}, {0x1D246, 0x1D2DF},  {0x1D2F4, 0x1D2FF},
    {0x1D357, 0x1D35F}, {0x1D379, 0x1D3FF}, {0x1D455, 0x1D455},  {0x1D49D, 0x1D49D},
    {0x1D4A0, 0x1D4A1}, {0x1D4A3, 0x1D4A4}, {0x1D4A7, 0x1D4A8},  {0x1D4AD, 0x1D4AD},
    {0x1D4BA, 0x1D4BA}, {0x1D4BC, 0x1D4BC}, {0x1D4C4, 0x1D4C4},  {0x1D506, 0x1D506},
    {0x1D50B, 0x1D50C}, {0x1D515, 0x1D515}, {0x1D51D, 0x1D51D},  {0x1D53A, 0x1D53A},
    {0x1D53F, 0x1D53F}, {0x1D545, 0x1D545}, {0x1D547, 0x1D549},  {0x1D551, 0x1D551},
    {0x1D6A6, 0x1D6A7}, {0x1D7CC, 0x1D7CD}, {0x1DA8C, 0x1DA9A},  {0x1DAA0, 0x1DAA0},
    {0x1DAB0, 0x1DFFF}, {0x1E007, 0x1E007}, {0x1E019, 0x1E01A},  {0x1E022, 0x1E022},
    {0x1E025, 0x1E025}, {0x1E02B, 0x1E0FF}, {0x1E12D, 0x1E12F},  {0x1E13E, 0x1E13F},
    {0x1E14A, 0x1E14D}, {0x1E150, 0x1E2BF}, {0x1E2FA, 0x1E2FE},  {0x1E300, 0x1E7FF},
    {0x1E8C5, 0x1E8C6}, {0x1E8D7, 0x1E8FF}, {0x1E94C, 0x1E94F},  {0x1E95A, 0x1E95D},
    {0x1E960, 0x1EC70}, {0x1ECB5, 0x1ED00}, {0x1ED3E, 0x1EDFF},  {0x1EE04, 0x1EE04},
    {0x1EE20, 0x1EE20}, {0x1EE23, 0x1EE23}, {0x1EE25, 0x1EE26},  {0x1EE28, 0x1EE28},
    {0x1EE33, 0x1EE33}, {0x1EE38, 0x1EE38}, {0x1EE3A, 0x1EE3A},  {0x1EE3C, 0x1EE41},
    {0x1EE43, 0x1EE46}, {0x1EE48, 0x1EE48}, {0x1EE4A, 0x1EE4A},  {0x1EE4C, 0x1EE4C},
    {0x1EE50, 0x1EE50}, {0x1EE53, 0x1EE53}, {0x1EE55, 0x1EE56},  {0x1EE58, 0x1EE58},
    {0x1EE5A, 0x1EE5A}, {0x1EE5C, 0x1EE5C}, {0x1EE5E, 0x1EE5E},  {0x1EE60, 0x1EE60},
    {0x1EE63, 0x1EE63}, {0x1EE65, 0x1EE66}, {0x1EE6B, 0x1EE6B},  {0x1EE73, 0x1EE73},
    {0x1EE78, 0x1EE78}, {0x1EE7D, 0x1EE7D}, {0x1EE7F, 0x1EE7F},  {0x1EE8A, 0x1EE8A},
    {0x1EE9C, 0x1EEA0}, {0x1EEA4, 0x1EEA4}, {0x1EEAA, 0x1EEAA},  {0x1EEBC, 0x1EEEF},
    {0x1EEF2, 0x1EFFF}, {0x1F02C, 0x1F02F}, {0x1F094, 0x1F09F},  {0x1F0AF, 0x1F0B0},
    {0x1F0C0, 0x1F0C0}, {0x1F0D0, 0x1F0D0}, {0x1F0F6, 0x1F0FF},  {0x1F1AE, 0x1F1E5},
    {0x1F203, 0x1F20F}, {0x1F23C, 0x1F23F}, {0x1F249, 0x1F24F},  {0x1F252, 0x1F25F},
    {0x1F266, 0x1F2FF}, {0x1F6D8, 0x1F6DF}, {0x1F6ED, 0x1F6EF},  {0x1F6FD, 0x1F6FF},
    {0x1F774, 0x1F77F}, {0x1F7D9, 0x1F7DF}, {0x1F7EC, 0x1F7FF},  {0x1F80C, 0x1F80F},
    {0x1F848, 0x1F84F}, {0x1F85A, 0x1F85F}, {0x1F888, 0x1F88F},  {0x1F8AE, 0x1F8AF},
    {0x1F8B2, 0x1F8FF}, {0x1F979, 0x1F979}, {0x1F9CC, 0x1F9CC},  {0x1FA54, 0x1FA5F},
    {0x1FA6E, 0x1FA6F}, {0x1FA75, 0x1FA77}, {0x1FA7B, 0x1FA7F},  {0x1FA87, 0x1FA8F},
    {0x1FAA9, 0x1FAAF}, {0x1FAB7, 0x1FABF}, {0x1FAC3, 0x1FACF},  {0x1FAD7, 0x1FAFF},
    {0x1FB93, 0x1FB93}, {0x1FBCB, 0x1FBEF}, {0x1FBFA, 0x1FFFF},  {0x2A6DE, 0x2A6FF},
    {0x2B735, 0x2B73F}, {0x2B81E, 0x2B81F}, {0x2CEA2, 0x2CEAF},  {0x2EBE1, 0x2F7FF},
    {0x2FA1E, 0x2FFFF}, {0x3134B, 0xE00FF}, {0xE01F0, 0x10FFFF},
};

static bool is_print(uint32_t r) {
    if (r < 0x80) return r >= 0x20 && r < 0x7F;
    int lo = 0, hi = (int)(sizeof nonprint_ranges / sizeof nonprint_ranges[0]) - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (r < nonprint_ranges[mid][0])
            hi = mid - 1;
        else if (r > nonprint_ranges[mid][1])
            lo = mid + 1;
        else
            return false;
    }
    return true;
}

const char *const_quote(const char *s, int64_t len) {
    /* worst case \U0010ffff per byte is 10 bytes */
    char *buf = arena_alloc((size_t)len * 10 + 3);
    size_t n = 0;
    buf[n++] = '"';
    const unsigned char *p = (const unsigned char *)s, *end = p + len;
    while (p < end) {
        uint32_t r;
        int w = get_utf8(p, (size_t)(end - p), &r);
        if (w == 1 && r == 0xFFFD) {
            n += (size_t)sprintf(buf + n, "\\x%02x", *p);
            p++;
            continue;
        }
        if (r == '"' || r == '\\') {
            buf[n++] = '\\';
            buf[n++] = (char)r;
        } else if (is_print(r)) {
            memcpy(buf + n, p, (size_t)w);
            n += (size_t)w;
        } else {
            switch (r) {
            case 7: memcpy(buf + n, "\\a", 2), n += 2; break;
            case 8: memcpy(buf + n, "\\b", 2), n += 2; break;
            case 12: memcpy(buf + n, "\\f", 2), n += 2; break;
            case 10: memcpy(buf + n, "\\n", 2), n += 2; break;
            case 13: memcpy(buf + n, "\\r", 2), n += 2; break;
            case 9: memcpy(buf + n, "\\t", 2), n += 2; break;
            case 11: memcpy(buf + n, "\\v", 2), n += 2; break;
            default:
                if (r < ' ' || r == 0x7F)
                    n += (size_t)sprintf(buf + n, "\\x%02x", r);
                else if (r < 0x10000)
                    n += (size_t)sprintf(buf + n, "\\u%04x", r);
                else
                    n += (size_t)sprintf(buf + n, "\\U%08x", r);
            }
        }
        p += w;
    }
    buf[n++] = '"';
    buf[n] = '\0';
    return buf;
}

/* The exponent of big.Float's MantExp: |q| = mant * 2^exp, 0.5 <= mant < 1. */
static long mant_exp(const mpq_t q) {
    long a = (long)mpz_sizeinbase(mpq_numref(q), 2), b = (long)mpz_sizeinbase(mpq_denref(q), 2);
    /* |q| is in (2^(a-b-1), 2^(a-b+1)): the exponent is a-b+1 iff |q| >= 2^(a-b) */
    mpz_t n, d;
    mpz_inits(n, d, NULL);
    mpz_abs(n, mpq_numref(q));
    mpz_set(d, mpq_denref(q));
    if (a - b >= 0)
        mpz_mul_2exp(d, d, (mp_bitcnt_t)(a - b));
    else
        mpz_mul_2exp(n, n, (mp_bitcnt_t)(b - a));
    long e = mpz_cmp(n, d) >= 0 ? a - b + 1 : a - b;
    mpz_clears(n, d, NULL);
    return e;
}

/* go/constant's String of a float: %.6g of the float64 value when that
 * neither overflows nor underflows, else an approximate mantissa and
 * decimal exponent computed from the binary exponent ("1e+400"). */
static const char *float_string(const mpq_t q) {
    if (mpq_sgn(q) == 0) return "0";
    double d;
    bool ok = round_to_double(q, &fmt64, &d);
    if (ok && d != 0) {
        char buf[64];
        snprintf(buf, sizeof buf, "%.6g", d);
        return arena_strdup(buf);
    }
    /* Go approximates mant * 10^(d-e) in float64 (d = the decimal exponent
     * as a real, e its truncation); here the same decimal exponent e is
     * chosen, and the mantissa q / 10^e is computed exactly. */
    long exp2 = mant_exp(q);
    double dd = (double)exp2 * (M_LN2 / M_LN10);
    long e = (long)dd;
    mpq_t t;
    mpz_t p;
    mpq_init(t);
    mpz_init(p);
    mpz_ui_pow_ui(p, 10, (unsigned long)(e < 0 ? -e : e));
    mpq_set_z(t, p);
    if (e >= 0)
        mpq_div(t, q, t);
    else
        mpq_mul(t, q, t);
    double m;
    round_to_double(t, &fmt64, &m);
    mpq_clear(t);
    mpz_clear(p);
    double am = fabs(m);
    if (am < 1 - 0.5e-6) {
        m *= 10;
        e--;
    } else if (am >= 10) {
        m /= 10;
        e++;
    }
    return arena_printf("%.6ge%+ld", m, e);
}

const char *const_string(ConstVal *x) {
    if (!x) return "unknown";
    switch (x->kind) {
    case CONST_BOOL: return x->b ? "true" : "false";
    case CONST_STRING: {
        /* go/constant: the quoted string, cut to 72 runes with "..." */
        const char *q = const_quote(x->str.ptr, x->str.len);
        const int max_runes = 72;
        int runes = 0;
        for (const char *p = q; *p; p++)
            if (((unsigned char)*p & 0xC0) != 0x80) runes++;
        if (runes <= max_runes) return q;
        const char *p = q;
        for (int k = 0; k < max_runes - 3; k++) {
            p++;
            while (((unsigned char)*p & 0xC0) == 0x80)
                p++;
        }
        return arena_printf("%.*s...", (int)(p - q), q);
    }
    case CONST_INT: {
        char *buf = arena_alloc(mpz_sizeinbase(x->i, 10) + 2);
        mpz_get_str(buf, 10, x->i);
        return buf;
    }
    case CONST_FLOAT: return float_string(x->f);
    case CONST_COMPLEX:
        return arena_printf("(%s + %si)", float_string(x->f), float_string(x->imag));
    default: return "unknown";
    }
}
