// Package sort is escgo's version of Go's sort package: sorting slices
// and user-defined collections, and binary search, giving exactly Go
// 1.19's results (including the order unstable sorts leave equal
// elements in).
//
// Ints, Float64s and Strings sort their slices directly (zsort_*.go), so
// they need neither interface calls nor closures.
package sort

import "math/bits"

// An implementation of Interface can be sorted by the routines in this
// package. The methods refer to elements of the underlying collection by
// integer index.
type Interface interface {
	// Len is the number of elements in the collection.
	Len() int
	// Less reports whether the element with index i must sort before the
	// element with index j.
	Less(i, j int) bool
	// Swap swaps the elements with indexes i and j.
	Swap(i, j int)
}

type sortedHint int // what choosePivot saw of the range's order

const (
	unknownHint sortedHint = iota
	increasingHint
	decreasingHint
)

// xorshift is Marsaglia's xorshift generator ("Xorshift RNGs", 2003),
// seeded with the range length so sorting stays deterministic.
type xorshift uint64

func (r *xorshift) Next() uint64 {
	*r ^= *r << 13
	*r ^= *r >> 17
	*r ^= *r << 5
	return uint64(*r)
}

func nextPowerOfTwo(length int) uint {
	return uint(1 << uint(bits.Len(uint(length))))
}

// lessSwap is the pair of functions sort.Slice sorts with.
type lessSwap struct {
	Less func(i, j int) bool
	Swap func(i, j int)
}

// Sort sorts data in ascending order as determined by the Less method.
// It makes one call to data.Len to determine n and O(n*log(n)) calls to
// data.Less and data.Swap. The sort is not guaranteed to be stable.
func Sort(data Interface) {
	n := data.Len()
	if n <= 1 {
		return
	}
	pdqsortI(data, 0, n, bits.Len(uint(n)))
}

// Stable sorts data in ascending order as determined by the Less method,
// while keeping the original order of equal elements.
func Stable(data Interface) {
	stableI(data, data.Len())
}

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool {
	n := data.Len()
	for i := n - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

type reverse struct {
	// This embedded Interface permits Reverse to use the methods of
	// another Interface implementation.
	Interface
}

// Less returns the opposite of the embedded implementation's Less method.
func (r reverse) Less(i, j int) bool {
	return r.Interface.Less(j, i)
}

// Reverse returns the reverse order for data.
func Reverse(data Interface) Interface {
	return &reverse{data}
}

// Slice sorts the slice x given the provided less function. It panics if
// x is not a slice. The sort is not guaranteed to be stable.
func Slice(x any, less func(i, j int) bool) {
	n := lenOf(sliceLen(x), "Swapper")
	swap := func(i, j int) { sliceSwap(x, i, j) }
	pdqsort_func(lessSwap{less, swap}, 0, n, bits.Len(uint(n)))
}

// SliceStable sorts the slice x using the provided less function, keeping
// equal elements in their original order. It panics if x is not a slice.
func SliceStable(x any, less func(i, j int) bool) {
	n := lenOf(sliceLen(x), "Swapper")
	swap := func(i, j int) { sliceSwap(x, i, j) }
	stable_func(lessSwap{less, swap}, n)
}

// SliceIsSorted reports whether the slice x is sorted according to the
// provided less function. It panics if x is not a slice.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	// Go takes reflect's Value.Len here, which also accepts arrays, maps
	// and strings.
	n := lenOf(valueLen(x), "reflect.Value.Len")
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

// lenOf returns n, the result of sliceLen or valueLen, or panics as
// reflect does if that says the value has the wrong kind (n = -1-kind).
func lenOf(n int, method string) int {
	if n < 0 {
		panic(&valueError{method, -1 - n})
	}
	return n
}

// valueError is the panic value of sort.Slice and friends for a value of
// the wrong kind: Go's reflectlite.ValueError, with the same text.
type valueError struct {
	Method string
	Kind   int
}

func (e *valueError) Error() string {
	if e.Kind == 0 {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + kindNames[e.Kind] + " Value"
}

// kindNames are reflect.Kind's String results, indexed by kind.
var kindNames = []string{
	"invalid", "bool", "int", "int8", "int16", "int32", "int64", "uint",
	"uint8", "uint16", "uint32", "uint64", "uintptr", "float32", "float64",
	"complex64", "complex128", "array", "chan", "func", "interface", "map",
	"ptr", "slice", "string", "struct", "unsafe.Pointer",
}

// sliceLen returns len(x) for a slice x, and -1-kind for a value of any
// other kind (-1 for nil).
//
// Implemented in C (runtime/sort_support.c): it reads x's type descriptor.
// Like gc's reflectlite.ValueOf, it counts as keeping x.
func sliceLen(x any) int

// valueLen is sliceLen for reflect's Value.Len: it also gives the lengths
// of arrays, maps and strings.
//
// Implemented in C (runtime/sort_support.c).
func valueLen(x any) int

// sliceSwap swaps elements i and j of the slice x, of any element type.
//
// Implemented in C (runtime/sort_support.c): the element size comes from
// x's type descriptor.
func sliceSwap(x any, i, j int)

// IntSlice attaches the methods of Interface to []int, sorting in
// increasing order.
type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x IntSlice) Sort() { Ints(x) }

// Search returns the result of applying SearchInts to the receiver and x.
func (p IntSlice) Search(x int) int { return SearchInts(p, x) }

// Float64Slice implements Interface for a []float64, sorting in
// increasing order, with not-a-number (NaN) values ordered before other
// values.
type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }

// Less reports whether x[i] should be ordered before x[j], as required by
// the sort Interface. Note that floating-point comparison by itself is not
// a transitive relation: it does not report a consistent ordering for
// not-a-number (NaN) values. This implementation of Less places NaN values
// before any others.
func (x Float64Slice) Less(i, j int) bool { return lessFloat64(x, i, j) }
func (x Float64Slice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x Float64Slice) Sort() { Float64s(x) }

// Search returns the result of applying SearchFloat64s to the receiver and
// x.
func (p Float64Slice) Search(x float64) int { return SearchFloat64s(p, x) }

func isNaN(f float64) bool { return f != f }

func lessFloat64(x []float64, i, j int) bool {
	return x[i] < x[j] || (isNaN(x[i]) && !isNaN(x[j]))
}

// StringSlice attaches the methods of Interface to []string, sorting in
// increasing order.
type StringSlice []string

func (x StringSlice) Len() int           { return len(x) }
func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x StringSlice) Sort() { Strings(x) }

// Search returns the result of applying SearchStrings to the receiver and
// x.
func (p StringSlice) Search(x string) int { return SearchStrings(p, x) }

// Ints sorts a slice of ints in increasing order.
func Ints(x []int) {
	if n := len(x); n > 1 {
		pdqsort_int(x, 0, n, bits.Len(uint(n)))
	}
}

// Float64s sorts a slice of float64s in increasing order. Not-a-number
// (NaN) values are ordered before other values.
func Float64s(x []float64) {
	if n := len(x); n > 1 {
		pdqsort_float64(x, 0, n, bits.Len(uint(n)))
	}
}

// Strings sorts a slice of strings in increasing order.
func Strings(x []string) {
	if n := len(x); n > 1 {
		pdqsort_string(x, 0, n, bits.Len(uint(n)))
	}
}

// IntsAreSorted reports whether the slice x is sorted in increasing order.
func IntsAreSorted(x []int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}

// Float64sAreSorted reports whether the slice x is sorted in increasing
// order, with not-a-number (NaN) values before any other values.
func Float64sAreSorted(x []float64) bool {
	for i := len(x) - 1; i > 0; i-- {
		if lessFloat64(x, i, i-1) {
			return false
		}
	}
	return true
}

// StringsAreSorted reports whether the slice x is sorted in increasing
// order.
func StringsAreSorted(x []string) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}

// Search uses binary search to find and return the smallest index i in
// [0, n) at which f(i) is true, assuming that on the range [0, n), f(i) ==
// true implies f(i+1) == true. Search returns n if there is no such index.
func Search(n int, f func(int) bool) int {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if !f(h) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

// Find uses binary search to find and return the smallest index i in [0,
// n) at which cmp(i) <= 0. If there is no such index i, Find returns i =
// n. The found result is true if i < n and cmp(i) == 0.
func Find(n int, cmp func(int) int) (i int, found bool) {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp(h) > 0 {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && cmp(i) == 0
}

// SearchInts searches for x in a sorted slice of ints and returns the
// index as specified by Search.
func SearchInts(a []int, x int) int {
	i, j := 0, len(a)
	for i < j {
		h := int(uint(i+j) >> 1)
		if a[h] < x {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

// SearchFloat64s searches for x in a sorted slice of float64s and returns
// the index as specified by Search.
func SearchFloat64s(a []float64, x float64) int {
	i, j := 0, len(a)
	for i < j {
		h := int(uint(i+j) >> 1)
		if !(a[h] >= x) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

// SearchStrings searches for x in a sorted slice of strings and returns
// the index as specified by Search.
func SearchStrings(a []string, x string) int {
	i, j := 0, len(a)
	for i < j {
		h := int(uint(i+j) >> 1)
		if a[h] < x {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}
