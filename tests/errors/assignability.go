// errorcheck

// Assignability (spec "Assignability") with gc's reasons for interfaces.

package main

type I interface{ M() }

type J interface {
	M()
	N()
}

type T struct{}

func (T) M() {}

type P struct{}

func (*P) M() {}

type W struct{}

func (W) M(int) {}

type MyInt int

type F func()

func take(i I) {}

func main() {
	var i int
	var s string
	var m MyInt
	var x I
	var y J
	var f F
	var ch chan int
	var rch <-chan int
	s = i                // ERROR "cannot use i \(variable of type int\) as type string in assignment"
	m = i                // ERROR "cannot use i \(variable of type int\) as type MyInt in assignment"
	i = m                // ERROR "cannot use m \(variable of type MyInt\) as type int in assignment"
	x = i                // ERROR "cannot use i \(variable of type int\) as type I in assignment:\n\tint does not implement I \(missing M method\)"
	x = T{}              // ok
	x = P{}              // ERROR "cannot use P{} \(value of type P\) as type I in assignment:\n\tP does not implement I \(M method has pointer receiver\)"
	x = &P{}             // ok
	x = W{}              // ERROR "cannot use W{} \(value of type W\) as type I in assignment:\n\tW does not implement I \(wrong type for M method\)\n\t\thave M\(int\)\n\t\twant M\(\)"
	y = x                // ERROR "cannot use x \(variable of type I\) as type J in assignment:\n\tI does not implement J \(missing N method\)"
	x = y                // ok
	var t T = x          // ERROR "cannot use x \(variable of type I\) as type T in variable declaration:\n\tneed type assertion"
	f = func() {}        // ok: identical underlying types
	rch = ch             // ok: bidirectional channel
	ch = rch             // ERROR "cannot use rch \(variable of type <-chan int\) as type chan int in assignment"
	take(1)              // ERROR "cannot use 1 \(constant of type int\) as type I in argument to take:\n\tint does not implement I \(missing M method\)"
	var p *int = nil     // ok
	i = nil              // ERROR "cannot use nil as int value in assignment"
	_ = p
	_, _, _, _ = s, t, f, rch
}
