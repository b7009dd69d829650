/* math.c: the parts of package math that are implemented in C (the Go
 * side, runtime/std/math/asm.go, declares them without bodies).
 *
 * gc computes Sqrt, Floor, Ceil, Trunc and FMA with single instructions
 * on amd64; libm's functions are exact or correctly rounded, so they give
 * the same bits. Exp is gc's amd64 assembly algorithm (a Taylor series
 * after reduction by ln 2, then four squarings), which takes a different
 * path with FMA instructions when the CPU has AVX and FMA: gc's results
 * depend on the CPU, and so must ours. */
#include <emmintrin.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "escgo_rt.h"

/* Every operation below must round exactly where gc's instructions do:
 * no contraction of a*b+c into an FMA that gc does not do. */
#pragma GCC optimize("fp-contract=off")

double escgo_math_sqrt(double x) {
    return sqrt(x);
}
/* gc's ROUNDSD quiets a signaling NaN; libm may hand it back unchanged. */
double escgo_math_floor(double x) {
    return x != x ? x + x : floor(x);
}
double escgo_math_ceil(double x) {
    return x != x ? x + x : ceil(x);
}
double escgo_math_trunc(double x) {
    return x != x ? x + x : trunc(x);
}
double escgo_math_fma(double x, double y, double z) {
    return fma(x, y, z);
}

static uint64_t bits_of(double f) {
    uint64_t b;
    memcpy(&b, &f, sizeof b);
    return b;
}

static double from_bits(uint64_t b) {
    double f;
    memcpy(&f, &b, sizeof f);
    return f;
}

#define EXP_LN2U     0.69314718055966295651160180568695068359375 /* ln 2, upper part */
#define EXP_LN2L     0.28235290563031577122588448175013436025525412068e-12
#define EXP_LOG2E    1.4426950408889634073599246810018920
#define EXP_OVERFLOW 7.09782712893384e+02

/* 1/n! for the Taylor series of e^r - 1, highest first (1/2 is T[6]). */
static const double exp_taylor[8] = {
    2.4801587301587301587e-5,
    1.9841269841269841270e-4,
    1.3888888888888888889e-3,
    8.3333333333333333333e-3,
    4.1666666666666666667e-2,
    1.6666666666666666667e-1,
    0.5,
    1.0,
};

/* The reduction and series without FMA: returns e^(r/16*16) - 1 squared
 * up, i.e. e^r - 1 for the reduced r, then + 1. */
static double exp_core_plain(double x, double k) {
    x = x - EXP_LN2U * k;
    x = x - EXP_LN2L * k;
    x *= 0.0625; /* e^r = (e^(r/16))^16 */
    double p = exp_taylor[0];
    for (int i = 1; i < 8; i++)
        p = p * x + exp_taylor[i];
    x = x * p; /* e^(r/16) - 1 */
    /* (e^y - 1)(e^y + 1) = e^2y - 1, four times */
    for (int i = 0; i < 4; i++)
        x = x * (x + 2.0);
    return x + 1.0;
}

__attribute__((target("fma"))) static double exp_core_fma(double x, double k) {
    x = __builtin_fma(-EXP_LN2U, k, x);
    x = __builtin_fma(-EXP_LN2L, k, x);
    x *= 0.0625;
    double p = exp_taylor[0];
    for (int i = 1; i < 8; i++)
        p = __builtin_fma(p, x, exp_taylor[i]);
    x = x * p;
    for (int i = 0; i < 3; i++)
        x = x * (x + 2.0);
    return __builtin_fma(x, x + 2.0, 1.0);
}

static int exp_use_fma = -1;

double escgo_math_exp(double x) {
    uint64_t b = bits_of(x);
    if ((b & ~(1ULL << 63)) >= 0x7FF0000000000000ULL) {
        if (b == 0xFFF0000000000000ULL) return 0; /* -Inf */
        return x;                                 /* +Inf, NaN */
    }
    if (x > EXP_OVERFLOW) return from_bits(0x7FF0000000000000ULL);
    /* k = round(x / ln 2) as a 32-bit integer: CVTSD2SL, which gives
     * INT32_MIN when out of range (then the result underflows below). */
    int32_t k = _mm_cvtsd_si32(_mm_set_sd(EXP_LOG2E * x));
    if (exp_use_fma < 0) {
        __builtin_cpu_init();
        exp_use_fma = __builtin_cpu_supports("avx") && __builtin_cpu_supports("fma");
    }
    double r = exp_use_fma ? exp_core_fma(x, (double)k) : exp_core_plain(x, (double)k);
    /* r × 2^k, in two steps for denormal results, as the assembly does. */
    int64_t be = (int64_t)k + 0x3FF;
    if (be <= 0) {
        if (be < -52) return 0;
        r *= from_bits((uint64_t)(be + 0x3FE) << 52);
        be = 1;
    } else if (be >= 0x7FF) {
        return from_bits(0x7FF0000000000000ULL);
    }
    return r * from_bits((uint64_t)be << 52);
}
