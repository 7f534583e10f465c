-- The most frequent directed country dyads (both sides with a known country).
SELECT source_country, target_country, count(*) AS events, avg(goldstein) AS goldstein_mean
FROM events
WHERE source_country IS NOT NULL AND target_country IS NOT NULL AND source_country <> target_country
GROUP BY source_country, target_country
ORDER BY events DESC, source_country, target_country
LIMIT :limit
