-- Events by dataset with their date range, from the dyad-by-day table (one row per day and pair
-- instead of one per event; the counts are the same).
SELECT dataset, sum(events) AS events, min(date) AS first_date, max(date) AS last_date
FROM dyad_day
GROUP BY dataset
ORDER BY dataset
