#!/usr/bin/env bash
# setup.sh: prepares a fresh Debian 12 machine for escgo and builds it.
#
# Run as root from anywhere: scripts/setup.sh
#  1. installs the Debian packages escgo needs that are missing (the
#     compiler toolchain, CMake, LLVM 19 with its tools lit and FileCheck,
#     the Boehm GC, GMP, Python 3 for the test harnesses, and Go 1.19's
#     source tree, whose test/ directory is the conformance suite);
#  2. configures and builds escgo in ./build (Release);
#  3. compiles and runs examples/hello.go with the freshly built escgo, and
#     shows escgo's escape decisions (-m, gc's format) for examples/escape.go,
#     the tour of where Go values live.
# Running it again only rebuilds what changed. The benchmark peers (gc's
# golang-1.19-go, gccgo) are not installed here.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

cd "$(dirname "$0")/.."

packages=(
    build-essential   # gcc, make, libc headers; cc links escgo's programs
    cmake
    pkg-config        # finds bdw-gc
    llvm-19-dev       # LLVM 19's C API and CMake config
    llvm-19-tools     # lit and FileCheck for tests/codegen
    libgc-dev         # the Boehm-Demers-Weiser collector: escgo's heap
    libgmp-dev        # exact constant arithmetic in the checker
    golang-1.19-src   # Go 1.19's test suite (/usr/share/go-1.19/test)
    python3           # the test harnesses and lit
    gdb               # tests/debug: breakpoints, backtraces, locals in escgo's binaries
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}"
    if [ "$(id -u)" -ne 0 ]; then
        echo "setup: must run as root to install packages" >&2
        exit 1
    fi
    apt-get update -q
    apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
cmake --build build -j2

echo "setup: running examples/hello.go"
build/bin/escgo run examples/hello.go

echo
echo "setup: where values live in examples/escape.go (escgo build -m; gc -m -l prints the same):"
build/bin/escgo build -m -o build/escape-example examples/escape.go
echo "setup: read examples/escape.go beside these lines; run it with: build/bin/escgo run examples/escape.go"
