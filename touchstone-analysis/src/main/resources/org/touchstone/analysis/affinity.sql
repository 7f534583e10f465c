-- UN General Assembly voting affinity of country pairs (docs/methods/affinity.md).
-- A pair is compared over the roll calls on which both cast a vote: yes, abstain or no. Members
-- that were absent or not (yet) members have no row in un_votes, so those roll calls do not count.
-- Three measures, each defined once here, over the n roll calls both voted on:
--   agree  share of identical votes                         = same / n
--   s      Signorino & Ritter's S with yes 1, abstain 0.5, no 0 and d_max = 1
--                                                          = 1 - 2 * sum|x_a - x_b| / n
--   kappa  Cohen's kappa as Haege (2011) uses it: observed agreement p_o = same / n against the
--          agreement expected from each country's own shares of yes, abstain and no,
--          p_e = sum over k of (n_a,k / n) * (n_b,k / n); kappa = (p_o - p_e) / (1 - p_e),
--          NULL when p_e = 1 (both cast one and the same vote on every roll call)
-- Parameters:
--   :countries            UN country codes as in un_votes.country_code, comma-separated (US,RU)
--   :by_year              true: one row per pair and year; false: one row per pair (year NULL)
--   :from_year, :to_year  inclusive years; NULL leaves that end open
--   :issue                an issue name as in un_roll_call_issues.issue; NULL for every roll call
WITH chosen_votes AS (
    SELECT rcid, year, country_code,
           -- twice the S score (yes 2, abstain 1, no 0) keeps every sum a whole number
           CASE vote WHEN 'yes' THEN 2 WHEN 'abstain' THEN 1 ELSE 0 END AS score2
    FROM un_votes
    -- the code between commas in the list; instr reads the same in DuckDB and Spark SQL
    WHERE instr(',' || :countries || ',', ',' || country_code || ',') > 0
      AND (CAST(:from_year AS INTEGER) IS NULL OR year >= CAST(:from_year AS INTEGER))
      AND (CAST(:to_year AS INTEGER) IS NULL OR year <= CAST(:to_year AS INTEGER))
      AND (CAST(:issue AS VARCHAR) IS NULL
           OR rcid IN (SELECT rcid FROM un_roll_call_issues WHERE issue = CAST(:issue AS VARCHAR)))
),
both_voted AS (
    SELECT a.country_code AS country_a, b.country_code AS country_b,
           CASE WHEN CAST(:by_year AS BOOLEAN) THEN a.year END AS period_year,
           a.score2 AS score2_a, b.score2 AS score2_b
    FROM chosen_votes a
    JOIN chosen_votes b ON a.rcid = b.rcid AND a.country_code < b.country_code
),
tally AS (
    SELECT country_a, country_b, period_year,
           count(*)                                   AS n,
           count(*) FILTER (WHERE score2_a = score2_b) AS same,
           sum(abs(score2_a - score2_b))              AS distance2,
           -- n^2 * p_e: pairs of (a's vote, b's vote) drawn independently that agree
           count(*) FILTER (WHERE score2_a = 2) * count(*) FILTER (WHERE score2_b = 2)
             + count(*) FILTER (WHERE score2_a = 1) * count(*) FILTER (WHERE score2_b = 1)
             + count(*) FILTER (WHERE score2_a = 0) * count(*) FILTER (WHERE score2_b = 0) AS chance_pairs
    FROM both_voted
    GROUP BY country_a, country_b, period_year
)
SELECT country_a,
       country_b,
       period_year                                  AS year,
       n                                            AS votes,
       same / CAST(n AS DOUBLE)                     AS agree,
       1 - distance2 / CAST(n AS DOUBLE)            AS s,
       CASE WHEN chance_pairs = n * n THEN NULL
            ELSE (same * n - chance_pairs) / CAST(n * n - chance_pairs AS DOUBLE) END AS kappa
FROM tally
ORDER BY country_a, country_b, period_year
