// stringbuild: building strings — []byte append of bytes and strings,
// strings.Builder with WriteString/WriteByte/WriteRune, and the final
// string conversions — the runtime's append growth and copies.
// bench: gc-noinline
package main

import "strings"

var parts = [...]string{"alpha", "be", "gamma-delta", "e", "zeta/eta", "theta"}

func hash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * 1099511628211
	}
	return h
}

// appendInt writes v in decimal without strconv, so every compiler runs the
// same code.
func appendInt(b []byte, v int) []byte {
	if v == 0 {
		return append(b, '0')
	}
	var tmp [20]byte
	i := len(tmp)
	for v > 0 {
		i--
		tmp[i] = byte('0' + v%10)
		v /= 10
	}
	return append(b, tmp[i:]...)
}

func withBytes(n int) string {
	var b []byte
	for i := 0; i < n; i++ {
		b = append(b, parts[i%len(parts)]...)
		b = append(b, ',')
		b = appendInt(b, i)
		b = append(b, ' ')
	}
	return string(b)
}

func withBuilder(n int) string {
	var sb strings.Builder
	for i := 0; i < n; i++ {
		sb.WriteString(parts[(i*5)%len(parts)])
		sb.WriteByte(':')
		sb.WriteRune(rune('α' + i%24))
		if i%3 == 0 {
			sb.WriteString("--")
		}
	}
	return sb.String()
}

func run() {
	var sum uint64
	total := 0
	for r := 0; r < 20000; r++ {
		n := 200 + r%300
		s := withBytes(n)
		t := withBuilder(n)
		sum = sum*31 + hash(s) ^ hash(t)
		total += len(s) + len(t)
	}
	println("stringbuild checksum:", int64(sum), total)
}
