#!/usr/bin/env bash
# A trial toward clause structure for the coder (docs/GOLD-SET.md, "Trial of session 28: a constituency parser"):
# OpenNLP's English chunking parser on the 76 sentences of PETRARCH-2's GigaWord sample: load time and heap, speed on
# one thread, and labelled-bracket agreement with the parses that ship with the sample.
# Usage: bench/parser-trial.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="${TOUCHSTONE_SHARED_DATA:-$root/../shared/data}"
(cd "$root" && ./mvnw -q -B -DskipTests package -pl touchstone-bench -am)
java -Xmx1g -cp "$root/touchstone-bench/target/touchstone-bench.jar" org.touchstone.bench.ParserTrial \
  "$shared/petrarch2/GigaWord.sample.PETR.xml"
