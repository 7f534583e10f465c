#!/usr/bin/env bash
# Ingest throughput against DuckDB's read_csv (issue: foundation). Figures go to BENCHMARKS.md.
# Usage: bench/ingest.sh [COPIES] [ROUNDS]   (COPIES of the 2,111-row shared GDELT 2.0 file; 474 -> 1,000,614 rows)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
copies="${1:-474}"
rounds="${2:-3}"
shared="${TOUCHSTONE_SHARED_DATA:-$root/../shared/data}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$root" && ./mvnw -q -B -DskipTests package -pl touchstone-bench -am)
java -Xmx512m -cp "$root/touchstone-bench/target/touchstone-bench.jar" org.touchstone.bench.IngestBenchmark \
  "$shared/gdelt/20191024143000.export.CSV" "$copies" "$work" "$rounds"
