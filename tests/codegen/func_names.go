// Functions keep Go's names in the IR and in the assembly (main.add,
// main.main), so that perf, gdb and nm show what the user wrote.
//
// RUN: %escgo build -O0 -emit-llvm -o - %s | FileCheck %s --check-prefix=IR
// RUN: %escgo build -O0 -S -o - %s | FileCheck %s --check-prefix=ASM

package main

// IR: define {{.*}}@main.add(
// ASM: main.add:
func add(a, b int) int {
	return a + b
}

// IR: define {{.*}}@main.main(
func main() {
	println(add(1, 2))
}
