// Floating point: println's formats, conversions, float32 rounding.
package main

func main() {
	var x float64 = 1.0 / 3.0
	var y float32 = 1.0 / 3.0
	println(x, y)
	println(0.0, -0.0, 1e100, 1e-100)
	z := 0.0
	println(1/z, -1/z, z/z == z/z)
	p, n, h := 2.9, -2.9, 200.5
	println(int64(p), int64(n), uint8(h))
	w := 16777217.0
	println(float32(w), float64(float32(0.1)))
}
