// errorcheck

// Constants that do not fit their type, in every context gc distinguishes:
// assignment, declaration, conversion, typed constant arithmetic and the
// 512-bit limit on untyped integers.

package main

const big = 1 << 100

const c8 int8 = 127

type MyInt int8

func f(int8) {}

func main() {
	var i8 int8
	i8 = 300                // ERROR "cannot use 300 \(untyped int constant\) as int8 value in assignment \(overflows\)"
	var b byte = 256        // ERROR "cannot use 256 \(untyped int constant\) as byte value in variable declaration \(overflows\)"
	var u uint = -1         // ERROR "cannot use -1 \(untyped int constant\) as uint value in variable declaration \(overflows\)"
	var x int = big         // ERROR "cannot use big \(untyped int constant 1267650600228229401496703205376\) as int value in variable declaration \(overflows\)"
	var y int = 1e100       // ERROR "cannot use 1e100 \(untyped float constant 1e\+100\) as int value in variable declaration \(truncated\)"
	var z int = 2.5         // ERROR "cannot use 2.5 \(untyped float constant\) as int value in variable declaration \(truncated\)"
	f(1000)                 // ERROR "cannot use 1000 \(untyped int constant\) as int8 value in argument to f \(overflows\)"
	_ = int8(300)           // ERROR "cannot convert 300 \(untyped int constant\) to type int8"
	_ = uint8(-1)           // ERROR "cannot convert -1 \(untyped int constant\) to type uint8"
	_ = MyInt(128)          // ERROR "cannot convert 128 \(untyped int constant\) to type MyInt"
	_ = c8 + 1              // ERROR "c8 \+ 1 \(constant 128 of type int8\) overflows int8"
	_ = -c8 - 2             // ERROR "-c8 - 2 \(constant -129 of type int8\) overflows int8"
	const k = big * big * big * big * big * big // ERROR "constant multiplication overflow"
	var f32 float32 = 1e40  // ERROR "cannot use 1e40 \(untyped float constant 1e\+40\) as float32 value in variable declaration \(overflows\)"
	const c uint8 = 255 + 1 // ERROR "cannot use 255 \+ 1 \(untyped int constant 256\) as uint8 value in constant declaration \(overflows\)"
	_, _, _, _, _, _, _, _ = i8, b, u, x, y, z, f32, k
}
