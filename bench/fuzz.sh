#!/usr/bin/env bash
# Fuzzing at scale (issue #8, trust): the fuzz tests' targets run for millions of seeded cases,
# starting from the shared data; per target, the cases, records, rejections, uncaught exceptions,
# broken promises and time. Figures go to RELIABILITY.md.
# Usage: bench/fuzz.sh [DATA_CASES] [READER_CASES] [DICTIONARY_CASES] [CODER_CASES] [THREADS]
#   cases per target: each of the 13 dataset readers; each of the 5 coder input readers;
#   each of the 10 dictionary readers; the coder. The defaults make 1,005,000 cases.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data_cases="${1:-70000}"
reader_cases="${2:-10000}"
dictionary_cases="${3:-4000}"
coder_cases="${4:-5000}"
threads="${5:-2}"
shared="${TOUCHSTONE_SHARED_DATA:-$root/../shared/data}"
(cd "$root" && ./mvnw -q -B -DskipTests package -pl touchstone-bench -am)
java -Xmx2g -cp "$root/touchstone-bench/target/touchstone-bench.jar" org.touchstone.bench.FuzzBenchmark \
  "$shared" "$data_cases" "$reader_cases" "$dictionary_cases" "$coder_cases" "$threads"
