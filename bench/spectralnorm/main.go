// spectralnorm: the benchmarks game's spectral-norm on global float64
// arrays passed by pointer — float division and tight nested loops.
package main

const size = 2500

var u, v, tmp [size]float64

func a(i, j int) float64 {
	return 1.0 / float64((i+j)*(i+j+1)/2+i+1)
}

func multAv(x, y *[size]float64) {
	for i := 0; i < size; i++ {
		s := 0.0
		for j := 0; j < size; j++ {
			s += a(i, j) * x[j]
		}
		y[i] = s
	}
}

func multAtv(x, y *[size]float64) {
	for i := 0; i < size; i++ {
		s := 0.0
		for j := 0; j < size; j++ {
			s += a(j, i) * x[j]
		}
		y[i] = s
	}
}

func multAtAv(x, y *[size]float64) {
	multAv(x, &tmp)
	multAtv(&tmp, y)
}

// Prints vBv/vv (the square of the spectral norm) in units of 1e-9, so the
// program needs neither math nor float formatting.
func run() {
	for i := range u {
		u[i] = 1
	}
	for i := 0; i < 10; i++ {
		multAtAv(&u, &v)
		multAtAv(&v, &u)
	}
	var vBv, vv float64
	for i := 0; i < size; i++ {
		vBv += u[i] * v[i]
		vv += v[i] * v[i]
	}
	println("spectral norm squared (1e-9):", int64(vBv/vv*1e9))
}
