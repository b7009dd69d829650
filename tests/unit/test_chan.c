/* test_chan.c: unit tests of goroutines, channels, select and the sync
 * waiting machinery (runtime/sched.c, chan.c, sync_sema.c).
 *
 * How it is built: as test_runtime.c, it links every runtime .c file
 * except runtime/start.c with this file's own main(), which runs as
 * goroutine 1 on the process's initial thread (the scheduler needs no more
 * than a thread registered with libgc):
 *
 *   gcc -std=gnu11 -O2 -fno-omit-frame-pointer -DGC_THREADS -Iruntime \
 *       $(ls runtime/[a-rt-z]*.c runtime/s[a-su-z]*.c) tests/unit/test_chan.c \
 *       -lgc -lpthread -ldl -lm -o /tmp/test_chan && /tmp/test_chan
 *
 * (every runtime file but start.c, from the repository root).
 *
 * It prints each failed check with its line and exits with status 1 if any
 * failed. Crashes (panics, deadlock) run in a forked child whose exit
 * status and output are checked. The collector checks allocate while
 * goroutines hold the only references on their own stacks and force
 * collections in between. */
#include "escgo_rt.h"
#include "rt_internal.h"

#include <gc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "unit_check.h"

#define GS(lit)                                                                                    \
    { (const uint8_t *)(lit), sizeof(lit) - 1 }

static const GoType t_int = {.size = 8, .kind = GK_INT, .align = 8, .name = GS("int")};
static const GoType t_ptr = {
    .size = 8, .kind = GK_POINTER, .align = 8, .flags = GTF_POINTERS, .name = GS("*int")};
static const GoType t_empty = {.size = 0, .kind = GK_STRUCT, .align = 1, .name = GS("struct {}")};
typedef struct Triple {
    int64_t a, b, c;
} Triple;
static const GoType t_triple = {
    .size = 24, .kind = GK_STRUCT, .align = 8, .name = GS("struct { a, b, c int }")};

void rt_sync_semacquire(uint32_t *s) __asm__("sync.runtime_Semacquire");
void rt_sync_semrelease(uint32_t *s, uint8_t handoff,
                        int64_t skipframes) __asm__("sync.runtime_Semrelease");

static double now_sec(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* ---- ping-pong ------------------------------------------------------------ */

enum { PINGS = 200000 };

typedef struct PingPong {
    GoChan *ping, *pong;
} PingPong;

static void ponger(void *rec) {
    PingPong *pp = rec;
    int64_t v;
    while (escgo_chanrecv(pp->ping, &v)) {
        v++;
        escgo_chansend(pp->pong, &v);
    }
    escgo_closechan(pp->pong);
}

static void test_pingpong(void) {
    PingPong *pp = escgo_alloc(sizeof *pp);
    pp->ping = escgo_makechan(&t_int, 0);
    pp->pong = escgo_makechan(&t_int, 0);
    escgo_go(ponger, pp);
    CHECK(escgo_numgoroutine() == 2, "NumGoroutine %lld", (long long)escgo_numgoroutine());
    bool ok = true;
    double t0 = now_sec();
    for (int64_t i = 0; i < PINGS; i++) {
        int64_t v = i * 2, r = -1;
        escgo_chansend(pp->ping, &v);
        if (!escgo_chanrecv(pp->pong, &r) || r != i * 2 + 1) ok = false;
    }
    double dt = now_sec() - t0;
    CHECK(ok, "ping-pong values");
    escgo_closechan(pp->ping);
    int64_t r = 7;
    CHECK(!escgo_chanrecv(pp->pong, &r) && r == 0, "pong closed after ping closed");
    printf("test_chan: unbuffered ping-pong %.0f ns per channel operation\n",
           dt * 1e9 / (2.0 * PINGS));
    escgo_gosched(); /* let the ponger finish */
    CHECK(escgo_numgoroutine() == 1, "NumGoroutine after exit %lld",
          (long long)escgo_numgoroutine());
}

/* ---- buffered channels ------------------------------------------------------- */

typedef struct Producer {
    GoChan *c;
    int64_t n;
} Producer;

static void producer(void *rec) {
    Producer *p = rec;
    for (int64_t i = 0; i < p->n; i++)
        escgo_chansend(p->c, &i);
    escgo_closechan(p->c);
}

static void test_buffered(void) {
    GoChan *c = escgo_makechan(&t_int, 10);
    CHECK(escgo_chancap(c) == 10 && escgo_chanlen(c) == 0, "cap/len of empty");
    for (int64_t i = 0; i < 10; i++)
        escgo_chansend(c, &i);
    CHECK(escgo_chanlen(c) == 10, "len full %lld", (long long)escgo_chanlen(c));
    bool ok = true;
    for (int64_t i = 0; i < 10; i++) {
        int64_t v = -1;
        ok = ok && escgo_chanrecv(c, &v) && v == i;
    }
    CHECK(ok, "FIFO order");
    CHECK(escgo_chanlen(NULL) == 0 && escgo_chancap(NULL) == 0, "nil len/cap");

    /* through a small buffer with the producer blocking when it is full */
    Producer *p = escgo_alloc(sizeof *p);
    p->c = escgo_makechan(&t_int, 3);
    p->n = 10000;
    escgo_go(producer, p);
    int64_t v, want = 0;
    ok = true;
    while (escgo_chanrecv(p->c, &v))
        ok = ok && v == want++;
    CHECK(ok && want == 10000, "producer through cap 3: %lld values", (long long)want);

    /* closed with values buffered: drained first, then zero and false */
    GoChan *d = escgo_makechan(&t_triple, 2);
    Triple t1 = {1, 2, 3}, t2 = {4, 5, 6}, r;
    escgo_chansend(d, &t1);
    escgo_chansend(d, &t2);
    escgo_closechan(d);
    CHECK(escgo_chanrecv(d, &r) && r.a == 1 && r.c == 3, "first after close");
    CHECK(escgo_chanrecv(d, NULL), "second after close, dropped");
    r.a = 9;
    CHECK(!escgo_chanrecv(d, &r) && r.a == 0 && r.b == 0 && r.c == 0, "drained: zero, false");

    /* zero-sized elements */
    GoChan *e = escgo_makechan(&t_empty, 1 << 30);
    for (int i = 0; i < 5; i++)
        escgo_chansend(e, NULL);
    CHECK(escgo_chanlen(e) == 5 && escgo_chancap(e) == 1 << 30, "struct{} buffer");
    CHECK(escgo_chanrecv(e, NULL), "struct{} receive");
}

/* ---- close wakes everyone ---------------------------------------------------- */

typedef struct Waiter {
    GoChan *c, *done;
    int64_t got;
    bool ok;
} Waiter;

static void close_receiver(void *rec) {
    Waiter *w = rec;
    w->got = 55;
    w->ok = escgo_chanrecv(w->c, &w->got);
    escgo_chansend(w->done, NULL);
}

static void test_close_wakes(void) {
    GoChan *c = escgo_makechan(&t_int, 0), *done = escgo_makechan(&t_empty, 0);
    Waiter *ws[5];
    for (int i = 0; i < 5; i++) {
        ws[i] = escgo_alloc(sizeof(Waiter));
        ws[i]->c = c;
        ws[i]->done = done;
        escgo_go(close_receiver, ws[i]);
    }
    escgo_gosched(); /* all block in receive */
    escgo_closechan(c);
    for (int i = 0; i < 5; i++)
        escgo_chanrecv(done, NULL);
    bool ok = true;
    for (int i = 0; i < 5; i++)
        ok = ok && !ws[i]->ok && ws[i]->got == 0;
    CHECK(ok, "close wakes receivers with zero, false");
}

/* ---- select --------------------------------------------------------------------- */

typedef struct SelWait {
    GoChan *a, *b, *c, *done;
    int64_t idx, val;
    bool ok;
} SelWait;

static void select_blocker(void *rec) {
    SelWait *s = rec;
    GoSelectCase cases[3] = {
        {s->a, &s->val, ESCGO_SELECT_RECV},
        {s->b, &s->val, ESCGO_SELECT_RECV},
        {s->c, &s->val, ESCGO_SELECT_RECV},
    };
    s->idx = escgo_select(cases, 3, true, &s->ok);
    escgo_chansend(s->done, NULL);
}

static void test_select(void) {
    GoChan *a = escgo_makechan(&t_int, 1), *b = escgo_makechan(&t_int, 1);
    int64_t va = 0, vb = 0;
    bool ok = false;
    GoSelectCase cases[2] = {{a, &va, ESCGO_SELECT_RECV}, {b, &vb, ESCGO_SELECT_RECV}};
    CHECK(escgo_select(cases, 2, false, &ok) == -1, "nothing ready: default");
    int64_t x = 42;
    escgo_chansend(b, &x);
    CHECK(escgo_select(cases, 2, false, &ok) == 1 && ok && vb == 42, "ready recv chosen");

    /* send case and nil channel case */
    GoSelectCase sc[2] = {{NULL, &x, ESCGO_SELECT_SEND}, {a, &x, ESCGO_SELECT_SEND}};
    CHECK(escgo_select(sc, 2, true, NULL) == 1 && escgo_chanlen(a) == 1, "send case");
    CHECK(escgo_select(sc, 2, false, NULL) == -1, "full buffer: default");
    escgo_chanrecv(a, NULL);

    /* fairness: both ready every time */
    int counts[2] = {0, 0};
    for (int i = 0; i < 20000; i++) {
        escgo_chansend(a, &x);
        escgo_chansend(b, &x);
        int64_t k = escgo_select(cases, 2, true, &ok);
        counts[k]++;
        escgo_chanrecv(k == 0 ? b : a, NULL);
    }
    CHECK(counts[0] > 9000 && counts[1] > 9000, "select fairness %d/%d", counts[0], counts[1]);

    /* closed channel is ready: zero, false */
    GoChan *cl = escgo_makechan(&t_int, 0);
    escgo_closechan(cl);
    GoSelectCase cc[1] = {{cl, &va, ESCGO_SELECT_RECV}};
    va = 3;
    CHECK(escgo_select(cc, 1, false, &ok) == 0 && !ok && va == 0, "closed recv case");

    /* blocking select woken by one of three channels; the other records are
     * dequeued, so later operations on those channels do not touch it */
    SelWait *s = escgo_alloc(sizeof *s);
    s->a = escgo_makechan(&t_int, 0);
    s->b = escgo_makechan(&t_int, 0);
    s->c = escgo_makechan(&t_int, 0);
    s->done = escgo_makechan(&t_empty, 0);
    escgo_go(select_blocker, s);
    escgo_gosched();
    int64_t v = 77;
    escgo_chansend(s->b, &v);
    escgo_chanrecv(s->done, NULL);
    CHECK(s->idx == 1 && s->ok && s->val == 77, "blocking select: %lld", (long long)s->idx);
    GoSelectCase none[2] = {{s->a, &v, ESCGO_SELECT_SEND}, {s->c, &v, ESCGO_SELECT_SEND}};
    CHECK(escgo_select(none, 2, false, NULL) == -1, "select records removed");

    /* blocking select woken by close */
    escgo_go(select_blocker, s);
    escgo_gosched();
    escgo_closechan(s->c);
    escgo_chanrecv(s->done, NULL);
    CHECK(s->idx == 2 && !s->ok && s->val == 0, "select woken by close");
}

/* ---- many goroutines ------------------------------------------------------------- */

typedef struct OneShot {
    GoChan *c;
    int64_t v;
} OneShot;

static void one_shot(void *rec) {
    OneShot *o = rec;
    escgo_chansend(o->c, &o->v);
}

static void test_many(void) {
    enum { N = 20000 };
    GoChan *c = escgo_makechan(&t_int, 0);
    double t0 = now_sec();
    for (int round = 0; round < 3; round++) {
        for (int64_t i = 0; i < N; i++) {
            OneShot *o = escgo_alloc(sizeof *o);
            o->c = c;
            o->v = i;
            escgo_go(one_shot, o);
        }
        CHECK(escgo_numgoroutine() == N + 1, "NumGoroutine %lld", (long long)escgo_numgoroutine());
        int64_t sum = 0, v;
        for (int64_t i = 0; i < N; i++) {
            escgo_chanrecv(c, &v);
            sum += v;
        }
        CHECK(sum == (int64_t)N * (N - 1) / 2, "sum %lld", (long long)sum);
        escgo_gosched();
        CHECK(escgo_numgoroutine() == 1, "NumGoroutine after %lld",
              (long long)escgo_numgoroutine());
    }
    printf("test_chan: %.0f ns per goroutine (create, one send, exit)\n",
           (now_sec() - t0) * 1e9 / (3.0 * N));
}

/* ---- semaphores ------------------------------------------------------------------- */

typedef struct SemTask {
    uint32_t *sema;
    int64_t *counter;
} SemTask;

static void sem_worker(void *rec) {
    SemTask *t = rec;
    escgo_gosched();
    (*t->counter)++;
    rt_sync_semrelease(t->sema, 0, 0);
}

static void test_sema(void) {
    uint32_t *sema = escgo_alloc(sizeof(uint32_t));
    int64_t *counter = escgo_alloc(sizeof(int64_t));
    for (int i = 0; i < 100; i++) {
        SemTask *t = escgo_alloc(sizeof *t);
        t->sema = sema;
        t->counter = counter;
        escgo_go(sem_worker, t);
    }
    for (int i = 0; i < 100; i++)
        rt_sync_semacquire(sema);
    CHECK(*counter == 100 && *sema == 0, "semaphore: %lld, sema %u", (long long)*counter, *sema);
}

/* ---- the collector ------------------------------------------------------------------ */

typedef struct Node {
    struct Node *next;
    int64_t v;
} Node;

typedef struct GcTask {
    GoChan *out; /* chan *Node */
    int64_t seed;
} GcTask;

/* Builds a list referenced only from this goroutine's stack, yielding
 * (and letting others collect) while building; then sends it. */
static void gc_builder(void *rec) {
    GcTask *t = rec;
    GoChan *out = t->out;
    int64_t seed = t->seed;
    t = NULL; /* the record is not a root any more */
    Node *head = NULL;
    for (int i = 0; i < 200; i++) {
        Node *n = escgo_alloc(sizeof *n);
        n->next = head;
        n->v = seed * 1000 + i;
        head = n;
        /* garbage, to make collections do work */
        for (int j = 0; j < 10; j++)
            memset(escgo_alloc(64), 0xEE, 64);
        if (i % 50 == 0) {
            escgo_gosched();
            if (seed == 0) GC_gcollect();
        }
    }
    escgo_chansend(out, &head); /* parks with the list only in the record */
}

static void test_gc(void) {
    enum { G = 50 };
    GoChan *out = escgo_makechan(&t_ptr, 0);
    for (int64_t s = 0; s < G; s++) {
        GcTask *t = escgo_alloc(sizeof *t);
        t->out = out;
        t->seed = s;
        escgo_go(gc_builder, t);
    }
    GC_gcollect();
    escgo_gosched();
    GC_gcollect();
    /* every builder is now parked in its send, holding its list */
    for (int i = 0; i < 3; i++) {
        GC_gcollect();
        for (int j = 0; j < 1000; j++)
            memset(escgo_alloc(128), 0xDD, 128);
    }
    bool seen[G] = {false};
    bool ok = true;
    for (int k = 0; k < G; k++) {
        Node *head = NULL;
        escgo_chanrecv(out, &head);
        if (!head) {
            ok = false;
            continue;
        }
        int64_t seed = head->v / 1000;
        if (seed < 0 || seed >= G || seen[seed]) {
            ok = false;
            continue;
        }
        seen[seed] = true;
        int i = 199;
        for (Node *n = head; n; n = n->next, i--)
            if (n->v != seed * 1000 + i) ok = false;
        if (i != -1) ok = false;
    }
    CHECK(ok, "lists built on goroutine stacks survive collections");

    /* pointers in a buffered channel's ring */
    GoChan *buf = escgo_makechan(&t_ptr, 64);
    for (int64_t i = 0; i < 64; i++) {
        Node *n = escgo_alloc(sizeof *n);
        n->v = i;
        escgo_chansend(buf, &n);
    }
    GC_gcollect();
    for (int j = 0; j < 2000; j++)
        memset(escgo_alloc(sizeof(Node)), 0xCC, sizeof(Node));
    ok = true;
    for (int64_t i = 0; i < 64; i++) {
        Node *n = NULL;
        escgo_chanrecv(buf, &n);
        ok = ok && n && n->v == i;
    }
    CHECK(ok, "pointers buffered in a channel survive collections");
}

/* ---- sleep ------------------------------------------------------------------------ */

typedef struct Sleeper {
    GoChan *c;
    int64_t ms;
} Sleeper;

static void sleeper(void *rec) {
    Sleeper *s = rec;
    escgo_sleep(s->ms * 1000000);
    escgo_chansend(s->c, &s->ms);
}

static void test_sleep(void) {
    GoChan *c = escgo_makechan(&t_int, 0);
    static const int64_t ms[] = {30, 10, 20};
    for (int i = 0; i < 3; i++) {
        Sleeper *s = escgo_alloc(sizeof *s);
        s->c = c;
        s->ms = ms[i];
        escgo_go(sleeper, s);
    }
    int64_t got[3];
    for (int i = 0; i < 3; i++)
        escgo_chanrecv(c, &got[i]);
    CHECK(got[0] == 10 && got[1] == 20 && got[2] == 30, "sleep order %lld %lld %lld",
          (long long)got[0], (long long)got[1], (long long)got[2]);
}

/* ---- crashes ---------------------------------------------------------------------- */

static void expect_crash(int line, void (*fn)(void), int want_status, const char *want_prefix) {
    fflush(stdout);
    fflush(stderr);
    int pipefd[2];
    if (pipe(pipefd) != 0) exit(1);
    pid_t pid = fork();
    if (pid == 0) {
        close(pipefd[0]);
        dup2(pipefd[1], 2);
        fn();
        _exit(99);
    }
    close(pipefd[1]);
    char out[4096];
    size_t n = 0;
    ssize_t r;
    while (n < sizeof out - 1 && (r = read(pipefd[0], out + n, sizeof out - 1 - n)) > 0)
        n += (size_t)r;
    out[n] = 0;
    close(pipefd[0]);
    int status;
    waitpid(pid, &status, 0);
    checks++;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != want_status ||
        strncmp(out, want_prefix, strlen(want_prefix)) != 0) {
        failures++;
        printf("FAIL %s:%d: status %d, output:\n%s\n--- want prefix:\n%s\n", __FILE__, line,
               WIFEXITED(status) ? WEXITSTATUS(status) : -1, out, want_prefix);
    }
}

static void c_send_closed(void) {
    GoChan *c = escgo_makechan(&t_int, 1);
    escgo_closechan(c);
    int64_t v = 1;
    escgo_chansend(c, &v);
}
static void c_close_nil(void) {
    escgo_closechan(NULL);
}
static void c_close_closed(void) {
    GoChan *c = escgo_makechan(&t_int, 0);
    escgo_closechan(c);
    escgo_closechan(c);
}
static void c_makechan_neg(void) {
    escgo_makechan(&t_int, -1);
}
static void c_makechan_huge(void) {
    escgo_makechan(&t_int, (int64_t)1 << 60);
}
static void c_deadlock(void) {
    escgo_chanrecv(escgo_makechan(&t_int, 0), NULL);
}
static void blocked_sender(void *rec) {
    int64_t v = 1;
    escgo_chansend(rec, &v);
}
static void c_deadlock_two(void) {
    escgo_go(blocked_sender, escgo_makechan(&t_int, 0));
    escgo_chanrecv(NULL, NULL);
}
static void c_select_none(void) {
    escgo_select(NULL, 0, true, NULL);
}
static void c_wg_deadlock(void) {
    uint32_t *s = escgo_alloc(4);
    rt_sync_semacquire(s);
}
static void panicker(void *rec) {
    (void)rec;
    escgo_gopanic(NULL, NULL);
}
static void c_panic_in_goroutine(void) {
    escgo_go(panicker, NULL);
    escgo_sleep(1000000000);
}
static void closer(void *rec) {
    escgo_closechan(rec);
}
static void c_sender_woken_by_close(void) {
    GoChan *c = escgo_makechan(&t_int, 0);
    escgo_go(closer, c);
    int64_t v = 1;
    escgo_chansend(c, &v);
}

static void test_crashes(void) {
    expect_crash(__LINE__, c_send_closed, 2,
                 "panic: send on closed channel\n\ngoroutine 1 [running]:\n");
    expect_crash(__LINE__, c_close_nil, 2,
                 "panic: close of nil channel\n\ngoroutine 1 [running]:\n");
    expect_crash(__LINE__, c_close_closed, 2,
                 "panic: close of closed channel\n\ngoroutine 1 [running]:\n");
    expect_crash(__LINE__, c_makechan_neg, 2, "panic: makechan: size out of range\n\n");
    expect_crash(__LINE__, c_makechan_huge, 2, "panic: makechan: size out of range\n\n");
    expect_crash(__LINE__, c_deadlock, 2,
                 "fatal error: all goroutines are asleep - deadlock!\n\n"
                 "goroutine 1 [chan receive]:\n");
    expect_crash(__LINE__, c_select_none, 2,
                 "fatal error: all goroutines are asleep - deadlock!\n\n"
                 "goroutine 1 [select (no cases)]:\n");
    expect_crash(__LINE__, c_wg_deadlock, 2,
                 "fatal error: all goroutines are asleep - deadlock!\n\n"
                 "goroutine 1 [semacquire]:\n");
    expect_crash(__LINE__, c_panic_in_goroutine, 2, "panic: nil\n\ngoroutine ");
    expect_crash(__LINE__, c_sender_woken_by_close, 2,
                 "panic: send on closed channel\n\ngoroutine 1 [running]:\n");
}

/* checked last, in a child: its goroutines stay blocked */
static void test_deadlock_two(void) {
    fflush(stdout);
    int pipefd[2];
    if (pipe(pipefd) != 0) exit(1);
    pid_t pid = fork();
    if (pid == 0) {
        close(pipefd[0]);
        dup2(pipefd[1], 2);
        c_deadlock_two();
        _exit(99);
    }
    close(pipefd[1]);
    char out[8192];
    size_t n = 0;
    ssize_t r;
    while (n < sizeof out - 1 && (r = read(pipefd[0], out + n, sizeof out - 1 - n)) > 0)
        n += (size_t)r;
    out[n] = 0;
    int status;
    waitpid(pid, &status, 0);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 2 &&
              strstr(out, "goroutine 1 [chan receive (nil chan)]:\n") &&
              strstr(out, " [chan send]:\n"),
          "two-goroutine deadlock report:\n%s", out);
}

int main(void) {
    GC_INIT();
    GC_set_warn_proc(GC_ignore_warn_proc);
    test_pingpong();
    test_buffered();
    test_close_wakes();
    test_select();
    test_many();
    test_sema();
    test_gc();
    test_sleep();
    test_crashes();
    test_deadlock_two();
    if (failures) {
        printf("test_chan: %d of %ld checks failed\n", failures, checks);
        return 1;
    }
    printf("test_chan: all %ld checks passed\n", checks);
    return 0;
}
