package main

func main() {
	m := map[int]int{}
	for i := 0; i < 1000; i++ {
		m[i] = i
	}
	// deleting every entry while ranging: each key is seen at most once
	seen := 0
	for k := range m {
		delete(m, k)
		seen++
	}
	println(seen, len(m))

	// deleting entries not yet reached: they must not be produced
	for i := 0; i < 100; i++ {
		m[i] = i
	}
	produced := 0
	deleted := map[int]bool{}
	for k := range m {
		if deleted[k] {
			println("BUG: deleted key produced", k)
		}
		produced++
		other := 99 - k
		if other != k && !deleted[k] {
			if _, ok := m[other]; ok {
				delete(m, other)
				deleted[other] = true
			}
		}
	}
	println(produced+len(deleted) == 100, len(m)+len(deleted) == 100)

	// inserting while ranging: the loop ends, every old key seen once
	m2 := map[int]int{}
	for i := 0; i < 50; i++ {
		m2[i] = 1
	}
	counts := map[int]int{}
	for k := range m2 {
		counts[k]++
		if k < 50 {
			m2[k+1000] = 1
		}
	}
	ok := true
	for i := 0; i < 50; i++ {
		if counts[i] != 1 {
			ok = false
		}
	}
	println(ok, len(m2))

	// values are read at iteration time
	m3 := map[string]int{"a": 1, "b": 2, "c": 3}
	sum := 0
	for k, v := range m3 {
		sum += v
		m3[k] = v * 10
	}
	println(sum, m3["a"]+m3["b"]+m3["c"])

	// clearing with a range loop, then reuse
	for k := range m3 {
		delete(m3, k)
	}
	m3["z"] = 26
	println(len(m3), m3["z"])

	// break and continue in a map range
	m4 := map[int]bool{}
	for i := 0; i < 10; i++ {
		m4[i] = i%2 == 0
	}
	evens, n := 0, 0
	for k, even := range m4 {
		n++
		if !even {
			continue
		}
		evens += k
	}
	println(evens, n)
	cnt := 0
	for range m4 {
		cnt++
		if cnt == 3 {
			break
		}
	}
	println(cnt)

	// range over a nil map does nothing
	var nm map[string]int
	for k, v := range nm {
		println("never", k, v)
	}
	println(len(nm))
}
