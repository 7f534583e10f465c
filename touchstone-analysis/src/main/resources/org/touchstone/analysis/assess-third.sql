-- A and B toward the third party C, per period: events of each, and conflictual ones (quad 3, 4).
SELECT CAST(date_trunc(:period, date) AS DATE) AS period_start,
       count(*) FILTER (WHERE starts_with(source_code, :a)) AS a_events,
       count(*) FILTER (WHERE starts_with(source_code, :a) AND quad_class IN (3, 4)) AS a_conflict,
       count(*) FILTER (WHERE starts_with(source_code, :b)) AS b_events,
       count(*) FILTER (WHERE starts_with(source_code, :b) AND quad_class IN (3, 4)) AS b_conflict
FROM events
WHERE (starts_with(source_code, :a) OR starts_with(source_code, :b))
  AND starts_with(target_code, :c)
  AND (CAST(:from AS DATE) IS NULL OR date >= CAST(:from AS DATE))
  AND (CAST(:to AS DATE) IS NULL OR date <= CAST(:to AS DATE))
GROUP BY period_start
ORDER BY period_start
