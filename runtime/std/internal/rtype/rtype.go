// Package rtype is escgo's run-time type introspection for fmt: a small
// stand-in for package reflect that works on interface values (any)
// directly, reading the type descriptors codegen emits (GoType in
// runtime/escgo_rt.h).
//
// Every function here is declared without a body and implemented in C in
// runtime/rtype.c (symbols "internal/rtype.Kind", ...). They take and
// return only scalars, strings, interface values and slices passed as
// arguments: multi-word results other than string/any do not cross the
// Go/C boundary the same way on both sides (see escgo_rt.h).
//
// Model. A value is an `any` holding a concrete (dynamic) value. An
// operation that reaches a part of a value (Index, Field, Elem, map
// entries) returns that part boxed as an `any`. A part whose static type is
// an interface is returned as its dynamic value, nil for a nil interface;
// its static kind and type name are available from ElemKind/FieldKind/
// KeyKind and the *TypeString functions, so that fmt can print
// `interface {}(nil)` and `error(nil)` as gc does. Boxes are never
// written after they are made: a part of an array or struct may share its
// parent's box; slice elements, pointer targets and map entries are copied.
//
// Kinds are numbered as reflect.Kind (GoKind in escgo_rt.h). A function
// applied to a value of a kind it does not handle returns the zero value;
// callers check Kind first.
package rtype

// Kinds, as reflect.Kind (KInt is reflect.Int).
const (
	KInvalid = iota
	KBool
	KInt
	KInt8
	KInt16
	KInt32
	KInt64
	KUint
	KUint8
	KUint16
	KUint32
	KUint64
	KUintptr
	KFloat32
	KFloat64
	KComplex64
	KComplex128
	KArray
	KChan
	KFunc
	KInterface
	KMap
	KPointer
	KSlice
	KString
	KStruct
	KUnsafePointer
)

// Kind returns the kind of x's dynamic type; KInvalid for nil.
func Kind(x any) int

// TypeString returns the name of x's dynamic type as %T prints it
// ("int", "main.T", "[]*main.T", "map[string]int", "struct { A int }").
func TypeString(x any) string

// TypeID identifies x's dynamic type (the address of its descriptor);
// 0 for nil. Used only to order interface-typed map keys.
func TypeID(x any) uintptr

// NumMethod returns the number of methods in the method set of x's dynamic
// type (0 for nil): when it is 0, x satisfies no interface with methods.
func NumMethod(x any) int

// Scalar accessors: Int for the signed integer kinds, Uint for the unsigned
// ones (and uintptr), Float for float32/64, Complex for complex64/128.
func Int(x any) int64
func Uint(x any) uint64
func Float(x any) float64
func Complex(x any) complex128
func Bool(x any) bool
func String(x any) string

// Len of a string, array, slice, map or chan.
func Len(x any) int

// Index returns element i (0 <= i < Len(x)) of an array or slice.
func Index(x any, i int) any

// CopyBytes copies the elements of an array or slice of a byte kind
// (uint8 or a type defined on it) into dst and returns how many it copied.
func CopyBytes(x any, dst []byte) int

// ElemKind and ElemTypeString describe the static element type of a
// pointer, array, slice, chan or map (the map's value type).
func ElemKind(x any) int
func ElemTypeString(x any) string

// KeyKind and KeyTypeString describe a map's static key type.
func KeyKind(x any) int
func KeyTypeString(x any) string

// Struct fields, in declaration order (blank fields included).
func NumField(x any) int
func Field(x any, i int) any
func FieldName(x any, i int) string // embedded fields: the type's name
func FieldExported(x any, i int) bool
func FieldEmbedded(x any, i int) bool
func FieldKind(x any, i int) int          // static kind of the field
func FieldTypeString(x any, i int) string // static type of the field

// Elem returns a copy of the value a non-nil pointer points to.
func Elem(x any) any

// ElemHasMethod reports whether the element type of a pointer type has a
// method of that name (one with a value receiver, then, that the pointer
// type only wraps).
func ElemHasMethod(x any, name string) bool

// IsNil reports whether a pointer, map, slice, chan, func or
// unsafe.Pointer value is nil.
func IsNil(x any) bool

// Pointer returns the address a pointer, map, chan, unsafe.Pointer or
// slice (its first element) holds, or a func value's code address.
func Pointer(x any) uintptr

// MapEntries stores m's entries into kv in iteration order, key i at
// kv[2*i] and its value at kv[2*i+1], as many as fit, and returns the
// number of entries stored. (One slice rather than two keeps the C
// function within the six argument registers.)
func MapEntries(m any, kv []any) int
