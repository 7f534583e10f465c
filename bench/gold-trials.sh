#!/usr/bin/env bash
# Two trials toward the coder's gold-set goal that were dropped (issue: the coder; docs/GOLD-SET.md, "Trials of
# session 15"): a learned filter over candidate events in sentences the coder leaves without events, and PETRARCH-2's
# verbs as a fallback for verb forms the project lacks. Prints added tp/fp per threshold and per-split F1; then, for
# every gold event the coder misses, how near it came ("Where the missed events are"), as counts only.
# Usage: bench/gold-trials.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="${TOUCHSTONE_SHARED_DATA:-$root/../shared/data}"
(cd "$root" && ./mvnw -q -B -DskipTests package -pl touchstone-bench -am)
java -cp "$root/touchstone-bench/target/touchstone-bench.jar" org.touchstone.bench.GoldTrials \
  "$root/touchstone-coder/src/test/resources/org/touchstone/coder/gold" "$shared/petrarch2/dictionaries"
