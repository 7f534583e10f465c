-- The dyad-by-day table at country level: dyad_day summed over the actor codes of each pair of
-- countries (actors without a country form the pairs with NULL). Written once for both engines.
SELECT
    date,
    dataset,
    source_country,
    target_country,
    CAST(sum(events) AS BIGINT)                        AS events,
    CAST(sum(verbal_cooperation) AS BIGINT)            AS verbal_cooperation,
    CAST(sum(material_cooperation) AS BIGINT)          AS material_cooperation,
    CAST(sum(verbal_conflict) AS BIGINT)               AS verbal_conflict,
    CAST(sum(material_conflict) AS BIGINT)             AS material_conflict,
    CAST(sum(verbal) AS BIGINT)                        AS verbal,
    CAST(sum(material) AS BIGINT)                      AS material,
    CAST(sum(CAST(goldstein_sum AS DECIMAL(38, 6))) AS DOUBLE) AS goldstein_sum,
    CAST(sum(goldstein_count) AS BIGINT)               AS goldstein_count,
    CAST(sum(mentions_sum) AS BIGINT)                  AS mentions_sum,
    CAST(sum(weighted_verbal_cooperation) AS BIGINT)   AS weighted_verbal_cooperation,
    CAST(sum(weighted_material_cooperation) AS BIGINT) AS weighted_material_cooperation,
    CAST(sum(weighted_verbal_conflict) AS BIGINT)      AS weighted_verbal_conflict,
    CAST(sum(weighted_material_conflict) AS BIGINT)    AS weighted_material_conflict,
    CAST(sum(CAST(weighted_goldstein_sum AS DECIMAL(38, 6))) AS DOUBLE) AS weighted_goldstein_sum,
    CAST(sum(weighted_goldstein_count) AS BIGINT)      AS weighted_goldstein_count
FROM dyad_day
GROUP BY date, dataset, source_country, target_country
