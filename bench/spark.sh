#!/usr/bin/env bash
# Coder throughput on Spark: CodeCorpusJob on local[1] (one CPU, then two) against local[2] (issue 7).
# Figures go to BENCHMARKS.md. Needs taskset (util-linux) to hold a run to one CPU.
# Usage: bench/spark.sh [COPIES] [FILES] [ROUNDS]   (COPIES of the 127-document sample corpus, dealt to FILES JSONL files)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
copies="${1:-400}"
files="${2:-8}"
rounds="${3:-2}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"
./mvnw -q -B -DskipTests package -pl touchstone-spark,touchstone-bench -am
# Spark's own jars, as a Spark installation would put them on spark-submit's classpath.
./mvnw -q -B dependency:build-classpath -pl touchstone-spark -Dmdep.includeScope=provided \
  -Dmdep.outputFile="$work/spark.classpath"
java -cp touchstone-bench/target/touchstone-bench.jar org.touchstone.bench.SparkBenchmark \
  touchstone-spark/target/touchstone-spark-jobs.jar "$(cat "$work/spark.classpath")" \
  touchstone-coder/src/main/resources/org/touchstone/coder/corpus/sample-news.jsonl \
  "$copies" "$files" "$work" "$rounds"
