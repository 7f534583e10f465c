-- Each major power's share of the major powers' combined capability (CINC), per year:
--   share = cinc / (sum of the majors' cinc that year), so the shares of a year sum to 1.
-- A state counts as a major in every year its COW major-power spell touches
-- (France's spell ends 22 June 1940: major in 1940, not in 1941-1944).
-- DISTINCT: two spells of one state touching the same year count it once.
-- Sums are taken in exact decimals: a floating-point sum depends on the order of its terms, which
-- parallel execution does not fix, and the same input must give byte-identical output.
CREATE OR REPLACE TEMPORARY VIEW polarity_major_shares AS
WITH majors AS (
    SELECT DISTINCT n.year, n.ccode, n.state_abb, n.cinc
    FROM nmc n
    JOIN major_spells s ON n.ccode = s.ccode AND n.year BETWEEN s.start_year AND s.end_year
)
SELECT year, ccode, state_abb, cinc,
       cinc / nullif(CAST(sum(CAST(cinc AS DECIMAL(38, 12))) OVER (PARTITION BY year) AS DOUBLE), 0) AS share
FROM majors
