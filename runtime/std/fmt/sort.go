// sort.go: the order in which fmt prints a map's entries — sorted by key,
// so that output does not depend on iteration order. The rules are those
// documented for fmt (and its internal/fmtsort): numbers, strings and
// bools in their natural order (false first, NaN first among floats,
// complex by real then imaginary part), pointers and channels by address,
// structs and arrays element by element, interface keys nil first, then
// by their dynamic type, then by value. The sort is stable.

package fmt

import "internal/rtype"

// sortedMap returns m's keys and values, paired, in key order.
func sortedMap(m any) (keys []any, vals []any) {
	kv := make([]any, 2*rtype.Len(m))
	n := rtype.MapEntries(m, kv)
	keys = make([]any, n)
	vals = make([]any, n)
	for i := 0; i < n; i++ {
		keys[i], vals[i] = kv[2*i], kv[2*i+1]
	}
	kind := rtype.KeyKind(m)
	// insertion sort below a small size, merge sort above: both stable
	if n <= 12 {
		for i := 1; i < n; i++ {
			for j := i; j > 0 && compareKeys(keys[j], keys[j-1], kind) < 0; j-- {
				keys[j], keys[j-1] = keys[j-1], keys[j]
				vals[j], vals[j-1] = vals[j-1], vals[j]
			}
		}
		return keys, vals
	}
	tk := make([]any, n)
	tv := make([]any, n)
	mergeSort(keys, vals, tk, tv, kind)
	return keys, vals
}

// mergeSort sorts keys (and vals with them) using tk and tv as scratch.
func mergeSort(keys, vals, tk, tv []any, kind int) {
	n := len(keys)
	if n < 2 {
		return
	}
	mid := n / 2
	mergeSort(keys[:mid], vals[:mid], tk[:mid], tv[:mid], kind)
	mergeSort(keys[mid:], vals[mid:], tk[mid:], tv[mid:], kind)
	i, j, o := 0, mid, 0
	for i < mid && j < n {
		// take from the right only when strictly smaller: stability
		if compareKeys(keys[j], keys[i], kind) < 0 {
			tk[o], tv[o] = keys[j], vals[j]
			j++
		} else {
			tk[o], tv[o] = keys[i], vals[i]
			i++
		}
		o++
	}
	for ; i < mid; i++ {
		tk[o], tv[o] = keys[i], vals[i]
		o++
	}
	for ; j < n; j++ {
		tk[o], tv[o] = keys[j], vals[j]
		o++
	}
	copy(keys, tk[:n])
	copy(vals, tv[:n])
}

func cmpFloat(a, b float64) int {
	switch {
	case a != a: // NaN
		return -1
	case b != b:
		return 1
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// compareKeys orders a and b, two values of a type of static kind kind
// (for interfaces: their dynamic values, nil for a nil interface).
func compareKeys(a, b any, kind int) int {
	if kind == rtype.KInterface {
		switch {
		case a == nil && b == nil:
			return 0
		case a == nil:
			return -1
		case b == nil:
			return 1
		}
		ta, tb := rtype.TypeID(a), rtype.TypeID(b)
		if ta != tb {
			if ta < tb {
				return -1
			}
			return 1
		}
		kind = rtype.Kind(a)
	}
	switch kind {
	case rtype.KInt, rtype.KInt8, rtype.KInt16, rtype.KInt32, rtype.KInt64:
		x, y := rtype.Int(a), rtype.Int(b)
		if x < y {
			return -1
		} else if x > y {
			return 1
		}
		return 0
	case rtype.KUint, rtype.KUint8, rtype.KUint16, rtype.KUint32, rtype.KUint64, rtype.KUintptr:
		x, y := rtype.Uint(a), rtype.Uint(b)
		if x < y {
			return -1
		} else if x > y {
			return 1
		}
		return 0
	case rtype.KString:
		x, y := rtype.String(a), rtype.String(b)
		if x < y {
			return -1
		} else if x > y {
			return 1
		}
		return 0
	case rtype.KFloat32, rtype.KFloat64:
		return cmpFloat(rtype.Float(a), rtype.Float(b))
	case rtype.KComplex64, rtype.KComplex128:
		x, y := rtype.Complex(a), rtype.Complex(b)
		if c := cmpFloat(real(x), real(y)); c != 0 {
			return c
		}
		return cmpFloat(imag(x), imag(y))
	case rtype.KBool:
		x, y := rtype.Bool(a), rtype.Bool(b)
		if x == y {
			return 0
		} else if x {
			return 1
		}
		return -1
	case rtype.KPointer, rtype.KUnsafePointer, rtype.KChan:
		x, y := rtype.Pointer(a), rtype.Pointer(b)
		if x < y {
			return -1
		} else if x > y {
			return 1
		}
		return 0
	case rtype.KStruct:
		n := rtype.NumField(a)
		for i := 0; i < n; i++ {
			if c := compareKeys(rtype.Field(a, i), rtype.Field(b, i), rtype.FieldKind(a, i)); c != 0 {
				return c
			}
		}
		return 0
	case rtype.KArray:
		n := rtype.Len(a)
		ek := rtype.ElemKind(a)
		for i := 0; i < n; i++ {
			if c := compareKeys(rtype.Index(a, i), rtype.Index(b, i), ek); c != 0 {
				return c
			}
		}
		return 0
	}
	return 0
}
