/* sync_atomic.c: package sync/atomic's functions (runtime/std/sync/atomic
 * declares them without bodies), as sequentially consistent GCC atomics —
 * Go's memory model makes every sync/atomic operation sequentially
 * consistent.
 *
 * gc compiles these to inline instructions; escgo calls them, which costs
 * a call but no more. Their Go declarations carry no //go:noescape, so
 * their address arguments leak, exactly as gc's declarations make them
 * leak (`var n int32; atomic.AddInt32(&n, 1)` moves n to the heap).
 *
 * The Go symbols contain a '/', which the GNU assembler accepts only
 * quoted, hence aliases (as in rtype.c) instead of asm labels. */
#include "rt_internal.h"

#define ATOMIC_EXPORT(name)                                                                        \
    __asm__(".globl \"sync/atomic." #name "\"\n\t"                                                 \
            ".type \"sync/atomic." #name "\", @function\n\t"                                       \
            ".set \"sync/atomic." #name "\", escgo_atomic_" #name)

#define SC __ATOMIC_SEQ_CST

/* One set of functions per Go type T with C type C: Swap, CompareAndSwap,
 * Load, Store, and (for integers) Add, which returns the new value. */
#define ATOMIC_BASIC(T, C)                                                                         \
    C escgo_atomic_Swap##T(C *addr, C new_);                                                       \
    C escgo_atomic_Swap##T(C *addr, C new_) {                                                      \
        return __atomic_exchange_n(addr, new_, SC);                                                \
    }                                                                                              \
    ATOMIC_EXPORT(Swap##T);                                                                        \
    bool escgo_atomic_CompareAndSwap##T(C *addr, C old, C new_);                                   \
    bool escgo_atomic_CompareAndSwap##T(C *addr, C old, C new_) {                                  \
        return __atomic_compare_exchange_n(addr, &old, new_, false, SC, SC);                       \
    }                                                                                              \
    ATOMIC_EXPORT(CompareAndSwap##T);                                                              \
    C escgo_atomic_Load##T(C *addr);                                                               \
    C escgo_atomic_Load##T(C *addr) {                                                              \
        return __atomic_load_n(addr, SC);                                                          \
    }                                                                                              \
    ATOMIC_EXPORT(Load##T);                                                                        \
    void escgo_atomic_Store##T(C *addr, C val);                                                    \
    void escgo_atomic_Store##T(C *addr, C val) {                                                   \
        __atomic_store_n(addr, val, SC);                                                           \
    }                                                                                              \
    ATOMIC_EXPORT(Store##T)

#define ATOMIC_ADD(T, C)                                                                           \
    C escgo_atomic_Add##T(C *addr, C delta);                                                       \
    C escgo_atomic_Add##T(C *addr, C delta) {                                                      \
        return __atomic_add_fetch(addr, delta, SC);                                                \
    }                                                                                              \
    ATOMIC_EXPORT(Add##T)

ATOMIC_BASIC(Int32, int32_t);
ATOMIC_BASIC(Int64, int64_t);
ATOMIC_BASIC(Uint32, uint32_t);
ATOMIC_BASIC(Uint64, uint64_t);
ATOMIC_BASIC(Uintptr, uintptr_t);
ATOMIC_BASIC(Pointer, void *);
ATOMIC_ADD(Int32, int32_t);
ATOMIC_ADD(Int64, int64_t);
ATOMIC_ADD(Uint32, uint32_t);
ATOMIC_ADD(Uint64, uint64_t);
ATOMIC_ADD(Uintptr, uintptr_t);
