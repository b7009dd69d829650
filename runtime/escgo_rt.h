/* escgo_rt.h: the ABI between generated code and the C runtime.
 *
 * codegen/ declares these functions and emits these data layouts in LLVM IR;
 * runtime/ implements them. Change both sides together.
 *
 * Calling convention rules (so that LLVM IR and C agree without clang's
 * ABI lowering):
 *  - a Go string is passed to the runtime as two arguments (ptr, len) and
 *    returned as the two-word struct GoString (returned in rax:rdx);
 *  - a slice is passed as three arguments (ptr, len, cap) and returned
 *    through an out-pointer (a 24-byte struct would be returned in memory);
 *  - an interface value is passed as two pointer arguments (type/itab, data)
 *    and returned as the two-word struct GoEface;
 *  - Go int is int64_t, bool is uint8_t (0/1) at this boundary.
 *
 * Go-level symbols keep Go's names through asm labels, e.g.
 *   void os_Exit(int64_t code) __asm__("os.Exit");
 * so that a body-less Go declaration `func Exit(code int)` in
 * runtime/std/os links to it, and perf/gdb show Go's names. */
#ifndef ESCGO_RT_H
#define ESCGO_RT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct GoString {
    const uint8_t *ptr;
    int64_t len;
} GoString;

typedef struct GoSlice {
    void *ptr;
    int64_t len;
    int64_t cap;
} GoSlice;

typedef struct GoEface {
    const struct GoType *type; /* for non-empty interfaces: const GoItab* */
    void *data; /* the value itself if pointer-shaped, else a pointer to a box */
} GoEface;

/* Kinds, numbered as Go's reflect.Kind. */
enum GoKind {
    GK_INVALID,
    GK_BOOL,
    GK_INT,
    GK_INT8,
    GK_INT16,
    GK_INT32,
    GK_INT64,
    GK_UINT,
    GK_UINT8,
    GK_UINT16,
    GK_UINT32,
    GK_UINT64,
    GK_UINTPTR,
    GK_FLOAT32,
    GK_FLOAT64,
    GK_COMPLEX64,
    GK_COMPLEX128,
    GK_ARRAY,
    GK_CHAN,
    GK_FUNC,
    GK_INTERFACE,
    GK_MAP,
    GK_POINTER,
    GK_SLICE,
    GK_STRING,
    GK_STRUCT,
    GK_UNSAFEPOINTER,
};

enum GoTypeFlags {
    GTF_POINTERS = 1 << 0,      /* a value holds GC pointers */
    GTF_COMPARABLE = 1 << 1,    /* == is defined */
    GTF_DIRECT_IFACE = 1 << 2,  /* stored directly in an interface's data word */
    GTF_NAMED = 1 << 3,         /* a defined (named) type */
};

typedef struct GoMethod {
    GoString name;       /* "String" */
    const struct GoType *mtype; /* the method's func type, without receiver */
    void *fn;            /* implementation taking the receiver word first
                            (for value receivers: a wrapper taking a pointer
                            to the value) */
} GoMethod;

typedef struct GoField {
    GoString name;       /* "" never: embedded fields carry the type's name */
    const struct GoType *type;
    int64_t offset;
    uint8_t embedded;
    uint8_t exported;
} GoField;

/* A type descriptor: one constant global per type that reaches run time,
 * emitted by codegen as "type:<qualified name>" (e.g. "type:main.T",
 * "type:[]int"), deduplicated by LLVM linkonce_odr linkage. */
typedef struct GoType {
    int64_t size;
    uint32_t hash;  /* of the type's identity, for type switches and maps */
    uint8_t kind;   /* enum GoKind */
    uint8_t align;
    uint8_t flags;  /* enum GoTypeFlags */
    uint8_t pad;
    GoString name;  /* as Go prints it with %T: "main.T", "[]int", "*main.T" */
    const struct GoType *elem; /* pointer, slice, array, chan, map value;
                                  a func type's first parameter */
    const struct GoType *key;  /* map key */
    int64_t len;               /* array length; struct field count;
                                  func param count */
    const GoField *fields;     /* struct fields */
    const GoMethod *methods;   /* methods of the type (value receiver methods
                                  for T; all for *T), sorted by name */
    int64_t nmethods;
    /* equality of two values of this type; NULL if not comparable */
    bool (*equal)(const void *a, const void *b);
    /* hash of a value, for maps; NULL if not comparable */
    uint64_t (*hashfn)(const void *p, uint64_t seed);
} GoType;

/* ---- memory ------------------------------------------------------------- */

/* Zeroed GC memory. escgo_alloc may hold pointers, escgo_alloc_noscan may
 * not (libgc does not scan it). Never returns NULL (out of memory is fatal). */
void *escgo_alloc(int64_t size);
void *escgo_alloc_noscan(int64_t size);

/* escgo build -allocsites (runtime/allocsites.c): codegen emits one record
 * per heap allocation site, passes it to the _site allocators instead of
 * the plain ones, and brackets runtime calls that allocate on the site's
 * behalf (append growth, map growth, string building) with
 * escgo_allocsite_enter / escgo_allocsite_leave. The program reports the
 * busiest sites at exit. The layout is mirrored by codegen/cg_allocsites.c. */
typedef struct EscgoAllocSite {
    const char *pos;  /* "file:line:col" (of the statement, from the line table) */
    const char *func; /* "main.f" */
    const char *kind; /* "alloc" for a direct allocation, else the runtime
                         call ("growslice", "concatstrings", ...) */
    uint64_t count, bytes;             /* atomics: zero in the image */
    struct EscgoAllocSite *next;       /* the list of sites that allocated */
    uint64_t registered;               /* set once it is on that list */
} EscgoAllocSite;

void *escgo_alloc_site(int64_t size, EscgoAllocSite *site);
void *escgo_alloc_noscan_site(int64_t size, EscgoAllocSite *site);
/* Makes site the current thread's site until the matching leave; returns
 * the previous one, which leave restores. */
void *escgo_allocsite_enter(EscgoAllocSite *site);
void escgo_allocsite_leave(void *prev);

/* ---- program start -------------------------------------------------------- */

/* Generated by codegen: runs every package's variable initialization and
 * init functions in dependency order, then returns. */
void escgo_program_init(void) __asm__("escgo.init");
/* The user's main.main. */
void escgo_main_main(void) __asm__("main.main");

/* ---- print and println builtins (stderr, gc's formats) ------------------ */

void escgo_printbool(uint8_t b);
void escgo_printint(int64_t v);
void escgo_printuint(uint64_t v);
void escgo_printhex(uint64_t v);         /* 0x...; note print(uintptr) is printuint */
void escgo_printfloat(double v);         /* +1.500000e+000 */
void escgo_printcomplex(double re, double im); /* (+1.000000e+000+2.000000e+000i) */
void escgo_printstring(const uint8_t *p, int64_t len);
void escgo_printpointer(const void *p);  /* 0xc000012345 */
void escgo_printslice(void *ptr, int64_t len, int64_t cap); /* [len/cap]0xptr */
void escgo_printeface(const GoType *t, void *data);         /* (0xtype,0xdata) */
void escgo_printsp(void);
void escgo_printnl(void);
/* print/println output of one call is written as a unit */
void escgo_printlock(void);
void escgo_printunlock(void);

/* ---- strings ----------------------------------------------------------- */

GoString escgo_concatstrings(const GoString *parts, int64_t n); /* a+b+c */
/* gc's tmpBuf: a string escape analysis keeps in the frame (a non-escaping
 * concatenation or string(b) conversion) is built in buf, a frame buffer
 * of ESCGO_TMP_BUF bytes, when it fits; buf NULL: as without _buf. */
#define ESCGO_TMP_BUF 32
GoString escgo_concatstrings_buf(uint8_t *buf, const GoString *parts, int64_t n);
GoString escgo_intstring(int64_t rune); /* string(rune), invalid -> "\uFFFD" */
/* Decodes the rune at s[i] (i < len, s[i] >= 0x80); returns the rune
 * (0xFFFD on invalid UTF-8) and stores the index after it in *next. */
int32_t escgo_decoderune(const uint8_t *s, int64_t len, int64_t i, int64_t *next);

/* ---- panics (gc's messages; all end the program with status 2 unless
 * recovered) --------------------------------------------------------------- */

/* panic(v) with an interface value v. */
_Noreturn void escgo_gopanic(const GoType *t, void *data);
_Noreturn void escgo_panic_divide(void);        /* integer divide by zero */
_Noreturn void escgo_panic_overflow(void);      /* integer overflow (unused by gc amd64) */
_Noreturn void escgo_panic_nilderef(void);      /* invalid memory address or nil pointer dereference */
/* index out of range [x] with length y */
_Noreturn void escgo_panic_index(int64_t x, int64_t y);
_Noreturn void escgo_panic_index_u(uint64_t x, int64_t y);
/* slice bounds out of range: which selects gc's message form:
 *  0 [:x] with length y      1 [:x] with capacity y
 *  2 [x:y]                   3 [::x] with length y   4 [::x] with capacity y
 *  5 [:x:y]                  6 [x:y:]
 *  7 cannot convert slice with length y to pointer to array with length x
 * A negative x prints gc's short forms ("[:-1]", "[-1:]"). The _u variant
 * takes an unsigned x (an index of unsigned type, never "negative"). */
_Noreturn void escgo_panic_slice(int which, int64_t x, int64_t y);
_Noreturn void escgo_panic_slice_u(int which, uint64_t x, int64_t y);
_Noreturn void escgo_panic_shift(void);         /* negative shift amount */
_Noreturn void escgo_panic_string(const uint8_t *msg, int64_t len); /* runtime error: <msg> */

/* ---- std packages implemented in C --------------------------------------- */

_Noreturn void escgo_os_exit(int64_t code) __asm__("os.Exit");

/* ---- package math (runtime/math.c; runtime/std/math/asm.go) -------------- */

double escgo_math_sqrt(double x) __asm__("math.Sqrt");
double escgo_math_floor(double x) __asm__("math.Floor");
double escgo_math_ceil(double x) __asm__("math.Ceil");
double escgo_math_trunc(double x) __asm__("math.Trunc");
double escgo_math_fma(double x, double y, double z) __asm__("math.FMA");
double escgo_math_exp(double x) __asm__("math.Exp"); /* gc's amd64 algorithm */

/* ---- maps (runtime/map.c) and key hashing (runtime/hash.c) ---------------
 *
 * A Go map value is a GoMap* (nil map: NULL). mt is always the map's type
 * descriptor (kind GK_MAP, mt->key and mt->elem the key and value types);
 * the key is passed by address, except in the _fast entry points.
 *
 * Codegen may inline len(m) as `m ? *(int64_t *)m : 0` (count is at offset
 * 0 of GoMap). Pointers returned by mapaccess/mapassign/iteration stay valid
 * only until the next write to the map: codegen calls mapassign after
 * evaluating the right-hand side, then stores through the pointer at once.
 * The value a mapaccess returns for a missing key points to shared
 * read-only zeros: copy from it, never store through it. */
typedef struct GoMap GoMap;

/* State of a `for k, v := range m` loop: on the stack or in GC memory
 * (it holds pointers into the map). key/elem point at the current entry,
 * both NULL when iteration is over; the rest is private to map.c. */
typedef struct GoMapIter {
    void *key;
    void *elem;
    GoMap *m;
    uint8_t *groups; /* the table being walked */
    uint64_t mask;
    uint64_t start;
    uint64_t offset;
    uint64_t i;
    uint64_t clearseq;
} GoMapIter;

GoMap *escgo_makemap(const GoType *mt, int64_t hint); /* make(map[K]V, hint) */
/* The same for a map escape analysis keeps in the frame (gc's stack hmap
 * and bucket): buf is an 8-aligned frame buffer of ESCGO_MAP_STACK_BYTES;
 * the header, and the first group when it fits, are built in it (bigger
 * tables, and growth, still come from the heap). */
#define ESCGO_MAP_STACK_BYTES 512
GoMap *escgo_makemap_stack(const GoType *mt, int64_t hint, void *buf);
/* v := m[k]: pointer to the value, or to zeros if k is missing */
void *escgo_mapaccess1(const GoType *mt, GoMap *m, const void *key);
/* v, ok := m[k]: as mapaccess1, *ok = 1 if found else 0 */
void *escgo_mapaccess2(const GoType *mt, GoMap *m, const void *key, uint8_t *ok);
/* m[k] = v: the slot to store v into (k is copied in); panics on a nil map */
void *escgo_mapassign(const GoType *mt, GoMap *m, const void *key);
void escgo_mapdelete(const GoType *mt, GoMap *m, const void *key); /* delete(m, k) */
int64_t escgo_maplen(const GoMap *m);
/* deletes every entry (gc compiles `for k := range m { delete(m, k) }` to it) */
void escgo_mapclear(const GoType *mt, GoMap *m);
/* starts a range loop: it->key/elem is the first entry (NULL: none) */
void escgo_mapiterinit(const GoType *mt, GoMap *m, GoMapIter *it);
void escgo_mapiternext(GoMapIter *it);

/* Fast entry points with the key by value, for key kinds
 *   fast32:  int32, uint32 (any 4-byte kind: GK_INT32, GK_UINT32)
 *   fast64:  GK_INT, GK_INT64, GK_UINT, GK_UINT64, GK_UINTPTR, GK_POINTER,
 *            GK_UNSAFEPOINTER, GK_CHAN
 *   faststr: string
 * Only for maps whose mt->key has that kind; they behave exactly as the
 * generic functions (which dispatch to the same code). */
void *escgo_mapaccess1_fast32(const GoType *mt, GoMap *m, uint32_t key);
void *escgo_mapaccess2_fast32(const GoType *mt, GoMap *m, uint32_t key, uint8_t *ok);
void *escgo_mapassign_fast32(const GoType *mt, GoMap *m, uint32_t key);
void escgo_mapdelete_fast32(const GoType *mt, GoMap *m, uint32_t key);
void *escgo_mapaccess1_fast64(const GoType *mt, GoMap *m, uint64_t key);
void *escgo_mapaccess2_fast64(const GoType *mt, GoMap *m, uint64_t key, uint8_t *ok);
void *escgo_mapassign_fast64(const GoType *mt, GoMap *m, uint64_t key);
void escgo_mapdelete_fast64(const GoType *mt, GoMap *m, uint64_t key);
void *escgo_mapaccess1_faststr(const GoType *mt, GoMap *m, const uint8_t *kp, int64_t klen);
void *escgo_mapaccess2_faststr(const GoType *mt, GoMap *m, const uint8_t *kp, int64_t klen,
                               uint8_t *ok);
void *escgo_mapassign_faststr(const GoType *mt, GoMap *m, const uint8_t *kp, int64_t klen);
void escgo_mapdelete_faststr(const GoType *mt, GoMap *m, const uint8_t *kp, int64_t klen);

/* Number of slots in m's table (tests and benchmarks only). */
int64_t escgo_map_slots(const GoMap *m);

/* GoType.hashfn / GoType.equal of the basic kinds, for type descriptors.
 * memN is N bits of plain memory (ints, uints, pointers, bools, chans,
 * and structs/arrays of those without padding); mem0 is for zero-sized
 * keys (struct{}, [0]T), which must not be read. Structs and arrays of
 * other fields get per-type functions from codegen, which may combine
 * these, e.g. h = escgo_hash_string(&s.f, escgo_hash_mem64(&s.g, seed)). */
uint64_t escgo_hash_mem0(const void *p, uint64_t seed);
uint64_t escgo_hash_mem8(const void *p, uint64_t seed);
uint64_t escgo_hash_mem16(const void *p, uint64_t seed);
uint64_t escgo_hash_mem32(const void *p, uint64_t seed);
uint64_t escgo_hash_mem64(const void *p, uint64_t seed);
uint64_t escgo_hash_mem128(const void *p, uint64_t seed);
uint64_t escgo_hash_bytes(const void *p, int64_t n, uint64_t seed); /* n bytes */
uint64_t escgo_hash_string(const void *p, uint64_t seed);           /* GoString */
uint64_t escgo_hash_float32(const void *p, uint64_t seed);          /* +0 == -0, NaN random */
uint64_t escgo_hash_float64(const void *p, uint64_t seed);
uint64_t escgo_hash_complex64(const void *p, uint64_t seed);
uint64_t escgo_hash_complex128(const void *p, uint64_t seed);
/* GoEface (interface{}); panics "runtime error: hash of unhashable type T".
 * (Keys of non-empty interface types need the itab layout: not yet.) */
uint64_t escgo_hash_interface(const void *p, uint64_t seed);
bool escgo_equal_mem0(const void *a, const void *b);
bool escgo_equal_mem8(const void *a, const void *b);
bool escgo_equal_mem16(const void *a, const void *b);
bool escgo_equal_mem32(const void *a, const void *b);
bool escgo_equal_mem64(const void *a, const void *b);
bool escgo_equal_mem128(const void *a, const void *b);
bool escgo_equal_string(const void *a, const void *b);
bool escgo_equal_float32(const void *a, const void *b);
bool escgo_equal_float64(const void *a, const void *b);
bool escgo_equal_complex64(const void *a, const void *b);
bool escgo_equal_complex128(const void *a, const void *b);
/* GoEface; panics "runtime error: comparing uncomparable type T" */
bool escgo_equal_interface(const void *a, const void *b);

/* ---- slices (runtime/slice.c) --------------------------------------------
 *
 * Codegen inlines indexing, slicing, len/cap and copy; these allocate.
 * elemsize is the element type's size; pointers says whether elements hold
 * GC pointers (escgo_alloc vs escgo_alloc_noscan). Results are zeroed past
 * what was copied in. */

/* gc's allocation size for a request of size bytes (its size classes) */
uint64_t escgo_roundupsize(uint64_t size);
/* make([]T, len, cap): the backing array, or gc's makeslice panics */
void *escgo_makeslice(int64_t len, int64_t cap, int64_t elemsize, uint8_t pointers);
_Noreturn void escgo_panic_makeslicelen(void); /* makeslice: len out of range */
_Noreturn void escgo_panic_makeslicecap(void); /* makeslice: cap out of range */
/* append's slow path: a new array for at least need (> cap) elements with
 * gc 1.19's growth, holding the first len elements of ptr; out gets
 * {array, len, new cap} (the caller sets the new length). */
void escgo_growslice(GoSlice *out, void *ptr, int64_t len, int64_t cap, int64_t need,
                     int64_t elemsize, uint8_t pointers);
/* []byte(s), []rune(s): buf is NULL, or a zeroable 32-element stack buffer
 * (bytes / int32s) usable when the result does not escape, as gc's tmpBuf */
void escgo_stringtoslicebyte(GoSlice *out, uint8_t *buf, const uint8_t *s, int64_t len);
void escgo_stringtoslicerune(GoSlice *out, int32_t *buf, const uint8_t *s, int64_t len);
/* string(b), string(runes) (invalid runes become U+FFFD) */
GoString escgo_slicebytetostring(const uint8_t *p, int64_t len);
GoString escgo_slicerunetostring(const int32_t *p, int64_t n);
/* the same with gc's tmpBuf (see escgo_concatstrings_buf) */
GoString escgo_slicebytetostring_buf(uint8_t *buf, const uint8_t *p, int64_t len);
GoString escgo_slicerunetostring_buf(uint8_t *buf, const int32_t *p, int64_t n);

/* ---- interfaces (runtime/iface.c; codegen/cg_iface.c, cg_typedesc.c) -----
 *
 * An empty interface (interface{}, any) is a GoEface {GoType*, data}. A
 * non-empty interface is {GoItab*, data}: the itab pairs the dynamic type
 * with the interface's method implementations, in the order of the
 * interface's method set (sorted by name). Codegen emits itabs for the
 * conversions it sees ("go:itab.<type>,<iface>"); assertions build them
 * at run time from the descriptors' method tables (cached). The same
 * (type, interface) pair may have several itabs: compare itab->type, never
 * itab pointers.
 *
 * Descriptor additions for interfaces: a GK_INTERFACE descriptor's
 * methods/nmethods list the interface's method set (fn NULL). A method
 * table entry's fn takes the interface's data word first, then the
 * method's parameters, and returns its results as a Go function does
 * (codegen emits wrappers "go:wrap.<type>.<method>" where needed). */
typedef struct GoItab {
    const GoType *type;  /* the dynamic type */
    const GoType *inter; /* the interface type */
    void *fun[];         /* one entry per method of inter */
} GoItab;

/* x.(T) failed: "interface conversion: <iface> is <have>, not <want>"
 * (have NULL: "... is nil, not ..."; iface NULL prints "interface", as gc
 * does for assertions to interface types). Plain panic text, exit 2. */
_Noreturn void escgo_panic_typeassert(const GoType *have, const GoType *want,
                                      const GoType *iface);
/* The itab of dynamic type t for interface inter. t NULL or a missing
 * method: NULL if canfail, else gc's TypeAssertionError panic. */
const GoItab *escgo_getitab(const GoType *inter, const GoType *t, uint8_t canfail);
/* x == y for interface values whose dynamic types are both t (non-NULL):
 * the data words are compared as values of type t; panics "runtime error:
 * comparing uncomparable type T" if t has no ==. */
bool escgo_ifacedataeq(const GoType *t, void *x, void *y);
/* A method-table wrapper for value method T.M reached through a nil *T:
 * gc's panicwrap, "value method <pkg>.T.M called using nil *T pointer"
 * (msg, built by codegen), a plainError; recoverable. */
_Noreturn void escgo_panicwrap(const uint8_t *msg, int64_t len);
/* 0..255: the shared boxes of small pointer-free values (codegen/cg_iface.c) */
extern const uint64_t escgo_staticuint64s[256];

/* GoType.hashfn / GoType.equal of non-empty interface types ({GoItab*, data}) */
uint64_t escgo_hash_iface(const void *p, uint64_t seed);
bool escgo_equal_iface(const void *a, const void *b);

/* ---- closures, defer, panic and recover (runtime/defer.c; codegen/
 * cg_closure.c, cg_defer.c) ------------------------------------------------
 *
 * A func value is a pointer to a closure record whose first word is the
 * code pointer; the code takes the record itself as a hidden first
 * argument, then the Go parameters (nil: a NULL record). Captured variables
 * follow the code pointer, by value or as pointers, as escape analysis
 * decided; a record without captures is a constant global.
 *
 * A function containing defer keeps a glibc jmp_buf (ESCGO_JMPBUF_BYTES)
 * in its frame, set with _setjmp on entry; its address identifies the
 * frame. A defer statement fills a GoDefer record (on the stack or in GC
 * memory: codegen's payload follows the header) and links it with
 * escgo_deferproc; returns run the frame's pending records with
 * escgo_deferreturn. escgo_gopanic runs pending records newest first; when
 * one of them recovers, it longjmps to the frame that deferred it, which
 * runs its remaining records and returns its result variables.
 *
 * recover stops a panic only when called by the deferred function itself:
 * the thunk (GoDefer.fn) stores its own frame address in thunk_fp and
 * calls the deferred function (never as a tail call); a function calling
 * recover is never inlined and passes its frame address, whose saved frame
 * pointer must be that thunk_fp. Wrappers between the thunk and such a
 * function (method values, func values of declared functions) pass the
 * check on with escgo_recover_wrap. */
typedef struct GoDefer {
    struct GoDefer *link;          /* the next older pending record */
    void *frame;                   /* the deferring frame's jmp_buf */
    void (*fn)(struct GoDefer *d); /* the thunk: makes the deferred call */
    void *thunk_fp;                /* set by the thunk: its frame address */
    void *panic;                   /* the panic that started this call */
    int64_t started;
    /* codegen's payload: the function value and evaluated arguments */
} GoDefer;

enum { ESCGO_JMPBUF_BYTES = 200 }; /* sizeof(jmp_buf) of glibc on x86-64 */

void escgo_deferproc(GoDefer *d, void *frame, void (*fn)(GoDefer *d));
/* Runs (newest first) and unlinks the pending records of frame. */
void escgo_deferreturn(void *frame);
/* recover(): fp is the calling function's frame address. */
GoEface escgo_gorecover(void *fp);
/* In a wrapper whose frame address is fp: lets the function it calls
 * recover if the wrapper itself could have. */
void escgo_recover_wrap(void *fp);

/* ---- goroutines and channels (runtime/sched.c, runtime/chan.c; codegen/
 * cg_chan.c) --------------------------------------------------------------
 *
 * Goroutines run M:1 on the one Go thread that start.c creates, each on
 * its own stack, switched cooperatively: a goroutine runs until it blocks
 * (channel operation, select, sync wait) or yields (runtime.Gosched). When
 * the running goroutine blocks and no goroutine can run, the program dies
 * with gc's "fatal error: all goroutines are asleep - deadlock!". When
 * main.main returns, the program exits whatever other goroutines do.
 *
 * `go f(args)` evaluates f and the arguments into a GC record (codegen's
 * layout) and passes it with a thunk that makes the call. */
void escgo_go(void (*fn)(void *rec), void *rec);
void escgo_gosched(void);          /* runtime.Gosched */
int64_t escgo_numgoroutine(void);  /* runtime.NumGoroutine */
/* Parks the calling goroutine for at least ns nanoseconds (time.Sleep);
 * other goroutines run meanwhile. A goroutine asleep is not deadlocked. */
void escgo_sleep(int64_t ns);
/* runtime.Goexit: runs the calling goroutine's pending deferred calls,
 * then ends it. In goroutine 1, once no other goroutine can run, gc's
 * "fatal error: no goroutines (main called runtime.Goexit) - deadlock!". */
_Noreturn void escgo_goexit(void);

typedef struct GoChan GoChan; /* a chan value is a GoChan* (nil: NULL) */

/* make(chan T, size); elem is T's descriptor. Panics "makechan: size out
 * of range" as gc does for a negative or too large size. */
GoChan *escgo_makechan(const GoType *elem, int64_t size);
/* c <- *elem. Blocks forever on a nil channel; panics "send on closed
 * channel". */
void escgo_chansend(GoChan *c, const void *elem);
/* *elem = <-c (elem NULL: the value is dropped); returns the comma-ok
 * result: false (and the zero value) once c is closed and drained. Blocks
 * forever on a nil channel. */
bool escgo_chanrecv(GoChan *c, void *elem);
/* close(c): panics "close of nil channel" / "close of closed channel". */
void escgo_closechan(GoChan *c);
int64_t escgo_chanlen(GoChan *c); /* len(c); 0 for nil */
int64_t escgo_chancap(GoChan *c); /* cap(c); 0 for nil */

/* One case of a select statement. */
typedef struct GoSelectCase {
    GoChan *c;    /* NULL: never ready */
    void *elem;   /* send: the value to send; recv: where to store (or NULL) */
    int64_t dir;  /* ESCGO_SELECT_SEND or ESCGO_SELECT_RECV */
} GoSelectCase;
enum { ESCGO_SELECT_SEND = 1, ESCGO_SELECT_RECV = 2 };
/* Runs a select over n cases (in source order): picks uniformly at random
 * among the ready cases, as gc does. Returns the chosen index, or -1 when
 * block is false (the select has a default case) and no case is ready.
 * *recvok gets the comma-ok result of a chosen receive. With n == 0 and
 * block true it blocks forever (select {}). Sending on a closed channel
 * panics as escgo_chansend does. */
int64_t escgo_select(GoSelectCase *cases, int64_t n, bool block, bool *recvok);

#endif
