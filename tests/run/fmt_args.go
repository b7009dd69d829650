// os.Args: the program name (its last path element) and no arguments.
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	fmt.Println(len(os.Args))
	name := os.Args[0]
	if i := strings.LastIndex(name, "/"); i >= 0 {
		name = name[i+1:]
	}
	fmt.Println(name)
	fmt.Printf("%q\n", os.Args[1:])
}
