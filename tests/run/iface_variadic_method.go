package main

type Logger interface {
	Log(prefix string, args ...any) int
}

type L struct{ n int }

func (l *L) Log(prefix string, args ...any) int {
	l.n += len(args)
	for _, a := range args {
		switch v := a.(type) {
		case int:
			println(prefix, "int", v)
		case string:
			println(prefix, "string", v)
		}
	}
	return l.n
}

func main() {
	var lg Logger = &L{}
	lg.Log("a", 1, "x")
	xs := []any{2, "y", 3.5}
	println(lg.Log("b", xs...))
	println(lg.Log("c"))
}
