package org.touchstone.analysis;

/**
 * How a polarity measure and a conflict count go together over the years of one era: Pearson's
 * and Spearman's correlation with 95% block-bootstrap intervals. Values are null when there are
 * too few years ({@link PolarityCorrelations#MIN_YEARS}) or a series does not vary.
 *
 * @param measure   "poles" or "con"
 * @param conflict  "mid_onsets", "wars", "ucdp_conflicts" or "ucdp_onsets"
 * @param era       the era's label ("all", "1816-1899", ...)
 * @param firstYear first year with both values in the era
 * @param lastYear  last year with both values in the era
 * @param n         years with both values
 */
public record PolarityCorrelation(String measure, String conflict, String era, int firstYear, int lastYear, int n,
                                  Double pearson, Double pearsonLow, Double pearsonHigh,
                                  Double spearman, Double spearmanLow, Double spearmanHigh) {

    /** True when the Spearman interval lies wholly above zero. */
    public boolean clearlyPositive() {
        return spearmanLow != null && spearmanLow > 0;
    }

    /** True when the Spearman interval lies wholly below zero. */
    public boolean clearlyNegative() {
        return spearmanHigh != null && spearmanHigh < 0;
    }
}
