/* test_rtype.c: unit tests of package internal/rtype's C side
 * (runtime/rtype.c) and os's File/Args helpers (runtime/os_file.c), on
 * type descriptors built by hand in the layout codegen emits.
 *
 * The functions are called through their Go symbols ("internal/rtype.Kind"),
 * so the aliases rtype.c exports are checked too. Interface values are
 * made as codegen makes them: pointer-shaped values (GTF_DIRECT_IFACE) in
 * the data word, others boxed.
 *
 * Build (from the repository root; RUNTIME_SOURCES_BUT_START is every
 * runtime .c file except start.c, which holds the C main() of Go programs):
 *
 *   gcc -std=gnu11 -O2 -Wall -Wextra -Werror -DGC_THREADS -Iruntime \
 *       RUNTIME_SOURCES_BUT_START tests/unit/test_rtype.c \
 *       -lgc -lpthread -ldl -lm -o /tmp/test_rtype && /tmp/test_rtype
 *
 * It prints each failed check and exits 1 if any failed. */
#include "escgo_rt.h"
#include "rt_internal.h"

#include <gc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "unit_check.h"

#define GO(name) __asm__("\"internal/rtype." #name "\"")

typedef struct Cx {
    double re, im;
} Cx;

int64_t r_Kind(const GoType *, void *) GO(Kind);
GoString r_TypeString(const GoType *, void *) GO(TypeString);
uintptr_t r_TypeID(const GoType *, void *) GO(TypeID);
int64_t r_NumMethod(const GoType *, void *) GO(NumMethod);
int64_t r_Int(const GoType *, void *) GO(Int);
uint64_t r_Uint(const GoType *, void *) GO(Uint);
double r_Float(const GoType *, void *) GO(Float);
Cx r_Complex(const GoType *, void *) GO(Complex);
bool r_Bool(const GoType *, void *) GO(Bool);
GoString r_String(const GoType *, void *) GO(String);
int64_t r_Len(const GoType *, void *) GO(Len);
GoEface r_Index(const GoType *, void *, int64_t) GO(Index);
int64_t r_CopyBytes(const GoType *, void *, uint8_t *, int64_t, int64_t) GO(CopyBytes);
int64_t r_ElemKind(const GoType *, void *) GO(ElemKind);
GoString r_ElemTypeString(const GoType *, void *) GO(ElemTypeString);
int64_t r_KeyKind(const GoType *, void *) GO(KeyKind);
GoString r_KeyTypeString(const GoType *, void *) GO(KeyTypeString);
int64_t r_NumField(const GoType *, void *) GO(NumField);
GoEface r_Field(const GoType *, void *, int64_t) GO(Field);
GoString r_FieldName(const GoType *, void *, int64_t) GO(FieldName);
bool r_FieldExported(const GoType *, void *, int64_t) GO(FieldExported);
bool r_FieldEmbedded(const GoType *, void *, int64_t) GO(FieldEmbedded);
int64_t r_FieldKind(const GoType *, void *, int64_t) GO(FieldKind);
GoString r_FieldTypeString(const GoType *, void *, int64_t) GO(FieldTypeString);
GoEface r_Elem(const GoType *, void *) GO(Elem);
bool r_ElemHasMethod(const GoType *, void *, const uint8_t *, int64_t) GO(ElemHasMethod);
bool r_IsNil(const GoType *, void *) GO(IsNil);
uintptr_t r_Pointer(const GoType *, void *) GO(Pointer);
int64_t r_MapEntries(const GoType *, void *, GoEface *, int64_t, int64_t) GO(MapEntries);

int64_t os_argc(void) __asm__("os.runtime_argc");
GoString os_argv(int64_t) __asm__("os.runtime_argv");
int64_t os_syswrite(int64_t, const uint8_t *, int64_t, int64_t) __asm__("os.sysWrite");
GoString os_errnostring(int64_t) __asm__("os.errnoString");

#define S(lit)                                                                                     \
    { (const uint8_t *)(lit), sizeof(lit) - 1 }

static bool streq(GoString s, const char *c) {
    return s.len == (int64_t)strlen(c) && memcmp(s.ptr, c, (size_t)s.len) == 0;
}

/* ---- descriptors --------------------------------------------------------- */

#define BASIC(var, k, sz, nm, fl)                                                                  \
    static GoType var = {                                                                          \
        .size = sz, .kind = k, .align = sz, .flags = GTF_COMPARABLE | (fl), .name = S(nm)}

BASIC(t_int, GK_INT, 8, "int", 0);
BASIC(t_int8, GK_INT8, 1, "int8", 0);
BASIC(t_int16, GK_INT16, 2, "int16", 0);
BASIC(t_int32, GK_INT32, 4, "int32", 0);
BASIC(t_uint8, GK_UINT8, 1, "uint8", 0);
BASIC(t_uint16, GK_UINT16, 2, "uint16", 0);
BASIC(t_uint32, GK_UINT32, 4, "uint32", 0);
BASIC(t_uintptr, GK_UINTPTR, 8, "uintptr", 0);
BASIC(t_float32, GK_FLOAT32, 4, "float32", 0);
BASIC(t_float64, GK_FLOAT64, 8, "float64", 0);
BASIC(t_complex64, GK_COMPLEX64, 8, "complex64", 0);
BASIC(t_complex128, GK_COMPLEX128, 16, "complex128", 0);
BASIC(t_bool, GK_BOOL, 1, "bool", 0);
static GoType t_myint = {.size = 8,
                         .kind = GK_INT,
                         .align = 8,
                         .flags = GTF_COMPARABLE | GTF_NAMED,
                         .name = S("main.MyInt")};
static GoType t_string = {.size = 16,
                          .kind = GK_STRING,
                          .align = 8,
                          .flags = GTF_COMPARABLE | GTF_POINTERS,
                          .name = S("string"),
                          .equal = escgo_equal_string,
                          .hashfn = escgo_hash_string};
static GoType t_any = {.size = 16,
                       .kind = GK_INTERFACE,
                       .align = 8,
                       .flags = GTF_COMPARABLE | GTF_POINTERS,
                       .name = S("interface {}")};
static GoType t_ptrint = {.size = 8,
                          .kind = GK_POINTER,
                          .align = 8,
                          .flags = GTF_COMPARABLE | GTF_POINTERS | GTF_DIRECT_IFACE,
                          .name = S("*int"),
                          .elem = &t_int};
static GoType t_sliceint = {.size = 24,
                            .kind = GK_SLICE,
                            .align = 8,
                            .flags = GTF_POINTERS,
                            .name = S("[]int"),
                            .elem = &t_int};
static GoType t_slicebyte = {.size = 24,
                             .kind = GK_SLICE,
                             .align = 8,
                             .flags = GTF_POINTERS,
                             .name = S("[]uint8"),
                             .elem = &t_uint8};
static GoType t_sliceany = {.size = 24,
                            .kind = GK_SLICE,
                            .align = 8,
                            .flags = GTF_POINTERS,
                            .name = S("[]interface {}"),
                            .elem = &t_any};
static GoType t_arr3int = {.size = 24,
                           .kind = GK_ARRAY,
                           .align = 8,
                           .flags = GTF_COMPARABLE,
                           .name = S("[3]int"),
                           .elem = &t_int,
                           .len = 3};
static GoType t_arr2byte = {.size = 2,
                            .kind = GK_ARRAY,
                            .align = 1,
                            .flags = GTF_COMPARABLE,
                            .name = S("[2]uint8"),
                            .elem = &t_uint8,
                            .len = 2};

/* type T struct { A int8; b string; P *int; X any } */
static const GoField f_T[] = {
    {S("A"), &t_int8, 0, 0, 1},
    {S("b"), &t_string, 8, 0, 0},
    {S("P"), &t_ptrint, 24, 0, 1},
    {S("X"), &t_any, 32, 0, 1},
};
static const GoMethod m_T[] = {{S("String"), NULL, NULL}};
static GoType t_T = {.size = 48,
                     .kind = GK_STRUCT,
                     .align = 8,
                     .flags = GTF_COMPARABLE | GTF_POINTERS | GTF_NAMED,
                     .name = S("main.T"),
                     .len = 4,
                     .fields = f_T,
                     .methods = m_T,
                     .nmethods = 1};
typedef struct T {
    int8_t A;
    GoString b;
    int64_t *P;
    GoEface X;
} T;
static GoType t_ptrT = {.size = 8,
                        .kind = GK_POINTER,
                        .align = 8,
                        .flags = GTF_COMPARABLE | GTF_POINTERS | GTF_DIRECT_IFACE,
                        .name = S("*main.T"),
                        .elem = &t_T};
/* struct { p *int }: pointer-shaped, stored in the data word */
static const GoField f_W[] = {{S("p"), &t_ptrint, 0, 0, 0}};
static GoType t_W = {.size = 8,
                     .kind = GK_STRUCT,
                     .align = 8,
                     .flags = GTF_COMPARABLE | GTF_POINTERS | GTF_DIRECT_IFACE,
                     .name = S("struct { p *int }"),
                     .len = 1,
                     .fields = f_W};
/* struct { main.T } (embedded) */
static const GoField f_E[] = {{S("T"), &t_T, 0, 1, 1}};
static GoType t_E = {.size = 48,
                     .kind = GK_STRUCT,
                     .align = 8,
                     .flags = GTF_POINTERS,
                     .name = S("struct { main.T }"),
                     .len = 1,
                     .fields = f_E};
static GoType t_mapsi = {.size = 8,
                         .kind = GK_MAP,
                         .align = 8,
                         .flags = GTF_POINTERS | GTF_DIRECT_IFACE,
                         .name = S("map[string]int"),
                         .key = &t_string,
                         .elem = &t_int};
static GoType t_func = {.size = 8,
                        .kind = GK_FUNC,
                        .align = 8,
                        .flags = GTF_POINTERS | GTF_DIRECT_IFACE,
                        .name = S("func()")};

static void *box(const GoType *t, const void *v) {
    void *p = escgo_alloc(t->size);
    memcpy(p, v, (size_t)t->size);
    return p;
}

/* ---- tests ---------------------------------------------------------------- */

static void test_scalars(void) {
    int64_t i = -42;
    int8_t i8 = -128;
    int16_t i16 = -300;
    int32_t i32 = 1 << 30;
    uint8_t u8 = 200;
    uint16_t u16 = 65535;
    uint32_t u32 = 0xDEADBEEF;
    uint64_t up = 0x1234;
    float f32 = 0.1f;
    double f64 = 2.5;
    float c64[2] = {1.5f, -2};
    double c128[2] = {3, 4};
    uint8_t b = 1;
    GoString s = S("héllo");

    CHECK(r_Kind(NULL, NULL) == GK_INVALID, "Kind(nil)");
    CHECK(r_Kind(&t_int, box(&t_int, &i)) == GK_INT, "Kind(int)");
    CHECK(r_Kind(&t_myint, box(&t_myint, &i)) == GK_INT, "Kind(MyInt)");
    CHECK(streq(r_TypeString(&t_myint, NULL), "main.MyInt"), "TypeString(MyInt)");
    CHECK(r_TypeID(&t_int, NULL) == (uintptr_t)&t_int, "TypeID");
    CHECK(r_NumMethod(&t_int, NULL) == 0 && r_NumMethod(&t_T, NULL) == 1 &&
              r_NumMethod(NULL, NULL) == 0,
          "NumMethod");
    CHECK(r_Int(&t_int, box(&t_int, &i)) == -42, "Int(int)");
    CHECK(r_Int(&t_int8, box(&t_int8, &i8)) == -128, "Int(int8)");
    CHECK(r_Int(&t_int16, box(&t_int16, &i16)) == -300, "Int(int16)");
    CHECK(r_Int(&t_int32, box(&t_int32, &i32)) == 1 << 30, "Int(int32)");
    CHECK(r_Uint(&t_uint8, box(&t_uint8, &u8)) == 200, "Uint(uint8)");
    CHECK(r_Uint(&t_uint16, box(&t_uint16, &u16)) == 65535, "Uint(uint16)");
    CHECK(r_Uint(&t_uint32, box(&t_uint32, &u32)) == 0xDEADBEEF, "Uint(uint32)");
    CHECK(r_Uint(&t_uintptr, box(&t_uintptr, &up)) == 0x1234, "Uint(uintptr)");
    CHECK(r_Float(&t_float32, box(&t_float32, &f32)) == (double)0.1f, "Float(float32)");
    CHECK(r_Float(&t_float64, box(&t_float64, &f64)) == 2.5, "Float(float64)");
    Cx c = r_Complex(&t_complex64, box(&t_complex64, c64));
    CHECK(c.re == 1.5 && c.im == -2, "Complex(complex64) = %g,%g", c.re, c.im);
    c = r_Complex(&t_complex128, box(&t_complex128, c128));
    CHECK(c.re == 3 && c.im == 4, "Complex(complex128)");
    CHECK(r_Bool(&t_bool, box(&t_bool, &b)), "Bool");
    CHECK(streq(r_String(&t_string, box(&t_string, &s)), "héllo"), "String");
    CHECK(r_Len(&t_string, box(&t_string, &s)) == 6, "Len(string)");
}

static void test_lists(void) {
    int64_t arr[3] = {7, 8, 9};
    void *abox = box(&t_arr3int, arr);
    CHECK(r_Len(&t_arr3int, abox) == 3, "Len(array)");
    GoEface e = r_Index(&t_arr3int, abox, 2);
    CHECK(e.type == &t_int && *(int64_t *)e.data == 9, "Index(array)");
    CHECK(e.data == (int64_t *)abox + 2, "array elements share the immutable box");
    CHECK(r_ElemKind(&t_arr3int, abox) == GK_INT, "ElemKind(array)");
    CHECK(streq(r_ElemTypeString(&t_arr3int, abox), "int"), "ElemTypeString(array)");

    int64_t *backing = escgo_alloc(3 * 8);
    backing[0] = 1, backing[1] = 2, backing[2] = 3;
    GoSlice sl = {backing, 3, 3};
    void *sbox = box(&t_sliceint, &sl);
    CHECK(r_Len(&t_sliceint, sbox) == 3, "Len(slice)");
    e = r_Index(&t_sliceint, sbox, 1);
    CHECK(e.type == &t_int && *(int64_t *)e.data == 2, "Index(slice)");
    CHECK(e.data != &backing[1], "slice elements are copied");
    CHECK(!r_IsNil(&t_sliceint, sbox), "IsNil(slice)");
    CHECK(r_Pointer(&t_sliceint, sbox) == (uintptr_t)backing, "Pointer(slice)");
    GoSlice nilsl = {NULL, 0, 0};
    CHECK(r_IsNil(&t_sliceint, box(&t_sliceint, &nilsl)), "IsNil(nil slice)");

    uint8_t bytes[4] = {'a', 'b', 'c', 'd'};
    GoSlice bs = {bytes, 4, 4};
    uint8_t dst[8] = {0};
    CHECK(r_CopyBytes(&t_slicebyte, box(&t_slicebyte, &bs), dst, 8, 8) == 4 &&
              memcmp(dst, "abcd", 4) == 0,
          "CopyBytes(slice)");
    uint8_t two[2] = {1, 2};
    CHECK(r_CopyBytes(&t_arr2byte, box(&t_arr2byte, two), dst, 1, 8) == 1 && dst[0] == 1,
          "CopyBytes(array) limited by dst");

    /* []any{5, nil, &x}: elements come back as their dynamic values */
    int64_t five = 5, x = 11;
    GoEface *elems = escgo_alloc(3 * sizeof(GoEface));
    elems[0] = (GoEface){&t_int, box(&t_int, &five)};
    elems[1] = (GoEface){NULL, NULL};
    elems[2] = (GoEface){&t_ptrint, &x};
    GoSlice as = {elems, 3, 3};
    void *asbox = box(&t_sliceany, &as);
    CHECK(r_ElemKind(&t_sliceany, asbox) == GK_INTERFACE, "ElemKind([]any)");
    CHECK(streq(r_ElemTypeString(&t_sliceany, asbox), "interface {}"), "ElemTypeString([]any)");
    e = r_Index(&t_sliceany, asbox, 0);
    CHECK(e.type == &t_int && *(int64_t *)e.data == 5, "Index([]any)[0]");
    e = r_Index(&t_sliceany, asbox, 1);
    CHECK(e.type == NULL && e.data == NULL, "Index([]any)[1] is nil");
    e = r_Index(&t_sliceany, asbox, 2);
    CHECK(e.type == &t_ptrint && e.data == &x, "Index([]any)[2] pointer");
}

static void test_structs(void) {
    int64_t x = 3;
    T v = {.A = -5, .b = S("bee"), .P = &x, .X = {&t_ptrint, &x}};
    void *vb = box(&t_T, &v);
    CHECK(r_NumField(&t_T, vb) == 4, "NumField");
    GoEface f = r_Field(&t_T, vb, 0);
    CHECK(f.type == &t_int8 && r_Int(f.type, f.data) == -5, "Field 0");
    f = r_Field(&t_T, vb, 1);
    CHECK(f.type == &t_string && streq(r_String(f.type, f.data), "bee"), "Field 1");
    f = r_Field(&t_T, vb, 2);
    CHECK(f.type == &t_ptrint && f.data == &x, "Field 2 (pointer: the data word)");
    f = r_Field(&t_T, vb, 3);
    CHECK(f.type == &t_ptrint && f.data == &x, "Field 3 (interface: its dynamic value)");
    CHECK(streq(r_FieldName(&t_T, vb, 1), "b"), "FieldName");
    CHECK(r_FieldExported(&t_T, vb, 0) && !r_FieldExported(&t_T, vb, 1), "FieldExported");
    CHECK(r_FieldKind(&t_T, vb, 3) == GK_INTERFACE, "FieldKind");
    CHECK(streq(r_FieldTypeString(&t_T, vb, 2), "*int"), "FieldTypeString");
    T e0 = {0};
    void *eb = box(&t_E, &e0);
    CHECK(r_FieldEmbedded(&t_E, eb, 0) && streq(r_FieldName(&t_E, eb, 0), "T"), "embedded");
    f = r_Field(&t_T, box(&t_T, &e0), 3);
    CHECK(f.type == NULL, "nil interface field");

    /* a pointer-shaped struct lives in the data word itself */
    f = r_Field(&t_W, &x, 0);
    CHECK(f.type == &t_ptrint && f.data == &x, "Field of a direct struct");

    /* pointers */
    T *pv = &v;
    CHECK(r_Kind(&t_ptrT, pv) == GK_POINTER, "Kind(*T)");
    CHECK(r_ElemKind(&t_ptrT, pv) == GK_STRUCT, "ElemKind(*T)");
    CHECK(r_Pointer(&t_ptrT, pv) == (uintptr_t)pv, "Pointer(*T)");
    CHECK(!r_IsNil(&t_ptrT, pv) && r_IsNil(&t_ptrT, NULL), "IsNil(*T)");
    GoEface el = r_Elem(&t_ptrT, pv);
    CHECK(el.type == &t_T && el.data != pv && ((T *)el.data)->A == -5, "Elem copies");
    el = r_Elem(&t_ptrT, NULL);
    CHECK(el.type == NULL, "Elem(nil)");
    CHECK(r_ElemHasMethod(&t_ptrT, pv, (const uint8_t *)"String", 6), "ElemHasMethod");
    CHECK(!r_ElemHasMethod(&t_ptrT, pv, (const uint8_t *)"Error", 5), "!ElemHasMethod");

    /* a func value points to a closure record whose first word is code */
    static void *closure[1] = {(void *)test_structs};
    CHECK(r_Pointer(&t_func, closure) == (uintptr_t)test_structs, "Pointer(func)");
    CHECK(r_IsNil(&t_func, NULL) && r_Pointer(&t_func, NULL) == 0, "nil func");
}

static void test_maps(void) {
    GoMap *m = escgo_makemap(&t_mapsi, 0);
    const char *keys[] = {"a", "bb", "ccc", "dddd", "eeeee"};
    for (int64_t i = 0; i < 5; i++) {
        GoString k = {(const uint8_t *)keys[i], (int64_t)strlen(keys[i])};
        *(int64_t *)escgo_mapassign(&t_mapsi, m, &k) = i * 10;
    }
    CHECK(r_Len(&t_mapsi, m) == 5, "Len(map)");
    CHECK(r_KeyKind(&t_mapsi, m) == GK_STRING && r_ElemKind(&t_mapsi, m) == GK_INT,
          "KeyKind/ElemKind(map)");
    CHECK(streq(r_KeyTypeString(&t_mapsi, m), "string"), "KeyTypeString");
    GoEface kv[10];
    int64_t n = r_MapEntries(&t_mapsi, m, kv, 10, 10);
    CHECK(n == 5, "MapEntries count %lld", (long long)n);
    int seen = 0;
    for (int64_t i = 0; i < n; i++) {
        GoString k = r_String(kv[2 * i].type, kv[2 * i].data);
        int64_t v = r_Int(kv[2 * i + 1].type, kv[2 * i + 1].data);
        CHECK(v == (k.len - 1) * 10, "entry %.*s:%lld", (int)k.len, k.ptr, (long long)v);
        seen |= 1 << (k.len - 1);
    }
    CHECK(seen == 31, "every key once");
    CHECK(r_MapEntries(&t_mapsi, m, kv, 5, 10) == 2, "MapEntries stops when kv is full");
    CHECK(r_MapEntries(&t_mapsi, NULL, kv, 10, 10) == 0 && r_Len(&t_mapsi, NULL) == 0, "nil map");
    CHECK(r_IsNil(&t_mapsi, NULL) && !r_IsNil(&t_mapsi, m), "IsNil(map)");
}

static void test_os(void) {
    CHECK(os_argc() == escgo_argc, "argc");
    CHECK(streq(os_argv(0), escgo_argv[0]), "argv[0]");
    CHECK(os_argv(99).len == 0, "argv out of range");
    int fds[2];
    if (pipe(fds) == 0) {
        CHECK(os_syswrite(fds[1], (const uint8_t *)"hello", 5, 5) == 5, "sysWrite");
        char buf[8] = {0};
        CHECK(read(fds[0], buf, 8) == 5 && memcmp(buf, "hello", 5) == 0, "sysWrite data");
        close(fds[0]);
        close(fds[1]);
    }
    CHECK(os_syswrite(-1, (const uint8_t *)"x", 1, 1) == -9, "sysWrite(EBADF) = -EBADF");
    CHECK(streq(os_errnostring(9), "bad file descriptor"), "errnoString(EBADF)");
}

int main(int argc, char **argv) {
    GC_INIT();
    escgo_argc = argc;
    escgo_argv = argv;
    test_scalars();
    test_lists();
    test_structs();
    test_maps();
    test_os();
    printf("test_rtype: %ld checks, %d failures\n", checks, failures);
    return failures ? 1 : 0;
}
