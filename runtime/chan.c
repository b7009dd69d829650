/* chan.c: channels and select, with gc 1.19's semantics and messages.
 *
 * A channel is one allocation: the header, then the ring buffer of cap
 * elements. As in gc, when the elements hold no pointers the whole
 * allocation is noscan: the header's other pointers are the element
 * descriptor (a constant) and the wait queues, whose records (RtSudog)
 * live on the stacks of the waiting goroutines, which the collector scans
 * anyway.
 *
 * Goroutines switch only when they park (sched.c), so nothing here takes a
 * lock: an operation that can complete at once completes in one piece. An
 * operation that cannot puts a record on the channel's queue of waiting
 * senders or receivers and parks; the goroutine on the other side completes
 * the transfer for it (copying straight from or to the waiter's variable,
 * gc's direct send/receive) and makes it runnable. A blocked select puts a
 * record on every channel it waits on; the first operation to reach one
 * of them claims the select (selectdone), later ones skip its other
 * records, and the select removes those itself when it runs again. */
#include "rt_internal.h"

#include <string.h>

typedef struct RtWaitQ {
    RtSudog *first, *last;
} RtWaitQ;

struct GoChan {
    int64_t qcount;   /* values in the buffer */
    int64_t dataqsiz; /* cap */
    uint8_t *buf;
    const GoType *elemtype;
    int64_t elemsize;
    int64_t sendx, recvx;
    RtWaitQ recvq, sendq;
    bool closed;
};

/* gc's maxAlloc on linux/amd64 */
#define RT_MAX_ALLOC ((uint64_t)1 << 48)

static _Noreturn void rt_chan_panic(const char *msg) {
    rt_raise_error(RT_ERR_PLAIN, msg, strlen(msg), 0, 0, 0, 0);
}

/* ---- wait queues ------------------------------------------------------------ */

static void rt_waitq_enqueue(RtWaitQ *q, RtSudog *s) {
    s->next = NULL;
    s->prev = q->last;
    if (q->last)
        q->last->next = s;
    else
        q->first = s;
    q->last = s;
}

/* The first waiter that can still take a value, unlinked; the records of
 * a select that another channel already completed are dropped on the way
 * (their select removes the rest when it runs). */
static RtSudog *rt_waitq_dequeue(RtWaitQ *q) {
    for (;;) {
        RtSudog *s = q->first;
        if (!s) return NULL;
        q->first = s->next;
        if (q->first)
            q->first->prev = NULL;
        else
            q->last = NULL;
        s->next = s->prev = NULL;
        if (s->isselect) {
            if (s->g->selectdone) continue;
            s->g->selectdone = true;
            s->g->param = s;
        }
        return s;
    }
}

/* Unlinks s if it is still queued (gc's dequeueSudoG). */
static void rt_waitq_remove(RtWaitQ *q, RtSudog *s) {
    RtSudog *x = s->prev, *y = s->next;
    if (x) {
        x->next = y;
        if (y)
            y->prev = x;
        else
            q->last = x;
    } else if (y) {
        y->prev = NULL;
        q->first = y;
    } else if (q->first == s) {
        q->first = q->last = NULL;
    }
    s->next = s->prev = NULL;
}

/* Whether a waiter that can take a value is queued (select's poll). */
static bool rt_waitq_ready(RtWaitQ *q) {
    for (RtSudog *s = q->first; s; s = s->next)
        if (!s->isselect || !s->g->selectdone) return true;
    return false;
}

/* ---- make, len, cap, close --------------------------------------------------- */

GoChan *escgo_makechan(const GoType *elem, int64_t size) {
    uint64_t esz = (uint64_t)elem->size;
    uint64_t mem;
    if (size < 0 || __builtin_mul_overflow(esz, (uint64_t)size, &mem) ||
        mem > RT_MAX_ALLOC - sizeof(GoChan))
        rt_chan_panic("makechan: size out of range");
    int64_t total = (int64_t)(sizeof(GoChan) + mem);
    GoChan *c = (elem->flags & GTF_POINTERS) ? escgo_alloc(total) : escgo_alloc_noscan(total);
    c->dataqsiz = size;
    c->buf = (uint8_t *)(c + 1);
    c->elemtype = elem;
    c->elemsize = (int64_t)esz;
    return c;
}

int64_t escgo_chanlen(GoChan *c) {
    return c ? c->qcount : 0;
}

int64_t escgo_chancap(GoChan *c) {
    return c ? c->dataqsiz : 0;
}

static inline void *rt_chanbuf(GoChan *c, int64_t i) {
    return c->buf + i * c->elemsize;
}

static inline void rt_elem_copy(GoChan *c, void *dst, const void *src) {
    if (c->elemsize) memmove(dst, src, (size_t)c->elemsize);
}

static inline void rt_elem_clear(GoChan *c, void *p) {
    if (p && c->elemsize) memset(p, 0, (size_t)c->elemsize);
}

void escgo_closechan(GoChan *c) {
    if (!c) rt_chan_panic("close of nil channel");
    if (c->closed) rt_chan_panic("close of closed channel");
    c->closed = true;
    /* receivers get the zero value, senders panic when they run; gc
     * readies all receivers, then all senders */
    RtSudog *s;
    while ((s = rt_waitq_dequeue(&c->recvq))) {
        rt_elem_clear(c, s->elem);
        s->success = false;
        rt_ready(s->g);
    }
    while ((s = rt_waitq_dequeue(&c->sendq))) {
        s->success = false;
        rt_ready(s->g);
    }
}

/* ---- send and receive ---------------------------------------------------------- */

/* Completes a send to waiting receiver s. */
static void rt_send_direct(GoChan *c, RtSudog *s, const void *elem) {
    if (s->elem) rt_elem_copy(c, s->elem, elem);
    s->success = true;
    rt_ready(s->g);
}

/* Completes a receive from waiting sender s: with a buffer (full, or the
 * sender would not wait), the oldest buffered value is received and the
 * sender's value takes its slot. */
static void rt_recv_direct(GoChan *c, RtSudog *s, void *elem) {
    if (c->dataqsiz == 0) {
        if (elem) rt_elem_copy(c, elem, s->elem);
    } else {
        void *slot = rt_chanbuf(c, c->recvx);
        if (elem) rt_elem_copy(c, elem, slot);
        rt_elem_copy(c, slot, s->elem);
        if (++c->recvx == c->dataqsiz) c->recvx = 0;
        c->sendx = c->recvx;
    }
    s->success = true;
    rt_ready(s->g);
}

static void rt_buf_put(GoChan *c, const void *elem) {
    rt_elem_copy(c, rt_chanbuf(c, c->sendx), elem);
    if (++c->sendx == c->dataqsiz) c->sendx = 0;
    c->qcount++;
}

static void rt_buf_take(GoChan *c, void *elem) {
    void *slot = rt_chanbuf(c, c->recvx);
    if (elem) rt_elem_copy(c, elem, slot);
    rt_elem_clear(c, slot); /* the collector must not see a stale pointer */
    if (++c->recvx == c->dataqsiz) c->recvx = 0;
    c->qcount--;
}

static _Noreturn void rt_block_forever(const char *reason) {
    for (;;)
        rt_park(reason);
}

void escgo_chansend(GoChan *c, const void *elem) {
    if (!c) rt_block_forever("chan send (nil chan)");
    if (c->closed) rt_chan_panic("send on closed channel");
    RtSudog *s = rt_waitq_dequeue(&c->recvq);
    if (s) {
        rt_send_direct(c, s, elem);
        return;
    }
    if (c->qcount < c->dataqsiz) {
        rt_buf_put(c, elem);
        return;
    }
    RtSudog w = {.g = rt_curg, .elem = (void *)elem, .c = c};
    rt_waitq_enqueue(&c->sendq, &w);
    rt_park("chan send");
    if (!w.success) rt_chan_panic("send on closed channel");
}

bool escgo_chanrecv(GoChan *c, void *elem) {
    if (!c) rt_block_forever("chan receive (nil chan)");
    RtSudog *s = rt_waitq_dequeue(&c->sendq);
    if (s) {
        rt_recv_direct(c, s, elem);
        return true;
    }
    if (c->qcount > 0) {
        rt_buf_take(c, elem);
        return true;
    }
    if (c->closed) {
        rt_elem_clear(c, elem);
        return false;
    }
    RtSudog w = {.g = rt_curg, .elem = elem, .c = c};
    rt_waitq_enqueue(&c->recvq, &w);
    rt_park("chan receive");
    return w.success;
}

/* ---- select ---------------------------------------------------------------------- */

/* xorshift64*: select's uniform choice among ready cases (gc's fastrand);
 * a fixed seed keeps runs reproducible. */
static uint64_t rt_select_rand_state = 0x9E3779B97F4A7C15ull;

static uint32_t rt_select_rand(uint32_t n) {
    uint64_t x = rt_select_rand_state;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    rt_select_rand_state = x;
    return (uint32_t)(((x * 0x2545F4914F6CDD1Dull) >> 32) % n);
}

static bool rt_case_ready(const GoSelectCase *k) {
    GoChan *c = k->c;
    if (!c) return false;
    if (k->dir == ESCGO_SELECT_SEND)
        return c->closed || rt_waitq_ready(&c->recvq) || c->qcount < c->dataqsiz;
    return c->qcount > 0 || c->closed || rt_waitq_ready(&c->sendq);
}

enum { RT_SELECT_STACK_CASES = 8 };

int64_t escgo_select(GoSelectCase *cases, int64_t n, bool block, bool *recvok) {
    /* a uniformly random ready case (reservoir sampling over the cases) */
    int64_t chosen = -1;
    uint32_t nready = 0;
    for (int64_t i = 0; i < n; i++) {
        if (!rt_case_ready(&cases[i])) continue;
        nready++;
        if (nready == 1 || rt_select_rand(nready) == 0) chosen = i;
    }
    if (chosen >= 0) {
        GoSelectCase *k = &cases[chosen];
        if (k->dir == ESCGO_SELECT_SEND) {
            escgo_chansend(k->c, k->elem);
        } else {
            bool ok = escgo_chanrecv(k->c, k->elem);
            if (recvok) *recvok = ok;
        }
        return chosen;
    }
    if (!block) return -1;
    if (n == 0) rt_block_forever("select (no cases)");

    /* wait on every channel; the records stay on this stack (scanned) or,
     * for a large select, in the heap, reachable from it */
    RtSudog stackw[RT_SELECT_STACK_CASES];
    RtSudog *w = n <= RT_SELECT_STACK_CASES ? stackw : escgo_alloc(n * (int64_t)sizeof(RtSudog));
    RtGoroutine *g = rt_curg;
    g->selectdone = false;
    g->param = NULL;
    for (int64_t i = 0; i < n; i++) {
        GoSelectCase *k = &cases[i];
        w[i] = (RtSudog){.g = g, .elem = k->elem, .c = k->c, .caseidx = i, .isselect = true};
        if (!k->c) continue;
        rt_waitq_enqueue(k->dir == ESCGO_SELECT_SEND ? &k->c->sendq : &k->c->recvq, &w[i]);
    }
    do
        rt_park("select");
    while (!g->param); /* all channels nil: never woken */
    RtSudog *fired = g->param;
    g->param = NULL;
    g->selectdone = false;
    for (int64_t i = 0; i < n; i++) {
        GoSelectCase *k = &cases[i];
        if (!k->c || &w[i] == fired) continue;
        rt_waitq_remove(k->dir == ESCGO_SELECT_SEND ? &k->c->sendq : &k->c->recvq, &w[i]);
    }
    int64_t idx = fired->caseidx;
    if (cases[idx].dir == ESCGO_SELECT_SEND) {
        if (!fired->success) rt_chan_panic("send on closed channel");
    } else if (recvok) {
        *recvok = fired->success;
    }
    return idx;
}
