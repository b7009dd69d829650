#!/usr/bin/env python3
"""run_tests.py: the tests/run harness — Go's golden-output convention.

For every NAME.go in this directory: compile it with escgo (at each -O
level given, -O0 and -O2 by default), run it in this directory with no
input, and compare:
  * the combined stdout+stderr with NAME.out, byte for byte;
  * the exit status with the number in NAME.exit, or 0 if there is none.
Panics: a Go traceback cannot match gc's (addresses, frames), so both
outputs are cut after the first line "goroutine N [...]:" (that line is
still compared), and "pc=0x..." in a "[signal ...]" line compares equal to
any pc. NAME.out and NAME.exit come from gc 1.19: regen.sh rewrites them,
so anyone can re-verify them; this harness itself does not need gc.

Prints one line per case and "N passed, N failed"; fails if any case fails.
"""

import argparse
import concurrent.futures as cf
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
GOROUTINE_RX = re.compile(rb"^goroutine \d+ \[[^\]\n]*\]:$", re.M)
PC_RX = re.compile(rb"pc=0x[0-9a-f]+")


def normalize(out):
    m = GOROUTINE_RX.search(out)
    if m:
        out = out[:m.end()] + b"\n"
    return PC_RX.sub(b"pc=PC", out)


def run_case(escgo, name, opt, timeout):
    src = name + ".go"
    tmp = tempfile.mkdtemp(prefix="escgo-run-")
    try:
        exe = os.path.join(tmp, name)
        try:
            p = subprocess.run([escgo, "build", "-O%d" % opt, "-o", exe, src], cwd=HERE,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               stdin=subprocess.DEVNULL, timeout=timeout * 3)
        except subprocess.TimeoutExpired:
            return "compile timed out"
        if p.returncode != 0:
            return "compile failed (status %d):\n%s" % (p.returncode,
                                                          p.stdout.decode("utf-8", "replace"))
        try:
            r = subprocess.run([exe], cwd=HERE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               stdin=subprocess.DEVNULL, timeout=timeout)
        except subprocess.TimeoutExpired:
            return "program timed out after %gs" % timeout
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    with open(os.path.join(HERE, name + ".out"), "rb") as f:
        want = f.read()
    want_status = 0
    exit_file = os.path.join(HERE, name + ".exit")
    if os.path.exists(exit_file):
        with open(exit_file) as f:
            want_status = int(f.read().strip())
    problems = []
    status = r.returncode if r.returncode >= 0 else "signal %d" % -r.returncode
    if status != want_status:
        problems.append("exit status %s, want %s" % (status, want_status))
    got = normalize(r.stdout)
    if got != normalize(want):
        diff = difflib.unified_diff(
            normalize(want).decode("utf-8", "replace").splitlines(keepends=True),
            got.decode("utf-8", "replace").splitlines(keepends=True), name + ".out", "output")
        problems.append("output differs:\n" + "".join(list(diff)[:60]))
    return "\n".join(problems) or None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--escgo", required=True)
    ap.add_argument("--opt", default="0,2", help="comma-separated -O levels (default 0,2)")
    ap.add_argument("--timeout", type=float, default=10)
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("names", nargs="*", help="test names (default: all NAME.go here)")
    a = ap.parse_args()
    escgo = os.path.abspath(a.escgo)
    names = a.names or sorted(f[:-3] for f in os.listdir(HERE) if f.endswith(".go"))
    names = [n[:-3] if n.endswith(".go") else n for n in names]
    opts = [int(x) for x in a.opt.split(",") if x]
    cases = [(n, o) for n in names for o in opts]
    passed = failed = 0
    with cf.ThreadPoolExecutor(max_workers=a.jobs) as pool:
        results = pool.map(lambda c: (c, run_case(escgo, c[0], c[1], a.timeout)), cases)
        for (name, opt), msg in results:
            if msg is None:
                passed += 1
                print("PASS %s -O%d" % (name, opt))
            else:
                failed += 1
                print("FAIL %s -O%d\n  %s" % (name, opt, msg.strip().replace("\n", "\n  ")))
            sys.stdout.flush()
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed or not cases else 0


if __name__ == "__main__":
    sys.exit(main())
