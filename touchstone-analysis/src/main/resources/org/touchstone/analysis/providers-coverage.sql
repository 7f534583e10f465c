-- The knowledge market's raw material: who reported which event. One row per (provider, event):
-- coded events carry their document's provider and its country; GDELT events carry each outlet
-- that mentioned them (mentions.source_name; its country is unknown). Each event belongs to a
-- cluster: the same day, the same pair of countries (either direction) and the same CAMEO root.
-- Restricted to events whose source or target is one of :actors (comma-separated prefixes; all
-- when null).
WITH reported AS (
    SELECT d.provider, d.provider_country, 'document' AS kind, e.dataset, e.event_id, e.date, e.source_code,
           e.target_code, coalesce(e.source_country, left(e.source_code, 3)) AS source_country,
           coalesce(e.target_country, left(e.target_code, 3)) AS target_country, e.root_code, e.code, e.goldstein,
           NULL::DOUBLE AS tone, e.doc_id, e.sentence_index,
           CASE WHEN e.span_start IS NOT NULL AND e.span_end > e.span_start
                THEN substr(d.text, e.span_start + 1, e.span_end - e.span_start) END AS sentence,
           d.url
    FROM events e
    JOIN documents d USING (doc_id)
    WHERE d.provider IS NOT NULL
    UNION ALL
    SELECT m.source_name, NULL, 'mention', e.dataset, e.event_id, e.date, e.source_code, e.target_code,
           coalesce(e.source_country, left(e.source_code, 3)), coalesce(e.target_country, left(e.target_code, 3)),
           e.root_code, e.code, e.goldstein, m.tone, NULL, m.sentence_id, NULL, m.identifier
    FROM mentions m
    JOIN events e ON e.dataset = m.dataset AND e.event_id = m.event_id
    WHERE m.source_name IS NOT NULL
)
SELECT *,
       date || ' ' || least(source_country, target_country) || '-' || greatest(source_country, target_country)
           || ' ' || root_code AS cluster,
       date || ' ' || least(source_country, target_country) || '-' || greatest(source_country, target_country)
           AS story
FROM reported
WHERE source_country IS NOT NULL AND target_country IS NOT NULL
  AND (CAST(:actors AS VARCHAR) IS NULL
       OR len(list_filter(string_split(:actors, ','),
                          x -> starts_with(source_code, x) OR starts_with(target_code, x))) > 0)
  AND (CAST(:from AS DATE) IS NULL OR date >= CAST(:from AS DATE))
  AND (CAST(:to AS DATE) IS NULL OR date <= CAST(:to AS DATE))
ORDER BY cluster, provider, dataset, event_id
