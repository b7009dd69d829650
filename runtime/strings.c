/* strings.c: the string operations generated code calls — concatenation,
 * comparison, string(rune) and the UTF-8 decoding step of for-range.
 *
 * Strings are immutable, so results may share memory: string(rune) of an
 * ASCII rune points into a static table, and a concatenation with only one
 * non-empty operand returns that operand — unless its bytes live on the
 * current stack (a non-escaping temporary), which a result that may escape
 * must not point into. */
#include "rt_internal.h"

#include <string.h>

enum {
    RT_RUNE_ERROR = 0xFFFD,
    RT_MAX_RUNE = 0x10FFFF,
    RT_SURR_MIN = 0xD800,
    RT_SURR_MAX = 0xDFFF,
};

/* One byte per ASCII rune: string(rune) of these allocates nothing. */
static const uint8_t rt_ascii_bytes[128] = {
    0,   1,   2,   3,   4,   5,   6,   7,   8,   9,   10,  11,  12,  13,  14,  15,  16,  17,  18,
    19,  20,  21,  22,  23,  24,  25,  26,  27,  28,  29,  30,  31,  32,  33,  34,  35,  36,  37,
    38,  39,  40,  41,  42,  43,  44,  45,  46,  47,  48,  49,  50,  51,  52,  53,  54,  55,  56,
    57,  58,  59,  60,  61,  62,  63,  64,  65,  66,  67,  68,  69,  70,  71,  72,  73,  74,  75,
    76,  77,  78,  79,  80,  81,  82,  83,  84,  85,  86,  87,  88,  89,  90,  91,  92,  93,  94,
    95,  96,  97,  98,  99,  100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113,
    114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127,
};

static bool rt_on_current_stack(const void *p) {
    uintptr_t lo, hi;
    rt_stack_bounds(&lo, &hi);
    return (uintptr_t)p >= lo && (uintptr_t)p < hi;
}

GoString escgo_concatstrings(const GoString *parts, int64_t n) {
    return escgo_concatstrings_buf(NULL, parts, n);
}

GoString escgo_concatstrings_buf(uint8_t *buf, const GoString *parts, int64_t n) {
    int64_t total = 0;
    int64_t count = 0, last = -1;
    for (int64_t i = 0; i < n; i++) {
        int64_t l = parts[i].len;
        if (l == 0) continue;
        if (__builtin_add_overflow(total, l, &total)) rt_throw("string concatenation too long");
        count++;
        last = i;
    }
    if (count == 0) return (GoString){NULL, 0};
    /* One non-empty part is the result itself, unless the result may
     * outlive the frame that part lives in (gc's rule). */
    if (count == 1 && (buf || !rt_on_current_stack(parts[last].ptr))) return parts[last];
    uint8_t *p = buf && total <= ESCGO_TMP_BUF ? buf : escgo_alloc_noscan(total);
    uint8_t *q = p;
    for (int64_t i = 0; i < n; i++) {
        memcpy(q, parts[i].ptr, (size_t)parts[i].len);
        q += parts[i].len;
    }
    return (GoString){p, total};
}

/* Encodes r (already valid: not a surrogate, <= MaxRune) as UTF-8. */
static int rt_encoderune(uint8_t *p, uint32_t r) {
    if (r < 0x80) {
        p[0] = (uint8_t)r;
        return 1;
    }
    if (r < 0x800) {
        p[0] = (uint8_t)(0xC0 | r >> 6);
        p[1] = (uint8_t)(0x80 | (r & 0x3F));
        return 2;
    }
    if (r < 0x10000) {
        p[0] = (uint8_t)(0xE0 | r >> 12);
        p[1] = (uint8_t)(0x80 | (r >> 6 & 0x3F));
        p[2] = (uint8_t)(0x80 | (r & 0x3F));
        return 3;
    }
    p[0] = (uint8_t)(0xF0 | r >> 18);
    p[1] = (uint8_t)(0x80 | (r >> 12 & 0x3F));
    p[2] = (uint8_t)(0x80 | (r >> 6 & 0x3F));
    p[3] = (uint8_t)(0x80 | (r & 0x3F));
    return 4;
}

GoString escgo_intstring(int64_t v) {
    if (v >= 0 && v < 0x80) return (GoString){&rt_ascii_bytes[v], 1};
    if (v < 0 || v > RT_MAX_RUNE || (v >= RT_SURR_MIN && v <= RT_SURR_MAX)) v = RT_RUNE_ERROR;
    uint8_t tmp[4];
    int n = rt_encoderune(tmp, (uint32_t)v);
    uint8_t *p = escgo_alloc_noscan(n);
    memcpy(p, tmp, (size_t)n);
    return (GoString){p, n};
}

/* As gc's decoderune: a sequence that is truncated, has a bad continuation
 * byte, is overlong, encodes a surrogate or exceeds MaxRune decodes as
 * U+FFFD and advances by exactly one byte. */
int32_t escgo_decoderune(const uint8_t *s, int64_t len, int64_t i, int64_t *next) {
    if (i >= len) {
        *next = i + 1;
        return RT_RUNE_ERROR;
    }
    uint32_t c = s[i];
    int64_t rem = len - i;
    if (c < 0x80) {
        *next = i + 1;
        return (int32_t)c;
    }
#define RT_CONT(k) (s[i + (k)] >= 0x80 && s[i + (k)] <= 0xBF)
    if (c >= 0xC0 && c < 0xE0) {
        if (rem > 1 && RT_CONT(1)) {
            uint32_t r = (c & 0x1F) << 6 | (s[i + 1] & 0x3F);
            if (r >= 0x80) {
                *next = i + 2;
                return (int32_t)r;
            }
        }
    } else if (c >= 0xE0 && c < 0xF0) {
        if (rem > 2 && RT_CONT(1) && RT_CONT(2)) {
            uint32_t r = (c & 0x0F) << 12 | (s[i + 1] & 0x3Fu) << 6 | (s[i + 2] & 0x3F);
            if (r >= 0x800 && !(r >= RT_SURR_MIN && r <= RT_SURR_MAX)) {
                *next = i + 3;
                return (int32_t)r;
            }
        }
    } else if (c >= 0xF0 && c < 0xF8) {
        if (rem > 3 && RT_CONT(1) && RT_CONT(2) && RT_CONT(3)) {
            uint32_t r = (c & 0x07) << 18 | (s[i + 1] & 0x3Fu) << 12 | (s[i + 2] & 0x3Fu) << 6 |
                         (s[i + 3] & 0x3F);
            if (r >= 0x10000 && r <= RT_MAX_RUNE) {
                *next = i + 4;
                return (int32_t)r;
            }
        }
    }
#undef RT_CONT
    *next = i + 1;
    return RT_RUNE_ERROR;
}
