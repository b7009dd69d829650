// main_plain.go: the main() of a benchmark's timed build, for every
// compiler: run() is the benchmark (in bench/NAME/main.go), nothing else.
package main

func main() {
	run()
}
