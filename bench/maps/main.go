// maps: insert, lookup (hits and misses) and delete on map[int]int and
// map[string]int, growing from empty — issue 3 asks for this ratio to gc.
package main

// itoa builds decimal keys without strconv, so the program stays portable.
func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var buf [20]byte
	i := len(buf)
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	return string(buf[i:])
}

func intMap(n int) int {
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i*7] = i
	}
	hits := 0
	for r := 0; r < 4; r++ {
		for i := 0; i < n*7; i += 3 {
			if v, ok := m[i]; ok {
				hits += v
			}
		}
	}
	for i := 0; i < n; i += 2 {
		delete(m, i*7)
	}
	for i := 0; i < n; i++ {
		m[i*7] += 1
	}
	return hits + len(m) + m[7]
}

func stringMap(keys []string) int {
	m := make(map[string]int)
	for i, k := range keys {
		m[k] = i
	}
	hits := 0
	for r := 0; r < 4; r++ {
		for _, k := range keys {
			hits += m[k]
		}
		if _, ok := m["missing"]; ok {
			hits++
		}
	}
	for i := 0; i < len(keys); i += 2 {
		delete(m, keys[i])
	}
	return hits + len(m)
}

func run() {
	a := 0
	for r := 0; r < 2; r++ {
		a += intMap(300000)
	}
	keys := make([]string, 100000)
	for i := range keys {
		keys[i] = "key" + itoa(i*13)
	}
	b := 0
	for r := 0; r < 2; r++ {
		b += stringMap(keys)
	}
	println("map[int]int:", a, "map[string]int:", b)
}
