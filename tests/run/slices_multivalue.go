package main

func f(a []byte) ([]byte, []byte) { return a, []byte("abc") }
func g(a []byte) ([]byte, string)  { return a, "xy" }
func h() ([]int, int, int)          { return []int{1}, 2, 3 }

func main() {
	a := []byte{1, 2, 3}
	n := copy(f(a))
	println(n, a[0], a[1], a[2])
	n = copy(g(a))
	println(n, a[0], a[1], a[2])
	s := append(h())
	println(len(s), s[0], s[1], s[2])
}
