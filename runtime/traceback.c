/* traceback.c: the "goroutine N [running]:" stack trace of a crash, and
 * the frames of parked goroutines for the deadlock report (sched.c).
 *
 * Frames are found by walking frame pointers (the runtime is built with
 * -fno-omit-frame-pointer; generated code keeps them too, as gc does on
 * amd64) and named from the executable's own ELF symbol table, read from
 * /proc/self/exe. Everything here is async-signal-safe — only system calls
 * and reads of memory checked to lie inside the current stack — because it
 * runs from the fault handler, possibly right after a stack overflow.
 *
 * Without DWARF there are no file:line positions; a frame prints as
 *     main.f(...)
 *     \t?:0 +0x1b
 * keeping gc's shape (function, then the pc offset within it). Runtime C
 * functions (escgo_*, rt_*) are skipped, as gc hides runtime frames. */
#include "rt_internal.h"

#include <elf.h>
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

enum { RT_MAX_FRAMES = 100 };

typedef struct SymTab {
    const Elf64_Sym *syms;
    size_t nsyms;
    const char *strs;
    size_t strsize;
    uintptr_t bias; /* run-time address = symbol value + bias (PIE) */
} SymTab;

static bool rt_symtab_open(SymTab *st) {
    memset(st, 0, sizeof *st);
    int fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    struct stat sb;
    if (fstat(fd, &sb) != 0 || (size_t)sb.st_size < sizeof(Elf64_Ehdr)) {
        close(fd);
        return false;
    }
    size_t size = (size_t)sb.st_size;
    const uint8_t *base = mmap(NULL, size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (base == MAP_FAILED) return false;
    const Elf64_Ehdr *eh = (const Elf64_Ehdr *)base;
    if (memcmp(eh->e_ident, ELFMAG, SELFMAG) != 0 || eh->e_shoff == 0 ||
        eh->e_shoff + (size_t)eh->e_shnum * sizeof(Elf64_Shdr) > size)
        return false;
    const Elf64_Shdr *sh = (const Elf64_Shdr *)(base + eh->e_shoff);
    for (int i = 0; i < eh->e_shnum; i++) {
        if (sh[i].sh_type != SHT_SYMTAB || sh[i].sh_link >= eh->e_shnum) continue;
        const Elf64_Shdr *str = &sh[sh[i].sh_link];
        if (sh[i].sh_offset + sh[i].sh_size > size || str->sh_offset + str->sh_size > size)
            return false;
        st->syms = (const Elf64_Sym *)(base + sh[i].sh_offset);
        st->nsyms = sh[i].sh_size / sizeof(Elf64_Sym);
        st->strs = (const char *)(base + str->sh_offset);
        st->strsize = str->sh_size;
        break;
    }
    if (!st->syms) return false;
    /* The load bias: where this very function is, against its symbol. */
    for (size_t i = 0; i < st->nsyms; i++) {
        const Elf64_Sym *s = &st->syms[i];
        if (ELF64_ST_TYPE(s->st_info) == STT_FUNC && s->st_name < st->strsize &&
            strcmp(st->strs + s->st_name, "rt_symtab_open") == 0) {
            st->bias = (uintptr_t)&rt_symtab_open - s->st_value;
            return true;
        }
    }
    return false;
}

/* The function symbol containing pc, or NULL; *start gets its address. */
static const char *rt_symtab_lookup(const SymTab *st, uintptr_t pc, uintptr_t *start) {
    const Elf64_Sym *best = NULL;
    for (size_t i = 0; i < st->nsyms; i++) {
        const Elf64_Sym *s = &st->syms[i];
        if (ELF64_ST_TYPE(s->st_info) != STT_FUNC || s->st_value == 0) continue;
        uintptr_t lo = s->st_value + st->bias;
        if (pc >= lo && pc < lo + (s->st_size ? s->st_size : 1) &&
            (!best || s->st_value > best->st_value))
            best = s;
    }
    if (!best || best->st_name >= st->strsize) return NULL;
    *start = best->st_value + st->bias;
    return st->strs + best->st_name;
}

static bool rt_is_runtime_name(const char *name) {
    return strncmp(name, "escgo_", 6) == 0 || strncmp(name, "rt_", 3) == 0;
}

/* Prints one frame; returns false once the walk should stop (main.main is
 * the outermost Go frame, and a pc outside the program ends the walk). */
static bool rt_print_frame(const SymTab *st, uintptr_t pc, bool is_return, int *printed) {
    uintptr_t start;
    const char *name = rt_symtab_lookup(st, is_return ? pc - 1 : pc, &start);
    if (!name) return false;
    if (rt_is_runtime_name(name)) return true;
    rt_gwrite_cstr(name);
    rt_gwrite_cstr("(...)\n\t?:0 +");
    escgo_printhex(pc - start);
    rt_gwrite_cstr("\n");
    (*printed)++;
    return strcmp(name, "main.main") != 0 && strcmp(name, "escgo.init") != 0;
}

/* Opened once: a deadlock report walks every goroutine's stack. */
static const SymTab *rt_symtab(void) {
    static SymTab st;
    static int state; /* 0 not tried, 1 open, -1 failed */
    if (state == 0) state = rt_symtab_open(&st) ? 1 : -1;
    return state > 0 ? &st : NULL;
}

void rt_traceback_frames(uintptr_t pc, uintptr_t fp, uintptr_t lo, uintptr_t hi) {
    const SymTab *st = rt_symtab();
    if (!st) {
        rt_gwrite_cstr("(no symbol table: stack trace unavailable)\n");
        return;
    }
    int printed = 0;
    if (pc && !rt_print_frame(st, pc, false, &printed)) fp = 0;
    while (fp && printed < RT_MAX_FRAMES) {
        /* a frame record is {saved fp, return address}, inside the stack,
         * and each caller's record lies above its callee's */
        if (fp < lo || fp + 16 > hi || (fp & 7) != 0) break;
        const uintptr_t *rec = (const uintptr_t *)fp;
        uintptr_t next = rec[0], ret = rec[1];
        if (!rt_print_frame(st, ret, true, &printed)) break;
        if (next <= fp) break;
        fp = next;
    }
    if (fp && printed >= RT_MAX_FRAMES) rt_gwrite_cstr("...additional frames elided...\n");
    if (printed == 0) rt_gwrite_cstr("(stack trace unavailable)\n");
}

void rt_traceback(uintptr_t pc, uintptr_t fp) {
    rt_gwrite_cstr("goroutine ");
    escgo_printint(rt_curg->id);
    rt_gwrite_cstr(" [running]:\n");
    uintptr_t lo, hi;
    rt_stack_bounds(&lo, &hi);
    if (hi == 0) {
        /* a thread without a recorded Go stack: trust a window above fp */
        lo = fp;
        hi = fp + (64u << 20);
    }
    rt_traceback_frames(pc, fp, lo, hi);
}
