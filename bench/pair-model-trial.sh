#!/usr/bin/env bash
# A trial of a learned second source of events next to the coder (docs/GOLD-SET.md, "Trial of session 30: a learned
# second source of events"): a multinomial logistic model over lexical features proposes a root for every pair of
# recognized actors the coder did not code, (A) in sentences the coder leaves without events, (B) anywhere. Step 1
# validates on the studied splits leaving one out and chooses the threshold; step 2 trains on all studied splits and
# applies the model once to the unseen splits, printing counts and F1 only. CPU-heavy: a few minutes on one core.
# Usage: bench/pair-model-trial.sh [--studied-only]   (--studied-only: step 1 alone, for work on the features)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
(cd "$root" && ./mvnw -q -B -DskipTests package -pl touchstone-bench -am)
java -Xmx2g -cp "$root/touchstone-bench/target/touchstone-bench.jar" org.touchstone.bench.PairModelTrial \
  "$root/touchstone-coder/src/test/resources/org/touchstone/coder/gold" "$@"
