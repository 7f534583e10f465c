package org.touchstone.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;

/**
 * Answers of the two paths compared field by field: counts, dates and names exactly, floating-point
 * values to 12 significant digits. The stores hold the same rows but not in the same physical order,
 * and DuckDB sums doubles in row order, so a mean may differ in its last bit or two.
 */
final class SameAnswers {
    private static final double RELATIVE = 1e-12;

    static final Comparator<Double> CLOSE = (a, b) ->
            Math.abs(a - b) <= RELATIVE * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b))) ? 0 : Double.compare(a, b);

    private SameAnswers() {
    }

    static void assertSame(Object actual, Object expected, String description) {
        assertThat(actual).as(description)
                .usingRecursiveComparison()
                .withComparatorForType(CLOSE, Double.class)
                .isEqualTo(expected);
    }
}
