-- Follow-through: for each cue of A toward B (an expressed intent, or a threat) the first deed of
-- A toward B that follows it 1 to :days days later (a deed on the same day is not counted: it is
-- usually the same report coded twice). Cues are events whose root is in :cue_roots, deeds those
-- whose root is in :deed_roots (comma-separated lists of two-digit roots).
WITH cues AS (
    SELECT * FROM events
    WHERE starts_with(source_code, :a)
      AND (CAST(:b AS VARCHAR) IS NULL OR starts_with(target_code, :b))
      AND list_contains(string_split(:cue_roots, ','), root_code)
      AND (CAST(:from AS DATE) IS NULL OR date >= CAST(:from AS DATE))
      AND (CAST(:to AS DATE) IS NULL OR date <= CAST(:to AS DATE))
),
deeds AS (
    SELECT * FROM events
    WHERE starts_with(source_code, :a)
      AND (CAST(:b AS VARCHAR) IS NULL OR starts_with(target_code, :b))
      AND list_contains(string_split(:deed_roots, ','), root_code)
),
matched AS (
    SELECT c.dataset, c.event_id, c.date, c.code, c.source_code, c.target_code, c.url, c.doc_id,
           c.sentence_index,
           d.dataset AS deed_dataset, d.event_id AS deed_event_id, d.date AS deed_date, d.code AS deed_code,
           d.source_code AS deed_source_code, d.target_code AS deed_target_code, d.url AS deed_url,
           d.doc_id AS deed_doc_id, d.sentence_index AS deed_sentence_index,
           row_number() OVER (PARTITION BY c.dataset, c.event_id
                              ORDER BY d.date NULLS LAST, d.dataset, d.event_id) AS rank
    FROM cues c
    LEFT JOIN deeds d
      -- toward B: already so when B is given; otherwise toward the cue's own target country
      ON (CAST(:b AS VARCHAR) IS NOT NULL
          OR coalesce(d.target_country, left(d.target_code, 3)) = coalesce(c.target_country, left(c.target_code, 3)))
     AND d.date > c.date
     AND d.date <= c.date + CAST(:days AS INTEGER)
)
SELECT * EXCLUDE (rank)
FROM matched
WHERE rank = 1
ORDER BY date, dataset, event_id
