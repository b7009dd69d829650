// panic with an int value prints the number as print does.
package main

func main() {
	println("start")
	x := 40
	if x > 0 {
		panic(x + 2)
	}
}
