-- Relations of a dyad over time: per period, events by quad class, Goldstein mean and sum,
-- and net cooperation = (cooperative - conflictual) / all.
-- Actors match by CAMEO code prefix (USA matches USAGOV). Undirected unless :directed.
-- With :by_mentions each event weighs its number of mentions (GDELT; 1 where a dataset has none),
-- so counts, means and net cooperation reflect how much an event was reported.
WITH dyad AS (
    SELECT date, quad_class, goldstein,
           CASE WHEN :by_mentions THEN greatest(coalesce(mentions, 1), 1) ELSE 1 END AS weight
    FROM events
    WHERE ((starts_with(source_code, :a) AND starts_with(target_code, :b))
           OR (NOT :directed AND starts_with(source_code, :b) AND starts_with(target_code, :a)))
      AND (CAST(:from AS DATE) IS NULL OR date >= CAST(:from AS DATE))
      AND (CAST(:to AS DATE) IS NULL OR date <= CAST(:to AS DATE))
)
SELECT
    CAST(date_trunc(:period, date) AS DATE)                          AS period_start,
    count(*)                                                         AS events,
    sum(weight) FILTER (WHERE quad_class = 1)                        AS verbal_cooperation,
    sum(weight) FILTER (WHERE quad_class = 2)                        AS material_cooperation,
    sum(weight) FILTER (WHERE quad_class = 3)                        AS verbal_conflict,
    sum(weight) FILTER (WHERE quad_class = 4)                        AS material_conflict,
    sum(goldstein * weight) / sum(weight) FILTER (WHERE goldstein IS NOT NULL) AS goldstein_mean,
    sum(goldstein * weight)                                          AS goldstein_sum,
    (coalesce(sum(weight) FILTER (WHERE quad_class IN (1, 2)), 0)
        - coalesce(sum(weight) FILTER (WHERE quad_class IN (3, 4)), 0)) / sum(weight)::DOUBLE AS net_cooperation
FROM dyad
GROUP BY period_start
ORDER BY period_start
