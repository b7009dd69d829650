#!/usr/bin/env python3
"""errorcheck.py: Go's test-recipe conventions, written once in Python.

Go's test suite (test/run.go in the Go tree) describes each test by its
first lines: an action such as `// run`, `// errorcheck -0 -m -l` or
`// compile`, optional build constraints, and `// ERROR "regexp"` comments on
the lines where the compiler must report something. This module reads those
recipes and checks a compiler's output against them the way run.go does, so
that tests/errors, tests/escape and tests/gosuite share one implementation.

Used as a program it errorchecks files or directories:
    errorcheck.py --escgo build/bin/escgo tests/errors [more files or dirs]
and prints "N passed, N failed", failing if any case fails.

Rules (from run.go):
  * the recipe is everything before the first blank line; a first line
    containing "+build" is skipped; the leading "//" is dropped; the rest is
    split like a shell line: action, then flags ("-0": compile must succeed,
    "-1": must fail, others are passed to the compiler), then arguments;
  * `errorcheck` compiles with `escgo build -e FLAGS FILE` in the file's
    directory; by default compilation must fail (gc's convention), `-0`
    says it must succeed;
  * every `// ERROR "re" "re2"...` (or `// GC_ERROR`) line expects, for each
    quoted regexp, an output line "FILE:LINE[:COL]: msg" whose msg (the
    text after the first space) matches; LINE, LINE+n, LINE-n inside a
    regexp stand for "FILE:line"; `////` disables a line; and every output
    line must be expected by some regexp;
  * output lines starting with a tab continue the previous one;
  * Go's regexps are RE2; the few RE2-only spellings are translated.
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile

# ---- recipes -----------------------------------------------------------------


def split_quoted(s):
    """run.go's splitQuoted: shell-like words with '...' and "..." quoting."""
    args, cur, quote, escaped, quoted = [], [], None, False, False
    for ch in s:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
            continue
        elif quote is not None:
            if ch == quote:
                quote = None
                continue
        elif ch in "\"'":
            quoted, quote = True, ch
            continue
        elif ch.isspace():
            if quoted or cur:
                quoted = False
                args.append("".join(cur))
                cur = []
            continue
        cur.append(ch)
    if quoted or cur:
        args.append("".join(cur))
    if quote is not None:
        raise ValueError("unclosed quote")
    return args


class Recipe:
    """A test's parsed header."""

    def __init__(self):
        self.action = None  # "run", "errorcheck", ... or None if unusable
        self.flags = []  # passed to the compiler
        self.args = []  # passed to the program
        self.want_error = False
        self.want_auto = False
        self.skip_reason = None  # build constraints exclude it, or bad recipe


KNOWN_ACTIONS = {
    "compile", "compiledir", "build", "builddir", "buildrundir", "run", "buildrun",
    "runoutput", "rundir", "runindir", "asmcheck", "errorcheckandrundir",
    "errorcheckwithauto", "errorcheck", "errorcheckdir", "errorcheckoutput", "skip",
}


def parse_recipe(src):
    r = Recipe()
    if src.startswith("\n"):
        r.skip_reason = "starts with newline"
        return r
    if "\n\n" not in src:
        r.skip_reason = "no blank line ending the recipe"
        return r
    action = src.split("\n\n", 1)[0]
    first, sep, rest = action.partition("\n")
    if sep and "+build" in first:
        action = rest
    if action.startswith("//"):
        action = action[2:]
    header = src.split("\npackage", 1)[0] if "\npackage" in src else action
    ok, why = should_test(header)
    if not ok:
        r.skip_reason = "build constraint: " + why
        return r
    try:
        words = split_quoted(action)
    except ValueError as e:
        r.skip_reason = "invalid recipe: %s" % e
        return r
    if not words:
        r.skip_reason = "empty recipe"
        return r
    act, args = words[0], words[1:]
    if act not in KNOWN_ACTIONS:
        r.skip_reason = "unknown action " + act
        return r
    if act == "errorcheckwithauto":
        act, r.want_auto, r.want_error = "errorcheck", True, True
    elif act in ("errorcheck", "errorcheckdir", "errorcheckoutput"):
        r.want_error = True
    while args and args[0].startswith("-"):
        a = args.pop(0)
        if a == "-1":
            r.want_error = True
        elif a == "-0":
            r.want_error = False
        elif a == "-s":
            pass
        elif a in ("-t", "-goexperiment"):
            if args:
                args.pop(0)
        else:
            r.flags.append(a)
    r.action, r.args = act, args
    return r


# ---- build constraints ---------------------------------------------------------

GO_TAGS = {"linux", "amd64", "gc", "unix", "test_run",
           "goexperiment.regabiwrappers", "goexperiment.regabiargs",
           "goexperiment.pacerredesign"}
GO_TAGS.update("go1.%d" % i for i in range(1, 20))


def _tag(name):
    return name in GO_TAGS


def _eval_go_build(expr):
    """Evaluates a //go:build expression: || && ! ( ) and tags."""
    toks = re.findall(r"\|\||&&|!|\(|\)|[A-Za-z0-9_.]+", expr)
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def take():
        pos[0] += 1
        return toks[pos[0] - 1]

    def or_expr():
        v = and_expr()
        while peek() == "||":
            take()
            v = and_expr() or v
        return v

    def and_expr():
        v = not_expr()
        while peek() == "&&":
            take()
            v = not_expr() and v
        return v

    def not_expr():
        if peek() == "!":
            take()
            return not not_expr()
        if peek() == "(":
            take()
            v = or_expr()
            if peek() == ")":
                take()
            return v
        t = take() if peek() else ""
        return _tag(t)

    return or_expr()


def should_test(header):
    """run.go's shouldTest over the lines before `package`."""
    for line in header.split("\n"):
        if line.startswith("package "):
            break
        s = line.strip()
        if s.startswith("//go:build "):
            if not _eval_go_build(s[len("//go:build "):]):
                return False, s
        elif s.startswith("// +build ") or s.startswith("//+build "):
            body = s.split("+build", 1)[1]
            ok = False
            for alt in body.split():
                if all((not _tag(t[1:])) if t.startswith("!") else _tag(t)
                       for t in alt.split(",")):
                    ok = True
            if not ok:
                return False, s
    return True, ""


# ---- expected errors ------------------------------------------------------------

ERR_RX = re.compile(r"// (?:GC_)?ERROR (.*)")
ERR_AUTO_RX = re.compile(r"// (?:GC_)?ERRORAUTO (.*)")
ERR_QUOTES_RX = re.compile(r'"([^"]*)"')
LINE_RX = re.compile(r"LINE(([+-])([0-9]+))?")

_POSIX_CLASSES = {
    "[:alpha:]": "a-zA-Z", "[:digit:]": "0-9", "[:alnum:]": "a-zA-Z0-9",
    "[:space:]": r"\s", "[:upper:]": "A-Z", "[:lower:]": "a-z",
    "[:punct:]": r"!-/:-@\[-`{-~", "[:xdigit:]": "0-9A-Fa-f", "[:word:]": r"\w",
}


def go_regexp(rx):
    """Translates the RE2 spellings Python's re lacks."""
    for k, v in _POSIX_CLASSES.items():
        rx = rx.replace(k, v)
    rx = rx.replace(r"\z", r"\Z")
    rx = re.sub(r"\\Q(.*?)(\\E|$)", lambda m: re.escape(m.group(1)), rx)
    rx = re.sub(r"\\p\{?L\}?", r"[^\\W\\d_]", rx)
    rx = re.sub(r"\\p\{?N\}?|\\p\{?Nd\}?", r"\\d", rx)
    return re.compile(rx)


class Wanted:
    def __init__(self, rx_str, rx, line, auto, short):
        self.rx_str, self.rx, self.line, self.auto = rx_str, rx, line, auto
        self.short = short
        self.prefix = "%s:%d" % (short, line)


def wanted_errors(src, short):
    """The `// ERROR` expectations of one file, named short in the output."""
    wants = []
    for i, line in enumerate(src.split("\n")):
        num = i + 1
        if "////" in line:
            continue
        auto = False
        m = ERR_AUTO_RX.search(line)
        if m:
            auto = True
        else:
            m = ERR_RX.search(line)
        if not m:
            continue
        quoted = ERR_QUOTES_RX.findall(m.group(1))
        if not quoted:
            raise ValueError("%s:%d: invalid errchk line: %s" % (short, num, line))
        for q in quoted:
            def repl(mm, num=num):
                n = num
                if mm.group(2) == "+":
                    n += int(mm.group(3))
                elif mm.group(2) == "-":
                    n -= int(mm.group(3))
                return "%s:%d" % (short, n)

            rx_str = LINE_RX.sub(repl, q)
            try:
                rx = go_regexp(rx_str)
            except re.error as e:
                raise ValueError("%s:%d: invalid regexp %r: %s" % (short, num, rx_str, e))
            wants.append(Wanted(rx_str, rx, num, auto, short))
    return wants


def split_output(out, want_auto=False):
    """Compiler output as messages; tab-led lines continue the previous."""
    res = []
    for line in out.split("\n"):
        if line.endswith("\r"):
            line = line[:-1]
        if line.startswith("\t") and res:
            res[-1] += "\n" + line
        elif line.startswith("go tool") or line.startswith("#") or (
                not want_auto and line.startswith("<autogenerated>")):
            continue
        elif line.strip():
            res.append(line)
    return res


def match_prefix(s, prefix):
    i = s.find(":")
    if i < 0:
        return False
    j = s.rfind("/", 0, i)
    s = s[j + 1:]
    if len(s) <= len(prefix) or not s.startswith(prefix):
        return False
    return s[len(prefix)] in "[:"


def count_wanted(fullshort):
    """How many `// ERROR` regexps the files hold."""
    n = 0
    for full, short in fullshort:
        with open(full, encoding="utf-8", errors="surrogateescape") as f:
            n += len(wanted_errors(f.read(), short))
    return n


def error_check(out, want_auto, fullshort, stats=None):
    """Returns a list of problems (empty = pass). fullshort: [(full, short)].
    stats, if given, gets "matched": how many regexps were met."""
    errs = []
    msgs = split_output(out, want_auto)
    for full, short in fullshort:
        if full != short:
            msgs = [m.replace(full, short) for m in msgs]
    wants = []
    for full, _short in fullshort:
        with open(full, encoding="utf-8", errors="surrogateescape") as f:
            wants.extend(wanted_errors(f.read(), _short))
    for we in wants:
        prefix = "<autogenerated>" if we.auto else we.prefix
        matched_msgs = [m for m in msgs if match_prefix(m, prefix)]
        msgs = [m for m in msgs if not match_prefix(m, prefix)]
        if not matched_msgs:
            errs.append("%s:%d: missing error %r" % (we.short, we.line, we.rx_str))
            continue
        ok = False
        unmatched = []
        for m in matched_msgs:
            text = m.split(" ", 1)[1] if " " in m else m
            if we.rx.search(text):
                ok = True
            else:
                unmatched.append(m)
        msgs.extend(unmatched)
        if ok and stats is not None:
            stats["matched"] = stats.get("matched", 0) + 1
        if not ok:
            errs.append("%s:%d: no match for %r in:\n\t%s" % (
                we.short, we.line, we.rx_str, "\n\t".join(unmatched)))
    if msgs:
        errs.append("unmatched errors:")
        errs.extend(msgs)
    return errs


# ---- running escgo ----------------------------------------------------------------


def run_cmd(argv, cwd, timeout):
    """Runs argv with stdout and stderr combined. Returns (status, output);
    status is None on timeout and -N when killed by signal N."""
    try:
        p = subprocess.run(argv, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           stdin=subprocess.DEVNULL, timeout=timeout)
    except subprocess.TimeoutExpired as e:
        return None, (e.output or b"").decode("utf-8", "replace")
    except OSError as e:
        # cannot start it at all: report as a failure of that case only
        return 127, "cannot run %s: %s" % (argv[0], e)
    return p.returncode, p.stdout.decode("utf-8", "replace")


def compiler_crashed(status, out):
    """A compiler run that is a bug whatever the test expected."""
    if status is None:
        return "compiler timed out"
    if status < 0:
        return "compiler killed by signal %d" % -status
    if status == 127 and out.startswith("cannot run "):
        return out
    if status not in (0, 1):
        return "compiler exited with status %d" % status
    if "internal compiler error" in out:
        return "internal compiler error"
    return None


def errorcheck_file(escgo, path, recipe, timeout=10, stats=None):
    """Runs one errorcheck test. Returns None on pass, else a message.
    stats, if given, gets "total" (the file's `// ERROR` regexps) and
    "matched" (those met, counted even when the test fails otherwise)."""
    d, base = os.path.split(os.path.abspath(path))
    if stats is not None:
        stats["matched"] = 0
        try:
            stats["total"] = count_wanted([(os.path.abspath(path), base)])
        except ValueError:
            stats["total"] = 0
    with tempfile.TemporaryDirectory(prefix="escgo-ec-") as tmp:
        argv = [escgo, "build", "-e", "-c", "-o", os.path.join(tmp, "a.o")]
        argv += recipe.flags + [base]
        status, out = run_cmd(argv, d, timeout)
    crash = compiler_crashed(status, out)
    if crash:
        return "%s\n%s" % (crash, out)
    if stats is not None:
        try:
            error_check(out, recipe.want_auto, [(os.path.abspath(path), base)], stats)
        except ValueError:
            pass
    if recipe.want_error and status == 0:
        return "compilation succeeded unexpectedly\n" + out
    if not recipe.want_error and status != 0:
        return "compilation failed (exit status %d)\n%s" % (status, out)
    try:
        errs = error_check(out, recipe.want_auto, [(os.path.abspath(path), base)])
    except ValueError as e:
        return str(e)
    if errs:
        return "\n".join(errs)
    return None


def collect(paths):
    files = []
    for p in paths:
        if os.path.isdir(p):
            files.extend(os.path.join(p, f) for f in sorted(os.listdir(p)) if f.endswith(".go"))
        else:
            files.append(p)
    return files


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--escgo", required=True, help="the escgo binary")
    ap.add_argument("--timeout", type=float, default=10)
    ap.add_argument("paths", nargs="+", help=".go files or directories of them")
    a = ap.parse_args()
    escgo = os.path.abspath(a.escgo)
    passed = failed = 0
    for f in collect(a.paths):
        with open(f, encoding="utf-8", errors="surrogateescape") as fh:
            r = parse_recipe(fh.read())
        if r.action != "errorcheck":
            print("FAIL %s: not an errorcheck test (%s)" % (f, r.skip_reason or r.action))
            failed += 1
            continue
        msg = errorcheck_file(escgo, f, r, a.timeout)
        if msg is None:
            print("PASS %s" % f)
            passed += 1
        else:
            print("FAIL %s\n  %s" % (f, msg.replace("\n", "\n  ")))
            failed += 1
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed or passed == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
