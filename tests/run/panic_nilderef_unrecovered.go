package main

// A nil dereference that is not recovered: the [signal ...] line, after
// deferred calls ran.

type T struct{ a, b int }

func get(p *T) int { return p.b }

func main() {
	defer println("deferred ran")
	var p *T
	println(get(p))
}
