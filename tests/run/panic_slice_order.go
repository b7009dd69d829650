// A string slice whose low bound exceeds its high bound panics with both.
package main

func main() {
	s := "abcdef"
	i, j := 4, 2
	println(s[i:])
	println(s[i:j])
}
