package org.touchstone.app;

import java.time.LocalDate;

import org.touchstone.analysis.DateRange;

import picocli.CommandLine.Option;

/** {@code --from} and {@code --to}: the inclusive range of dates a question looks at. */
final class RangeOptions {
    @Option(names = "--from", paramLabel = "DATE", converter = DateOption.class, description = "First day (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = DateOption.class, description = "Last day (YYYY-MM-DD).")
    LocalDate to;

    /** The range; an IllegalArgumentException when it starts after it ends. */
    DateRange range() {
        return new DateRange(from, to);
    }
}
