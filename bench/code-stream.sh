#!/usr/bin/env bash
# Coding a large JSONL corpus within a 512 MB heap (issue: the coder): `touchstone code FILE --json`
# on the sample corpus repeated with fresh ids to MEGABYTES (default 1024). Figures go to BENCHMARKS.md.
# Usage: bench/code-stream.sh [MEGABYTES]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
megabytes="${1:-1024}"
work="$(mktemp -d "${TMPDIR:-/tmp}/touchstone-stream.XXXXXX")"
trap 'rm -rf "$work"' EXIT
(cd "$root" && ./mvnw -q -B -DskipTests package -pl touchstone-app,touchstone-bench -am)
java -cp "$root/touchstone-bench/target/touchstone-bench.jar" org.touchstone.bench.StreamingCodeBenchmark \
  "$root/touchstone-app/target/touchstone.jar" \
  "$root/touchstone-coder/src/main/resources/org/touchstone/coder/corpus/sample-news.jsonl" "$megabytes" "$work"
