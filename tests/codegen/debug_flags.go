// DWARF is on by default (DW_LANG_Go, producer escgo, Go names for
// subprograms, locals with their Go types at every -O level) and -g0 drops it; -Os and
// -Oz mark every function optsize (and minsize), as clang does, besides
// running LLVM's default<Os>/default<Oz> pipelines.
//
// RUN: %escgo build -O0 -emit-llvm -o - %s | FileCheck %s --check-prefix=O0
// RUN: %escgo build -O2 -emit-llvm -o - %s | FileCheck %s --check-prefix=O2
// RUN: %escgo build -O2 -g0 -emit-llvm -o - %s | FileCheck %s --check-prefix=G0
// RUN: %escgo build -Os -g0 -emit-llvm -o - %s | FileCheck %s --check-prefix=OS
// RUN: %escgo build -Oz -g0 -emit-llvm -o - %s | FileCheck %s --check-prefix=OZ

package main

// O0: #dbg_declare(ptr %x, [[X:![0-9]+]], !DIExpression(),
// O0-DAG: !DICompileUnit(language: DW_LANG_Go, {{.*}}producer: "escgo", isOptimized: false
// O0-DAG: [[SP:![0-9]+]] = distinct !DISubprogram(name: "main.f", linkageName: "main.f", {{.*}}line: [[@LINE+11]]
// O0-DAG: !DILocalVariable(name: "n", arg: 1, scope: [[SP]], {{.*}}line: [[@LINE+10]], type: [[INT:![0-9]+]])
// O0-DAG: [[X]] = !DILocalVariable(name: "x", scope: [[SP]], {{.*}}line: [[@LINE+10]], type: [[INT]])
// O0-DAG: [[INT]] = !DIBasicType(name: "int", size: 64, encoding: DW_ATE_signed)
// O0-DAG: !DICompositeType(tag: DW_TAG_structure_type, name: "string", {{.*}}size: 128
// O2: !DICompileUnit(language: DW_LANG_Go, {{.*}}producer: "escgo", isOptimized: true
// O2-DAG: !DILocalVariable(name: "n", arg: 1,
// O2-DAG: !DILocalVariable(name: "x",
// G0-NOT: !dbg
// OS: attributes #{{[0-9]+}} = { {{.*}}optsize
// OZ: attributes #{{[0-9]+}} = { {{.*}}minsize {{.*}}optsize
func f(n int) int {
	x := n * 3
	s := "hi"
	println(s)
	return x
}

func main() {
	println(f(2))
}
