/* sync_sema.c: the waiting machinery of package sync (runtime/std/sync
 * declares these without bodies): semaphores for Mutex, RWMutex and
 * WaitGroup, notify lists for Cond, and sync's fatal errors.
 *
 * A goroutine that must wait parks (sched.c) on a wait queue: for a
 * semaphore, one keyed by its address, as gc's semtable; for a notify
 * list, the list itself. Release and notify make the waiter runnable. If
 * nothing can run any more, the scheduler reports gc's deadlock, with the
 * wait reason on the goroutine line ("goroutine 1 [semacquire]:").
 * Goroutines run on one thread and switch only when they park or yield, so
 * these queues need no lock. */
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
    RtSudog *head, *tail;
} RtNotifyList;

uint32_t rt_sync_notify_add(RtNotifyList *l) __asm__("sync.runtime_notifyListAdd");
void rt_sync_notify_wait(RtNotifyList *l, uint32_t t) __asm__("sync.runtime_notifyListWait");
void rt_sync_notify_all(RtNotifyList *l) __asm__("sync.runtime_notifyListNotifyAll");
void rt_sync_notify_one(RtNotifyList *l) __asm__("sync.runtime_notifyListNotifyOne");
_Noreturn void rt_sync_fatal(const uint8_t *p, int64_t len) __asm__("sync.fatal");

/* ---- semaphores ------------------------------------------------------------- */

/* Waiters by semaphore address (gc's semtable): FIFO per address; a
 * bucket's list mixes addresses that hash alike. */
enum { RT_SEMTAB_SIZE = 251 };
static struct { RtSudog *head, *tail; } rt_semtab[RT_SEMTAB_SIZE];

static size_t rt_sem_bucket(uintptr_t addr) {
    return (addr >> 3) % RT_SEMTAB_SIZE;
}

static bool rt_cansemacquire(uint32_t *s) {
    uint32_t v = __atomic_load_n(s, __ATOMIC_SEQ_CST);
    if (v == 0) return false;
    __atomic_store_n(s, v - 1, __ATOMIC_SEQ_CST);
    return true;
}

static void rt_sem_enqueue(RtSudog *w, bool lifo) {
    size_t b = rt_sem_bucket(w->key);
    w->prev = w->next = NULL;
    if (!rt_semtab[b].head) {
        rt_semtab[b].head = rt_semtab[b].tail = w;
    } else if (lifo) {
        w->next = rt_semtab[b].head;
        rt_semtab[b].head->prev = w;
        rt_semtab[b].head = w;
    } else {
        w->prev = rt_semtab[b].tail;
        rt_semtab[b].tail->next = w;
        rt_semtab[b].tail = w;
    }
}

/* The oldest waiter on addr, unlinked; NULL if none. */
static RtSudog *rt_sem_dequeue(uintptr_t addr) {
    size_t b = rt_sem_bucket(addr);
    for (RtSudog *w = rt_semtab[b].head; w; w = w->next) {
        if (w->key != addr) continue;
        if (w->prev)
            w->prev->next = w->next;
        else
            rt_semtab[b].head = w->next;
        if (w->next)
            w->next->prev = w->prev;
        else
            rt_semtab[b].tail = w->prev;
        w->next = w->prev = NULL;
        return w;
    }
    return NULL;
}

/* gc's semacquire1: a woken waiter retries, since a goroutine that ran in
 * between may have taken the count; a hand-off (ticket) is final. */
static void rt_semacquire(uint32_t *s, bool lifo) {
    if (rt_cansemacquire(s)) return;
    for (;;) {
        RtSudog w = {.g = rt_curg, .key = (uintptr_t)s};
        rt_sem_enqueue(&w, lifo);
        rt_park("semacquire");
        if (w.ticket || rt_cansemacquire(s)) return;
    }
}

void rt_sync_semacquire(uint32_t *s) {
    rt_semacquire(s, false);
}

void rt_sync_semacquire_mutex(uint32_t *s, uint8_t lifo, int64_t skipframes) {
    (void)skipframes;
    rt_semacquire(s, lifo);
}

void rt_sync_semrelease(uint32_t *s, uint8_t handoff, int64_t skipframes) {
    (void)skipframes;
    __atomic_add_fetch(s, 1, __ATOMIC_SEQ_CST);
    RtSudog *w = rt_sem_dequeue((uintptr_t)s);
    if (!w) return;
    if (handoff && rt_cansemacquire(s)) w->ticket = 1;
    rt_ready(w->g);
    /* a starving Mutex hands itself over: the waiter runs now */
    if (w->ticket) rt_yield();
}

/* ---- notify lists (sync.Cond) ------------------------------------------------ */

/* The waiters hang off the Go struct's head/tail words (pointers to stack
 * records, which the collector ignores as not its own). */
uint32_t rt_sync_notify_add(RtNotifyList *l) {
    return __atomic_fetch_add(&l->wait, 1, __ATOMIC_SEQ_CST);
}

/* Ticket t was notified once notify has moved past it (wrapping as gc's
 * less(a, b) does). */
static bool rt_notified(RtNotifyList *l, uint32_t t) {
    return (int32_t)(t - __atomic_load_n(&l->notify, __ATOMIC_SEQ_CST)) < 0;
}

void rt_sync_notify_wait(RtNotifyList *l, uint32_t t) {
    if (rt_notified(l, t)) return;
    RtSudog w = {.g = rt_curg, .ticket = t};
    RtSudog *tail = l->tail;
    w.prev = tail;
    if (tail)
        tail->next = &w;
    else
        l->head = &w;
    l->tail = &w;
    rt_park("sync.Cond.Wait");
}

static void rt_notify_unlink(RtNotifyList *l, RtSudog *w) {
    if (w->prev)
        w->prev->next = w->next;
    else
        l->head = w->next;
    if (w->next)
        w->next->prev = w->prev;
    else
        l->tail = w->prev;
    w->next = w->prev = NULL;
}

void rt_sync_notify_all(RtNotifyList *l) {
    __atomic_store_n(&l->notify, __atomic_load_n(&l->wait, __ATOMIC_SEQ_CST), __ATOMIC_SEQ_CST);
    RtSudog *w = l->head;
    l->head = l->tail = NULL;
    while (w) {
        RtSudog *next = w->next;
        w->next = w->prev = NULL;
        rt_ready(w->g);
        w = next;
    }
}

void rt_sync_notify_one(RtNotifyList *l) {
    if (l->notify == l->wait) return;
    uint32_t t = l->notify++;
    /* the waiter holding t may not have called wait yet: it then sees the
     * ticket notified and does not park */
    for (RtSudog *w = l->head; w; w = w->next) {
        if (w->ticket == t) {
            rt_notify_unlink(l, w);
            rt_ready(w->g);
            return;
        }
    }
}

_Noreturn void rt_sync_fatal(const uint8_t *p, int64_t len) {
    char *msg = escgo_alloc_noscan(len + 1);
    memcpy(msg, p, (size_t)len);
    msg[len] = 0;
    rt_throw(msg);
}
