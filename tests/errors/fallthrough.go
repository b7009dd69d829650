// errorcheck

// fallthrough must be the last statement of a non-final expression switch
// case.

package main

func main() {
	x := 1
	switch x {
	case 1:
		fallthrough
	case 2:
		if x > 0 {
			fallthrough // ERROR "fallthrough statement out of place"
		}
	case 3:
		fallthrough // ERROR "fallthrough statement out of place"
		println()
	case 4:
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
	var i interface{}
	switch i.(type) {
	case int:
		fallthrough // ERROR "cannot fallthrough in type switch"
	default:
	}
	fallthrough // ERROR "fallthrough statement out of place"
}
