// mandelbrot: the benchmarks game's mandelbrot, reduced to a checksum of
// the bitmap — float64 inner loops with an early exit, no allocation.
package main

const (
	size  = 2400
	iters = 50
)

func row(y int) int {
	ci := 2*float64(y)/size - 1
	sum, bits, nbits := 0, 0, 0
	for x := 0; x < size; x++ {
		cr := 2*float64(x)/size - 1.5
		zr, zi, tr, ti := 0.0, 0.0, 0.0, 0.0
		i := 0
		for ; i < iters && tr+ti <= 4; i++ {
			zi = 2*zr*zi + ci
			zr = tr - ti + cr
			tr = zr * zr
			ti = zi * zi
		}
		bits <<= 1
		if tr+ti <= 4 {
			bits |= 1
		}
		nbits++
		if nbits == 8 {
			sum = (sum*31 + bits) & 0xffffffff
			bits, nbits = 0, 0
		}
	}
	return sum
}

func run() {
	checksum := 0
	for y := 0; y < size; y++ {
		checksum = (checksum*17 + row(y)) & 0xffffffffff
	}
	println("mandelbrot", size, "checksum:", checksum)
}
