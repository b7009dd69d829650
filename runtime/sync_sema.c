/* sync_sema.c: the waiting machinery of package sync (runtime/std/sync
 * declares these without bodies): semaphores for Mutex, RWMutex and
 * WaitGroup, notify lists for Cond, and sync's fatal errors.
 *
 * escgo runs a single goroutine for now. A semaphore or notify list that
 * has nothing to hand out can then never be released, so waiting on it is
 * gc's deadlock error, printed as gc prints it, with the wait reason on the
 * goroutine line ("goroutine 1 [semacquire]:"). When goroutines arrive,
 * these functions park the goroutine on a wait queue keyed by the address
 * (a futex for threads) and the deadlock check moves to the scheduler, which
 * alone knows that no goroutine can run. */
#include "rt_internal.h"

#include <string.h>

void rt_sync_semacquire(uint32_t *s) __asm__("sync.runtime_Semacquire");
void rt_sync_semacquire_mutex(uint32_t *s, uint8_t lifo,
                              int64_t skipframes) __asm__("sync.runtime_SemacquireMutex");
void rt_sync_semrelease(uint32_t *s, uint8_t handoff,
                        int64_t skipframes) __asm__("sync.runtime_Semrelease");

/* The Go struct notifyList of runtime/std/sync/runtime.go. */
typedef struct RtNotifyList {
    uint32_t wait;   /* ticket of the next waiter */
    uint32_t notify; /* next ticket to wake */
    uintptr_t lock;
    void *head, *tail;
} RtNotifyList;

uint32_t rt_sync_notify_add(RtNotifyList *l) __asm__("sync.runtime_notifyListAdd");
void rt_sync_notify_wait(RtNotifyList *l, uint32_t t) __asm__("sync.runtime_notifyListWait");
void rt_sync_notify_all(RtNotifyList *l) __asm__("sync.runtime_notifyListNotifyAll");
void rt_sync_notify_one(RtNotifyList *l) __asm__("sync.runtime_notifyListNotifyOne");
_Noreturn void rt_sync_fatal(const uint8_t *p, int64_t len) __asm__("sync.fatal");

/* gc's checkdead: "fatal error: all goroutines are asleep - deadlock!",
 * then the goroutine with its wait reason. gc prints its frames too; the
 * traceback printer here knows only the [running] form, so they are left
 * out. */
static _Noreturn void rt_sync_deadlock(const char *reason) {
    rt_print_flush_all();
    escgo_printlock();
    rt_gwrite_cstr("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [");
    rt_gwrite_cstr(reason);
    rt_gwrite_cstr("]:\n");
    rt_print_flush_all();
    rt_die(2);
}

void rt_sync_semacquire(uint32_t *s) {
    uint32_t v = __atomic_load_n(s, __ATOMIC_SEQ_CST);
    if (v == 0) rt_sync_deadlock("semacquire");
    __atomic_store_n(s, v - 1, __ATOMIC_SEQ_CST);
}

void rt_sync_semacquire_mutex(uint32_t *s, uint8_t lifo, int64_t skipframes) {
    (void)lifo;
    (void)skipframes;
    rt_sync_semacquire(s);
}

void rt_sync_semrelease(uint32_t *s, uint8_t handoff, int64_t skipframes) {
    (void)handoff;
    (void)skipframes;
    __atomic_add_fetch(s, 1, __ATOMIC_SEQ_CST);
}

uint32_t rt_sync_notify_add(RtNotifyList *l) {
    return __atomic_fetch_add(&l->wait, 1, __ATOMIC_SEQ_CST);
}

/* Ticket t was notified once notify has moved past it (wrapping as gc's
 * less(a, b) does). */
void rt_sync_notify_wait(RtNotifyList *l, uint32_t t) {
    if ((int32_t)(t - __atomic_load_n(&l->notify, __ATOMIC_SEQ_CST)) < 0) return;
    rt_sync_deadlock("sync.Cond.Wait");
}

void rt_sync_notify_all(RtNotifyList *l) {
    __atomic_store_n(&l->notify, __atomic_load_n(&l->wait, __ATOMIC_SEQ_CST), __ATOMIC_SEQ_CST);
}

void rt_sync_notify_one(RtNotifyList *l) {
    if (l->notify != l->wait) l->notify++;
}

_Noreturn void rt_sync_fatal(const uint8_t *p, int64_t len) {
    char *msg = escgo_alloc_noscan(len + 1);
    memcpy(msg, p, (size_t)len);
    msg[len] = 0;
    rt_throw(msg);
}
