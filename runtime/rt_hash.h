/* rt_hash.h: the hash primitives that map.c inlines into its fast paths and
 * hash.c wraps as the GoType.hashfn functions of the basic kinds.
 *
 * The mixing step is a 64x64->128-bit multiply folded by xor (the "mum"
 * step of the wyhash family): one mul instruction, full avalanche into the
 * high half, and seeded, so that a program cannot pick keys that collide in
 * every run. The same functions serve the fast paths and the hashfn
 * wrappers, so a map hashes a key identically whichever entry point
 * codegen calls. */
#ifndef ESCGO_RT_HASH_H
#define ESCGO_RT_HASH_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define RT_HP0 0xa0761d6478bd642fULL
#define RT_HP1 0xe7037ed1a0b428dbULL
#define RT_HP2 0x8ebc6af09c88c6e3ULL
#define RT_HP3 0x589965cc75374cc3ULL

static inline uint64_t rt_mum(uint64_t a, uint64_t b) {
    __uint128_t r = (__uint128_t)a * b;
    return (uint64_t)r ^ (uint64_t)(r >> 64);
}

static inline uint64_t rt_read8(const uint8_t *p) {
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

static inline uint64_t rt_read4(const uint8_t *p) {
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}

/* A word-sized key (ints, pointers; 32-bit keys are zero-extended). */
static inline uint64_t rt_hash64(uint64_t k, uint64_t seed) {
    return rt_mum(rt_mum(k ^ RT_HP0, seed ^ RT_HP1), RT_HP2);
}

/* Any byte string: strings, and memory-comparable keys of other sizes. */
static inline uint64_t rt_hash_bytes(const void *data, size_t n, uint64_t seed) {
    const uint8_t *p = data;
    uint64_t a, b;
    seed ^= RT_HP0;
    if (__builtin_expect(n <= 16, 1)) {
        if (n >= 4) {
            /* two overlapping 4-byte reads from each end cover 4..16 bytes */
            size_t q = (n >> 3) << 2;
            a = (rt_read4(p) << 32) | rt_read4(p + q);
            b = (rt_read4(p + n - 4) << 32) | rt_read4(p + n - 4 - q);
        } else if (n > 0) {
            a = ((uint64_t)p[0] << 16) | ((uint64_t)p[n >> 1] << 8) | p[n - 1];
            b = 0;
        } else {
            a = b = 0;
        }
    } else {
        size_t i = n;
        if (i > 48) {
            /* three independent lanes keep the multiplier busy */
            uint64_t s1 = seed, s2 = seed;
            do {
                seed = rt_mum(rt_read8(p) ^ RT_HP1, rt_read8(p + 8) ^ seed);
                s1 = rt_mum(rt_read8(p + 16) ^ RT_HP2, rt_read8(p + 24) ^ s1);
                s2 = rt_mum(rt_read8(p + 32) ^ RT_HP3, rt_read8(p + 40) ^ s2);
                p += 48;
                i -= 48;
            } while (i > 48);
            seed ^= s1 ^ s2;
        }
        while (i > 16) {
            seed = rt_mum(rt_read8(p) ^ RT_HP1, rt_read8(p + 8) ^ seed);
            p += 16;
            i -= 16;
        }
        a = rt_read8(p + i - 16);
        b = rt_read8(p + i - 8);
    }
    return rt_mum(RT_HP1 ^ n, rt_mum(a ^ RT_HP1, b ^ seed));
}

/* A fresh pseudo-random word (per-thread generator seeded from
 * getrandom): map seeds, iteration start points, NaN hashes. */
uint64_t rt_fastrand(void);

#endif
