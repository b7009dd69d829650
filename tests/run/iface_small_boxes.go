// Boxing small pointer-free values into interfaces (gc points those below
// 256 at a static table): every width and kind, values on both sides of
// the bound, type switches and interface map keys over them.
package main

import "fmt"

type sq struct{ s int }
type pair struct{ a, b int16 }

var sink interface{}

func main() {
	vals := []interface{}{}
	for i := 250; i < 260; i++ {
		vals = append(vals, i, uint8(i), int16(-i+255), sq{i}, float64(i-255), pair{int16(i), 1}, i%2 == 0, int8(i), uint32(i))
	}
	fmt.Println(vals...)
	sum := 0
	for _, v := range vals {
		switch x := v.(type) {
		case int:
			sum += x
		case sq:
			sum += x.s
		}
	}
	fmt.Println(sum)
	m := map[interface{}]int{}
	for i := 0; i < 300; i++ {
		m[i%7] += i
		m[uint16(i)] = i
	}
	fmt.Println(len(m), m[3], m[uint16(299)])
}
