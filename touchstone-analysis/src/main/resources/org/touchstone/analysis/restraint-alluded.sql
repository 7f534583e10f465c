-- The evidence behind restraint: A's critical statements that only allude to their target.
SELECT s.doc_id, s.sentence_index, s.statement_index, s.date, s.speaker, s.targets, s.code, s.goldstein,
       s.audience, s.quote, d.provider, d.url
FROM statements s
LEFT JOIN documents d USING (doc_id)
WHERE starts_with(s.speaker, :a)
  AND left(s.code, 2) IN ('10', '11', '12', '13')
  AND NOT s.named
  AND (CAST(:from AS DATE) IS NULL OR s.date >= CAST(:from AS DATE))
  AND (CAST(:to AS DATE) IS NULL OR s.date <= CAST(:to AS DATE))
ORDER BY s.date, s.doc_id, s.sentence_index, s.statement_index
