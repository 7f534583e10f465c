-- The major powers' capability shares behind each year's CON and poles, in year and ccode order.
SELECT year, ccode, state_abb, cinc, share
FROM polarity_major_shares
WHERE (CAST(:from_year AS INTEGER) IS NULL OR year >= CAST(:from_year AS INTEGER))
  AND (CAST(:to_year AS INTEGER) IS NULL OR year <= CAST(:to_year AS INTEGER))
ORDER BY year, ccode
