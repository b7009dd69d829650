// println of complex64 and complex128 values: gc prints
// (real+imagi) with both parts in its float format.
package main

func main() {
	println(complex(1, 2), complex(-1.5, -0.25), complex(0, 0))
	println(complex64(complex(3, -4)), 1i, -2i, 1+0i)
	zero := 0.0
	println(complex(1/zero, zero/zero), complex(-zero, -1/zero))
	var c complex128 = 1e100 + 1e-100i
	var c64 complex64 = complex64(c)
	println(c, c64, real(c), imag(c), real(c64))
	print(complex(7, 8), "\n")
}
