-- The events behind a dyad's numbers, for the report's evidence lists: per period, the
-- :per_period events with the largest absolute Goldstein value (then by date and id), with the
-- number of events the period has in all. Actors match as in the dyad and saydo questions: by
-- CAMEO code prefix, both directions unless :directed. With :with_goldstein only events that
-- have a Goldstein value (the words-against-deeds question uses only those).
WITH dyad AS (
    SELECT CAST(date_trunc(:period, e.date) AS DATE) AS period_start, e.dataset, e.event_id, e.date,
           e.source_code, e.target_code, e.code, e.goldstein, coalesce(e.url, d.url) AS url, e.doc_id,
           e.sentence_index, d.provider
    FROM events e
    LEFT JOIN documents d ON d.doc_id = e.doc_id
    WHERE ((starts_with(e.source_code, :a) AND starts_with(e.target_code, :b))
           OR (NOT :directed AND starts_with(e.source_code, :b) AND starts_with(e.target_code, :a)))
      AND (NOT :with_goldstein OR e.goldstein IS NOT NULL)
      AND (CAST(:from AS DATE) IS NULL OR e.date >= CAST(:from AS DATE))
      AND (CAST(:to AS DATE) IS NULL OR e.date <= CAST(:to AS DATE))
),
ranked AS (
    SELECT *,
           count(*) OVER (PARTITION BY period_start) AS period_events,
           row_number() OVER (PARTITION BY period_start
                              ORDER BY abs(coalesce(goldstein, 0)) DESC, date, dataset, event_id) AS rank
    FROM dyad
)
SELECT * EXCLUDE (rank)
FROM ranked
WHERE rank <= :per_period
ORDER BY period_start, date, dataset, event_id
