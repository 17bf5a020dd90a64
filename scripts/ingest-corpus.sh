#!/usr/bin/env bash
# The main job: install what is missing, build, ingest corpus/ into the default
# catalog db/catalog.sqlite and print the summary.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >/dev/null
./build/vnpolicy ingest corpus/ --db db/catalog.sqlite "$@"
