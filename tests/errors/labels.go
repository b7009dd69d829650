// errorcheck

// Labels and branch statements, checked as gc's parser checks them.

package main

func main() {
	goto A // ERROR "goto A jumps over declaration of x at .*:[0-9]+:[0-9]+"
	x := 1
	_ = x
A:
	goto B // ERROR "goto B jumps into block starting at .*:[0-9]+:[0-9]+"
	{
	B:
	}
	for {
		continue C // ERROR "continue label not defined: C"
	}
C:
	if true {
		break C // ERROR "invalid break label C"
	}
D:
	for {
		break D
	}
D: // ERROR "label D already defined at .*:[0-9]+:[0-9]+"
	for {
		goto D
	}
E: // ERROR "label E defined and not used"
	;
	break    // ERROR "break is not in a loop, switch, or select"
	continue // ERROR "continue is not in a loop"
	goto F   // ERROR "label F not defined"
}
