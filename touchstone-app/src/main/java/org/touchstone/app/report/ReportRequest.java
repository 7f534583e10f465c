package org.touchstone.app.report;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.touchstone.analysis.DateRange;
import org.touchstone.analysis.Period;
import org.touchstone.analysis.PolaritySources;

/**
 * What a report is about.
 *
 * @param actors   the actors, at least one, each a CAMEO code (prefix) such as CHN or USAGOV
 * @param range    the dates the questions look at
 * @param by       the period of the time series, or null to choose by the span of the data
 *                 (months up to three years, years beyond)
 * @param polarity the COW and UCDP files of the polarity question, or null to leave it out
 */
public record ReportRequest(List<String> actors, DateRange range, Period by, PolaritySources polarity) {
    public static final List<String> DEFAULT_ACTORS = List.of("CHN", "RUS", "USA");

    public ReportRequest {
        if (actors == null || actors.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least one actor, e.g. --actors CHN,RUS,USA");
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String actor : actors) {
            String code = actor == null ? "" : actor.trim().toUpperCase(Locale.ROOT);
            if (code.isEmpty()) {
                throw new IllegalArgumentException("an empty actor code in " + actors);
            }
            if (!codes.add(code)) {
                throw new IllegalArgumentException("actor " + code + " is named twice in " + actors);
            }
        }
        actors = List.copyOf(codes);
        range = range == null ? DateRange.ALL : range;
    }

    public static ReportRequest of(List<String> actors, DateRange range) {
        return new ReportRequest(actors, range, null, null);
    }
}
