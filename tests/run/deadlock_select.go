// select {} with no other goroutine: gc's deadlock error.
package main

func main() {
	println("before")
	select {}
}
