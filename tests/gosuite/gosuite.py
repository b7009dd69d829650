#!/usr/bin/env python3
"""gosuite.py: runs Go 1.19's own test suite (test/ of the Go tree; Debian's
golang-1.19-src installs it in /usr/share/go-1.19/test) against escgo.

Each test's recipe is read as Go's test/run.go reads it (see
tests/errorcheck.py); the single-file actions are run:
  run        build, run; combined stdout+stderr must equal NAME.out (or be
             empty without one) and the exit status must be 0
  buildrun   the same, built with `escgo build`
  runoutput  run; its output is a Go program that is run and checked
  compile    must compile (`escgo build -c`)
  build      must build (compile and link)
  errorcheck // ERROR expectations, both ways
Directory actions (*dir), asmcheck, errorcheckoutput and `skip` are not run.

The score per action is printed, the passing tests are written to --out,
and the run fails if a test listed in known-pass.txt fails: that list may
only grow (--update adds the tests that now pass; nothing removes them).

For the escape-analysis tests (errorcheck tests whose action line has -m)
it also prints how many of their `// ERROR` annotations escgo's output
matches and how many files pass, overall and for those with both -m and -l
(gc without inlining, which is what escgo reproduces); --escape runs only
those tests.

The sweep mode (--sweep) is the robustness test: `escgo build -c` over
every .go file of the tree, failing on any crash, hang, exit status other
than 0 or 1, or "internal compiler error".
"""

import argparse
import concurrent.futures as cf
import os
import shutil
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import errorcheck as ec  # noqa: E402

DIRS = [".", "ken", "chan", "interface", "syntax", "dwarf", "fixedbugs", "codegen", "runtime",
        "abi", "typeparam", "typeparam/mdempsky"]
RUN_ACTIONS = ("run", "buildrun", "runoutput", "compile", "build", "errorcheck")
HERE = os.path.dirname(os.path.abspath(__file__))


def read(path):
    with open(path, encoding="utf-8", errors="surrogateescape") as f:
        return f.read()


def read_bytes(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError:
        return None


def run_bytes(argv, cwd, timeout):
    """Like ec.run_cmd, but keeps the output as bytes."""
    import subprocess
    try:
        p = subprocess.run(argv, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           stdin=subprocess.DEVNULL, timeout=timeout)
    except subprocess.TimeoutExpired as e:
        return None, e.output or b""
    except OSError as e:
        return 127, ("cannot run %s: %s" % (argv[0], e)).encode()
    return p.returncode, p.stdout


class Runner:
    def __init__(self, escgo, root, timeout):
        self.escgo, self.root, self.timeout = escgo, root, timeout
        self.stats = {}  # rel -> {"matched": n, "total": n} for errorcheck tests

    def build(self, path, flags, out, tmp, compile_only=False, extra=()):
        """Returns None or a failure message. extra: more files of the package."""
        d, base = os.path.split(path)
        argv = [self.escgo, "build"] + flags + (["-c"] if compile_only else []) + ["-o", out, base]
        argv += list(extra)
        status, text = ec.run_cmd(argv, d, self.timeout)
        crash = ec.compiler_crashed(status, text)
        if crash:
            return "%s\n%s" % (crash, text)
        if status != 0:
            return "build failed:\n" + text
        return None

    def run_exe(self, exe, args, cwd):
        status, out = run_bytes([exe] + args, cwd, self.timeout)
        if status is None:
            return "program timed out", out
        if status != 0:
            return "program exited with status %d:\n%s" % (
                status, out.decode("utf-8", "replace")), out
        return None, out

    def check_output(self, path, out):
        want = read_bytes(path[:-3] + ".out")
        out = out.replace(b"\r\n", b"\n")
        if out != (want or b""):
            return "output differs%s:\n%s" % (
                "" if want is not None else " (no .out file: output must be empty)",
                out.decode("utf-8", "replace")[:2000])
        return None

    def test(self, rel, recipe):
        """Runs one test; returns None on pass, else a message."""
        path = os.path.join(self.root, rel)
        d = os.path.dirname(path)
        a = recipe.action
        if a == "errorcheck":
            stats = {}
            msg = ec.errorcheck_file(self.escgo, path, recipe, self.timeout, stats)
            self.stats[rel] = stats
            return msg
        tmp = tempfile.mkdtemp(prefix="escgo-gosuite-")
        try:
            exe = os.path.join(tmp, "a.exe")
            if a == "compile":
                return self.build(path, recipe.flags, os.path.join(tmp, "a.o"), tmp, True)
            # `// run x.go y.go args`: leading .go arguments are more files of
            # the program (go run takes them), named relative to the root.
            args = list(recipe.args)
            extra = []
            while a == "run" and args and args[0].endswith(".go"):
                extra.append(os.path.relpath(os.path.join(self.root, args.pop(0)), d))
            err = self.build(path, recipe.flags, exe, tmp, extra=extra)
            if err or a == "build":
                return err
            # run.go runs programs in the test root (some open files there)
            err, out = self.run_exe(exe, args, self.root)
            if err:
                return err
            if a == "runoutput":
                gen = os.path.join(tmp, "tmp__.go")
                with open(gen, "wb") as f:
                    f.write(out)
                exe2 = os.path.join(tmp, "b.exe")
                err = self.build(gen, [], exe2, tmp)
                if err:
                    return "generated program: " + err
                err, out = self.run_exe(exe2, [], tmp)
                if err:
                    return "generated program: " + err
            return self.check_output(path, out)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)


def list_tests(root):
    tests = []
    for d in DIRS:
        full = os.path.join(root, d)
        if not os.path.isdir(full):
            continue
        for f in sorted(os.listdir(full)):
            if f.endswith(".go") and os.path.isfile(os.path.join(full, f)):
                tests.append(os.path.normpath(os.path.join(d, f)))
    return tests


def load_list(path):
    if not os.path.exists(path):
        return set()
    names = set()
    for line in read(path).split("\n"):
        line = line.split("#", 1)[0].strip()
        if line:
            names.add(line)
    return names


def write_list(path, names, header):
    with open(path, "w") as f:
        f.write(header)
        for n in sorted(names):
            f.write(n + "\n")


KNOWN_HEADER = """\
# Tests of Go 1.19's test suite that escgo passes (tests/gosuite/gosuite.py).
# The list only grows: a listed test that fails fails the build. Add newly
# passing tests with: tests/gosuite/gosuite.py --escgo build/bin/escgo --update
"""


def is_escape_test(recipe):
    return recipe.action == "errorcheck" and any(f.startswith("-m") for f in recipe.flags)


def escape_report(todo, recipes, results, stats):
    """Prints the annotation and file counts of the -m errorcheck tests."""
    groups = [("-m", [t for t in todo if is_escape_test(recipes[t])])]
    groups.append(("-m -l", [t for t in groups[0][1] if "-l" in recipes[t].flags]))
    if not groups[0][1]:
        return
    print("escape analysis (errorcheck tests with -m):")
    for name, ts in groups:
        run = [t for t in ts if t in stats]
        matched = sum(stats[t].get("matched", 0) for t in run)
        total = sum(stats[t].get("total", 0) for t in run)
        npass = len([t for t in ts if results.get(t, "x") is None])
        pct = 100.0 * matched / total if total else 0.0
        print("  %-6s files %3d / %3d pass   ERROR annotations %5d / %5d matched (%.1f%%)" % (
            name, npass, len(ts), matched, total, pct))


def suite_main(a):
    known_path = a.known or os.path.join(HERE, "known-pass.txt")
    known = load_list(known_path)
    tests = a.tests or list_tests(a.root)
    runner = Runner(os.path.abspath(a.escgo), a.root, a.timeout)

    recipes = {}
    for t in tests:
        recipes[t] = ec.parse_recipe(read(os.path.join(a.root, t)))
    todo = [t for t in tests if recipes[t].action in RUN_ACTIONS]
    skipped = len(tests) - len(todo)
    if a.escape:
        todo = [t for t in todo if is_escape_test(recipes[t])]
    # Known passes first, so that a time budget never skips them.
    todo.sort(key=lambda t: (t not in known, t))

    results = {}
    start = time.time()
    lock = threading.Lock()

    def one(t):
        if a.budget and time.time() - start > a.budget and t not in known:
            return t, "not run: time budget exceeded"
        try:
            return t, runner.test(t, recipes[t])
        except Exception as e:  # a harness bug must not hide other results
            return t, "harness error: %r" % e

    with cf.ThreadPoolExecutor(max_workers=a.jobs) as pool:
        for t, msg in pool.map(one, todo):
            results[t] = msg
            with lock:
                if a.verbose or (msg is not None and t in known):
                    print("%s %s" % ("PASS" if msg is None else "FAIL", t))
                    if msg is not None:
                        print("  " + msg.strip().replace("\n", "\n  ")[:3000])
                    sys.stdout.flush()

    passing = {t for t, m in results.items() if m is None}
    by_action = {}
    for t in todo:
        p, n = by_action.get(recipes[t].action, (0, 0))
        by_action[recipes[t].action] = (p + (t in passing), n + 1)
    print("gosuite score (Go 1.19 test/, %d tests, %d not runnable here):" % (len(tests), skipped))
    for act in RUN_ACTIONS:
        if act in by_action:
            p, n = by_action[act]
            print("  %-11s %4d / %4d" % (act, p, n))
    print("  %-11s %4d / %4d" % ("total", len(passing), len(todo)))
    escape_report(todo, recipes, results, runner.stats)

    if a.out:
        write_list(a.out, passing, "# passing gosuite tests, one run\n")
    if a.log:
        with open(a.log, "w") as f:
            for t in todo:
                msg = results.get(t)
                st = runner.stats.get(t) if is_escape_test(recipes[t]) else None
                f.write("%s %s [%s]%s\n" % (
                    "PASS" if msg is None else "FAIL", t, recipes[t].action,
                    " %d/%d annotations" % (st.get("matched", 0), st.get("total", 0))
                    if st else ""))
                if msg is not None:
                    f.write("  " + msg.strip().replace("\n", "\n  ")[:3000] + "\n")
    regressions = sorted(t for t in known if t in results and results[t] is not None)
    missing = sorted(t for t in known if t not in results and not a.tests and not a.escape)
    new = sorted(passing - known)
    if new:
        print("%d test(s) pass that are not in known-pass.txt%s" % (
            len(new), "" if a.update else " (run with --update to add them)"))
    if a.update and new:
        write_list(known_path, known | passing, KNOWN_HEADER)
        print("known-pass.txt: added %d test(s)" % len(new))
    for t in missing:
        print("FAIL %s: listed in known-pass.txt but not runnable" % t)
    print("known-pass: %d passed, %d failed" % (
        len([t for t in known if t in passing]), len(regressions) + len(missing)))
    return 1 if regressions or missing else 0


# ---- robustness sweep -------------------------------------------------------------


def sweep_main(a):
    files = []
    for dirpath, _dirs, names in os.walk(a.root):
        for n in names:
            if n.endswith(".go"):
                files.append(os.path.join(dirpath, n))
    files.sort()
    escgo = os.path.abspath(a.escgo)
    counts = {"ok": 0, "errors": 0, "bad": 0}
    bad = []

    def one(path):
        tmp = tempfile.mkdtemp(prefix="escgo-sweep-")
        try:
            argv = [escgo, "build", "-c", "-o", os.path.join(tmp, "a.o"), path]
            status, out = ec.run_cmd(argv, tmp, a.timeout)
            return path, status, out
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    with cf.ThreadPoolExecutor(max_workers=a.jobs) as pool:
        for path, status, out in pool.map(one, files):
            crash = ec.compiler_crashed(status, out)
            if crash:
                counts["bad"] += 1
                bad.append((path, crash, out))
                print("FAIL %s: %s" % (os.path.relpath(path, a.root), crash))
                tail = out.strip().split("\n")[-5:]
                print("  " + "\n  ".join(tail))
                sys.stdout.flush()
            elif status == 0:
                counts["ok"] += 1
            else:
                counts["errors"] += 1
    print("sweep over %d files: %d compiled, %d rejected with errors, %d crashed or hung" % (
        len(files), counts["ok"], counts["errors"], counts["bad"]))
    print("sweep: %d passed, %d failed" % (counts["ok"] + counts["errors"], counts["bad"]))
    return 1 if bad or not files else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--escgo", required=True)
    ap.add_argument("--root", default="/usr/share/go-1.19/test",
                    help="Go's test directory (default: Debian's golang-1.19-src)")
    ap.add_argument("--timeout", type=float, default=None,
                    help="seconds per command (default: 10 for --sweep, the limit the "
                    "robustness sweep enforces; 60 otherwise: Go's run.go sets no limit, and a "
                    "compile near 10 s on a loaded machine must not fail a known pass)")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--known", help="known-pass list (default: beside this script)")
    ap.add_argument("--out", help="write the passing tests here")
    ap.add_argument("--log", help="write every result, with failure messages, here")
    ap.add_argument("--update", action="store_true", help="add new passes to the known list")
    ap.add_argument("--budget", type=float, default=0,
                    help="seconds after which only known-pass tests are still run (0: no limit)")
    ap.add_argument("--sweep", action="store_true", help="robustness sweep instead")
    ap.add_argument("--escape", action="store_true",
                    help="run only the escape-analysis tests (errorcheck with -m)")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("tests", nargs="*", help="tests to run, relative to --root (default: all)")
    a = ap.parse_args()
    if a.timeout is None:
        a.timeout = 10.0 if a.sweep else 60.0
    if not os.path.isdir(a.root):
        print("gosuite: %s not found (install golang-1.19-src)" % a.root)
        return 1
    return sweep_main(a) if a.sweep else suite_main(a)


if __name__ == "__main__":
    sys.exit(main())
