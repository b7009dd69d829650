// iface: interface method dispatch in a hot loop over several concrete
// types (value and pointer receivers), plus type switches and assertions —
// itab lookups and indirect calls, no allocation inside the loop.
package main

type shape interface {
	area() int
	scale(k int) int
}

type square struct{ s int }
type rect struct{ w, h int }
type tri struct{ b, h int }
type circle struct{ r int }

func (q square) area() int        { return q.s * q.s }
func (q square) scale(k int) int  { return q.s * k }
func (r *rect) area() int         { return r.w * r.h }
func (r *rect) scale(k int) int   { r.w += k & 1; return r.w * k }
func (t tri) area() int           { return t.b * t.h / 2 }
func (t tri) scale(k int) int     { return (t.b + t.h) * k }
func (c *circle) area() int       { return 3 * c.r * c.r }
func (c *circle) scale(k int) int { return c.r*k + 1 }

func run() {
	const n = 1024
	shapes := make([]shape, n)
	for i := range shapes {
		switch i % 4 {
		case 0:
			shapes[i] = square{i%13 + 1}
		case 1:
			shapes[i] = &rect{i%7 + 1, i%11 + 1}
		case 2:
			shapes[i] = tri{i%5 + 2, i%9 + 2}
		default:
			shapes[i] = &circle{i%17 + 1}
		}
	}
	var sum, kinds int64
	for r := 0; r < 60000; r++ {
		for i, s := range shapes {
			sum += int64(s.area()) + int64(s.scale(r&7+i&3))
		}
		if r%64 == 0 {
			for _, s := range shapes {
				switch v := s.(type) {
				case square:
					kinds += int64(v.s)
				case *rect:
					kinds += int64(v.h)
				case tri:
					kinds += 3
				case *circle:
					kinds += int64(v.r)
				}
				if c, ok := s.(*circle); ok {
					kinds += int64(c.r & 1)
				}
			}
		}
	}
	println("iface checksum:", sum, kinds)
}
