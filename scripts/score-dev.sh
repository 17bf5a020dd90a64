#!/usr/bin/env bash
# Scores `vnpolicy extract` on every development set with ../shared/eval/score.py and
# prints one `score:` line per set (seeds, extra, extra2). Extra arguments go to the
# scorer (--per-doc, --errors [KIND]). VNPOLICY_BIN picks the binary (default build/vnpolicy).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${VNPOLICY_BIN:-build/vnpolicy}
shared=../shared
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
score() {  # NAME GOLD DOCS
  "$bin" extract "$3" > "$out/$1.jsonl" || true   # a file error still leaves its record
  printf '%-7s ' "$1"
  python3 "$shared/eval/score.py" --gold "$2" --pred "$out/$1.jsonl" "${@:4}" | grep -E '^score:|^  |^[A-Za-z]' | \
    { if [ $# -gt 3 ]; then cat; else grep '^score:'; fi; }
}
score seeds  "$shared/gold"        corpus                  "$@"
score extra  "$shared/extra/gold"  tests/data/extra        "$@"
score extra2 "$shared/extra2/gold" "$shared/extra2/docs"   "$@"
