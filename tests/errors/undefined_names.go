// errorcheck

// Names, selectors and fields that do not exist, or are used where they
// cannot be.

package main

import "os"

type T struct{ a int }

func (T) M() {}

func (*T) P() {}

func main() {
	var t T
	_ = undefinedname     // ERROR "undefined: undefinedname"
	_ = os.Foo            // ERROR "undefined: os.Foo"
	_ = os                // ERROR "use of package os not in selector"
	_ = _                 // ERROR "cannot use _ as value or type"
	_ = t.b               // ERROR "t.b undefined \(type T has no field or method b\)"
	_ = t.m               // ERROR "t.m undefined \(type T has no field or method m, but does have M\)"
	_ = T.a               // ERROR "T.a undefined \(type T has no method a\)"
	_ = T.P               // ERROR "cannot call pointer method P on T"
	T{}.P()               // ERROR "cannot call pointer method P on T"
	_ = T{}.c             // ERROR "T{}.c undefined \(type T has no field or method c\)"
	_ = iota              // ERROR "cannot use iota outside constant declaration"
	_ = int               // ERROR "int \(type\) is not an expression"
	var x undefinedtype   // ERROR "undefined: undefinedtype"
	var y t               // ERROR "t \(variable of type T\) is not a type"
	_, _ = x, y
}
