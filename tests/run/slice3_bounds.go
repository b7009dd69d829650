package main

func main() {
	defer0()
}

func lo() int { return 4 }

func defer0() {
	s := []int{1, 2, 3, 4, 5}
	println(len(s[1:3:5]))
	println(len(s[lo():]))
	println(len(s[1:lo():3]))
}
