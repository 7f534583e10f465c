#!/usr/bin/env bash
# Crash safety (issue 8, Trust): `touchstone ingest` and `touchstone code --store` killed with SIGKILL
# at random moments, KILLS times each; after each kill the store must open and hold whole files and
# documents only, and after a rerun equal an uninterrupted run. Figures go to RELIABILITY.md.
# Usage: bench/crash.sh [KILLS] [SEED]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
kills="${1:-50}"
seed="${2:-1}"
shared="${TOUCHSTONE_SHARED_DATA:-$root/../shared/data}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$root" && ./mvnw -q -B -DskipTests package -pl touchstone-app,touchstone-bench -am)
java -Xmx512m -cp "$root/touchstone-bench/target/touchstone-bench.jar" org.touchstone.bench.CrashHarness \
  "$root/touchstone-app/target/touchstone.jar" "$shared" \
  "$root/touchstone-coder/src/main/resources/org/touchstone/coder/corpus/sample-news.jsonl" "$work" "$kills" "$seed"
