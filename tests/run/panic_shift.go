// Shifting by a negative signed count is a run-time panic.
package main

func main() {
	x := 1
	for s := 2; s > -5; s-- {
		println(x << s)
	}
}
