package main

func grow(s []byte, n int) []byte {
	return s[:n]
}

func main() {
	b := make([]byte, 2, 3)
	println(len(grow(b, 3)))
	println(len(grow(b, 5)))
}
