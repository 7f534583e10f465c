-- The statements behind a point of a chart: statements of A (the speaker) about B (any of a
-- statement's targets matches B by code prefix; about anyone when :b is null), optionally to one
-- audience and only some CAMEO roots (:roots, comma separated), in a range of dates. One page of
-- them, the strongest first (largest absolute Goldstein value, then date and position), with how
-- many match in all. A page past the end still returns one row, with the total and null columns.
-- As for events, the page is chosen on narrow columns and only its rows are read whole.
WITH matched AS (
    SELECT rowid AS row_id, date, doc_id, sentence_index, statement_index, goldstein
    FROM statements
    WHERE starts_with(speaker, :a)
      AND (CAST(:b AS VARCHAR) IS NULL
           OR len(list_filter(string_split(coalesce(targets, ''), ' | '), t -> starts_with(t, CAST(:b AS VARCHAR)))) > 0)
      AND (CAST(:audience AS VARCHAR) IS NULL OR audience = CAST(:audience AS VARCHAR))
      AND (CAST(:roots AS VARCHAR) IS NULL OR list_contains(string_split(CAST(:roots AS VARCHAR), ','), left(code, 2)))
      AND (CAST(:from AS DATE) IS NULL OR date >= CAST(:from AS DATE))
      AND (CAST(:to AS DATE) IS NULL OR date <= CAST(:to AS DATE))
),
total AS (
    SELECT count(*) AS total FROM matched
),
page AS (
    SELECT row_id, row_number() OVER (ORDER BY abs(coalesce(goldstein, 0)) DESC, date, doc_id, sentence_index,
                                               statement_index) AS rank
    FROM matched
    ORDER BY rank
    LIMIT :limit OFFSET :offset
)
SELECT total.total, page.rank, s.doc_id, s.sentence_index, s.statement_index, s.date, s.speaker, s.targets, s.named,
       s.code, s.goldstein, s.audience, s.quote, s.span_start, s.span_end, s.dictionary_entries, d.url, d.provider,
       d.provider_country, d.title, d.text AS document_text
FROM total
LEFT JOIN page ON true
LEFT JOIN statements s ON s.rowid = page.row_id
LEFT JOIN documents d ON d.doc_id = s.doc_id
ORDER BY page.rank
