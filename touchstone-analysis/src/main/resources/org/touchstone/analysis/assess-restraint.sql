-- Restraint toward each other: A's critical statements (roots 10-13) about B and B's about A,
-- and how many only allude to the other.
SELECT CASE WHEN starts_with(speaker, :a) THEN 'a' ELSE 'b' END AS side,
       count(*) AS critical,
       count(*) FILTER (WHERE NOT named) AS alluded
FROM statements
WHERE left(code, 2) IN ('10', '11', '12', '13')
  AND ((starts_with(speaker, :a)
        AND len(list_filter(string_split(coalesce(targets, ''), ' | '), t -> starts_with(t, :b))) > 0)
    OR (starts_with(speaker, :b)
        AND len(list_filter(string_split(coalesce(targets, ''), ' | '), t -> starts_with(t, :a))) > 0))
  AND (CAST(:from AS DATE) IS NULL OR date >= CAST(:from AS DATE))
  AND (CAST(:to AS DATE) IS NULL OR date <= CAST(:to AS DATE))
GROUP BY side
ORDER BY side
