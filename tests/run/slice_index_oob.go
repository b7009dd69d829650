package main

func at(s []int, i int) int {
	return s[i]
}

func main() {
	s := []int{1, 2, 3}
	println(at(s, 0), at(s, 2))
	t := s[:1]
	println(len(t), cap(t))
	println(at(t, 2))
}
