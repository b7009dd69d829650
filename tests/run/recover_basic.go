package main

import (
	"errors"
	"fmt"
)

// recover stops a panic only when called directly by a deferred
// function; the function that deferred it then returns normally.

func mustRecover(want interface{}) {
	r := recover()
	fmt.Println("recovered:", r, r == want)
}

func helper() interface{} { return recover() }

func notDirect() {
	// recover in a function called by the deferred function: nil
	fmt.Println("helper sees:", helper())
}

func test1() {
	defer mustRecover(1)
	defer notDirect()
	panic(1)
}

func test2() (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("got ", r)
		}
	}()
	panic("two")
}

func test3() {
	defer func() {
		fmt.Println("second recover:", recover())
	}()
	defer func() {
		fmt.Println("first recover:", recover())
		fmt.Println("again:", recover())
	}()
	panic(errors.New("three"))
}

func test4() {
	// not panicking: recover returns nil
	defer func() { fmt.Println("no panic:", recover()) }()
	fmt.Println("recover outside defer:", recover())
}

func test5() {
	ran := false
	func() {
		defer func() { ran = true }()
		defer mustRecover(5)
		panic(5)
	}()
	fmt.Println("later defers ran:", ran)
}

type T struct{}

func (T) M()  { fmt.Println("T.M recovers:", recover()) }
func (*T) P() { fmt.Println("(*T).P recovers:", recover()) }

type I interface{ M() }

func test6() {
	var i I = T{}
	defer i.M()
	panic(6)
}

func test7() {
	t := &T{}
	defer t.P()
	panic(7)
}

func test8() {
	f := T{}.M
	defer f()
	panic(8)
}

func test9() {
	defer func() { fmt.Println("outer:", recover()) }()
	defer func() {
		defer func() { fmt.Println("inner:", recover()) }()
		panic("9b")
	}()
	panic("9a")
}

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprint("code ", e.code) }

func test10() {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			fmt.Println("error value:", e.Error())
		}
	}()
	panic(&myErr{10})
}

func deep(n int) {
	if n == 0 {
		panic("deep")
	}
	deep(n - 1)
}

func test11() {
	defer func() { fmt.Println("from deep:", recover()) }()
	deep(100)
}

func main() {
	test1()
	fmt.Println(test2())
	test3()
	test4()
	test5()
	test6()
	test7()
	test8()
	test9()
	test10()
	test11()
	fmt.Println("done")
}
