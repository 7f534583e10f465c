-- The events behind a point of a chart: events of A with B (both directions unless :directed;
-- with anyone when :b is null), optionally only verbal or only material ones, only some CAMEO
-- roots (:roots, comma separated), in a range of dates. One page of them, the strongest first
-- (largest absolute Goldstein value, then date and id), with how many match in all. A page past
-- the end still returns one row, with the total and null event columns.
-- The page is chosen on a few narrow columns and only its rows are read whole: scanning every
-- column of a large table costs several times more than the filter.
WITH matched AS (
    SELECT rowid AS row_id, date, dataset, event_id, goldstein
    FROM events
    WHERE ((starts_with(source_code, :a) AND (CAST(:b AS VARCHAR) IS NULL OR starts_with(target_code, :b)))
           OR (NOT :directed AND starts_with(target_code, :a)
               AND (CAST(:b AS VARCHAR) IS NULL OR starts_with(source_code, :b))))
      AND (CAST(:verbal AS BOOLEAN) IS NULL OR verbal = CAST(:verbal AS BOOLEAN))
      AND (CAST(:roots AS VARCHAR) IS NULL OR list_contains(string_split(CAST(:roots AS VARCHAR), ','), root_code))
      AND (CAST(:from AS DATE) IS NULL OR date >= CAST(:from AS DATE))
      AND (CAST(:to AS DATE) IS NULL OR date <= CAST(:to AS DATE))
),
total AS (
    SELECT count(*) AS total FROM matched
),
page AS (
    SELECT row_id, row_number() OVER (ORDER BY abs(coalesce(goldstein, 0)) DESC, date, dataset, event_id) AS rank
    FROM matched
    ORDER BY rank
    LIMIT :limit OFFSET :offset
)
SELECT total.total, page.rank, e.dataset, e.event_id, e.date, e.source_code, e.source_name, e.target_code,
       e.target_name, e.code, e.quad_class, e.goldstein, e.mentions, coalesce(e.url, d.url) AS url, e.doc_id,
       e.sentence_index, e.span_start, e.span_end, e.dictionary_entries, e.line, d.provider, d.provider_country,
       d.title, d.text AS document_text, f.name AS file
FROM total
LEFT JOIN page ON true
LEFT JOIN events e ON e.rowid = page.row_id
LEFT JOIN documents d ON d.doc_id = e.doc_id
LEFT JOIN ingested_files f ON f.file_id = e.file_id
ORDER BY page.rank
