-- The actors a store knows, to choose from: each three-letter actor code (a country, an IGO, ...)
-- under which events or statements name someone, with how often and the name the data gives the
-- bare code most often; optionally only codes starting with :prefix. One page, most named first,
-- with how many codes match in all (a page past the end still returns the total).
WITH named AS (
    SELECT left(source_code, 3) AS code, CASE WHEN length(source_code) = 3 THEN source_name END AS name
    FROM events
    UNION ALL
    SELECT left(target_code, 3), CASE WHEN length(target_code) = 3 THEN target_name END
    FROM events
    UNION ALL
    SELECT left(speaker, 3), NULL
    FROM statements
),
counted AS (
    SELECT code, count(*) AS mentions, mode(name) AS name
    FROM named
    WHERE regexp_full_match(code, '[A-Z]{3}')
      AND (CAST(:prefix AS VARCHAR) IS NULL OR starts_with(code, CAST(:prefix AS VARCHAR)))
    GROUP BY code
),
total AS (
    SELECT count(*) AS total FROM counted
),
page AS (
    SELECT *, row_number() OVER (ORDER BY mentions DESC, code) AS rank
    FROM counted
    ORDER BY rank
    LIMIT :limit OFFSET :offset
)
SELECT total.total, page.code, page.name, page.mentions
FROM total
LEFT JOIN page ON true
ORDER BY page.rank
