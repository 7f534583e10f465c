#!/usr/bin/env bash
# Load on `touchstone serve` (issue: a server and a dashboard): a million-event store made from the
# shared GDELT 2.0 export, 50 clients for 60 s (after 20 s of warm-up) asking a mix of questions.
# Figures go to BENCHMARKS.md.
# Usage: bench/load.sh [CLIENTS] [SECONDS] [COPIES] [WARMUP]   (474 copies of the 2,111-row file -> 1,000,614 events)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
clients="${1:-50}"
seconds="${2:-60}"
copies="${3:-474}"
warmup="${4:-20}"
shared="${TOUCHSTONE_SHARED_DATA:-$root/../shared/data}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$root" && ./mvnw -q -B -DskipTests package -pl touchstone-app,touchstone-bench -am)
java -Xmx1g -cp "$root/touchstone-bench/target/touchstone-bench.jar" org.touchstone.bench.LoadBenchmark \
  "$shared/gdelt/20191024143000.export.CSV" "$copies" "$work" "$root/touchstone-app/target/touchstone.jar" \
  "$clients" "$seconds" "$warmup"
