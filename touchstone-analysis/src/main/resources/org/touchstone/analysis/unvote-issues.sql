-- The issues roll calls are classified by, with their short names and how many roll calls each has.
SELECT issue, short_name, count(*) AS roll_calls
FROM un_roll_call_issues
GROUP BY issue, short_name
ORDER BY issue, short_name
