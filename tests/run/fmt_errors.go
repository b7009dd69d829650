// fmt's error forms: wrong verbs (%!d(string=hi)), missing and extra
// operands, bad argument indexes, widths and precisions, a format that
// ends in '%', and nil operands.
package main

import "fmt"

type T struct{ A int }

func main() {
	fmt.Printf("%d\n", "hi")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%t %z\n", 1, 2.5)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2, "x")
	fmt.Printf("no verbs\n", 1, nil)
	fmt.Printf("%!\n")
	fmt.Printf("%d %s\n", nil, nil)
	fmt.Printf("%v %T\n", nil, nil)
	fmt.Printf("%[3]d %[0]d %[x]d\n", 1, 2)
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%[2]*[1]d|\n", 12, 5)
	fmt.Printf("%*d|%.*d|\n", "w", 1, "p", 2)
	fmt.Printf("%-*d|\n", -4, 7)
	fmt.Printf("%.*d|\n", -3, 7)
	fmt.Printf("%d %s\n", []int{1, 2}, []int{1, 2})
	fmt.Printf("%s %d\n", T{1}, &T{2})
	fmt.Printf("%x\n", true)
	fmt.Printf("%p\n", 5)
	fmt.Printf("%5z|%-5z|\n", 1, "a")
	fmt.Printf("%c %U %q\n", -1, -1, 0x110000)
	fmt.Printf("%.0d|%5.0d|\n", 0, 0)
	fmt.Printf("%%|%5%|%-5%|\n")
	fmt.Printf("%5")
	fmt.Println()
	fmt.Printf("trailing %")
	fmt.Println()
	fmt.Printf("%d %d %[1]d\n", 1, 2, 3)
	s := fmt.Sprintf("%☺", 1)
	fmt.Println(s)
}
