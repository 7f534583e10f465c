#!/usr/bin/env bash
# UN voting affinity: the matrix of USA, CHN, RUS, GBR, FRA for every year 1946-2019, all three
# measures, on a fresh store of the shared UN votes (issue: UN General Assembly affinity; target
# under 2 s). Figures go to BENCHMARKS.md.
# Usage: bench/affinity.sh [ROUNDS]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
rounds="${1:-10}"
shared="${TOUCHSTONE_SHARED_DATA:-$root/../shared/data}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$root" && ./mvnw -q -B -DskipTests package -pl touchstone-bench -am)
java -Xmx512m -cp "$root/touchstone-bench/target/touchstone-bench.jar" org.touchstone.bench.AffinityBenchmark \
  "$shared/unvotes" "$work" "$rounds"
