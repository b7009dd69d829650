// Slicing a string beyond its length panics with the bound and the length.
package main

func main() {
	s := "abc"
	j := 5
	println(s[1:3])
	println(s[1:j])
}
