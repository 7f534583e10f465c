#!/usr/bin/env bash
# Coder throughput on one core, end to end from raw text (issue: the coder), with JMH: the project's
# dictionaries and PETRARCH-2's Phoenix dictionaries, on PETRARCH's 76 GigaWord sample sentences and
# on the project's sample news corpus, each cycled to 20,000 sentences per invocation.
# Prints the dictionary load time and heap, then sentences/s ("code:sentences"). Figures go to BENCHMARKS.md.
# Usage: bench/coder.sh [extra JMH options, e.g. -p dictionaries=project -wi 2 -i 3]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="${TOUCHSTONE_SHARED_DATA:-$root/../shared/data}"
(cd "$root" && ./mvnw -q -B -DskipTests package -pl touchstone-bench -am)
java -cp "$root/touchstone-bench/target/touchstone-bench.jar" org.openjdk.jmh.Main CoderBenchmark \
  -p shared="$shared" "$@"
