-- The years each input file covers and how many rows it gave.
SELECT 'nmc' AS source, min(year) AS first_year, max(year) AS last_year, count(*) AS rows FROM nmc
UNION ALL
SELECT 'majors', min(start_year), max(end_year), count(*) FROM major_spells
UNION ALL
SELECT 'mids', min(start_year), max(start_year), count(*) FROM mid_disputes
UNION ALL
SELECT 'ucdp', min(year), max(year), count(*) FROM ucdp_conflict_years
