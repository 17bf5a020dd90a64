#!/usr/bin/env bash
# Every test: install what is missing, build, run the suite; then build again with
# AddressSanitizer + UBSan (build-asan/) and run the suite there too.
# VNPOLICY_SKIP_SANITIZE=1 skips the second pass.
set -euo pipefail
cd "$(dirname "$0")/.."
# graphviz: the graph test loads the DOT output with `dot` (setup.sh installs chromium and
# python3-openpyxl, which the browser and export tests use).
bash scripts/setup.sh graphviz
./build/vnpolicy check-rules
ctest --test-dir build --output-on-failure -j"$(nproc)"

if [ "${VNPOLICY_SKIP_SANITIZE:-0}" != 1 ]; then
  cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVNPOLICY_SANITIZE=ON -DVNPOLICY_BENCH=OFF >/dev/null
  cmake --build build-asan -j"$(nproc)"
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0" \
    ctest --test-dir build-asan --output-on-failure -j"$(nproc)"
fi
