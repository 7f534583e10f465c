#!/usr/bin/env bash
# DuckDB's memory with and without --db-memory: the store's dyad-by-day table is dropped and then
# rebuilt by `touchstone stats` (a store without the table gets it built when opened), the heaviest
# work the store does, under /usr/bin/time; prints the time and the process's peak resident memory.
# STORE is a store kept by bench/dyad.sh (e.g. `bench/dyad.sh 1000000 30000000 /work/bench-mem`).
# Figures go to BENCHMARKS.md.
# Usage: bench/db-memory.sh STORE [LIMIT...]   (LIMIT in DuckDB's syntax, such as 1GB; "none" for DuckDB's default)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
store="$1"; shift
limits=("${@:-1GB}")
(cd "$root" && ./mvnw -q -B -DskipTests package -pl touchstone-app,touchstone-bench -am)
forget="$(mktemp -d "${TMPDIR:-/tmp}/touchstone-db-memory.XXXXXX")"
trap 'rm -rf "$forget"' EXIT
cat > "$forget/ForgetDyadDay.java" <<'JAVA'
import java.sql.*;
public class ForgetDyadDay {
    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + args[0]); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS dyad_day");
            s.execute("CHECKPOINT");
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM events")) {
                r.next();
                System.out.printf("store: %,d events, dyad_day dropped%n", r.getLong(1));
            }
        }
    }
}
JAVA
for limit in "${limits[@]}"; do
  java -cp "$root/touchstone-bench/target/touchstone-bench.jar" "$forget/ForgetDyadDay.java" "$store"
  option=(); [ "$limit" != none ] && option=(--db-memory "$limit")
  start=$(date +%s)
  /usr/bin/time -v java -jar "$root/touchstone-app/target/touchstone.jar" stats --db "$store" "${option[@]}" \
    > /dev/null 2> "$forget/time.txt"
  peak=$(awk -F': ' '/Maximum resident set size/ {printf "%\047d", $2 / 1024}' "$forget/time.txt")
  echo "--db-memory $limit: dyad_day rebuilt by stats in $(( $(date +%s) - start )) s, peak resident memory $peak MB"
done
