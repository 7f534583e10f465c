-- Volume per provider: coded documents per provider, and GDELT mentions per outlet.
SELECT provider, provider_country, 'document' AS kind, count(*) AS items
FROM documents
WHERE provider IS NOT NULL
  AND (CAST(:from AS DATE) IS NULL OR date >= CAST(:from AS DATE))
  AND (CAST(:to AS DATE) IS NULL OR date <= CAST(:to AS DATE))
GROUP BY ALL
UNION ALL
SELECT source_name, NULL, 'mention', count(*)
FROM mentions
WHERE source_name IS NOT NULL
  AND (CAST(:from AS DATE) IS NULL OR CAST(mention_time AS DATE) >= CAST(:from AS DATE))
  AND (CAST(:to AS DATE) IS NULL OR CAST(mention_time AS DATE) <= CAST(:to AS DATE))
GROUP BY ALL
ORDER BY items DESC, provider
