#!/usr/bin/env bash
# setup-bench.sh: installs what bench/run.sh compares escgo against and
# measures with, from Debian 12's packages. Run as root; idempotent.
#   golang-1.19-go  gc, Go 1.19's compiler (/usr/lib/go-1.19/bin/go)
#   gccgo           gccgo 12, GCC's Go front end
#   hyperfine       wall-time measurement (bench/run.sh --hyperfine)
#   time            GNU time, for measuring by hand
#   linux-perf      instruction counts, where the kernel allows perf (optional)
#   gnuplot-nox     charts of the results (optional)
# escgo itself is built by scripts/setup.sh.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

required=(golang-1.19-go gccgo hyperfine time)
optional=(linux-perf gnuplot-nox)

missing() {
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || echo "$p"
    done
}

want=$(missing "${required[@]}" "${optional[@]}")
if [ -n "$want" ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "setup-bench: must run as root to install: $want" >&2
        exit 1
    fi
    apt-get update -q
    # shellcheck disable=SC2086
    apt-get install -y -q --no-install-recommends $(missing "${required[@]}")
    for p in $(missing "${optional[@]}"); do
        apt-get install -y -q --no-install-recommends "$p" ||
            echo "setup-bench: optional $p not installed" >&2
    done
fi

/usr/lib/go-1.19/bin/go version
gccgo --version | head -n 1
echo "setup-bench: ready; run bench/run.sh"
