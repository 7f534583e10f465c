-- The most frequent directed country dyads (both sides with a known country), from the
-- dyad-by-day table: its rows sum to the events' counts and Goldstein sums.
SELECT source_country, target_country, sum(events) AS events,
       CAST(sum(CAST(goldstein_sum AS DECIMAL(38, 6))) AS DOUBLE) / nullif(sum(goldstein_count), 0) AS goldstein_mean
FROM dyad_day
WHERE source_country IS NOT NULL AND target_country IS NOT NULL AND source_country <> target_country
GROUP BY source_country, target_country
ORDER BY events DESC, source_country, target_country
LIMIT :limit
