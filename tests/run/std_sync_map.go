// sync.Map in a single goroutine: Load, Store, LoadOrStore,
// LoadAndDelete, Delete and Range, including changes made by Range's f.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type key struct {
	a int
	b string
}

func dump(m *sync.Map) {
	var lines []string
	m.Range(func(k, v any) bool {
		lines = append(lines, fmt.Sprintf("%v=%v", k, v))
		return true
	})
	sort.Strings(lines)
	fmt.Println(len(lines), lines)
}

func main() {
	var m sync.Map
	v, ok := m.Load("missing")
	fmt.Println(v, ok)
	m.Store("a", 1)
	m.Store("b", 2)
	m.Store(3, "three")
	m.Store(key{1, "x"}, []int{1, 2})
	v, ok = m.Load("a")
	fmt.Println(v, ok)
	v, ok = m.Load(key{1, "x"})
	fmt.Println(v, ok)
	m.Store("a", 10)
	act, loaded := m.LoadOrStore("a", 100)
	fmt.Println(act, loaded)
	act, loaded = m.LoadOrStore("c", 30)
	fmt.Println(act, loaded)
	dump(&m)
	v, loaded = m.LoadAndDelete("b")
	fmt.Println(v, loaded)
	v, loaded = m.LoadAndDelete("b")
	fmt.Println(v, loaded)
	m.Delete(3)
	m.Delete("never")
	dump(&m)

	// f may change the map while Range runs
	m.Range(func(k, v any) bool {
		if s, ok := k.(string); ok {
			m.Store(s, fmt.Sprint(v, "!"))
		} else {
			m.Delete(k)
		}
		return true
	})
	dump(&m)
	n := 0
	m.Range(func(k, v any) bool {
		n++
		return false
	})
	fmt.Println("stopped after", n)
	var empty sync.Map
	empty.Range(func(k, v any) bool { panic("not called") })
	empty.Delete(1)
	fmt.Println("done")
}
