#!/usr/bin/env python3
"""debug_test.py: escgo's binaries are readable by gdb, addr2line, objdump
and perf (issue 6, item 3: every build carries DWARF, keeps frame pointers
and names symbols as Go does).

Each check runs the tool on a freshly built program and looks at what it
does, not at escgo's output:
  - gdb (-O0 build): `break prog.go:LINE` stops on that line, the backtrace
    shows main.f and main.main with prog.go:LINE, `print x` prints a local
    int's value, `info args` a parameter's; with three variables x in
    nested blocks, `print x` shows the one in scope at each breakpoint;
  - gdb (-O2 build): the same breakpoint knows the locals (a value or
    "<optimized out>", never "No symbol");
  - addr2line: the address nm gives for main.f maps to prog.go and the
    line of `func f` (-O0 and -O2 builds);
  - objdump -d: main.f and main.fib begin with the frame-pointer prologue
    `push %rbp; mov %rsp,%rbp` at -O2;
  - readelf: a default build has .debug_info for language Go from producer
    escgo; -g0 removes every .debug_* section;
  - perf, where `perf stat -e instructions true` works: `perf record -g` and
    `perf report` name the hot Go function, main.fib.
A missing tool skips its checks with a message; if none of the tools is
there, the test exits with 77 (ctest's skip code, see tests/CMakeLists.txt)."""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

PROG = """package main

func fib(n int) int { // FIB
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func f(n int) int { // FUNC_F
	x := n*7 + 1
	y := fib(x % 20)
	return x + y // BREAK
}

func main() {
	total := 0
	for i := 1; i <= 3; i++ {
		total += f(i) // CALL
	}
	println(total)
}
"""

# The hot function for perf: fib takes nearly all of the run time.
HOT = """package main

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	s := 0
	for i := 0; i < 5; i++ {
		s += fib(30)
	}
	println(s)
}
"""

# Shadowing: three variables named x in nested blocks (and one i).
SHADOW = """package main

func g(n int) int {
	x := n + 100
	if n > 0 {
		x := n * 2
		for i := 0; i < 1; i++ {
			x := x + 7
			println(x) // DEEP
		}
		return x + 1 // INNER
	}
	return x // OUTER
}

func main() {
	println(g(3), g(-1))
}
"""


def line_of(src, marker):
    for i, l in enumerate(src.splitlines(), 1):
        if marker in l:
            return i
    raise ValueError(marker)


class T:
    def __init__(self, escgo, tmp):
        self.escgo = escgo
        self.tmp = tmp
        self.fails = []
        self.ran = 0
        self.skipped = []

    def ok(self, cond, what, detail=""):
        self.ran += 1
        print("%s: %s" % ("ok  " if cond else "FAIL", what))
        if not cond:
            self.fails.append(what)
            if detail:
                print("    " + detail.replace("\n", "\n    "))
        return cond

    def skip(self, what, why):
        print("skip: %s (%s)" % (what, why))
        self.skipped.append(what)

    def build(self, name, src, *flags):
        """Builds src (as prog.go, in tmp, run from tmp so the DWARF names
        prog.go relative to the compilation directory) into tmp/name."""
        with open(os.path.join(self.tmp, "prog.go"), "w") as f:
            f.write(src)
        exe = os.path.join(self.tmp, name)
        p = subprocess.run([self.escgo, "build", *flags, "-o", exe, "prog.go"], cwd=self.tmp,
                           capture_output=True, text=True, timeout=600)
        if p.returncode != 0:
            raise RuntimeError("escgo build %s failed:\n%s" % (" ".join(flags), p.stdout + p.stderr))
        return exe


def tool(name):
    path = shutil.which(name)
    return path


def nm_address(exe, sym):
    out = subprocess.run(["nm", exe], capture_output=True, text=True).stdout
    for l in out.splitlines():
        parts = l.split()
        if len(parts) == 3 and parts[2] == sym and parts[1] in "Tt":
            return parts[0]
    return None


def check_gdb(t, exe0):
    if not tool("gdb"):
        t.skip("gdb", "gdb not installed (scripts/setup.sh installs it)")
        return
    line = line_of(PROG, "BREAK")
    call = line_of(PROG, "CALL")
    cmd = ["gdb", "-nx", "-batch", "-ex", "set debuginfod enabled off",
           "-ex", "break prog.go:%d" % line, "-ex", "run", "-ex", "bt",
           "-ex", "print x", "-ex", "info args", "-ex", "kill", exe0]
    p = subprocess.run(cmd, cwd=t.tmp, capture_output=True, text=True, timeout=300)
    out = p.stdout + p.stderr
    if re.search(r"ptrace: Operation not permitted|Could not trace the inferior", out):
        t.skip("gdb", "this machine does not allow ptrace")
        return
    t.ok(re.search(r"Breakpoint 1 at 0x[0-9a-f]+: file prog\.go, line %d\." % line, out),
         "gdb: break prog.go:%d resolves to that line" % line, out)
    t.ok(re.search(r"hit Breakpoint 1, main\.f \(n=1\) at prog\.go:%d" % line, out),
         "gdb: stops in main.f (n=1) at prog.go:%d" % line, out)
    t.ok(re.search(r"^#0\s+main\.f \(n=1\) at prog\.go:%d$" % line, out, re.M),
         "gdb: backtrace frame 0 is main.f at prog.go:%d" % line, out)
    t.ok(re.search(r"^#1\s+0x[0-9a-f]+ in main\.main \(\) at prog\.go:%d$" % call, out, re.M),
         "gdb: backtrace frame 1 is main.main at prog.go:%d" % call, out)
    # x := n*7 + 1 with n == 1
    t.ok(re.search(r"^\$1 = 8$", out, re.M), "gdb: print x shows the local int (8)", out)
    t.ok(re.search(r"^n = 1$", out, re.M), "gdb: info args shows the parameter n = 1", out)


def check_gdb_scopes(t):
    if not tool("gdb"):
        return
    exe = t.build("shadow_O0", SHADOW, "-O0")
    deep, inner, outer = (line_of(SHADOW, m) for m in ("DEEP", "INNER", "OUTER"))
    cmd = ["gdb", "-nx", "-batch", "-ex", "set debuginfod enabled off"]
    for l in (deep, inner, outer):
        cmd += ["-ex", "break prog.go:%d" % l]
    cmd += ["-ex", "run", "-ex", "print x", "-ex", "print i", "-ex", "continue", "-ex", "print x",
            "-ex", "continue", "-ex", "print x", "-ex", "kill", exe]
    p = subprocess.run(cmd, cwd=t.tmp, capture_output=True, text=True, timeout=300)
    out = p.stdout + p.stderr
    if re.search(r"ptrace: Operation not permitted|Could not trace the inferior", out):
        return
    # g(3): the innermost x is 3*2+7, the middle one 3*2; g(-1): -1+100
    vals = re.findall(r"^\$\d+ = (-?\d+)$", out, re.M)
    t.ok(vals == ["13", "0", "6", "99"],
         "gdb: print x picks the variable of the innermost block (13, i=0, 6, 99)", out)


def check_gdb_optimized(t, exe2):
    if not tool("gdb"):
        return
    line = line_of(PROG, "BREAK")
    cmd = ["gdb", "-nx", "-batch", "-ex", "set debuginfod enabled off",
           "-ex", "break prog.go:%d" % line, "-ex", "run", "-ex", "print x", "-ex", "print y",
           "-ex", "kill", exe2]
    p = subprocess.run(cmd, cwd=t.tmp, capture_output=True, text=True, timeout=300)
    out = p.stdout + p.stderr
    if re.search(r"ptrace: Operation not permitted|Could not trace the inferior", out):
        return
    known = re.findall(r"^\$\d+ = (8|<optimized out>)$|^\$\d+ = (-?\d+)$", out, re.M)
    t.ok(len(known) == 2 and "No symbol" not in out,
         "gdb: an -O2 build describes the locals x and y", out)


def check_addr2line(t, exes):
    if not (tool("addr2line") and tool("nm")):
        t.skip("addr2line", "binutils not installed")
        return
    want = line_of(PROG, "FUNC_F")
    for level, exe in exes:
        addr = nm_address(exe, "main.f")
        if not t.ok(addr is not None, "nm: %s binary has the symbol main.f" % level):
            continue
        p = subprocess.run(["addr2line", "-e", exe, "-f", addr], capture_output=True, text=True)
        lines = p.stdout.split()
        got = lines[1] if len(lines) > 1 else ""
        t.ok(lines[:1] == ["main.f"] and re.fullmatch(r"(.*/)?prog\.go:%d" % want, got or "-"),
             "addr2line: main.f (%s) at 0x%s maps to prog.go:%d" % (level, addr.lstrip("0"), want),
             p.stdout + p.stderr)


def check_prologue(t, exe2):
    if not tool("objdump"):
        t.skip("objdump", "binutils not installed")
        return
    for sym in ("main.f", "main.fib"):
        p = subprocess.run(["objdump", "-d", "--no-show-raw-insn", "--disassemble=" + sym, exe2],
                           capture_output=True, text=True)
        insns = []
        for l in p.stdout.splitlines():
            m = re.match(r"\s*[0-9a-f]+:\s+(.*)$", l)
            if m:
                insns.append(re.sub(r"\s+", " ", m.group(1).strip()))
        head = insns[:4]
        ok = "push %rbp" in head and "mov %rsp,%rbp" in head and \
            head.index("push %rbp") < head.index("mov %rsp,%rbp")
        t.ok(ok, "objdump: %s (-O2) starts with push %%rbp; mov %%rsp,%%rbp" % sym,
             "\n".join(insns[:8]))


def sections(exe):
    p = subprocess.run(["readelf", "-S", "-W", exe], capture_output=True, text=True)
    return set(re.findall(r"\]\s+(\.\S+)", p.stdout))


def check_readelf(t, exe2, exe_g0):
    if not tool("readelf"):
        t.skip("readelf", "binutils not installed")
        return
    have = sections(exe2)
    t.ok(".debug_info" in have and ".debug_line" in have,
         "readelf: a default (-O2) build has .debug_info and .debug_line", " ".join(sorted(have)))
    p = subprocess.run(["readelf", "--debug-dump=info", exe2], capture_output=True, text=True)
    # escgo's compile unit (the runtime's C units have their own)
    t.ok(re.search(r"DW_AT_producer\s*:.*\bescgo\b", p.stdout) and
         re.search(r"DW_AT_language\s*:\s*22\s*\(Go\)", p.stdout),
         "readelf: a compile unit of language Go (22) from producer escgo")
    gone = sorted(s for s in sections(exe_g0) if s.startswith(".debug_"))
    # the C runtime may bring its own; escgo's compile unit must be gone
    p = subprocess.run(["readelf", "--debug-dump=info", exe_g0], capture_output=True, text=True)
    t.ok(not re.search(r"DW_AT_language\s*:\s*22\s*\(Go\)", p.stdout),
         "readelf: -g0 leaves no Go compile unit", " ".join(gone))
    if not re.search(r"DW_AT_producer", p.stdout):
        t.ok(".debug_info" not in gone, "readelf: -g0 removes .debug_info", " ".join(gone))


def perf_works():
    if not tool("perf"):
        return "perf not installed"
    p = subprocess.run(["perf", "stat", "-e", "instructions", "true"], capture_output=True,
                       text=True)
    if p.returncode != 0 or re.search(r"not supported|not counted|<not", p.stdout + p.stderr):
        return "`perf stat -e instructions true` does not work here"
    return None


def check_perf(t):
    why = perf_works()
    if why:
        t.skip("perf", why)
        return
    exe = t.build("hot", HOT, "-O2")
    data = os.path.join(t.tmp, "perf.data")
    p = subprocess.run(["perf", "record", "-g", "-o", data, exe], capture_output=True, text=True,
                       timeout=300)
    if not t.ok(p.returncode == 0, "perf record -g runs the program", p.stderr[-2000:]):
        return
    p = subprocess.run(["perf", "report", "-i", data, "--stdio", "--no-children",
                        "--sort", "symbol"], capture_output=True, text=True, timeout=300)
    top = None
    for l in p.stdout.splitlines():
        m = re.match(r"\s*[0-9.]+%\s+\[\.\]\s+(\S+)", l)
        if m:
            top = m.group(1)
            break
    t.ok(top == "main.fib", "perf report: the hottest symbol is main.fib (got %s)" % top,
         p.stdout[:2000])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--escgo", required=True)
    args = ap.parse_args()
    escgo = os.path.abspath(args.escgo)
    if not any(tool(x) for x in ("gdb", "addr2line", "objdump", "readelf", "perf")):
        print("debug_test: SKIPPED: none of gdb, binutils, perf is installed")
        return 77
    with tempfile.TemporaryDirectory(prefix="escgo-debug-") as tmp:
        t = T(escgo, tmp)
        try:
            exe0 = t.build("prog_O0", PROG, "-O0")
            exe2 = t.build("prog_O2", PROG, "-O2")
            exe_g0 = t.build("prog_g0", PROG, "-O2", "-g0")
        except (RuntimeError, subprocess.TimeoutExpired) as e:
            print("FAIL: %s" % e)
            return 1
        for exe in (exe0, exe2, exe_g0):
            p = subprocess.run([exe], capture_output=True, text=True, timeout=60)
            if not t.ok(p.returncode == 0 and p.stderr.strip() == "677",
                        "%s runs and prints 677" % os.path.basename(exe), p.stdout + p.stderr):
                return 1
        check_gdb(t, exe0)
        check_gdb_scopes(t)
        check_gdb_optimized(t, exe2)
        check_addr2line(t, [("-O0", exe0), ("-O2", exe2)])
        check_prologue(t, exe2)
        check_readelf(t, exe2, exe_g0)
        check_perf(t)
    print("debug_test: %d checks, %d failed, skipped: %s" %
          (t.ran, len(t.fails), ", ".join(t.skipped) or "none"))
    return 1 if t.fails else 0


if __name__ == "__main__":
    sys.exit(main())
