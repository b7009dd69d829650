#!/usr/bin/env bash
# test.sh: builds escgo if needed and runs the whole test suite with ctest.
# Extra arguments go to ctest, e.g. scripts/test.sh -L quick (only the
# project's own tests) or scripts/test.sh -R gosuite.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f build/CMakeCache.txt ]; then
    cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
fi
cmake --build build -j2
ctest --test-dir build --output-on-failure "$@"
