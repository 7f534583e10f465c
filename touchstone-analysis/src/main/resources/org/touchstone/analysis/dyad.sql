-- Relations of a dyad over time: per period, events by quad class, Goldstein mean and sum,
-- and net cooperation = (cooperative - conflictual) / all.
-- Actors match by CAMEO code prefix (USA matches USAGOV). Undirected unless :directed.
-- With :by_mentions each event weighs its number of mentions (GDELT; 1 where a dataset has none),
-- so counts, means and net cooperation reflect how much an event was reported.
-- Reads the dyad-by-day table, whose rows are per-day sums of the events (weighted and not), so
-- the answer is the one the events give, from a fraction of the rows.
-- A prefix is matched as the range [:a, :a_end) (USA up to USB), which DuckDB checks against each
-- row group's min and max: the table is sorted by source code, so only the groups holding the
-- pair are read (typed parameters: untyped ones are not pushed into the scan). The reverse
-- direction leaves out rows the first already counted (USA and USAGOV).
WITH matched AS (
    SELECT * FROM dyad_day
    WHERE source_code >= CAST(:a AS VARCHAR) AND source_code < CAST(:a_end AS VARCHAR) AND target_code >= CAST(:b AS VARCHAR) AND target_code < CAST(:b_end AS VARCHAR)
      AND (CAST(:from AS DATE) IS NULL OR date >= CAST(:from AS DATE))
      AND (CAST(:to AS DATE) IS NULL OR date <= CAST(:to AS DATE))
    UNION ALL
    SELECT * FROM dyad_day
    WHERE NOT :directed AND source_code >= CAST(:b AS VARCHAR) AND source_code < CAST(:b_end AS VARCHAR) AND target_code >= CAST(:a AS VARCHAR) AND target_code < CAST(:a_end AS VARCHAR)
      AND NOT (source_code >= CAST(:a AS VARCHAR) AND source_code < CAST(:a_end AS VARCHAR) AND target_code >= CAST(:b AS VARCHAR) AND target_code < CAST(:b_end AS VARCHAR))
      AND (CAST(:from AS DATE) IS NULL OR date >= CAST(:from AS DATE))
      AND (CAST(:to AS DATE) IS NULL OR date <= CAST(:to AS DATE))
), dyad AS (
    SELECT date, events,
           CASE WHEN :by_mentions THEN weighted_verbal_cooperation ELSE verbal_cooperation END     AS vc,
           CASE WHEN :by_mentions THEN weighted_material_cooperation ELSE material_cooperation END AS mc,
           CASE WHEN :by_mentions THEN weighted_verbal_conflict ELSE verbal_conflict END           AS vf,
           CASE WHEN :by_mentions THEN weighted_material_conflict ELSE material_conflict END       AS mf,
           CASE WHEN :by_mentions THEN weighted_goldstein_sum ELSE goldstein_sum END               AS gs,
           CASE WHEN :by_mentions THEN weighted_goldstein_count ELSE goldstein_count END           AS gc
    FROM matched
)
SELECT
    CAST(date_trunc(:period, date) AS DATE)                          AS period_start,
    sum(events)                                                      AS events,
    sum(vc)                                                          AS verbal_cooperation,
    sum(mc)                                                          AS material_cooperation,
    sum(vf)                                                          AS verbal_conflict,
    sum(mf)                                                          AS material_conflict,
    CAST(sum(CAST(gs AS DECIMAL(38, 6))) AS DOUBLE) / nullif(sum(gc), 0) AS goldstein_mean,
    CAST(sum(CAST(gs AS DECIMAL(38, 6))) AS DOUBLE)                  AS goldstein_sum,
    (sum(vc) + sum(mc) - sum(vf) - sum(mf)) / (sum(vc) + sum(mc) + sum(vf) + sum(mf))::DOUBLE AS net_cooperation
FROM dyad
GROUP BY period_start
ORDER BY period_start
