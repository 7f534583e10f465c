package org.touchstone.app.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.touchstone.analysis.Period;

/**
 * The x axis of a time series: every period from the first to the last with data, gaps included,
 * so that distance on the axis is distance in time and a period without data shows as a gap.
 */
final class PeriodAxis {
    /** More periods than this would make an unreadable axis: a safeguard against --by day over decades. */
    static final int MAX_PERIODS = 5_000;

    private PeriodAxis() {
    }

    /** The start of the period that holds {@code date}, as SQL's date_trunc gives it. */
    static LocalDate startOf(Period by, LocalDate date) {
        return switch (by) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
            case YEAR -> date.withDayOfYear(1);
        };
    }

    static LocalDate next(Period by, LocalDate start) {
        return switch (by) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case YEAR -> start.plusYears(1);
        };
    }

    /** Every period start from the earliest to the latest of {@code starts}; empty when there are none. */
    static List<LocalDate> covering(Period by, Collection<LocalDate> starts) {
        List<LocalDate> axis = new ArrayList<>();
        LocalDate first = starts.stream().min(LocalDate::compareTo).orElse(null);
        LocalDate last = starts.stream().max(LocalDate::compareTo).orElse(null);
        if (first == null) {
            return axis;
        }
        for (LocalDate d = startOf(by, first); !d.isAfter(last); d = next(by, d)) {
            axis.add(d);
            if (axis.size() > MAX_PERIODS) {
                throw new IllegalArgumentException("more than " + MAX_PERIODS + " " + by.sqlName()
                        + "s between " + first + " and " + last + ": choose a longer --by period");
            }
        }
        return axis;
    }

    static List<String> labels(Period by, List<LocalDate> axis) {
        return axis.stream().map(by::label).toList();
    }
}
