#!/usr/bin/env python3
"""bench/run.py: escgo against gc and gccgo, in one run, as ratios.

For every bench/NAME/main.go (portable Go whose run() is the benchmark and
which prints its checksum with println), this script:

  1. builds it with escgo -O2, gc (go build) and gccgo -O2 when they are
     installed, plus gc -gcflags=-l for benchmarks whose main.go has the line
     `// bench: gc-noinline` (escgo does no inlining yet: that build is the
     fair comparison of escape analysis alone). Each build gets
     harness/main_plain.go as its main(). A compile error from escgo makes the
     benchmark "escgo: unsupported (reason)", not a failed run;
  2. checks that every binary prints what gc's prints;
  3. runs the binaries interleaved (A B C A B C ...) --runs times and takes
     the median wall time and user+sys time, and the peak RSS (from wait4's
     rusage); with --hyperfine, hyperfine measures the wall times instead
     (not interleaved); where `perf stat` can count instructions, it does so
     once per binary;
  4. counts heap allocations: escgo's binary run with ESCGO_MEMSTATS=1, gc's
     and gccgo's from an instrumented copy built with harness/main_memstats.go
     (runtime.MemStats around run());
  5. prints a table and writes it, with the machine and the date, to
     bench/results/latest.md (--out).

Never a test: timings belong here, not in ctest.
"""
import argparse
import datetime
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(BENCH_DIR)
HARNESS = os.path.join(BENCH_DIR, "harness")
MEMSTATS_RE = re.compile(r"^(?:escgo|go) memstats: mallocs=(\d+) bytes=(\d+) gcs=(\d+)$", re.M)


def find_go():
    for cand in [shutil.which("go"), "/usr/lib/go-1.19/bin/go"]:
        if cand and os.path.exists(cand):
            try:
                v = subprocess.run([cand, "version"], capture_output=True, text=True).stdout
            except OSError:
                continue
            if "go1.19" in v:
                return cand
    return shutil.which("go")


def first_lines(text, n=1):
    lines = [l for l in text.strip().splitlines() if l.strip()]
    return " / ".join(lines[:n]) if lines else "no output"


class Compiler:
    """One way of building a benchmark: a label and a command line."""

    def __init__(self, label, kind, argv_fn, env=None):
        self.label, self.kind, self.argv_fn, self.env = label, kind, argv_fn, env

    def build(self, srcdir, files, out):
        env = dict(os.environ, **(self.env or {}))
        t0 = time.perf_counter()
        p = subprocess.run(self.argv_fn(files, out), cwd=srcdir, capture_output=True,
                           text=True, env=env)
        dt = time.perf_counter() - t0
        if p.returncode != 0 or not os.path.exists(out):
            return None, dt, (p.stdout + p.stderr)
        return out, dt, ""


def make_compilers(args):
    comps = []
    if args.escgo and os.path.exists(args.escgo):
        comps.append(Compiler("escgo", "escgo",
                              lambda f, o: [args.escgo, "build", "-O2", "-o", o] + f))
    else:
        sys.exit("bench: escgo not found at %s (build it, or pass --escgo)" % args.escgo)
    gocache = {"GOFLAGS": "", "GO111MODULE": "auto", "CGO_ENABLED": "0"}
    if args.go:
        comps.append(Compiler("gc", "gc", lambda f, o: [args.go, "build", "-o", o] + f, gocache))
        comps.append(Compiler("gc -l", "gc-l",
                              lambda f, o: [args.go, "build", "-gcflags=-l", "-o", o] + f,
                              gocache))
    if args.gccgo:
        comps.append(Compiler("gccgo", "gccgo",
                              lambda f, o: [args.gccgo, "-O2", "-o", o] + f))
    return comps


GNU_TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None


def run_once(argv, env=None):
    """Runs a binary; returns (wall s, user+sys s, maxrss KiB, rc, stdout+stderr).

    A child forked from this Python process would report Python's own RSS as
    its peak (Linux carries the high-water mark across exec), so GNU time,
    a small process, starts the binary and reports its rusage when it is
    installed; otherwise wait4's numbers are used, and RSS is an upper bound."""
    tf = None
    if GNU_TIME:
        tf = tempfile.NamedTemporaryFile(prefix="escgo-bench-time-", delete=False)
        tf.close()
        argv = [GNU_TIME, "-q", "-f", "%U %S %M", "-o", tf.name] + argv
    t0 = time.perf_counter()
    p = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
    out = p.stdout.read()
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    rc = os.waitstatus_to_exitcode(status)
    cpu, rss = ru.ru_utime + ru.ru_stime, ru.ru_maxrss
    if tf:
        with open(tf.name) as f:
            fields = f.read().split()
        os.unlink(tf.name)
        if len(fields) >= 3:
            cpu, rss = float(fields[0]) + float(fields[1]), int(fields[2])
    return wall, cpu, rss, rc, out.decode("utf-8", "replace")


def perf_works():
    if not shutil.which("perf"):
        return False
    p = subprocess.run(["perf", "stat", "-x,", "-e", "instructions:u", "true"],
                       capture_output=True, text=True)
    return p.returncode == 0 and re.match(r"^\d+,", p.stderr.strip()) is not None


def perf_instructions(binary):
    p = subprocess.run(["perf", "stat", "-x,", "-e", "instructions:u", binary],
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    for line in p.stderr.splitlines():
        m = re.match(r"^(\d+),", line)
        if m and "instructions" in line:
            return int(m.group(1))
    return None


def hyperfine_times(binaries, runs):
    """Median wall times from hyperfine, one per binary."""
    with tempfile.NamedTemporaryFile(suffix=".json") as tf:
        argv = ["hyperfine", "-N", "--style", "none", "--warmup", "1", "--runs", str(runs),
                "--export-json", tf.name] + binaries
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        data = json.load(open(tf.name))
    return [r["median"] for r in data["results"]]


def bench_names(only):
    names = sorted(d for d in os.listdir(BENCH_DIR)
                   if os.path.isfile(os.path.join(BENCH_DIR, d, "main.go")))
    if only:
        wanted = only.split(",")
        missing = [w for w in wanted if w not in names]
        if missing:
            sys.exit("bench: no such benchmark: " + ", ".join(missing))
        names = [n for n in names if n in wanted]
    return names


def directives(path):
    ds = set()
    for line in open(path):
        m = re.match(r"^//\s*bench:\s*(.*)$", line)
        if m:
            ds.update(m.group(1).split())
    return ds


def run_bench(name, comps, args, work, use_perf):
    src = os.path.join(BENCH_DIR, name, "main.go")
    flags = directives(src)
    res = {"name": name, "rows": {}, "notes": []}
    built = []  # (compiler, timed binary)
    for c in comps:
        if c.kind == "gc-l" and "gc-noinline" not in flags:
            continue
        row = res["rows"].setdefault(c.label, {})
        d = os.path.join(work, name, c.kind)
        os.makedirs(d, exist_ok=True)
        shutil.copy(src, os.path.join(d, "main.go"))
        for h in ("main_plain.go", "main_memstats.go"):
            shutil.copy(os.path.join(HARNESS, h), os.path.join(d, h))
        binary, ct, err = c.build(d, ["main.go", "main_plain.go"], os.path.join(d, "bench"))
        if binary is None:
            row["error"] = ("unsupported (%s)" if c.kind == "escgo" else "build failed (%s)") \
                % first_lines(err)
            continue
        row["compile"] = ct
        row["size"] = os.path.getsize(binary)
        if c.kind == "escgo":
            row["memstats_bin"], row["memstats_env"] = binary, {"ESCGO_MEMSTATS": "1"}
        else:
            mb, _, err = c.build(d, ["main.go", "main_memstats.go"], os.path.join(d, "bench-mem"))
            row["memstats_bin"], row["memstats_env"] = mb, {}
            if mb is None:
                row["memstats_error"] = first_lines(err)
        built.append((c, binary))

    # reference output: gc's, else the first compiler that built
    outputs = {}
    for c, b in built:
        wall, cpu, rss, rc, out = run_once([b])
        outputs[c.label] = (rc, out)
    ref_label = "gc" if "gc" in outputs else (built[0][0].label if built else None)
    timed = []
    for c, b in built:
        rc, out = outputs[c.label]
        row = res["rows"][c.label]
        if rc != 0:
            row["error"] = "exit status %d: %s" % (rc, first_lines(out))
        elif ref_label and out != outputs[ref_label][1]:
            row["error"] = "wrong output: %s (%s prints %s)" % (
                first_lines(out), ref_label, first_lines(outputs[ref_label][1]))
        else:
            timed.append((c, b))
    if ref_label and outputs.get(ref_label, (1,))[0] == 0:
        res["checksum"] = first_lines(outputs[ref_label][1], 1)

    # interleaved timing runs
    samples = {c.label: [] for c, _ in timed}
    for _ in range(args.runs):
        for c, b in timed:
            wall, cpu, rss, rc, out = run_once([b])
            samples[c.label].append((wall, cpu, rss))
    if args.hyperfine and timed and shutil.which("hyperfine"):
        walls = hyperfine_times([b for _, b in timed], args.runs)
        for (c, _), w in zip(timed, walls):
            res["rows"][c.label]["wall"] = w
        res["notes"].append("wall times from hyperfine")
    for c, b in timed:
        row = res["rows"][c.label]
        s = samples[c.label]
        row.setdefault("wall", statistics.median(x[0] for x in s))
        row["cpu"] = statistics.median(x[1] for x in s)
        row["rss"] = max(x[2] for x in s)
        if use_perf:
            row["instructions"] = perf_instructions(b)
        mb = row.get("memstats_bin")
        if mb:
            _, _, _, rc, out = run_once([mb], dict(os.environ, **row["memstats_env"]))
            m = MEMSTATS_RE.search(out)
            if m:
                row["mallocs"], row["bytes"], row["gcs"] = (int(g) for g in m.groups())
            else:
                row["memstats_error"] = "no memstats line"
    return res


# ---- reporting --------------------------------------------------------------

def fmt_num(x, unit=""):
    if x is None:
        return "-"
    if isinstance(x, float):
        return "%.3f%s" % (x, unit)
    return "{:,}{}".format(x, unit)


def ratio(a, b):
    if a is None or b is None:
        return None
    if b == 0:
        return "both 0" if a == 0 else float("inf")
    return a / b


def fmt_ratio(r):
    if r is None:
        return "-"
    if isinstance(r, str):
        return r
    if r == float("inf"):
        return "inf"
    return "%.2f" % r


def geomean(xs):
    xs = [x for x in xs if isinstance(x, float) and 0 < x < float("inf")]
    if not xs:
        return None
    p = 1.0
    for x in xs:
        p *= x
    return p ** (1.0 / len(xs))


def tables(results, comps):
    labels = [c.label for c in comps]
    out = []
    out.append("| benchmark | compiler | time (s) | user+sys (s) | max RSS (MiB) | mallocs "
               "| alloc (MiB) | GCs | binary (KiB) | compile (s) | instructions |")
    out.append("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|")
    for r in results:
        for lab in labels:
            row = r["rows"].get(lab)
            if row is None:
                continue
            if "error" in row:
                out.append("| %s | %s | %s |  |  |  |  |  |  |  |  |" % (
                    r["name"], lab, row["error"].replace("|", "\\|")))
                continue
            out.append("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
                r["name"], lab, fmt_num(row.get("wall")), fmt_num(row.get("cpu")),
                "%.1f" % (row["rss"] / 1024) if "rss" in row else "-",
                fmt_num(row.get("mallocs")),
                "%.1f" % (row["bytes"] / 2**20) if "bytes" in row else "-",
                fmt_num(row.get("gcs")), "%d" % (row["size"] // 1024),
                "%.2f" % row["compile"], fmt_num(row.get("instructions"))))
    out.append("")
    out.append("Ratios (escgo / other; below 1 means escgo is faster or allocates less):")
    out.append("")
    out.append("| benchmark | time / gc | time / gccgo | user+sys / gc | mallocs / gc "
               "| mallocs / gc -l | mallocs / gccgo | RSS / gc |")
    out.append("|---|--:|--:|--:|--:|--:|--:|--:|")
    geo_gc, geo_gccgo, geo_cpu = [], [], []

    def get(r, lab, key):
        row = r["rows"].get(lab)
        if row is None or "error" in row:
            return None
        return row.get(key)

    for r in results:
        e = r["rows"].get("escgo", {})
        if "error" in e:
            out.append("| %s | escgo: %s |  |  |  |  |  |  |" % (r["name"],
                                                              e["error"].replace("|", "\\|")))
            continue
        tg = ratio(get(r, "escgo", "wall"), get(r, "gc", "wall"))
        tgo = ratio(get(r, "escgo", "wall"), get(r, "gccgo", "wall"))
        geo_gc.append(tg)
        geo_gccgo.append(tgo)
        geo_cpu.append(ratio(get(r, "escgo", "cpu"), get(r, "gc", "cpu")))
        out.append("| %s | %s | %s | %s | %s | %s | %s | %s |" % (
            r["name"], fmt_ratio(tg), fmt_ratio(tgo),
            fmt_ratio(ratio(get(r, "escgo", "cpu"), get(r, "gc", "cpu"))),
            fmt_ratio(ratio(get(r, "escgo", "mallocs"), get(r, "gc", "mallocs"))),
            fmt_ratio(ratio(get(r, "escgo", "mallocs"), get(r, "gc -l", "mallocs"))),
            fmt_ratio(ratio(get(r, "escgo", "mallocs"), get(r, "gccgo", "mallocs"))),
            fmt_ratio(ratio(get(r, "escgo", "rss"), get(r, "gc", "rss")))))
    out.append("| **geometric mean** | %s | %s | %s |  |  |  |  |" % (
        fmt_ratio(geomean(geo_gc)), fmt_ratio(geomean(geo_gccgo)), fmt_ratio(geomean(geo_cpu))))
    return "\n".join(out)


def chart(results, png):
    """Time ratios as a bar chart (gnuplot); returns False without gnuplot."""
    if not shutil.which("gnuplot"):
        return False

    def wall(r, lab):
        row = r["rows"].get(lab)
        return None if row is None or "error" in row else row.get("wall")

    rows = []
    for r in results:
        g = ratio(wall(r, "escgo"), wall(r, "gc"))
        o = ratio(wall(r, "escgo"), wall(r, "gccgo"))
        if isinstance(g, float) or isinstance(o, float):
            rows.append("%s %s %s" % (r["name"], "%.4f" % g if isinstance(g, float) else "?",
                                      "%.4f" % o if isinstance(o, float) else "?"))
    if not rows:
        return False
    with tempfile.TemporaryDirectory(prefix="escgo-bench-plot-") as d:
        data = os.path.join(d, "ratios.dat")
        with open(data, "w") as f:
            f.write("\n".join(rows) + "\n")
        script = "\n".join([
            "set terminal pngcairo size 1000,480 noenhanced" if "pngcairo" in subprocess.run(
                ["gnuplot", "-e", "set terminal"], capture_output=True, text=True).stderr
            else "set terminal png size 1000,480 noenhanced",
            "set output '%s'" % png,
            "set title 'escgo -O2 run time relative to gc and gccgo -O2 (lower is better)'",
            "set style data histograms",
            "set style histogram clustered gap 1",
            "set style fill solid 0.8 border -1",
            "set boxwidth 0.9",
            "set yrange [0:*]",
            "set grid ytics",
            "set offsets 0, 0, 0.15, 0",
            "set xtics rotate by -30",
            "set key top left",
            "set arrow from graph 0, first 1 to graph 1, first 1 nohead dt 2",
            "set datafile missing '?'",
            "plot '%s' using 2:xtic(1) title 'escgo / gc', '' using 3 title 'escgo / gccgo'"
            % data,
        ])
        p = subprocess.run(["gnuplot"], input=script, capture_output=True, text=True)
    return p.returncode == 0 and os.path.exists(png)


def cmd_first_line(argv):
    try:
        p = subprocess.run(argv, capture_output=True, text=True, timeout=30)
        return first_lines(p.stdout or p.stderr)
    except (OSError, subprocess.TimeoutExpired):
        return "?"


def machine_description(args):
    cpu = "?"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "?"
    try:
        for line in open("/proc/meminfo"):
            if line.startswith("MemTotal"):
                mem = "%.1f GiB" % (int(line.split()[1]) / 2**20)
    except OSError:
        pass
    distro = "?"
    try:
        for line in open("/etc/os-release"):
            if line.startswith("PRETTY_NAME="):
                distro = line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    load = args.load
    lines = [
        "- machine: %s, %d CPUs, %s RAM, %s, Linux %s; load average %s at the start" % (
            cpu, os.cpu_count() or 0, mem, distro, platform.release(), load),
        "- escgo: %s (-O2)" % cmd_first_line([args.escgo, "version"]),
    ]
    if args.go:
        lines.append("- gc: %s" % cmd_first_line([args.go, "version"]))
    if args.gccgo:
        lines.append("- gccgo: %s (-O2)" % cmd_first_line([args.gccgo, "--version"]))
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--escgo", default=os.path.join(REPO, "build", "bin", "escgo"))
    ap.add_argument("--go", default=find_go(), help="gc's go command (Go 1.19)")
    ap.add_argument("--gccgo", default=shutil.which("gccgo"))
    ap.add_argument("--runs", type=int, default=5, help="timed runs per binary (median)")
    ap.add_argument("--only", help="comma-separated benchmark names")
    ap.add_argument("--hyperfine", action="store_true",
                    help="measure wall time with hyperfine (not interleaved)")
    ap.add_argument("--out", default=os.path.join(BENCH_DIR, "results", "latest.md"),
                    help="markdown report ('' for none)")
    ap.add_argument("--json", help="also write the raw results as JSON here")
    ap.add_argument("--keep", action="store_true", help="keep the build directory")
    args = ap.parse_args()
    args.escgo = os.path.abspath(args.escgo)

    comps = make_compilers(args)
    try:
        args.load = open("/proc/loadavg").read().split()[0]
    except OSError:
        args.load = "?"
    use_perf = perf_works()
    work = tempfile.mkdtemp(prefix="escgo-bench-")
    started = datetime.datetime.now(datetime.timezone.utc)
    results = []
    try:
        for name in bench_names(args.only):
            print("bench: %s ..." % name, file=sys.stderr, flush=True)
            results.append(run_bench(name, comps, args, work, use_perf))
    finally:
        if args.keep:
            print("bench: builds kept in %s" % work, file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)

    missing = [n for n, v in (("gc", args.go), ("gccgo", args.gccgo)) if not v]
    notes = []
    if missing:
        notes.append("not installed, not compared: %s (scripts/setup-bench.sh installs them)"
                     % ", ".join(missing))
    if not use_perf:
        notes.append("perf cannot count instructions on this machine: no instructions column")
    table = tables(results, comps)
    checks = "\n".join("- %s: `%s`" % (r["name"], r.get("checksum", "?")) for r in results)
    report = "\n".join([
        "# escgo benchmarks: latest run",
        "",
        "Run %s with `bench/run.sh --runs %d`%s." % (
            started.strftime("%Y-%m-%d %H:%M UTC"), args.runs,
            " --hyperfine" if args.hyperfine else ""),
        "",
        machine_description(args),
        "",
        "time: median wall time of %d interleaved runs; user+sys: median; max RSS: peak over "
        "the runs; mallocs/alloc/GCs: heap objects, bytes and collections during run() "
        "(escgo: ESCGO_MEMSTATS=1; gc, gccgo: runtime.MemStats in an instrumented copy); "
        "binary: size of the unstripped executable; compile: wall time of one build "
        "(gc with a warm build cache)." % args.runs,
        "",
    ] + ["- " + n for n in notes] + ["", table, "", "Checksums (all compilers agree unless a "
                                      "row says \"wrong output\"):", "", checks, ""])
    print(table)
    for n in notes:
        print("note:", n)
    if args.out:
        os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
        png = os.path.splitext(args.out)[0] + ".png"
        if chart(results, os.path.abspath(png)):
            report += "\n![run time ratios](%s)\n" % os.path.basename(png)
        with open(args.out, "w") as f:
            f.write(report)
        print("bench: wrote %s" % args.out, file=sys.stderr)
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"started": started.isoformat(), "results": results}, f, indent=1,
                      default=str)


if __name__ == "__main__":
    main()
