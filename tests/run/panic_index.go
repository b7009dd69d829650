// Indexing a string out of range panics with the index and the length.
package main

func main() {
	s := "abc"
	for i := 0; i < 10; i += 5 {
		println(s[i])
	}
}
