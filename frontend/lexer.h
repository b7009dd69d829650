/* lexer.h: the scanner's internal interface, used only by the parser.
 *
 * The lexer turns bytes into go/token kinds one token at a time, inserting
 * semicolons as the spec says, and reports lexical errors in gc's words
 * (cmd/compile/internal/syntax/scanner.go) through diag_error. It also
 * hands //go: directives to the parser, which decides where they belong. */
#ifndef ESCGO_LEXER_H
#define ESCGO_LEXER_H

#include "ast.h"

/* A //go: comment: text without the leading "//" ("go:noescape"), pos just
 * after the "//" (where gc reports it), blank if nothing but white space
 * precedes it on its line. */
typedef struct LexDirective {
    const char *text;
    Pos pos;
    bool blank;
} LexDirective;

typedef struct Lexer {
    const char *src;
    size_t len;
    int file;

    /* the character being looked at */
    size_t off;        /* its byte offset */
    size_t line_start; /* byte offset of the start of its line */
    int line;
    int ch; /* code point, -1 at end of input */
    int chw;
    bool nlsemi; /* a newline or EOF now turns into a ; */

    /* the current token */
    TokKind tok;
    Pos pos;
    size_t tok_off;  /* byte offset of its first character */
    const char *lit; /* T_IDENT: interned name; literals: source text (raw
                        strings without \r); T_SEMICOLON: "semicolon",
                        "newline" or "EOF" */
    bool bad;        /* the literal had a lexical error */
    int nerrors;     /* lexical errors so far */

    /* directives seen since the parser last took them */
    Vec directives;
} Lexer;

/* unicode.IsLetter and unicode.IsDigit of Go 1.19 (lexer_unicode.c). */
bool lex_unicode_is_letter(int ch);
bool lex_unicode_is_digit(int ch);

void lex_init(Lexer *lx, int file, const char *src, size_t len);
/* Scans the next token into lx->tok, lx->pos, lx->lit. */
void lex_next(Lexer *lx);

#endif
