// The functions gc computes with machine instructions on amd64, declared
// here and implemented in C in runtime/math.c: libm's sqrt, floor, ceil,
// trunc and fma are exact or correctly rounded, so they give gc's results
// bit for bit. Exp is gc's amd64 assembly algorithm, which uses FMA
// instructions when the CPU has them, as gc's does.
package math

// Sqrt returns the square root of x.
//
// Special cases are:
//
//	Sqrt(+Inf) = +Inf
//	Sqrt(±0) = ±0
//	Sqrt(x < 0) = NaN
//	Sqrt(NaN) = NaN
func Sqrt(x float64) float64

// Floor returns the greatest integer value less than or equal to x.
//
// Special cases are:
//
//	Floor(±0) = ±0
//	Floor(±Inf) = ±Inf
//	Floor(NaN) = NaN
func Floor(x float64) float64

// Ceil returns the least integer value greater than or equal to x.
//
// Special cases are:
//
//	Ceil(±0) = ±0
//	Ceil(±Inf) = ±Inf
//	Ceil(NaN) = NaN
func Ceil(x float64) float64

// Trunc returns the integer value of x.
//
// Special cases are:
//
//	Trunc(±0) = ±0
//	Trunc(±Inf) = ±Inf
//	Trunc(NaN) = NaN
func Trunc(x float64) float64

// FMA returns x * y + z, computed with only one rounding. (That is, FMA
// returns the fused multiply-add of x, y, and z.)
func FMA(x, y, z float64) float64

// Exp returns e**x, the base-e exponential of x.
//
// Special cases are:
//
//	Exp(+Inf) = +Inf
//	Exp(NaN) = NaN
//
// Very large values overflow to 0 or +Inf. Very small values underflow to
// 1.
func Exp(x float64) float64
