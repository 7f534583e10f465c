-- A's statements about B grouped by audience: how many, and their mean stance (Goldstein).
SELECT audience, count(*) AS statements, avg(goldstein) AS mean_stance,
       count(*) FILTER (WHERE goldstein > 0) AS positive, count(*) FILTER (WHERE goldstein < 0) AS negative
FROM statements
WHERE starts_with(speaker, :a)
  AND len(list_filter(string_split(coalesce(targets, ''), ' | '), t -> starts_with(t, :b))) > 0
  AND (CAST(:from AS DATE) IS NULL OR date >= CAST(:from AS DATE))
  AND (CAST(:to AS DATE) IS NULL OR date <= CAST(:to AS DATE))
GROUP BY audience
ORDER BY CASE audience WHEN 'target' THEN 1 WHEN 'domestic' THEN 2 WHEN 'multilateral' THEN 3
                       WHEN 'foreign_media' THEN 4 WHEN 'press_conference' THEN 5 ELSE 6 END
