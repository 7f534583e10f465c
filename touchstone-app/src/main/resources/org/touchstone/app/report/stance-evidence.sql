-- The words behind like-mindedness, for the report's evidence lists: for each side (:a, :b) and
-- third party, the :per_side verbal events and statements with the largest absolute Goldstein
-- value (then by date), with how many there are in all. Taken as the like-mindedness question
-- takes them (touchstone-analysis stance-vectors.sql): verbal events and statements with a
-- Goldstein value, third parties at the country level or as whole IGO codes.
WITH said AS (
    SELECT 'event' AS kind, e.date, e.source_code AS speaker, e.target_code AS about, e.code, e.goldstein,
           CAST(NULL AS VARCHAR) AS audience, CAST(NULL AS VARCHAR) AS quote, coalesce(e.url, d.url) AS url, e.doc_id, e.sentence_index,
           CAST(NULL AS INTEGER) AS statement_index, e.dataset, e.event_id, d.provider
    FROM events e
    LEFT JOIN documents d ON d.doc_id = e.doc_id
    WHERE e.verbal AND e.goldstein IS NOT NULL AND e.target_code IS NOT NULL
      AND (starts_with(e.source_code, :a) OR starts_with(e.source_code, :b))
    UNION ALL
    SELECT 'statement', s.date, s.speaker, t.about, s.code, s.goldstein, s.audience, s.quote, d.url, s.doc_id, s.sentence_index,
           s.statement_index, CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR), d.provider
    FROM statements s
    CROSS JOIN unnest(string_split(coalesce(s.targets, ''), ' | ')) AS t(about)
    LEFT JOIN documents d ON d.doc_id = s.doc_id
    WHERE s.goldstein IS NOT NULL AND t.about <> ''
      AND (starts_with(s.speaker, :a) OR starts_with(s.speaker, :b))
),
levelled AS (
    SELECT CASE WHEN starts_with(speaker, :a) THEN 'a' ELSE 'b' END AS side,
           CASE WHEN starts_with(about, 'IGO') THEN about ELSE left(about, 3) END AS third,
           *
    FROM said
    WHERE (CAST(:from AS DATE) IS NULL OR date >= CAST(:from AS DATE))
      AND (CAST(:to AS DATE) IS NULL OR date <= CAST(:to AS DATE))
),
ranked AS (
    SELECT *,
           count(*) OVER (PARTITION BY side, third) AS side_total,
           row_number() OVER (PARTITION BY side, third
                              ORDER BY abs(goldstein) DESC, date, doc_id, sentence_index, statement_index,
                                       dataset, event_id) AS rank
    FROM levelled
)
SELECT * EXCLUDE (rank), speaker AS source_code, about AS target_code
FROM ranked
WHERE rank <= :per_side
ORDER BY third, side, date, doc_id, sentence_index, statement_index, dataset, event_id
