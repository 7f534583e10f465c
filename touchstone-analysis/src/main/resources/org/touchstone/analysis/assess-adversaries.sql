-- C's adversaries: countries (or organizations) X, other than A, B and C, whose relations with C
-- over the range are net conflictual (more conflictual than cooperative events in both directions).
-- Then, for A and for B, their cooperative events (quad 1, 2) toward third parties, and how many
-- of those go to C's adversaries.
WITH levelled AS (
    SELECT CASE WHEN starts_with(source_code, 'IGO') THEN source_code ELSE left(source_code, 3) END AS source,
           CASE WHEN starts_with(target_code, 'IGO') THEN target_code ELSE left(target_code, 3) END AS target,
           source_code, target_code, quad_class
    FROM events
    WHERE source_code IS NOT NULL AND target_code IS NOT NULL
      AND (CAST(:from AS DATE) IS NULL OR date >= CAST(:from AS DATE))
      AND (CAST(:to AS DATE) IS NULL OR date <= CAST(:to AS DATE))
),
with_c AS (
    SELECT CASE WHEN starts_with(source_code, :c) THEN target ELSE source END AS other,
           sum(CASE WHEN quad_class IN (1, 2) THEN 1 ELSE -1 END) AS net
    FROM levelled
    WHERE starts_with(source_code, :c) <> starts_with(target_code, :c)
      AND (starts_with(source_code, :c) OR starts_with(target_code, :c))
    GROUP BY other
),
adversaries AS (
    SELECT other FROM with_c
    WHERE net < 0
      AND NOT starts_with(other, left(:a, 3)) AND NOT starts_with(other, left(:b, 3))
)
SELECT CASE WHEN starts_with(l.source_code, :a) THEN 'a' ELSE 'b' END AS side,
       count(*) AS cooperative,
       count(*) FILTER (WHERE l.target IN (SELECT other FROM adversaries)) AS toward_adversaries,
       (SELECT count(*) FROM adversaries) AS adversaries
FROM levelled l
WHERE (starts_with(l.source_code, :a) OR starts_with(l.source_code, :b))
  AND l.quad_class IN (1, 2)
  AND NOT starts_with(l.target_code, :a) AND NOT starts_with(l.target_code, :b) AND NOT starts_with(l.target_code, :c)
GROUP BY side
ORDER BY side
