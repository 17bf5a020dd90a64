#!/usr/bin/env bash
# bench/web-load.sh [DB] — `vnpolicy serve` under load on loopback: 50 clients for 30 s
# over the search page, document pages and the JSON API (bench/web_load.cpp), on a
# catalog of the seeds and ../shared/realcorpus (built once under $BENCH_DIR unless DB
# is given). Prints requests/s, p50/p99 per route and overall, errors, and the server's
# resident memory. Goal: p99 < 100 ms, no error, memory flat.
#
# Environment: BENCH_DIR (default /tmp/vnpolicy-bench), CLIENTS (50), SECONDS_ (30),
# THREADS (the server's --threads, default its own), CACHE_MB (its --cache-mb: 0 renders every
# request, the cost of a page the cache has not seen), BUILD (default build/).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=$(cd "$ROOT/../shared" && pwd)
BUILD=${BUILD:-$ROOT/build}
BIN=$BUILD/vnpolicy
LOAD=$BUILD/bench/vnpolicy_web_load
WORK=${BENCH_DIR:-/tmp/vnpolicy-bench}
for f in "$BIN" "$LOAD"; do
  [[ -x $f ]] || { echo "bench/web-load.sh: $f missing: cmake --build $BUILD first (VNPOLICY_BENCH=ON)" >&2; exit 2; }
done
mkdir -p "$WORK"

DB=${1:-$WORK/web-load.sqlite}
if [[ -z ${1:-} && ! -f $WORK/web-load.complete ]]; then
  rm -f "$DB" "$DB-wal" "$DB-shm"
  "$BIN" ingest --db "$DB" -j 2 "$ROOT/corpus" "$SHARED/realcorpus" >&2
  touch "$WORK/web-load.complete"
fi
DOCS=$(sqlite3 -readonly "$DB" "select max(id) from documents")
echo "catalog: $DB, $DOCS documents"

# A free loopback port, then the server; stopped on exit whatever happens.
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$BIN" serve --db "$DB" --port "$PORT" ${THREADS:+--threads "$THREADS"} ${CACHE_MB:+--cache-mb "$CACHE_MB"} >"$WORK/web-load-serve.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && break
  sleep 0.2
done
echo "server: pid $SERVER on 127.0.0.1:$PORT ($(grep -c ^processor /proc/cpuinfo) cores shared with the clients)"
"$LOAD" --port "$PORT" --server-pid "$SERVER" --docs "$DOCS" --clients "${CLIENTS:-50}" --seconds "${SECONDS_:-30}"
