-- A's statements about B (any of a statement's targets matches B by code prefix), with the
-- document they come from, in time order.
SELECT s.doc_id, s.sentence_index, s.statement_index, s.date, s.speaker, s.targets, s.named, s.code,
       s.goldstein, s.audience, s.quote, d.provider, d.url, d.title
FROM statements s
LEFT JOIN documents d USING (doc_id)
WHERE starts_with(s.speaker, :a)
  AND len(list_filter(string_split(coalesce(s.targets, ''), ' | '), t -> starts_with(t, :b))) > 0
  AND (CAST(:from AS DATE) IS NULL OR s.date >= CAST(:from AS DATE))
  AND (CAST(:to AS DATE) IS NULL OR s.date <= CAST(:to AS DATE))
ORDER BY s.date, s.doc_id, s.sentence_index, s.statement_index
