/* unit_check.h: the assertion the C unit tests share. CHECK counts every
 * check and prints each failure with its file, line and a printf-style
 * message, then goes on (stopping after 50 failures, when the output would
 * only repeat itself); a test's main() reports `checks` and `failures` and
 * exits nonzero if any failed. */
#ifndef ESCGO_UNIT_CHECK_H
#define ESCGO_UNIT_CHECK_H

#include <stdio.h>
#include <stdlib.h>

static int failures;
static long checks;

#define CHECK(cond, ...)                                                                           \
    do {                                                                                           \
        checks++;                                                                                  \
        if (!(cond)) {                                                                             \
            failures++;                                                                            \
            fprintf(stdout, "FAIL %s:%d: ", __FILE__, __LINE__);                                   \
            fprintf(stdout, __VA_ARGS__);                                                          \
            fputc('\n', stdout);                                                                   \
            if (failures > 50) exit(1);                                                            \
        }                                                                                          \
    } while (0)

#endif
