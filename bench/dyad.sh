#!/usr/bin/env bash
# Dyad-series latency at scale (issue: beyond one machine). Builds a store of EVENTS GDELT-shaped
# events through the real ingest, asks dyad questions cold and warm, then (if GROWN is given) grows
# the store to GROWN events inside DuckDB, rebuilds the dyad-by-day table and asks again.
# With KEEP_DIR the store is kept there, and `bench/dyad.sh --ask KEEP_DIR/dyad.duckdb` asks again.
# Figures go to BENCHMARKS.md.
# Usage: bench/dyad.sh [EVENTS] [GROWN] [KEEP_DIR]   (defaults: 10,000,000 and 100,000,000)
#        bench/dyad.sh --ask STORE
#        bench/dyad.sh --grow STORE GROWN        (grow a kept store, rebuild its dyad_day, ask)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="${TOUCHSTONE_SHARED_DATA:-$root/../shared/data}"
(cd "$root" && ./mvnw -q -B -DskipTests package -pl touchstone-bench -am)
run() { java -Xmx1g -cp "$root/touchstone-bench/target/touchstone-bench.jar" org.touchstone.bench.DyadLatencyBenchmark "$@"; }
if [ "${1:-}" = "--ask" ] || [ "${1:-}" = "--grow" ]; then
  run "$@"
  exit
fi
events="${1:-10000000}"
grown="${2:-100000000}"
if [ -n "${3:-}" ]; then
  work="$3"
  mkdir -p "$work"
else
  work="$(mktemp -d "${TMPDIR:-/tmp}/touchstone-dyad.XXXXXX")"
  trap 'rm -rf "$work"' EXIT
fi
run "$shared/gdelt/20191024143000.export.CSV" "$events" "$work" "$grown"
