package org.touchstone.analysis;

import java.util.List;

/**
 * What to compute: which years, per year or over all of them, which issue, which measures.
 *
 * @param fromYear first year, inclusive; null for the first year of the data
 * @param toYear   last year, inclusive; null for the last year of the data
 * @param byYear   true: one value per year; false: one value over all years asked for
 * @param issue    an issue name or short name as in the data ("Human rights", "hr"), any case; null for all roll calls
 * @param measures the measures, in output order; at least one
 */
public record AffinityRequest(Integer fromYear, Integer toYear, boolean byYear, String issue,
                              List<AffinityMeasure> measures) {

    public AffinityRequest {
        if (fromYear != null && toYear != null && fromYear > toYear) {
            throw new IllegalArgumentException("the years start after they end: from " + fromYear + " to " + toYear);
        }
        measures = List.copyOf(measures);
        if (measures.isEmpty()) {
            throw new IllegalArgumentException("no measure asked for (agree, s, kappa)");
        }
    }

    /** Every year, by year, all roll calls, share of identical votes. */
    public static AffinityRequest defaults() {
        return new AffinityRequest(null, null, true, null, List.of(AffinityMeasure.AGREE));
    }

    /** The same request for one year only. */
    public AffinityRequest year(int year) {
        return new AffinityRequest(year, year, byYear, issue, measures);
    }

    /** "in 1990", "in 1990-1999", "from 1990", "up to 1999" or "" — for messages. */
    String yearsText() {
        if (fromYear == null && toYear == null) {
            return "";
        }
        if (fromYear == null) {
            return " up to " + toYear;
        }
        if (toYear == null) {
            return " from " + fromYear;
        }
        return " in " + fromYear + (fromYear.equals(toYear) ? "" : "-" + toYear);
    }
}
