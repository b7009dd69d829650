#!/usr/bin/env python3
"""allocsites_test.py: `escgo build -allocsites` and `-escape-summary`
(issue 6, item 4: comparing builds).

-allocsites: builds a program whose heap allocation sites are known (a
loop of 1000 escaping new(int), one of 500 &T{...}, append growth, string
concatenation, map growth, os.Exit) at -O0 and -O2 and checks on stderr:
  - the report comes after the program's own output and has both tables;
  - each site's row: count (exact for direct allocations), bytes, file:line
    (the statement's), function and kind;
  - the report's totals equal ESCGO_MEMSTATS' (every object is charged
    to some site);
  - os.Exit still reports; a build without -allocsites prints no report.

-escape-summary: builds a program with a known mix of stack and heap sites
and checks the per-function lines and the total against the numbers gc's
-m output implies (every "escapes to heap" / "moved to heap" line is a heap
site, every "does not escape" line of an expression a stack site), that
the -m output itself is unchanged and comes first, and that -d=noescape
moves every site to the heap."""
import argparse
import os
import re
import subprocess
import sys
import tempfile

ALLOC_PROG = """package main

import "os"

type T struct{ a, b int }

var sink *int
var tsink *T
var ssink []int
var str string
var msink map[int]int

func newInts(n int) {
	for i := 0; i < n; i++ {
		sink = new(int) // NEWLINE
	}
}

func structs(n int) {
	for i := 0; i < n; i++ {
		tsink = &T{i, i} // TLINE
	}
}

func appends(n int) {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i) // APPENDLINE
	}
	ssink = s
}

func concat(n int) {
	for i := 0; i < n; i++ {
		str = str[:0] + "ab" + string(rune('a'+i%26)) // CONCATLINE
	}
}

func maps(n int) {
	m := map[int]int{}
	for i := 0; i < n; i++ {
		m[i] = i // MAPLINE
	}
	msink = m
}

func main() {
	newInts(1000)
	structs(500)
	appends(300)
	concat(200)
	maps(1000)
	println("done", len(ssink), len(str), len(msink))
	if len(os.Args) > 1 {
		os.Exit(3)
	}
}
"""

SUMMARY_PROG = """package main

type T struct{ a, b int }

var sink interface{}
var psink *int

func moved() {
	x := 1
	psink = &x
}

func boxes(n int) {
	sink = n
	var i interface{} = T{1, 2}
	_ = i
}

func sizes(n int) {
	s := make([]byte, n)
	big := new([100000]byte)
	small := make([]int, 4)
	_, _, _ = s, big, small
}

func variadic(param ...int) int { return len(param) }

func closures() func() int {
	y := 2
	f := func() int { return y }
	return f
}

func stackonly() int {
	p := new(int)
	*p = 4
	q := &T{1, 2}
	return *p + q.a
}

func main() {
	moved()
	boxes(3)
	sizes(10)
	println(variadic(1, 2, 3), stackonly())
	f := closures()
	println(f())
}
"""

# functions of SUMMARY_PROG: (stack, heap)
SUMMARY_WANT = {
    "main.moved": (0, 1),
    "main.boxes": (1, 1),
    "main.sizes": (1, 2),
    "main.closures": (0, 1),
    "main.stackonly": (2, 0),
    "main.main": (1, 0),
}

ROW_RE = re.compile(r"^\s*(\d+)\s+(\d+)\s+(\S+)\s+(\S+)\s+(\S+)\s*$")
TOTAL_RE = re.compile(r"^escgo allocsites: (\d+) objects, (\d+) bytes from (\d+) sites$")
MEMSTATS_RE = re.compile(r"^escgo memstats: mallocs=(\d+) bytes=(\d+) gcs=\d+$")


def line_of(src, marker):
    for i, l in enumerate(src.splitlines(), 1):
        if marker in l:
            return i
    raise ValueError(marker)


def parse_report(stderr):
    """Returns (totals, rows by count, rows by bytes, index of first line)."""
    lines = stderr.splitlines()
    start = next((i for i, l in enumerate(lines) if l.startswith("escgo allocsites:")), None)
    if start is None:
        return None
    totals = None
    tables = {}
    cur = None
    for l in lines[start:]:
        m = TOTAL_RE.match(l)
        if m:
            totals = tuple(int(g) for g in m.groups())
            continue
        m = re.match(r"^escgo allocsites: top \d+ by (count|bytes)$", l)
        if m:
            cur = tables.setdefault(m.group(1), [])
            continue
        m = ROW_RE.match(l)
        if m and cur is not None:
            cur.append((int(m.group(1)), int(m.group(2)), m.group(3), m.group(4), m.group(5)))
    return totals, tables.get("count", []), tables.get("bytes", []), start


def check_allocsites(escgo, tmp, opt):
    errs = []
    tag = "allocsites %s" % opt
    src = os.path.join(tmp, "prog.go")
    with open(src, "w") as f:
        f.write(ALLOC_PROG)
    exe = os.path.join(tmp, "prog" + opt)
    p = subprocess.run([escgo, "build", "-allocsites", opt, "-o", exe, "prog.go"], cwd=tmp,
                       capture_output=True, text=True)
    if p.returncode != 0:
        return ["%s: build failed:\n%s" % (tag, p.stdout + p.stderr)]
    env = dict(os.environ, ESCGO_MEMSTATS="1", ESCGO_ALLOCSITES_TOP="50")
    r = subprocess.run([exe], capture_output=True, text=True, env=env)
    if r.returncode != 0:
        return ["%s: exit status %d\n%s" % (tag, r.returncode, r.stderr)]
    rep = parse_report(r.stderr)
    if not rep:
        return ["%s: no report on stderr:\n%s" % (tag, r.stderr)]
    totals, by_count, by_bytes, start = rep
    lines = r.stderr.splitlines()
    if lines[0] != "done 300 3 1000":
        errs.append("%s: program output %r should come first" % (tag, lines[0]))
    if not totals:
        errs.append("%s: no totals line" % tag)
    if len(by_count) != len(by_bytes) or not by_count:
        errs.append("%s: want two tables of equal length: %r %r" % (tag, by_count, by_bytes))
    counts = [r_[0] for r_ in by_count]
    if counts != sorted(counts, reverse=True):
        errs.append("%s: count table not sorted: %r" % (tag, counts))
    nbytes = [r_[1] for r_ in by_bytes]
    if nbytes != sorted(nbytes, reverse=True):
        errs.append("%s: bytes table not sorted: %r" % (tag, nbytes))

    def row(marker, kind):
        ln = line_of(ALLOC_PROG, marker)
        found = [x for x in by_count
                 if re.match(r"^prog\.go:%d:\d+$" % ln, x[2]) and x[4].startswith(kind)]
        if len(found) != 1:
            errs.append("%s: want one %s row at prog.go:%d, got %r\n%s" %
                        (tag, kind, ln, found, r.stderr))
            return None
        return found[0]

    x = row("NEWLINE", "alloc")
    if x and (x[0], x[1], x[3]) != (1000, 8000, "main.newInts"):
        errs.append("%s: new(int) row %r, want 1000 objects, 8000 bytes, main.newInts" % (tag, x))
    x = row("TLINE", "alloc")
    if x and (x[0], x[1], x[3]) != (500, 8000, "main.structs"):
        errs.append("%s: &T{} row %r, want 500 objects, 8000 bytes, main.structs" % (tag, x))
    x = row("APPENDLINE", "growslice")
    if x and not (5 <= x[0] <= 30 and x[1] >= 300 * 8 and x[3] == "main.appends"):
        errs.append("%s: append row %r: want several growths of >= 2400 bytes" % (tag, x))
    x = row("CONCATLINE", "concatstrings")
    if x and (x[0], x[1], x[3]) != (200, 600, "main.concat"):
        errs.append("%s: concat row %r, want 200 objects, 600 bytes, main.concat" % (tag, x))
    x = row("MAPLINE", "mapassign")
    if x and not (x[0] >= 1 and x[1] >= 1000 * 16 and x[3] == "main.maps"):
        errs.append("%s: map growth row %r: want >= 16000 bytes" % (tag, x))
    ms = [MEMSTATS_RE.match(l) for l in lines]
    ms = [m for m in ms if m]
    if len(ms) != 1:
        errs.append("%s: want one memstats line" % tag)
    elif totals and (int(ms[0].group(1)), int(ms[0].group(2))) != totals[:2]:
        errs.append("%s: allocsites totals %r differ from memstats %s" %
                    (tag, totals, ms[0].group(0)))
    if totals and totals[2] < 5:
        errs.append("%s: only %d sites" % (tag, totals[2]))

    # os.Exit reports too
    r = subprocess.run([exe, "exit"], capture_output=True, text=True)
    if r.returncode != 3 or not parse_report(r.stderr):
        errs.append("%s: os.Exit: status %d, report missing:\n%s" % (tag, r.returncode, r.stderr))
    return errs


def check_plain(escgo, tmp):
    exe = os.path.join(tmp, "plain")
    p = subprocess.run([escgo, "build", "-o", exe, "prog.go"], cwd=tmp, capture_output=True,
                       text=True)
    if p.returncode != 0:
        return ["plain build failed:\n%s" % (p.stdout + p.stderr)]
    r = subprocess.run([exe], capture_output=True, text=True)
    if "escgo allocsites" in r.stderr:
        return ["a build without -allocsites printed a report:\n%s" % r.stderr]
    p = subprocess.run([escgo, "build", "-emit-llvm", "-o", "-", "prog.go"], cwd=tmp,
                       capture_output=True, text=True)
    if re.search(r"escgo_alloc_site|escgo_allocsite", p.stdout):
        return ["a build without -allocsites refers to allocsites in its IR"]
    return []


def parse_summary(out):
    funcs = {}
    total = None
    for l in out.splitlines():
        m = re.match(r"^(\S+): (\d+) stack, (\d+) heap", l)
        if not m:
            continue
        v = (int(m.group(2)), int(m.group(3)))
        if m.group(1) == "total":
            total = v
        else:
            funcs[m.group(1)] = v
    return funcs, total


def check_summary(escgo, tmp):
    errs = []
    src = os.path.join(tmp, "sum.go")
    with open(src, "w") as f:
        f.write(SUMMARY_PROG)
    base = [escgo, "build", "-o", os.path.join(tmp, "sum"), "sum.go"]
    m_only = subprocess.run(base[:2] + ["-m"] + base[2:], cwd=tmp, capture_output=True,
                            text=True)
    both = subprocess.run(base[:2] + ["-m", "-escape-summary"] + base[2:], cwd=tmp,
                          capture_output=True, text=True)
    if m_only.returncode != 0 or both.returncode != 0:
        return ["summary: build failed:\n%s%s" % (m_only.stderr, both.stderr)]
    if not both.stdout.startswith(m_only.stdout):
        errs.append("summary: -m output changed or not first:\n%s" % both.stdout)
    summary = both.stdout[len(m_only.stdout):]
    if "stack" in m_only.stdout:
        errs.append("summary: -m alone printed a summary")
    # what -m implies: expression lines; parameters ("param ...") are not sites
    heap = stack = 0
    for l in m_only.stdout.splitlines():
        mm = re.match(r"^[^:]+:\d+:\d+: (.*?) (escapes to heap|does not escape)$", l)
        if mm:
            if re.match(r"^param\w*$", mm.group(1)):
                continue
            if mm.group(2) == "escapes to heap":
                heap += 1
            else:
                stack += 1
        elif re.match(r"^[^:]+:\d+:\d+: moved to heap: ", l):
            heap += 1
    funcs, total = parse_summary(summary)
    if total != (stack, heap):
        errs.append("summary: total %r, -m implies %r\n%s" % (total, (stack, heap), summary))
    if total != tuple(map(sum, zip(*SUMMARY_WANT.values()))):
        errs.append("summary: total %r, want %r" % (total, tuple(map(sum, zip(*SUMMARY_WANT.values())))))
    if funcs != SUMMARY_WANT:
        errs.append("summary: per function %r, want %r" % (funcs, SUMMARY_WANT))
    if "(1 too large, 1 non-constant size)" not in summary:
        errs.append("summary: main.sizes' heap reasons missing:\n%s" % summary)
    detail = subprocess.run(base[:2] + ["-escape-summary=2"] + base[2:], cwd=tmp,
                            capture_output=True, text=True)
    ln = line_of(SUMMARY_PROG, "new([100000]byte)")
    if not re.search(r"^    sum\.go:%d:\d+: new\(\[100000\]byte\): too large$" % ln, detail.stdout,
                     re.M):
        errs.append("summary: -escape-summary=2 lacks the heap site list:\n%s" % detail.stdout)
    noesc = subprocess.run(base[:2] + ["-d=noescape", "-escape-summary"] + base[2:], cwd=tmp,
                           capture_output=True, text=True)
    _, ntotal = parse_summary(noesc.stdout)
    # every site on the heap; variables captured by value join them
    if not ntotal or ntotal[0] != 0 or ntotal[1] < stack + heap:
        errs.append("summary: -d=noescape total %r, want (0, >= %d)" % (ntotal, stack + heap))
    return errs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--escgo", required=True)
    args = ap.parse_args()
    escgo = os.path.abspath(args.escgo)
    failed = 0
    checks = [("allocsites -O0", lambda t: check_allocsites(escgo, t, "-O0")),
              ("allocsites -O2", lambda t: check_allocsites(escgo, t, "-O2")),
              ("no -allocsites", lambda t: check_plain(escgo, t)),
              ("escape summary", lambda t: check_summary(escgo, t))]
    with tempfile.TemporaryDirectory(prefix="escgo-allocsites-") as tmp:
        for name, fn in checks:
            errs = fn(tmp)
            for e in errs:
                print("FAIL:", e)
            print("%s: %s" % (name, "FAIL" if errs else "ok"))
            failed += 1 if errs else 0
    print("allocsites: %d passed, %d failed" % (len(checks) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
