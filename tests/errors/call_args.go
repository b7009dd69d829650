// errorcheck

// Argument counts and types in calls of functions, methods, variadic
// functions and builtins, in gc's "have (...) want (...)" form.

package main

type T struct{}

func (T) m(a int, b string) {}

func f(a, b int) int        { return a + b }
func g() (int, int)         { return 1, 2 }
func v(a int, rest ...string) {}
func h()                    {}

func main() {
	var t T
	var s []string
	_ = f(1)             // ERROR "not enough arguments in call to f\n\thave \(number\)\n\twant \(int, int\)"
	_ = f(1, 2, 3)       // ERROR "too many arguments in call to f\n\thave \(number, number, number\)\n\twant \(int, int\)"
	_ = f(g())           // ok: two values passed on
	_ = f("a", 2)        // ERROR "cannot use \x22a\x22 \(untyped string constant\) as int value in argument to f"
	t.m(1)               // ERROR "not enough arguments in call to t.m\n\thave \(number\)\n\twant \(int, string\)"
	t.m("x", 1)          // ERROR "cannot use \x22x\x22 \(untyped string constant\) as int value in argument to t.m" "cannot use 1 \(untyped int constant\) as string value in argument to t.m"
	v()                  // ERROR "not enough arguments in call to v\n\thave \(\)\n\twant \(int, ...string\)"
	v(1, "a", "b")       // ok
	v(1, s...)           // ok
	v(1, "a", s...)      // ERROR "too many arguments in call to v\n\thave \(number, string, \[\]string\)\n\twant \(int, ...string\)"
	f(1, s...)           // ERROR "cannot use ... in call to non-variadic f"
	_ = h()              // ERROR "h\(\) \(no value\) used as value"
	x := g()             // ERROR "assignment mismatch: 1 variable but g returns 2 values"
	_ = g() + 1          // ERROR "multiple-value g\(\) \(value of type \(int, int\)\) in single-value context"
	_ = len()            // ERROR "invalid operation: not enough arguments for len\(\) \(expected 1, found 0\)"
	_ = len(s, s)        // ERROR "invalid operation: too many arguments for len\(s, s\) \(expected 1, found 2\)"
	_ = len(1)           // ERROR "invalid argument: 1 \(untyped int constant\) for len"
	_ = append(1, 2)     // ERROR "first argument to append must be a slice; have 1 \(untyped int constant\)"
	_ = make([]int)      // ERROR "invalid operation: make\(\[\]int\) expects 2 or 3 arguments; found 1"
	_ = make(int, 1)     // ERROR "invalid argument: cannot make int; type must be slice, map, or channel"
	_ = make([]int, 10, 5) // ERROR "invalid argument: length and capacity swapped"
	_ = make([]int, -1)  // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = new(1)           // ERROR "1 is not a type"
	copy(s, 1)           // ERROR "invalid argument: copy expects slice arguments; found s \(variable of type \[\]string\) and 1 \(untyped int constant\)"
	delete(s, 1)         // ERROR "invalid argument: s \(variable of type \[\]string\) is not a map"
	_ = x
}
