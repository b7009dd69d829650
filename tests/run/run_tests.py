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

Modes (--modes, a comma list; default: the -O levels of --opt):
  O0..O3       a plain build at that -O level
  noescape     -O2 -d=noescape: escape analysis off, everything whose
               address is taken on the heap
  checkescape  -O2 -d=checkescape: every frame slot kept on the stack is
               overwritten when its function returns
  gcstress     the -O2 build run with ESCGO_GCSTRESS=N (--gcstress, default
               1): a full collection before every Nth heap allocation
The last three are issue #4's soundness builds: escape decisions and the
collector may change how a program allocates, never what it prints. A name
built with the same flags for several modes is compiled once.

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

HERE = os.path.dirname(os.path.abspath(__file__))  # --dir changes it
GOROUTINE_RX = re.compile(rb"^goroutine \d+ \[[^\]\n]*\]:$", re.M)
PC_RX = re.compile(rb"pc=0x[0-9a-f]+")


def normalize(out):
    m = GOROUTINE_RX.search(out)
    if m:
        out = out[:m.end()] + b"\n"
    return PC_RX.sub(b"pc=PC", out)


# mode -> (build flags, extra environment, run-time timeout factor)
def mode_table(gcstress):
    modes = {"O%d" % n: (("-O%d" % n,), {}, 1) for n in range(4)}
    modes["noescape"] = (("-O2", "-d=noescape"), {}, 1)
    modes["checkescape"] = (("-O2", "-d=checkescape"), {}, 1)
    modes["gcstress"] = (("-O2",), {"ESCGO_GCSTRESS": str(gcstress)}, 6)
    return modes


def mode_label(mode):
    return "-" + mode if re.match(r"^O\d$", mode) else "[%s]" % mode


def run_group(escgo, name, flags, modes, table, timeout):
    """Builds name with flags once and runs it in each mode: [(mode, msg)]."""
    tmp = tempfile.mkdtemp(prefix="escgo-run-")
    try:
        exe = os.path.join(tmp, name)
        try:
            p = subprocess.run([escgo, "build"] + list(flags) + ["-o", exe, name + ".go"],
                               cwd=HERE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               stdin=subprocess.DEVNULL, timeout=timeout * 3)
        except subprocess.TimeoutExpired:
            return [(m, "compile timed out") for m in modes]
        if p.returncode != 0:
            msg = "compile failed (status %d):\n%s" % (p.returncode,
                                                       p.stdout.decode("utf-8", "replace"))
            return [(m, msg) for m in modes]
        results = []
        for m in modes:
            env = {k: v for k, v in os.environ.items()
                   if k not in ("ESCGO_GCSTRESS", "ESCGO_MEMSTATS")}
            env.update(table[m][1])
            limit = timeout * table[m][2]
            try:
                r = subprocess.run([exe], cwd=HERE, stdout=subprocess.PIPE,
                                   stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                   timeout=limit, env=env)
            except subprocess.TimeoutExpired:
                results.append((m, "program timed out after %gs" % limit))
                continue
            results.append((m, check_result(name, r)))
        return results
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def check_result(name, r):
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
    ap.add_argument("--modes", help="comma-separated modes (see above); overrides --opt")
    ap.add_argument("--gcstress", type=int, default=1,
                    help="N for the gcstress mode's ESCGO_GCSTRESS (default 1)")
    ap.add_argument("--timeout", type=float, default=10)
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--dir", help="the programs' directory (default: this one); a NAME.go "
                    "there without NAME.out is not a test")
    ap.add_argument("names", nargs="*", help="test names (default: all NAME.go here)")
    a = ap.parse_args()
    global HERE
    if a.dir:
        HERE = os.path.abspath(a.dir)
    escgo = os.path.abspath(a.escgo)
    names = a.names or sorted(f[:-3] for f in os.listdir(HERE) if f.endswith(".go") and (
        not a.dir or os.path.exists(os.path.join(HERE, f[:-3] + ".out"))))
    names = [n[:-3] if n.endswith(".go") else n for n in names]
    table = mode_table(a.gcstress)
    if a.modes:
        modes = [m for m in a.modes.split(",") if m]
    else:
        modes = ["O%d" % int(x) for x in a.opt.split(",") if x]
    for m in modes:
        if m not in table:
            ap.error("unknown mode %s (known: %s)" % (m, ", ".join(sorted(table))))
    # one case per (name, build flags), in the order the modes were given
    groups = []
    for n in names:
        by_flags = {}
        for m in modes:
            flags = table[m][0]
            if flags not in by_flags:
                by_flags[flags] = []
                groups.append((n, flags, by_flags[flags]))
            by_flags[flags].append(m)
    passed = failed = 0
    with cf.ThreadPoolExecutor(max_workers=a.jobs) as pool:
        results = pool.map(lambda g: (g[0], run_group(escgo, g[0], g[1], g[2], table,
                                                      a.timeout)), groups)
        for name, rs in results:
            for mode, msg in rs:
                if msg is None:
                    passed += 1
                    print("PASS %s %s" % (name, mode_label(mode)))
                else:
                    failed += 1
                    print("FAIL %s %s\n  %s" % (name, mode_label(mode),
                                               msg.strip().replace("\n", "\n  ")))
            sys.stdout.flush()
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed or not groups else 0


if __name__ == "__main__":
    sys.exit(main())
