// A negative variable index is reported as such.
package main

func main() {
	s := "abc"
	i := -1
	println(len(s))
	println(s[i])
}
