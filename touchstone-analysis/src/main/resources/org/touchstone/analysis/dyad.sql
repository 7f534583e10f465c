-- Relations of a dyad over time: per period, events by quad class, Goldstein mean and sum,
-- and net cooperation = (cooperative - conflictual) / all.
-- Actors match by CAMEO code prefix (USA matches USAGOV). Undirected unless :directed.
SELECT
    CAST(date_trunc(:period, date) AS DATE)                           AS period_start,
    count(*)                                                          AS events,
    count(*) FILTER (WHERE quad_class = 1)                            AS verbal_cooperation,
    count(*) FILTER (WHERE quad_class = 2)                            AS material_cooperation,
    count(*) FILTER (WHERE quad_class = 3)                            AS verbal_conflict,
    count(*) FILTER (WHERE quad_class = 4)                            AS material_conflict,
    avg(goldstein)                                                    AS goldstein_mean,
    sum(goldstein)                                                    AS goldstein_sum,
    (count(*) FILTER (WHERE quad_class IN (1, 2)) - count(*) FILTER (WHERE quad_class IN (3, 4)))
        / count(*)::DOUBLE                                            AS net_cooperation
FROM events
WHERE ((starts_with(source_code, :a) AND starts_with(target_code, :b))
       OR (NOT :directed AND starts_with(source_code, :b) AND starts_with(target_code, :a)))
  AND (CAST(:from AS DATE) IS NULL OR date >= CAST(:from AS DATE))
  AND (CAST(:to AS DATE) IS NULL OR date <= CAST(:to AS DATE))
GROUP BY period_start
ORDER BY period_start
