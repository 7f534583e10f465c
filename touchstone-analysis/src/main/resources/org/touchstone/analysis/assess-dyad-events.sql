-- The events between A and B (both directions), with what the partnership indicators need.
SELECT CAST(date_trunc(:period, date) AS DATE) AS period_start, quad_class, code, goldstein,
       dataset, event_id, date, source_code, target_code, url, doc_id, sentence_index
FROM events
WHERE ((starts_with(source_code, :a) AND starts_with(target_code, :b))
       OR (starts_with(source_code, :b) AND starts_with(target_code, :a)))
  AND (CAST(:from AS DATE) IS NULL OR date >= CAST(:from AS DATE))
  AND (CAST(:to AS DATE) IS NULL OR date <= CAST(:to AS DATE))
ORDER BY date, dataset, event_id
