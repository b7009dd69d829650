#!/usr/bin/env python3
"""memstats_test.py: ESCGO_MEMSTATS=1 makes a compiled program report its
heap allocations at exit (issue 4, item 5; bench/ relies on it).

Compiles small programs that allocate a known number of escaping objects and
checks, on their stderr:
  - with ESCGO_MEMSTATS=1, after the program's own output, one line
    `escgo memstats: mallocs=N bytes=N gcs=N` with N >= the objects made and
    bytes >= their size, both when main returns and through os.Exit;
  - without the variable (or with ESCGO_MEMSTATS=0), no such line.
Counts only lower bounds: the runtime may allocate more than the program
asks (strings, std package initialisation), never fewer."""
import argparse
import os
import re
import subprocess
import sys
import tempfile

LINE_RE = re.compile(r"^escgo memstats: mallocs=(\d+) bytes=(\d+) gcs=(\d+)$")

RETURNS = """package main

type T struct {
	next *T
	a, b int
}

var sink *T

func main() {
	for i := 0; i < %d; i++ {
		sink = &T{sink, i, i}
	}
	n := 0
	for p := sink; p != nil; p = p.next {
		n++
	}
	println("made", n)
}
"""

EXITS = """package main

import "os"

var sink *[4]int

func main() {
	for i := 0; i < %d; i++ {
		p := new([4]int)
		p[0] = i
		sink = p
	}
	println("last", sink[0])
	os.Exit(3)
}
"""


def check(escgo, tmp, name, src, n, min_bytes, want_rc, want_out):
    path = os.path.join(tmp, name + ".go")
    with open(path, "w") as f:
        f.write(src % n)
    exe = os.path.join(tmp, name)
    p = subprocess.run([escgo, "build", "-o", exe, path], capture_output=True, text=True)
    if p.returncode != 0:
        return ["%s: escgo build failed:\n%s" % (name, p.stdout + p.stderr)]
    errs = []
    for env_value in (None, "0", "1"):
        env = dict(os.environ)
        env.pop("ESCGO_MEMSTATS", None)
        if env_value is not None:
            env["ESCGO_MEMSTATS"] = env_value
        r = subprocess.run([exe], capture_output=True, text=True, env=env)
        tag = "%s (ESCGO_MEMSTATS=%s)" % (name, env_value if env_value is not None else "unset")
        if r.returncode != want_rc:
            errs.append("%s: exit status %d, want %d" % (tag, r.returncode, want_rc))
        lines = r.stderr.splitlines()
        stats = [l for l in lines if l.startswith("escgo memstats")]
        if env_value != "1":
            if stats:
                errs.append("%s: printed %r" % (tag, stats))
            continue
        if len(stats) != 1 or lines[-1] != stats[0]:
            errs.append("%s: want one memstats line, last on stderr; stderr:\n%s" %
                        (tag, r.stderr))
            continue
        if lines[0] != want_out:
            errs.append("%s: program output %r, want %r first" % (tag, lines[0], want_out))
        m = LINE_RE.match(stats[0])
        if not m:
            errs.append("%s: malformed line %r" % (tag, stats[0]))
            continue
        mallocs, nbytes, _ = (int(g) for g in m.groups())
        if mallocs < n:
            errs.append("%s: mallocs=%d, want >= %d" % (tag, mallocs, n))
        if nbytes < min_bytes:
            errs.append("%s: bytes=%d, want >= %d" % (tag, nbytes, min_bytes))
    return errs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--escgo", required=True)
    args = ap.parse_args()
    n = 100000
    cases = [("returns", RETURNS, n * 24, 0, "made %d" % n),
             ("exits", EXITS, n * 32, 3, "last %d" % (n - 1))]
    failed = 0
    with tempfile.TemporaryDirectory(prefix="escgo-memstats-") as tmp:
        for name, src, min_bytes, rc, out in cases:
            errs = check(args.escgo, tmp, name, src, n, min_bytes, rc, out)
            for e in errs:
                print("FAIL:", e)
            failed += 1 if errs else 0
    print("memstats: %d passed, %d failed" % (len(cases) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
