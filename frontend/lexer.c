/* lexer.c: Go's lexical grammar, with gc's error messages and positions.
 *
 * The structure follows the spec section by section (semicolons,
 * identifiers, numbers, runes, strings, comments). Where gc's scanner has a
 * particular opinion — which column an error points at, which error wins
 * when several apply — we do what gc does, because users compare our
 * messages with gc's. Columns count bytes, 1-based. */
#include "lexer.h"

#include <stdio.h>
#include <string.h>

/* ---- characters ------------------------------------------------------- */

static bool is_unicode_letter(int ch) {
    return ch >= 0x80 && lex_unicode_is_letter(ch);
}

static bool is_unicode_digit(int ch) {
    return ch >= 0x80 && lex_unicode_is_digit(ch);
}

static int lower(int ch) {
    return ('a' - 'A') | ch;
}

static bool is_letter(int ch) {
    return ('a' <= lower(ch) && lower(ch) <= 'z') || ch == '_';
}

static bool is_decimal(int ch) {
    return '0' <= ch && ch <= '9';
}

static bool is_hex(int ch) {
    return is_decimal(ch) || ('a' <= lower(ch) && lower(ch) <= 'f');
}

/* An approximation of strconv.IsPrint for %#U and %q. */
static bool is_printable(int ch) {
    if (ch < 0x80) return ch >= 0x20 && ch < 0x7f;
    if (ch < 0xa1 || ch == 0xad || ch > 0x10ffff) return false;
    if ((ch >= 0x2000 && ch <= 0x200f) || (ch >= 0x2028 && ch <= 0x202f) ||
        (ch >= 0x205f && ch <= 0x206f) || ch == 0x1680 || ch == 0x3000 || ch == 0xfeff)
        return false;
    if ((ch >= 0xd800 && ch <= 0xf8ff) || (ch >= 0xfff9 && ch <= 0xfffb) || ch >= 0xf0000)
        return false;
    return true;
}

static int encode_utf8(char *buf, int ch) {
    if (ch < 0x80) {
        buf[0] = (char)ch;
        return 1;
    }
    if (ch < 0x800) {
        buf[0] = (char)(0xc0 | (ch >> 6));
        buf[1] = (char)(0x80 | (ch & 0x3f));
        return 2;
    }
    if (ch < 0x10000) {
        buf[0] = (char)(0xe0 | (ch >> 12));
        buf[1] = (char)(0x80 | ((ch >> 6) & 0x3f));
        buf[2] = (char)(0x80 | (ch & 0x3f));
        return 3;
    }
    buf[0] = (char)(0xf0 | (ch >> 18));
    buf[1] = (char)(0x80 | ((ch >> 12) & 0x3f));
    buf[2] = (char)(0x80 | ((ch >> 6) & 0x3f));
    buf[3] = (char)(0x80 | (ch & 0x3f));
    return 4;
}

/* Go's %#U: "U+0040 '@'", or just "U+0007" when not printable. */
static const char *fmt_U(int ch) {
    if (is_printable(ch)) {
        char buf[5];
        int n = encode_utf8(buf, ch);
        return arena_printf("U+%04X '%.*s'", (unsigned)ch, n, buf);
    }
    return arena_printf("U+%04X", (unsigned)ch);
}

/* Go's %q of a rune: 'x', '\n', '\x00', '\u2028'. */
static const char *fmt_q(int ch) {
    switch (ch) {
    case '\a': return "'\\a'";
    case '\b': return "'\\b'";
    case '\f': return "'\\f'";
    case '\n': return "'\\n'";
    case '\r': return "'\\r'";
    case '\t': return "'\\t'";
    case '\v': return "'\\v'";
    case '\\': return "'\\\\'";
    case '\'': return "'\\''";
    }
    if (is_printable(ch)) {
        char buf[5];
        int n = encode_utf8(buf, ch);
        return arena_printf("'%.*s'", n, buf);
    }
    if (ch < 0x80) return arena_printf("'\\x%02x'", (unsigned)ch);
    if (ch < 0x10000) return arena_printf("'\\u%04x'", (unsigned)ch);
    return arena_printf("'\\U%08x'", (unsigned)ch);
}

/* ---- reading characters ----------------------------------------------- */

static Pos cur_pos(const Lexer *lx) {
    Pos p = {lx->file, lx->line, (int32_t)(lx->off - lx->line_start + 1)};
    return p;
}

static void lex_error_at(Lexer *lx, Pos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void lex_error_at(Lexer *lx, Pos pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    diag_verror(pos, fmt, ap);
    va_end(ap);
    lx->nerrors++;
}

/* An error at the current character (gc's errorf). */
#define ERR_HERE(lx, ...) lex_error_at((lx), cur_pos(lx), __VA_ARGS__)

/* An error at a byte offset from the start of the current token (gc's
 * errorAtf). */
static Pos tok_pos_plus(const Lexer *lx, int offset) {
    Pos p = lx->pos;
    p.col += offset;
    return p;
}

/* Decodes the UTF-8 sequence at s[0..n). Returns the code point and sets
 * *w, or returns -2 (invalid, *w = 1). */
static int decode_utf8(const unsigned char *s, size_t n, int *w) {
    unsigned c = s[0];
    int need;
    unsigned cp, min;
    if (c < 0x80) {
        *w = 1;
        return (int)c;
    } else if ((c & 0xe0) == 0xc0) {
        need = 1, cp = c & 0x1f, min = 0x80;
    } else if ((c & 0xf0) == 0xe0) {
        need = 2, cp = c & 0x0f, min = 0x800;
    } else if ((c & 0xf8) == 0xf0) {
        need = 3, cp = c & 0x07, min = 0x10000;
    } else {
        *w = 1;
        return -2;
    }
    if ((size_t)need >= n) {
        *w = 1;
        return -2;
    }
    for (int i = 1; i <= need; i++) {
        if ((s[i] & 0xc0) != 0x80) {
            *w = 1;
            return -2;
        }
        cp = (cp << 6) | (s[i] & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000)) {
        *w = 1;
        return -2;
    }
    *w = need + 1;
    return (int)cp;
}

static void nextch(Lexer *lx) {
    for (;;) {
        if (lx->ch == '\n') {
            lx->line++;
            lx->line_start = lx->off + 1;
        }
        lx->off += (size_t)lx->chw;
        if (lx->off >= lx->len) {
            lx->off = lx->len;
            lx->ch = -1;
            lx->chw = 0;
            return;
        }
        const unsigned char *s = (const unsigned char *)lx->src + lx->off;
        if (*s < 0x80) {
            lx->ch = *s;
            lx->chw = 1;
            if (lx->ch == 0) {
                ERR_HERE(lx, "invalid NUL character");
                continue;
            }
            return;
        }
        int w;
        int ch = decode_utf8(s, lx->len - lx->off, &w);
        lx->ch = ch;
        lx->chw = w;
        if (ch == -2) {
            ERR_HERE(lx, "invalid UTF-8 encoding");
            continue;
        }
        if (ch == 0xfeff) {
            if (lx->off > 0) ERR_HERE(lx, "invalid BOM in the middle of the file");
            continue;
        }
        return;
    }
}

void lex_init(Lexer *lx, int file, const char *src, size_t len) {
    memset(lx, 0, sizeof *lx);
    lx->src = src;
    lx->len = len;
    lx->file = file;
    lx->line = 1;
    lx->ch = ' ';
    lx->chw = 0;
    nextch(lx);
}

static const char *segment(const Lexer *lx) {
    return arena_strndup(lx->src + lx->tok_off, lx->off - lx->tok_off);
}

/* ---- identifiers and keywords ----------------------------------------- */

static const struct {
    const char *name;
    TokKind tok;
} keywords[] = {
    {"break", T_BREAK},
    {"case", T_CASE},
    {"chan", T_CHAN},
    {"const", T_CONST},
    {"continue", T_CONTINUE},
    {"default", T_DEFAULT},
    {"defer", T_DEFER},
    {"else", T_ELSE},
    {"fallthrough", T_FALLTHROUGH},
    {"for", T_FOR},
    {"func", T_FUNC},
    {"go", T_GO},
    {"goto", T_GOTO},
    {"if", T_IF},
    {"import", T_IMPORT},
    {"interface", T_INTERFACE},
    {"map", T_MAP},
    {"package", T_PACKAGE},
    {"range", T_RANGE},
    {"return", T_RETURN},
    {"select", T_SELECT},
    {"struct", T_STRUCT},
    {"switch", T_SWITCH},
    {"type", T_TYPE},
    {"var", T_VAR},
};

/* Whether the current non-ASCII character may continue (or, if first, begin)
 * an identifier; reports gc's errors for digits and other characters, which
 * are still taken into the identifier. */
static bool at_ident_char(Lexer *lx, bool first) {
    int ch = lx->ch;
    if (is_unicode_letter(ch) || ch == '_') return true;
    if (is_unicode_digit(ch)) {
        if (first) ERR_HERE(lx, "identifier cannot begin with digit %s", fmt_U(ch));
        return true;
    }
    if (ch >= 0x80) {
        ERR_HERE(lx, "invalid character %s in identifier", fmt_U(ch));
        return true;
    }
    return false;
}

static void scan_ident(Lexer *lx) {
    for (;;) {
        if (is_letter(lx->ch) || is_decimal(lx->ch))
            nextch(lx);
        else if (lx->ch >= 0x80 && at_ident_char(lx, false))
            nextch(lx);
        else
            break;
    }
    const char *s = lx->src + lx->tok_off;
    size_t n = lx->off - lx->tok_off;
    if (n >= 2 && n <= 11) {
        for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++) {
            if (strlen(keywords[i].name) == n && memcmp(keywords[i].name, s, n) == 0) {
                TokKind t = keywords[i].tok;
                lx->tok = t;
                lx->nlsemi = t == T_BREAK || t == T_CONTINUE || t == T_FALLTHROUGH || t == T_RETURN;
                lx->lit = keywords[i].name;
                return;
            }
        }
    }
    lx->nlsemi = true;
    lx->tok = T_IDENT;
    lx->lit = intern(s, n);
}

/* ---- numbers ---------------------------------------------------------- */

static const char *base_name(int base) {
    switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 10: return "decimal";
    default: return "hexadecimal";
    }
}

/* Scans { digit | '_' }. For base <= 10 every decimal digit is accepted, and
 * the offset of the first one >= base is recorded in *invalid. Returns bit 0
 * set if there were digits, bit 1 if there were separators. */
static int scan_digits(Lexer *lx, int base, int *invalid) {
    int digsep = 0;
    if (base <= 10) {
        int max = '0' + base;
        while (is_decimal(lx->ch) || lx->ch == '_') {
            int ds = 1;
            if (lx->ch == '_')
                ds = 2;
            else if (lx->ch >= max && invalid && *invalid < 0)
                *invalid = (int)(lx->off - lx->tok_off);
            digsep |= ds;
            nextch(lx);
        }
    } else {
        while (is_hex(lx->ch) || lx->ch == '_') {
            digsep |= lx->ch == '_' ? 2 : 1;
            nextch(lx);
        }
    }
    return digsep;
}

/* The index of the first misplaced '_' in the literal x, or -1. A '_' must
 * sit between two digits (a base prefix counts as a digit). */
static int invalid_sep(const char *x, size_t n) {
    int x1 = ' ';
    int d = '.'; /* '_', '0' (a digit) or '.' (anything else) */
    size_t i = 0;
    if (n >= 2 && x[0] == '0') {
        x1 = lower((unsigned char)x[1]);
        if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
            d = '0';
            i = 2;
        }
    }
    for (; i < n; i++) {
        int p = d;
        d = (unsigned char)x[i];
        if (d == '_') {
            if (p != '0') return (int)i;
        } else if (is_decimal(d) || (x1 == 'x' && is_hex(d))) {
            d = '0';
        } else {
            if (p == '_') return (int)i - 1;
            d = '.';
        }
    }
    if (d == '_') return (int)n - 1;
    return -1;
}

static void scan_number(Lexer *lx, bool seen_point) {
    bool ok = true;
    TokKind kind = T_INT;
    int base = 10;
    int prefix = 0; /* 0 (decimal), '0' (legacy octal), 'x', 'o' or 'b' */
    int digsep = 0;
    int invalid = -1;

    if (!seen_point) {
        if (lx->ch == '0') {
            nextch(lx);
            switch (lower(lx->ch)) {
            case 'x':
                nextch(lx);
                base = 16, prefix = 'x';
                break;
            case 'o':
                nextch(lx);
                base = 8, prefix = 'o';
                break;
            case 'b':
                nextch(lx);
                base = 2, prefix = 'b';
                break;
            default: base = 8, prefix = '0'; digsep = 1; /* the leading 0 */
            }
        }
        digsep |= scan_digits(lx, base, &invalid);
        if (lx->ch == '.') {
            if (prefix == 'o' || prefix == 'b') {
                ERR_HERE(lx, "invalid radix point in %s literal", base_name(base));
                ok = false;
            }
            nextch(lx);
            seen_point = true;
        }
    }

    if (seen_point) {
        kind = T_FLOAT;
        digsep |= scan_digits(lx, base, &invalid);
    }

    if ((digsep & 1) == 0 && ok) {
        ERR_HERE(lx, "%s literal has no digits", base_name(base));
        ok = false;
    }

    int e = lower(lx->ch);
    if (e == 'e' || e == 'p') {
        if (ok) {
            if (e == 'e' && prefix != 0 && prefix != '0') {
                ERR_HERE(lx, "%s exponent requires decimal mantissa", fmt_q(lx->ch));
                ok = false;
            } else if (e == 'p' && prefix != 'x') {
                ERR_HERE(lx, "%s exponent requires hexadecimal mantissa", fmt_q(lx->ch));
                ok = false;
            }
        }
        nextch(lx);
        kind = T_FLOAT;
        if (lx->ch == '+' || lx->ch == '-') nextch(lx);
        digsep = scan_digits(lx, 10, NULL) | (digsep & 2);
        if ((digsep & 1) == 0 && ok) {
            ERR_HERE(lx, "exponent has no digits");
            ok = false;
        }
    } else if (prefix == 'x' && kind == T_FLOAT && ok) {
        ERR_HERE(lx, "hexadecimal mantissa requires a 'p' exponent");
        ok = false;
    }

    if (lx->ch == 'i') {
        kind = T_IMAG;
        nextch(lx);
    }

    lx->nlsemi = true;
    lx->tok = kind;
    lx->lit = segment(lx);

    if (kind == T_INT && invalid >= 0 && ok) {
        lex_error_at(lx, tok_pos_plus(lx, invalid), "invalid digit %s in %s literal",
                     fmt_q((unsigned char)lx->lit[invalid]), base_name(base));
        ok = false;
    }
    if ((digsep & 2) && ok) {
        int i = invalid_sep(lx->lit, strlen(lx->lit));
        if (i >= 0) {
            lex_error_at(lx, tok_pos_plus(lx, i), "'_' must separate successive digits");
            ok = false;
        }
    }
    lx->bad = !ok;
}

/* ---- runes and strings ------------------------------------------------ */

/* Scans the escape after a backslash; quote is the enclosing quote. */
static bool scan_escape(Lexer *lx, int quote) {
    int n;
    uint32_t base, max;
    switch (lx->ch) {
    case 'a':
    case 'b':
    case 'f':
    case 'n':
    case 'r':
    case 't':
    case 'v':
    case '\\': nextch(lx); return true;
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7': n = 3, base = 8, max = 255; break;
    case 'x':
        nextch(lx);
        n = 2, base = 16, max = 255;
        break;
    case 'u':
        nextch(lx);
        n = 4, base = 16, max = 0x10ffff;
        break;
    case 'U':
        nextch(lx);
        n = 8, base = 16, max = 0x10ffff;
        break;
    default:
        if (lx->ch == quote) {
            nextch(lx);
            return true;
        }
        if (lx->ch < 0) return true; /* the caller complains about EOF */
        ERR_HERE(lx, "unknown escape");
        return false;
    }

    uint32_t x = 0;
    for (int i = n; i > 0; i--) {
        if (lx->ch < 0) return true;
        uint32_t d = base;
        if (is_decimal(lx->ch))
            d = (uint32_t)(lx->ch - '0');
        else if ('a' <= lower(lx->ch) && lower(lx->ch) <= 'f')
            d = (uint32_t)(lower(lx->ch) - 'a' + 10);
        if (d >= base) {
            ERR_HERE(lx, "invalid character %s in %s escape", fmt_q(lx->ch), base_name((int)base));
            return false;
        }
        x = x * base + d;
        nextch(lx);
    }
    if (x > max && base == 8) {
        ERR_HERE(lx, "octal escape value %u > 255", x);
        return false;
    }
    if (x > max || (x >= 0xd800 && x < 0xe000)) {
        ERR_HERE(lx, "escape is invalid Unicode code point %s", fmt_U((int)x));
        return false;
    }
    return true;
}

static void scan_rune(Lexer *lx) {
    bool ok = true;
    nextch(lx);
    for (int n = 0;; n++) {
        if (lx->ch == '\'') {
            if (ok) {
                if (n == 0) {
                    ERR_HERE(lx, "empty rune literal or unescaped '");
                    ok = false;
                } else if (n != 1) {
                    lex_error_at(lx, lx->pos, "more than one character in rune literal");
                    ok = false;
                }
            }
            nextch(lx);
            break;
        }
        if (lx->ch == '\\') {
            nextch(lx);
            if (!scan_escape(lx, '\'')) ok = false;
            continue;
        }
        if (lx->ch == '\n') {
            if (ok) {
                ERR_HERE(lx, "newline in rune literal");
                ok = false;
            }
            break;
        }
        if (lx->ch < 0) {
            if (ok) {
                lex_error_at(lx, lx->pos, "rune literal not terminated");
                ok = false;
            }
            break;
        }
        nextch(lx);
    }
    lx->nlsemi = true;
    lx->tok = T_CHAR;
    lx->lit = segment(lx);
    lx->bad = !ok;
}

static void scan_string(Lexer *lx) {
    bool ok = true;
    nextch(lx);
    for (;;) {
        if (lx->ch == '"') {
            nextch(lx);
            break;
        }
        if (lx->ch == '\\') {
            nextch(lx);
            if (!scan_escape(lx, '"')) ok = false;
            continue;
        }
        if (lx->ch == '\n') {
            ERR_HERE(lx, "newline in string");
            ok = false;
            break;
        }
        if (lx->ch < 0) {
            lex_error_at(lx, lx->pos, "string not terminated");
            ok = false;
            break;
        }
        nextch(lx);
    }
    lx->nlsemi = true;
    lx->tok = T_STRING;
    lx->lit = segment(lx);
    lx->bad = !ok;
}

static void scan_raw_string(Lexer *lx) {
    bool ok = true;
    bool has_cr = false;
    nextch(lx);
    for (;;) {
        if (lx->ch == '`') {
            nextch(lx);
            break;
        }
        if (lx->ch < 0) {
            lex_error_at(lx, lx->pos, "string not terminated");
            ok = false;
            break;
        }
        if (lx->ch == '\r') has_cr = true;
        nextch(lx);
    }
    lx->nlsemi = true;
    lx->tok = T_STRING;
    lx->lit = segment(lx);
    if (has_cr) {
        /* Carriage returns are not part of a raw string's value. */
        char *s = (char *)lx->lit, *d = s;
        for (; *s; s++)
            if (*s != '\r') *d++ = *s;
        *d = '\0';
    }
    lx->bad = !ok;
}

/* ---- comments --------------------------------------------------------- */

static bool blank_before(const Lexer *lx, size_t off) {
    for (size_t i = lx->line_start; i < off; i++)
        if (lx->src[i] != ' ' && lx->src[i] != '\t' && lx->src[i] != '\r') return false;
    return true;
}

/* The "//" has been consumed. A "//go:" comment becomes a directive. */
static void scan_line_comment(Lexer *lx) {
    size_t text_off = lx->off;
    while (lx->ch >= 0 && lx->ch != '\n')
        nextch(lx);
    size_t n = lx->off - text_off;
    const char *text = lx->src + text_off;
    if (n >= 3 && memcmp(text, "go:", 3) == 0) {
        if (text[n - 1] == '\r') n--;
        LexDirective *d = ARENA_NEW(LexDirective);
        d->text = arena_strndup(text, n);
        d->pos = tok_pos_plus(lx, 2);
        d->blank = blank_before(lx, lx->tok_off);
        vec_push(&lx->directives, d);
    }
}

/* The opening has been consumed. Returns false at EOF. */
static bool scan_full_comment(Lexer *lx) {
    while (lx->ch >= 0) {
        while (lx->ch == '*') {
            nextch(lx);
            if (lx->ch == '/') {
                nextch(lx);
                return true;
            }
        }
        nextch(lx);
    }
    lex_error_at(lx, lx->pos, "comment not terminated");
    return false;
}

/* ---- tokens ----------------------------------------------------------- */

/* An operator that may be followed by '=' to make an assignment operator. */
static void assign_op(Lexer *lx, TokKind op, TokKind op_assign) {
    if (lx->ch == '=') {
        nextch(lx);
        lx->tok = op_assign;
        return;
    }
    lx->tok = op;
}

void lex_next(Lexer *lx) {
    bool nlsemi = lx->nlsemi;
    lx->nlsemi = false;
    lx->bad = false;
    lx->lit = NULL;

redo:
    while (lx->ch == ' ' || lx->ch == '\t' || (lx->ch == '\n' && !nlsemi) || lx->ch == '\r')
        nextch(lx);

    lx->pos = cur_pos(lx);
    lx->tok_off = lx->off;

    if (is_letter(lx->ch) || (lx->ch >= 0x80 && at_ident_char(lx, true))) {
        nextch(lx);
        scan_ident(lx);
        return;
    }

    switch (lx->ch) {
    case -1:
        if (nlsemi) {
            lx->lit = "EOF";
            lx->tok = T_SEMICOLON;
            break;
        }
        lx->tok = T_EOF;
        break;
    case '\n':
        nextch(lx);
        lx->lit = "newline";
        lx->tok = T_SEMICOLON;
        break;
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
    case '8':
    case '9': scan_number(lx, false); break;
    case '"': scan_string(lx); break;
    case '`': scan_raw_string(lx); break;
    case '\'': scan_rune(lx); break;
    case '(':
        nextch(lx);
        lx->tok = T_LPAREN;
        break;
    case '[':
        nextch(lx);
        lx->tok = T_LBRACK;
        break;
    case '{':
        nextch(lx);
        lx->tok = T_LBRACE;
        break;
    case ',':
        nextch(lx);
        lx->tok = T_COMMA;
        break;
    case ';':
        nextch(lx);
        lx->lit = "semicolon";
        lx->tok = T_SEMICOLON;
        break;
    case ')':
        nextch(lx);
        lx->nlsemi = true;
        lx->tok = T_RPAREN;
        break;
    case ']':
        nextch(lx);
        lx->nlsemi = true;
        lx->tok = T_RBRACK;
        break;
    case '}':
        nextch(lx);
        lx->nlsemi = true;
        lx->tok = T_RBRACE;
        break;
    case ':':
        nextch(lx);
        if (lx->ch == '=') {
            nextch(lx);
            lx->tok = T_DEFINE;
            break;
        }
        lx->tok = T_COLON;
        break;
    case '.':
        nextch(lx);
        if (is_decimal(lx->ch)) {
            scan_number(lx, true);
            break;
        }
        if (lx->ch == '.' && lx->off + 1 < lx->len && lx->src[lx->off + 1] == '.') {
            nextch(lx);
            nextch(lx);
            lx->tok = T_ELLIPSIS;
            break;
        }
        lx->tok = T_PERIOD;
        break;
    case '+':
        nextch(lx);
        if (lx->ch == '+') {
            nextch(lx);
            lx->nlsemi = true;
            lx->tok = T_INC;
            break;
        }
        assign_op(lx, T_ADD, T_ADD_ASSIGN);
        break;
    case '-':
        nextch(lx);
        if (lx->ch == '-') {
            nextch(lx);
            lx->nlsemi = true;
            lx->tok = T_DEC;
            break;
        }
        assign_op(lx, T_SUB, T_SUB_ASSIGN);
        break;
    case '*':
        nextch(lx);
        assign_op(lx, T_MUL, T_MUL_ASSIGN);
        break;
    case '/':
        nextch(lx);
        if (lx->ch == '/') {
            nextch(lx);
            scan_line_comment(lx);
            goto redo;
        }
        if (lx->ch == '*') {
            int start_line = lx->line;
            nextch(lx);
            scan_full_comment(lx);
            if (lx->line > start_line && nlsemi) {
                /* A multi-line comment acts like a newline. */
                lx->lit = "newline";
                lx->tok = T_SEMICOLON;
                break;
            }
            goto redo;
        }
        assign_op(lx, T_QUO, T_QUO_ASSIGN);
        break;
    case '%':
        nextch(lx);
        assign_op(lx, T_REM, T_REM_ASSIGN);
        break;
    case '&':
        nextch(lx);
        if (lx->ch == '&') {
            nextch(lx);
            lx->tok = T_LAND;
            break;
        }
        if (lx->ch == '^') {
            nextch(lx);
            assign_op(lx, T_AND_NOT, T_AND_NOT_ASSIGN);
            break;
        }
        assign_op(lx, T_AND, T_AND_ASSIGN);
        break;
    case '|':
        nextch(lx);
        if (lx->ch == '|') {
            nextch(lx);
            lx->tok = T_LOR;
            break;
        }
        assign_op(lx, T_OR, T_OR_ASSIGN);
        break;
    case '^':
        nextch(lx);
        assign_op(lx, T_XOR, T_XOR_ASSIGN);
        break;
    case '<':
        nextch(lx);
        if (lx->ch == '=') {
            nextch(lx);
            lx->tok = T_LEQ;
            break;
        }
        if (lx->ch == '<') {
            nextch(lx);
            assign_op(lx, T_SHL, T_SHL_ASSIGN);
            break;
        }
        if (lx->ch == '-') {
            nextch(lx);
            lx->tok = T_ARROW;
            break;
        }
        lx->tok = T_LSS;
        break;
    case '>':
        nextch(lx);
        if (lx->ch == '=') {
            nextch(lx);
            lx->tok = T_GEQ;
            break;
        }
        if (lx->ch == '>') {
            nextch(lx);
            assign_op(lx, T_SHR, T_SHR_ASSIGN);
            break;
        }
        lx->tok = T_GTR;
        break;
    case '=':
        nextch(lx);
        if (lx->ch == '=') {
            nextch(lx);
            lx->tok = T_EQL;
            break;
        }
        lx->tok = T_ASSIGN;
        break;
    case '!':
        nextch(lx);
        if (lx->ch == '=') {
            nextch(lx);
            lx->tok = T_NEQ;
            break;
        }
        lx->tok = T_NOT;
        break;
    case '~':
        nextch(lx);
        lx->tok = T_TILDE;
        break;
    default:
        ERR_HERE(lx, "invalid character %s", fmt_U(lx->ch));
        nextch(lx);
        goto redo;
    }
}
