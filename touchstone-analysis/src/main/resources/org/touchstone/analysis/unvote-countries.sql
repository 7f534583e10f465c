-- The countries of the UN voting data with their codes, how many votes they cast and in which
-- years. A country with votes but no row in un_countries (its file was not loaded) is listed by
-- the data's code alone.
WITH voted AS (
    SELECT country_code, count(*) AS votes, min(year) AS first_year, max(year) AS last_year
    FROM un_votes
    GROUP BY country_code
)
SELECT coalesce(c.country_code, v.country_code) AS country_code,
       c.country,
       c.cameo_code,
       c.iso3,
       c.cow,
       coalesce(v.votes, 0)                     AS votes,
       v.first_year,
       v.last_year
FROM un_countries c
FULL OUTER JOIN voted v ON c.country_code = v.country_code
ORDER BY coalesce(c.cameo_code, c.country_code, v.country_code), coalesce(c.country_code, v.country_code)
