package main

type e1 [1]byte
type e2 [2]byte
type e4 [4]byte
type e12 [12]byte
type e24 [24]byte
type e40 [40]byte
type e48 [48]byte
type e64 [64]byte
type e16 struct{ a, b int64 }
type e32 struct{ a, b, c, d int64 }
type ep struct{ p *int }

func main() {
	{
		var s []e1
		last := -1
		for i := 0; i < 5000; i++ {
			s = append(s, e1{})
			if cap(s) != last {
				last = cap(s)
				println("1:", len(s), cap(s))
			}
		}
	}
	{
		var s []e2
		last := -1
		for i := 0; i < 5000; i++ {
			s = append(s, e2{})
			if cap(s) != last {
				last = cap(s)
				println("2:", len(s), cap(s))
			}
		}
	}
	{
		var s []e4
		last := -1
		for i := 0; i < 5000; i++ {
			s = append(s, e4{})
			if cap(s) != last {
				last = cap(s)
				println("4:", len(s), cap(s))
			}
		}
	}
	{
		var s []int
		last := -1
		for i := 0; i < 5000; i++ {
			s = append(s, i)
			if cap(s) != last {
				last = cap(s)
				println("8:", len(s), cap(s))
			}
		}
	}
	{
		var s []e12
		last := -1
		for i := 0; i < 5000; i++ {
			s = append(s, e12{})
			if cap(s) != last {
				last = cap(s)
				println("12:", len(s), cap(s))
			}
		}
	}
	{
		var s []e16
		last := -1
		for i := 0; i < 5000; i++ {
			s = append(s, e16{})
			if cap(s) != last {
				last = cap(s)
				println("16:", len(s), cap(s))
			}
		}
	}
	{
		var s []e24
		last := -1
		for i := 0; i < 5000; i++ {
			s = append(s, e24{})
			if cap(s) != last {
				last = cap(s)
				println("24:", len(s), cap(s))
			}
		}
	}
	{
		var s []e32
		last := -1
		for i := 0; i < 5000; i++ {
			s = append(s, e32{})
			if cap(s) != last {
				last = cap(s)
				println("32:", len(s), cap(s))
			}
		}
	}
	{
		var s []e40
		last := -1
		for i := 0; i < 5000; i++ {
			s = append(s, e40{})
			if cap(s) != last {
				last = cap(s)
				println("40:", len(s), cap(s))
			}
		}
	}
	{
		var s []e48
		last := -1
		for i := 0; i < 5000; i++ {
			s = append(s, e48{})
			if cap(s) != last {
				last = cap(s)
				println("48:", len(s), cap(s))
			}
		}
	}
	{
		var s []e64
		last := -1
		for i := 0; i < 3000; i++ {
			s = append(s, e64{})
			if cap(s) != last {
				last = cap(s)
				println("64:", len(s), cap(s))
			}
		}
	}
	{
		var s []ep
		last := -1
		for i := 0; i < 3000; i++ {
			s = append(s, ep{})
			if cap(s) != last {
				last = cap(s)
				println("ptr:", len(s), cap(s))
			}
		}
	}
	// multi-element appends and append of slices
	{
		var s []int
		for i := 0; i < 40; i++ {
			s = append(s, 1, 2, 3)
			println("m3:", len(s), cap(s))
		}
		var b []byte
		for i := 0; i < 30; i++ {
			b = append(b, "hello, world"...)
			println("bs:", len(b), cap(b))
		}
		t := make([]int, 7)
		var u []int
		for i := 0; i < 30; i++ {
			u = append(u, t...)
			println("sl:", len(u), cap(u))
		}
		u = append([]int{1, 2, 3}, 4)
		println("lit:", len(u), cap(u))
		u = append(u[:1], make([]int, 100)...)
		println("big:", len(u), cap(u))
		var z []struct{}
		for i := 0; i < 10; i++ {
			z = append(z, struct{}{})
		}
		println("zero:", len(z), cap(z))
		var w []int
		w = append(w, make([]int, 1000)...)
		println("w:", len(w), cap(w))
		w = append(w, 1)
		println("w:", len(w), cap(w))
	}
}
