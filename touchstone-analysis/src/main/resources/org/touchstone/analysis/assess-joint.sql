-- Acting in concert: A and B each do something of the same CAMEO root toward the same third party
-- on the same day (a joint statement, a coordinated appeal or sanction shows up so).
WITH acts AS (
    SELECT date, root_code,
           CASE WHEN starts_with(target_code, 'IGO') THEN target_code ELSE left(target_code, 3) END AS third,
           starts_with(source_code, :a) AS by_a, dataset, event_id, source_code, target_code, code, url, doc_id,
           sentence_index
    FROM events
    WHERE (starts_with(source_code, :a) OR starts_with(source_code, :b))
      AND target_code IS NOT NULL
      AND NOT starts_with(target_code, :a) AND NOT starts_with(target_code, :b)
      AND (CAST(:from AS DATE) IS NULL OR date >= CAST(:from AS DATE))
      AND (CAST(:to AS DATE) IS NULL OR date <= CAST(:to AS DATE))
)
SELECT x.date, x.root_code, x.third,
       x.dataset, x.event_id, x.source_code, x.target_code, x.code, x.url, x.doc_id, x.sentence_index,
       y.dataset AS other_dataset, y.event_id AS other_event_id, y.source_code AS other_source_code,
       y.target_code AS other_target_code, y.code AS other_code, y.url AS other_url, y.doc_id AS other_doc_id,
       y.sentence_index AS other_sentence_index, y.date AS other_date
FROM acts x
JOIN acts y ON x.by_a AND NOT y.by_a AND x.date = y.date AND x.root_code = y.root_code AND x.third = y.third
QUALIFY row_number() OVER (PARTITION BY x.date, x.root_code, x.third ORDER BY x.event_id, y.event_id) = 1
ORDER BY x.date, x.third, x.root_code
