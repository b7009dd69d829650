/* os.c: the parts of package os that are implemented in C (the Go side,
 * runtime/std/os, declares them without bodies). */
#include "rt_internal.h"

#include <stdlib.h>

/* Saved by main() for os.Args. */
int escgo_argc;
char **escgo_argv;

/* Go's os.Exit ends the program at once: deferred functions do not run.
 * exit(3) runs C atexit handlers and flushes stdio, which Go output never
 * uses; the low 8 bits of code become the exit status, as in Go. */
_Noreturn void escgo_os_exit(int64_t code) {
    exit((int)code);
}
