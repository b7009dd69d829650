package main

var sink []string

func mk(n int) {
	sink = make([]string, n)
	println(len(sink), cap(sink))
}

func main() {
	mk(4)
	mk(0)
	mk(-1)
}
