-- Stances toward third parties: for each of the actors :a and :b, the mean Goldstein value of its
-- verbal events (quad classes 1 and 3) and its statements toward each third party, taken at the
-- country (or organization) level, per period (one overall group when :period is null). Third
-- parties are anyone but :a and :b themselves.
WITH said AS (
    SELECT date, source_code AS speaker, target_code AS about, goldstein
    FROM events
    WHERE verbal AND goldstein IS NOT NULL AND target_code IS NOT NULL
      AND (starts_with(source_code, :a) OR starts_with(source_code, :b))
    UNION ALL
    SELECT s.date, s.speaker, t.about, s.goldstein
    FROM statements s, unnest(string_split(coalesce(s.targets, ''), ' | ')) AS t(about)
    WHERE s.goldstein IS NOT NULL AND t.about <> ''
      AND (starts_with(s.speaker, :a) OR starts_with(s.speaker, :b))
),
levelled AS (
    SELECT CASE WHEN CAST(:period AS VARCHAR) IS NULL THEN NULL
                ELSE CAST(date_trunc(CAST(:period AS VARCHAR), date) AS DATE) END AS period_start,
           CASE WHEN starts_with(speaker, :a) THEN 'a' ELSE 'b' END AS side,
           CASE WHEN starts_with(about, 'IGO') THEN about ELSE left(about, 3) END AS third,
           goldstein
    FROM said
    WHERE (CAST(:from AS DATE) IS NULL OR date >= CAST(:from AS DATE))
      AND (CAST(:to AS DATE) IS NULL OR date <= CAST(:to AS DATE))
)
SELECT period_start, side, third, count(*) AS n, avg(goldstein) AS stance
FROM levelled
WHERE third <> CASE WHEN starts_with(:a, 'IGO') THEN :a ELSE left(:a, 3) END
  AND third <> CASE WHEN starts_with(:b, 'IGO') THEN :b ELSE left(:b, 3) END
GROUP BY ALL
ORDER BY period_start, third, side
