#!/usr/bin/env bash
# regen.sh: rewrites the golden NAME.out (and NAME.exit) files of tests/run
# from Go 1.19's gc, so that anyone can re-verify them:
#     tests/run/regen.sh            # every NAME.go
#     tests/run/regen.sh arith      # just these
# The program is built with `go build` and run directly in this directory
# (not with `go run`, which would add its own "exit status N" line).
# NAME.exit is written only for a nonzero exit status. Output after the
# first "goroutine N [...]:" line of a panic is dropped: escgo's traceback
# cannot match gc's, and run_tests.py compares only up to that line.
set -euo pipefail
GO=${GO:-/usr/lib/go-1.19/bin/go}
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ $# -eq 0 ]; then
    set -- *.go
fi
for arg in "$@"; do
    name=${arg%.go}
    GO111MODULE=off "$GO" build -o "$work/$name" "$name.go"
    status=0
    "$work/$name" </dev/null >"$work/out" 2>&1 || status=$?
    # keep everything up to and including the first goroutine header
    awk '{ print } /^goroutine [0-9]+ \[[^]]*\]:$/ { exit }' "$work/out" >"$name.out"
    if [ "$status" -ne 0 ]; then
        echo "$status" >"$name.exit"
    else
        rm -f "$name.exit"
    fi
    echo "$name: exit status $status"
done
