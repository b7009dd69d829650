// binarytrees: the benchmarks game's binary-trees, single-threaded —
// millions of small pointer-holding objects, allocation- and GC-bound.
package main

type Node struct {
	left, right *Node
}

func bottomUp(depth int) *Node {
	if depth <= 0 {
		return &Node{}
	}
	return &Node{bottomUp(depth - 1), bottomUp(depth - 1)}
}

func (n *Node) check() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.check() + n.right.check()
}

func run() {
	const minDepth = 4
	maxDepth := 16
	println("stretch tree of depth", maxDepth+1, "check:", bottomUp(maxDepth+1).check())
	longLived := bottomUp(maxDepth)
	for d := minDepth; d <= maxDepth; d += 2 {
		iters := 1 << uint(maxDepth-d+minDepth)
		check := 0
		for i := 0; i < iters; i++ {
			check += bottomUp(d).check()
		}
		println(iters, "trees of depth", d, "check:", check)
	}
	println("long lived tree of depth", maxDepth, "check:", longLived.check())
}
