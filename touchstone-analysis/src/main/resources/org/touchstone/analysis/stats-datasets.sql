-- Rows by dataset with their date range.
SELECT dataset, count(*) AS events, min(date) AS first_date, max(date) AS last_date
FROM events
GROUP BY dataset
ORDER BY dataset
