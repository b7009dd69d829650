#!/usr/bin/env bash
# run.sh: runs the benchmark comparison (bench/run.py): escgo -O2 against gc
# and gccgo -O2 in one run, reported as ratios in bench/results/latest.md.
#   bench/run.sh [--runs N] [--only fib,maps] [--hyperfine] [--escgo PATH]
# scripts/setup-bench.sh installs gc, gccgo and the measuring tools.
exec python3 "$(dirname "$0")/run.py" "$@"
