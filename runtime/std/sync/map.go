package sync

// Map is like a Go map[any]any but is safe for concurrent use by multiple
// goroutines without additional locking or coordination. The zero Map is
// empty and ready for use. A Map must not be copied after first use.
//
// gc's Map keeps a read-only map that loads use without locking, and a
// dirty map for new keys. escgo's is one map behind a mutex, the simple
// form that is right for any number of goroutines and fast enough for
// one. Entries are pointers so that Range, which calls f without holding
// the lock, sees the current value of an entry and skips deleted ones.
type Map struct {
	mu Mutex
	m  map[any]*mapEntry
}

type mapEntry struct {
	value   any
	deleted bool
}

// Load returns the value stored in the map for a key, or nil if no value
// is present. The ok result indicates whether value was found in the map.
func (m *Map) Load(key any) (value any, ok bool) {
	m.mu.Lock()
	e := m.m[key]
	if e != nil {
		value, ok = e.value, true
	}
	m.mu.Unlock()
	return value, ok
}

// Store sets the value for a key.
func (m *Map) Store(key, value any) {
	m.mu.Lock()
	if e := m.m[key]; e != nil {
		e.value = value
	} else {
		if m.m == nil {
			m.m = make(map[any]*mapEntry)
		}
		m.m[key] = &mapEntry{value: value}
	}
	m.mu.Unlock()
}

// LoadOrStore returns the existing value for the key if present.
// Otherwise, it stores and returns the given value. The loaded result is
// true if the value was loaded, false if stored.
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	m.mu.Lock()
	if e := m.m[key]; e != nil {
		actual, loaded = e.value, true
	} else {
		if m.m == nil {
			m.m = make(map[any]*mapEntry)
		}
		m.m[key] = &mapEntry{value: value}
		actual = value
	}
	m.mu.Unlock()
	return actual, loaded
}

// LoadAndDelete deletes the value for a key, returning the previous value
// if any. The loaded result reports whether the key was present.
func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	m.mu.Lock()
	if e := m.m[key]; e != nil {
		value, loaded = e.value, true
		e.deleted = true
		e.value = nil
		delete(m.m, key)
	}
	m.mu.Unlock()
	return value, loaded
}

// Delete deletes the value for a key.
func (m *Map) Delete(key any) {
	m.LoadAndDelete(key)
}

// Range calls f sequentially for each key and value present in the map.
// If f returns false, range stops the iteration.
//
// Range does not necessarily correspond to any consistent snapshot of the
// Map's contents: no key will be visited more than once, but if the value
// for any key is stored or deleted concurrently (including by f), Range
// may reflect any mapping for that key from any point during the Range
// call. Range does not block other methods on the receiver; even f itself
// may call any method on m.
func (m *Map) Range(f func(key, value any) bool) {
	m.mu.Lock()
	keys := make([]any, 0, len(m.m))
	entries := make([]*mapEntry, 0, len(m.m))
	for k, e := range m.m {
		keys = append(keys, k)
		entries = append(entries, e)
	}
	m.mu.Unlock()
	for i, e := range entries {
		m.mu.Lock()
		v, deleted := e.value, e.deleted
		m.mu.Unlock()
		if deleted {
			continue
		}
		if !f(keys[i], v) {
			break
		}
	}
}
