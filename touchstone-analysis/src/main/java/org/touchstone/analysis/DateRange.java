package org.touchstone.analysis;

import java.time.LocalDate;

/** An inclusive range of dates; either end may be open (null). */
public record DateRange(LocalDate from, LocalDate to) {
    public static final DateRange ALL = new DateRange(null, null);

    public DateRange {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the range starts after it ends: from " + from + " to " + to);
        }
    }
}
