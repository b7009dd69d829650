package atomic

import "unsafe"

// A Value provides an atomic load and store of a consistently typed
// value. The zero value for a Value returns nil from Load. Once Store has
// been called, a Value must not be copied.
//
// The two words of the interface are written separately: the type word
// is fixed by the first Store, which claims it with a placeholder
// (firstStore) while it writes the data word, so that a Load never sees a
// type without its data; later stores change only the data word.
type Value struct {
	v any
}

// efaceWords is the layout of an empty interface value (GoEface in
// runtime/escgo_rt.h).
type efaceWords struct {
	typ  unsafe.Pointer
	data unsafe.Pointer
}

// firstStore's address is the type word of a Value whose first Store is
// in progress. gc keeps that goroutine on its processor meanwhile, so the
// others spin only briefly; escgo's goroutines switch only where one
// blocks, never inside Store, so none ever sees it.
var firstStore byte

// typeWord returns the type descriptor of the value in *x (nil for nil).
func typeWord(x *any) unsafe.Pointer {
	return (*efaceWords)(unsafe.Pointer(x)).typ
}

// Load returns the value set by the most recent Store. It returns nil if
// there has been no call to Store for this Value.
func (v *Value) Load() (val any) {
	w := (*efaceWords)(unsafe.Pointer(v))
	typ := LoadPointer(&w.typ)
	if typ == nil || typ == unsafe.Pointer(&firstStore) {
		return nil
	}
	out := (*efaceWords)(unsafe.Pointer(&val))
	out.typ = typ
	out.data = LoadPointer(&w.data)
	return val
}

// Store sets the value of the Value to val. All calls to Store for a
// given Value must use values of the same concrete type. Store of an
// inconsistent type panics, as does Store(nil).
func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	v.exchange(val, "sync/atomic: store of inconsistently typed value into Value")
}

// Swap stores new into Value and returns the previous value. It returns
// nil if the Value is empty.
func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	return v.exchange(new, "sync/atomic: swap of inconsistently typed value into Value")
}

// exchange stores val (non-nil) and returns the previous value; it panics
// with inconsistent if val's type is not the stored one's.
func (v *Value) exchange(val any, inconsistent string) (old any) {
	w := (*efaceWords)(unsafe.Pointer(v))
	n := (*efaceWords)(unsafe.Pointer(&val))
	for {
		typ := LoadPointer(&w.typ)
		if typ == nil {
			if !CompareAndSwapPointer(&w.typ, nil, unsafe.Pointer(&firstStore)) {
				continue
			}
			StorePointer(&w.data, n.data)
			StorePointer(&w.typ, n.typ)
			return nil
		}
		if typ == unsafe.Pointer(&firstStore) {
			continue
		}
		if typ != n.typ {
			panic(inconsistent)
		}
		o := (*efaceWords)(unsafe.Pointer(&old))
		o.typ = typ
		o.data = SwapPointer(&w.data, n.data)
		return old
	}
}

// CompareAndSwap executes the compare-and-swap operation for the Value.
// The values are compared with ==, so comparing values of an
// uncomparable type panics.
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && typeWord(&old) != typeWord(&new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	w := (*efaceWords)(unsafe.Pointer(v))
	n := (*efaceWords)(unsafe.Pointer(&new))
	for {
		typ := LoadPointer(&w.typ)
		if typ == nil {
			if old != nil {
				return false
			}
			if !CompareAndSwapPointer(&w.typ, nil, unsafe.Pointer(&firstStore)) {
				continue
			}
			StorePointer(&w.data, n.data)
			StorePointer(&w.typ, n.typ)
			return true
		}
		if typ == unsafe.Pointer(&firstStore) {
			continue
		}
		if typ != n.typ {
			panic("sync/atomic: compare and swap of inconsistently typed value into Value")
		}
		// compare the current value as an interface (==, not identity),
		// then swap the data word only if nobody changed it meanwhile
		data := LoadPointer(&w.data)
		var cur any
		c := (*efaceWords)(unsafe.Pointer(&cur))
		c.typ = typ
		c.data = data
		if cur != old {
			return false
		}
		return CompareAndSwapPointer(&w.data, data, n.data)
	}
}
