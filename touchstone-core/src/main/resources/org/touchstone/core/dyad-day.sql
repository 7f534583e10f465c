-- The dyad-by-day table: per day, dataset and directed pair of actors (full CAMEO codes, with
-- their countries), the events by quad class, the verbal/material split, the Goldstein sum and how
-- many events it sums, the mentions, and the same counts weighted by mentions as the dyad
-- question weighs them with --by-mentions (weight = greatest(coalesce(mentions, 1), 1)).
-- Counts are never NULL; sums are NULL where nothing was summed (no Goldstein value, no mentions).
-- Goldstein values are summed as exact decimals, so a sum does not depend on the order in which an
-- engine's threads add them up: the same events always give the same table, to the last bit.
-- Every measure is a sum, so rows add up to any coarser table (a week, a country pair, all datasets).
-- Written once for both engines: Spark runs it in AggregateJob, DuckDB in the tests.
SELECT
    date,
    dataset,
    source_code,
    target_code,
    source_country,
    target_country,
    count(*)                                                  AS events,
    count(*) FILTER (WHERE quad_class = 1)                    AS verbal_cooperation,
    count(*) FILTER (WHERE quad_class = 2)                    AS material_cooperation,
    count(*) FILTER (WHERE quad_class = 3)                    AS verbal_conflict,
    count(*) FILTER (WHERE quad_class = 4)                    AS material_conflict,
    count(*) FILTER (WHERE verbal)                            AS verbal,
    count(*) FILTER (WHERE NOT verbal)                        AS material,
    CAST(sum(CAST(goldstein AS DECIMAL(18, 6))) AS DOUBLE)    AS goldstein_sum,
    count(goldstein)                                          AS goldstein_count,
    CAST(sum(mentions) AS BIGINT)                             AS mentions_sum,
    coalesce(CAST(sum(weight) FILTER (WHERE quad_class = 1) AS BIGINT), 0) AS weighted_verbal_cooperation,
    coalesce(CAST(sum(weight) FILTER (WHERE quad_class = 2) AS BIGINT), 0) AS weighted_material_cooperation,
    coalesce(CAST(sum(weight) FILTER (WHERE quad_class = 3) AS BIGINT), 0) AS weighted_verbal_conflict,
    coalesce(CAST(sum(weight) FILTER (WHERE quad_class = 4) AS BIGINT), 0) AS weighted_material_conflict,
    CAST(sum(CAST(goldstein AS DECIMAL(18, 6)) * weight) AS DOUBLE) AS weighted_goldstein_sum,
    coalesce(CAST(sum(weight) FILTER (WHERE goldstein IS NOT NULL) AS BIGINT), 0) AS weighted_goldstein_count
FROM (SELECT *, greatest(coalesce(mentions, 1), 1) AS weight FROM events) AS weighted_events
GROUP BY date, dataset, source_code, target_code, source_country, target_country
