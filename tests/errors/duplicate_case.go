// errorcheck

// Duplicate constant cases in expression switches and duplicate types in
// type switches.

package main

func main() {
	x := 1
	switch x {
	case 1, 1: // ERROR "duplicate case 1 \(constant of type int\) in expression switch\n\t.*previous case"
	case 2:
	default:
	default: // ERROR "multiple defaults \(first at .*\)"
	}
	s := "a"
	switch s {
	case "a", "b", "a": // ERROR "duplicate case \x22a\x22 \(constant of type string\) in expression switch"
	}
	var i interface{}
	switch i.(type) {
	case int, string, int: // ERROR "duplicate case int in type switch\n\t.*previous case"
	case nil:
	case nil: // ERROR "duplicate case nil in type switch"
	}
}
