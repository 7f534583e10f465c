package org.touchstone.analysis;

import java.time.LocalDate;
import java.util.Locale;

/** The time unit a series is grouped by. Weeks start on Monday (ISO 8601). */
public enum Period {
    DAY, WEEK, MONTH, YEAR;

    /** The unit's name as SQL's date_trunc knows it. */
    public String sqlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A readable label for the period that starts on {@code start}: 2019-10-24, 2019-W43, 2019-10, 2019. */
    public String label(LocalDate start) {
        return switch (this) {
            case DAY -> start.toString();
            case WEEK -> String.format(Locale.ROOT, "%d-W%02d",
                    start.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                    start.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> start.toString().substring(0, 7);
            case YEAR -> Integer.toString(start.getYear());
        };
    }

    public static Period parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown period '" + text + "' (day, week, month or year)");
        }
    }
}
