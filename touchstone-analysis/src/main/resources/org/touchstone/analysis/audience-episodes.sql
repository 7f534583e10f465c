-- Episodes: two statements by A about B of opposite sign (one positive, one negative Goldstein),
-- made to different known audiences, at most :days days apart. Each pair once, earlier first.
WITH s AS (
    SELECT s.doc_id, s.sentence_index, s.statement_index, s.date, s.speaker, s.code, s.goldstein, s.audience,
           s.quote, d.provider, d.url
    FROM statements s
    LEFT JOIN documents d USING (doc_id)
    WHERE starts_with(s.speaker, :a)
      AND len(list_filter(string_split(coalesce(s.targets, ''), ' | '), t -> starts_with(t, :b))) > 0
      AND s.audience <> 'unknown'
      AND s.goldstein <> 0
      AND (CAST(:from AS DATE) IS NULL OR s.date >= CAST(:from AS DATE))
      AND (CAST(:to AS DATE) IS NULL OR s.date <= CAST(:to AS DATE))
)
SELECT x.doc_id AS first_doc_id, x.sentence_index AS first_sentence_index, x.date AS first_date,
       x.speaker AS first_speaker, x.code AS first_code, x.goldstein AS first_goldstein,
       x.audience AS first_audience, x.quote AS first_quote, x.provider AS first_provider, x.url AS first_url,
       y.doc_id AS second_doc_id, y.sentence_index AS second_sentence_index, y.date AS second_date,
       y.speaker AS second_speaker, y.code AS second_code, y.goldstein AS second_goldstein,
       y.audience AS second_audience, y.quote AS second_quote, y.provider AS second_provider, y.url AS second_url,
       date_diff('day', x.date, y.date) AS days_apart
FROM s x
JOIN s y
  ON sign(x.goldstein) <> sign(y.goldstein)
 AND x.audience <> y.audience
 AND date_diff('day', x.date, y.date) BETWEEN 0 AND CAST(:days AS INTEGER)
 AND (x.date, x.doc_id, x.sentence_index, x.statement_index) < (y.date, y.doc_id, y.sentence_index, y.statement_index)
ORDER BY x.date, y.date, x.doc_id, y.doc_id, x.sentence_index, y.sentence_index
