-- Restraint by target: each critical statement counts once for each actor it is about, taken at
-- the country (or organization) level: USAGOV counts for USA, IGOUNO stays IGOUNO. A statement
-- that names no one and points at no one counts for the target '(unknown)'.
WITH critical AS (
    SELECT CAST(date_trunc(:period, date) AS DATE) AS period_start, named,
           CASE WHEN targets IS NULL OR targets = '' THEN ['(unknown)'] ELSE string_split(targets, ' | ') END AS about
    FROM statements
    WHERE starts_with(speaker, :a)
      AND left(code, 2) IN ('10', '11', '12', '13')
      AND (CAST(:from AS DATE) IS NULL OR date >= CAST(:from AS DATE))
      AND (CAST(:to AS DATE) IS NULL OR date <= CAST(:to AS DATE))
),
per_target AS (
    SELECT period_start, named, unnest(about) AS target FROM critical
)
SELECT period_start,
       CASE WHEN starts_with(target, 'IGO') OR target = '(unknown)' THEN target ELSE left(target, 3) END AS target,
       count(*) AS critical,
       count(*) FILTER (WHERE named) AS named,
       count(*) FILTER (WHERE NOT named) AS alluded
FROM per_target
GROUP BY ALL
ORDER BY period_start, critical DESC, target
