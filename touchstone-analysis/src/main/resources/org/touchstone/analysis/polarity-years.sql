-- Polarity and conflict per year, for every year of the capability (NMC) file.
--   majors  N = major powers with a CINC that year;  shares S_i from polarity_major_shares
--   poles   = 1 / sum(S_i^2)                                  (Laakso-Taagepera effective number)
--   con     = sqrt((sum(S_i^2) - 1/N) / (1 - 1/N)), N >= 2    (Ray-Singer concentration)
--   mid_onsets = distinct MIDs starting that year; wars = those reaching hostility level 5
--   ucdp_conflicts = distinct UCDP conflicts active that year
--   ucdp_onsets    = of those, the ones not active the year before (new or restarted)
-- A count is NULL (unknown) outside the years its file covers, 0 inside them; UCDP onsets are
-- NULL in the file's first year, where "not active the year before" cannot be told.
WITH concentration AS (
    SELECT year, count(*) AS majors, CAST(sum(CAST(cinc AS DECIMAL(38, 12))) AS DOUBLE) AS majors_cinc,
           CAST(sum(CAST(share * share AS DECIMAL(38, 30))) AS DOUBLE) AS sum_squared_shares
    FROM polarity_major_shares
    GROUP BY year
),
states AS (
    SELECT year, count(*) AS states
    FROM nmc
    GROUP BY year
),
mid_coverage AS (
    SELECT min(start_year) AS first_year, max(start_year) AS last_year FROM mid_disputes
),
mids AS (
    SELECT start_year AS year,
           count(DISTINCT dispute)                                    AS mid_onsets,
           count(DISTINCT CASE WHEN hostility = 5 THEN dispute END)   AS wars
    FROM mid_disputes
    GROUP BY start_year
),
ucdp_active AS (
    SELECT DISTINCT conflict_id, year FROM ucdp_conflict_years
),
ucdp_coverage AS (
    SELECT min(year) AS first_year, max(year) AS last_year FROM ucdp_active
),
ucdp AS (
    SELECT a.year,
           count(*)                                                   AS ucdp_conflicts,
           sum(CASE WHEN p.conflict_id IS NULL THEN 1 ELSE 0 END)     AS ucdp_onsets
    FROM ucdp_active a
    LEFT JOIN ucdp_active p ON p.conflict_id = a.conflict_id AND p.year = a.year - 1
    GROUP BY a.year
)
SELECT
    s.year,
    coalesce(c.majors, 0)                                             AS majors,
    c.majors_cinc,
    CASE WHEN c.majors >= 2
         THEN sqrt(greatest(0.0, (c.sum_squared_shares - 1.0 / c.majors) / (1.0 - 1.0 / c.majors)))
    END                                                               AS con,
    1.0 / c.sum_squared_shares                                        AS poles,
    s.states,
    CASE WHEN s.year BETWEEN mc.first_year AND mc.last_year THEN coalesce(m.mid_onsets, 0) END     AS mid_onsets,
    CASE WHEN s.year BETWEEN mc.first_year AND mc.last_year THEN coalesce(m.wars, 0) END           AS wars,
    CASE WHEN s.year BETWEEN uc.first_year AND uc.last_year THEN coalesce(u.ucdp_conflicts, 0) END AS ucdp_conflicts,
    CASE WHEN s.year > uc.first_year AND s.year <= uc.last_year THEN coalesce(u.ucdp_onsets, 0) END AS ucdp_onsets
FROM states s
CROSS JOIN mid_coverage mc
CROSS JOIN ucdp_coverage uc
LEFT JOIN concentration c ON c.year = s.year
LEFT JOIN mids m ON m.year = s.year
LEFT JOIN ucdp u ON u.year = s.year
WHERE (CAST(:from_year AS INTEGER) IS NULL OR s.year >= CAST(:from_year AS INTEGER))
  AND (CAST(:to_year AS INTEGER) IS NULL OR s.year <= CAST(:to_year AS INTEGER))
ORDER BY s.year
