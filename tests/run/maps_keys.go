package main

import "math"

type K struct {
	S string
	F float64
	B bool
}

type Pair struct{ A, B int32 }

type Named int

type WithBlank struct {
	A int
	_ int
	C string
}

func main() {
	// floats: NaN never equal, +0 == -0
	f := map[float64]int{}
	nan := math.NaN()
	f[nan] = 1
	f[nan] = 2
	f[0.0] = 3
	negz := math.Copysign(0, -1)
	f[negz] = 4
	println(len(f), f[0], f[negz])
	_, ok := f[nan]
	println(ok)
	total := 0
	for k, v := range f {
		if k != k {
			total += v
		}
	}
	println(total)
	f32 := map[float32]string{1.5: "a"}
	println(f32[1.5], f32[2.5] == "")
	c := map[complex128]int{complex(1, 2): 5}
	println(c[complex(1, 2)], c[complex(2, 1)])

	// structs with strings and floats
	ks := map[K]int{}
	ks[K{"a", 1.5, true}] = 1
	ks[K{"a", 1.5, false}] = 2
	ks[K{"b", 0, true}] = 3
	ks[K{"b", negz, true}] += 10
	println(len(ks), ks[K{"a", 1.5, true}], ks[K{"a", 1.5, false}], ks[K{"b", 0, true}])
	pk := map[Pair]string{{1, 2}: "x", {2, 1}: "y"}
	println(pk[Pair{1, 2}], pk[Pair{2, 1}], pk[Pair{1, 1}] == "")

	// arrays
	ak := map[[3]int]int{{1, 2, 3}: 6}
	ak[[3]int{3, 2, 1}] = 7
	println(ak[[3]int{1, 2, 3}], ak[[3]int{3, 2, 1}], len(ak))
	as := map[[2]string]bool{{"a", "b"}: true}
	println(as[[2]string{"a", "b"}], as[[2]string{"b", "a"}])
	var zero [0]int
	zk := map[[0]int]int{zero: 9}
	println(zk[[0]int{}])
	ek := map[struct{}]int{}
	ek[struct{}{}] = 4
	ek[struct{}{}]++
	println(ek[struct{}{}], len(ek))
	wb := map[WithBlank]int{{A: 1, C: "c"}: 5}
	println(wb[WithBlank{A: 1, C: "c"}])

	// pointers
	x, y := new(int), new(int)
	pm := map[*int]string{x: "x", y: "y"}
	println(pm[x], pm[y], pm[nil] == "")

	// bools, named types, uint8, int16, uint64
	bm := map[bool]int{}
	bm[true]++
	bm[true]++
	bm[false]--
	println(bm[true], bm[false])
	nm := map[Named]Named{1: 10, 2: 20}
	println(nm[1] + nm[2])
	um := map[uint64]int{1 << 63: 1, 0: 2}
	println(um[1<<63], um[0])
	sm := map[int16]int{-300: 3}
	println(sm[-300])

	// interfaces as keys: dynamic types are distinct keys
	im := map[interface{}]string{}
	im[1] = "int 1"
	im[int64(1)] = "int64 1"
	im[uint(1)] = "uint 1"
	im["1"] = "string 1"
	im[1.0] = "float 1"
	im[K{"k", 1, true}] = "struct"
	im[[2]int{1, 2}] = "array"
	im[nil] = "nil"
	im[x] = "pointer"
	println(len(im), im[1], im[int64(1)], im[uint(1)], im["1"], im[1.0])
	println(im[K{"k", 1, true}], im[[2]int{1, 2}], im[nil], im[x], im[y] == "")
	im[nan] = "nan1"
	im[nan] = "nan2"
	println(len(im))
	type E interface{ Error() string }
	var e1 interface{} = Named(3)
	im[e1] = "named"
	println(im[Named(3)], im[3])
}
