#!/usr/bin/env bash
# The main job: install what is missing, build the vnpolicy binary (progress on stderr;
# tests and benchmarks are built by scripts/test.sh), ingest corpus/ into the default
# catalog ($VNPOLICY_DB, else ~/.local/share/vnpolicy/catalog.sqlite) and print the
# summary. Extra arguments go to `vnpolicy ingest` (--db PATH for another catalog).
set -euo pipefail
cd "$(dirname "$0")/.."
VNPOLICY_BUILD_TARGET=vnpolicy bash scripts/setup.sh >&2
./build/vnpolicy ingest corpus/ "$@"
