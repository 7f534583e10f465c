-- Restraint: of A's critical statements (CAMEO roots 10-13: demand, disapprove, reject, threaten),
-- per period how many name their target and how many only allude to one.
SELECT CAST(date_trunc(:period, date) AS DATE) AS period_start,
       count(*) AS critical,
       count(*) FILTER (WHERE named) AS named,
       count(*) FILTER (WHERE NOT named) AS alluded
FROM statements
WHERE starts_with(speaker, :a)
  AND left(code, 2) IN ('10', '11', '12', '13')
  AND (CAST(:from AS DATE) IS NULL OR date >= CAST(:from AS DATE))
  AND (CAST(:to AS DATE) IS NULL OR date <= CAST(:to AS DATE))
GROUP BY period_start
ORDER BY period_start
