package org.touchstone.analysis;

import java.util.List;

/** A span of years the correlations are also computed within. */
public record PolarityEra(String label, int firstYear, int lastYear) {
    /** Every year there is. */
    public static final PolarityEra ALL = new PolarityEra("all", 0, 9999);

    /** The long nineteenth century's concert system, the world wars, the Cold War, after the Cold War. */
    public static final List<PolarityEra> STANDARD = List.of(
            new PolarityEra("1816-1899", 1816, 1899),
            new PolarityEra("1900-1945", 1900, 1945),
            new PolarityEra("1946-1989", 1946, 1989),
            new PolarityEra("1990-", 1990, 9999));

    public boolean contains(int year) {
        return firstYear <= year && year <= lastYear;
    }
}
