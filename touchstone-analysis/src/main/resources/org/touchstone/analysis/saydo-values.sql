-- Words against deeds, the raw values: the Goldstein value of every event of A toward B (any
-- target when :b is null), with its period and whether it is verbal (quad classes 1 and 3) or
-- material (2 and 4). The means, gaps and bootstrap intervals are computed from these rows.
SELECT
    CAST(date_trunc(:period, date) AS DATE) AS period_start,
    verbal,
    goldstein
FROM events
WHERE starts_with(source_code, :a)
  AND (CAST(:b AS VARCHAR) IS NULL OR starts_with(target_code, :b))
  AND goldstein IS NOT NULL
  AND (CAST(:from AS DATE) IS NULL OR date >= CAST(:from AS DATE))
  AND (CAST(:to AS DATE) IS NULL OR date <= CAST(:to AS DATE))
ORDER BY period_start, verbal, goldstein
