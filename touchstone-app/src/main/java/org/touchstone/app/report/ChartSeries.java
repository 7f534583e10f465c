package org.touchstone.app.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One series of a {@link Chart}: a value per category (null where there is none) and, optionally,
 * the low and high ends of an interval per category (null where there is none).
 */
public record ChartSeries(String name, List<Double> values, List<Double> low, List<Double> high) {

    public ChartSeries {
        values = Collections.unmodifiableList(new ArrayList<>(values));
        low = low == null ? nulls(values.size()) : Collections.unmodifiableList(new ArrayList<>(low));
        high = high == null ? nulls(values.size()) : Collections.unmodifiableList(new ArrayList<>(high));
        if (low.size() != values.size() || high.size() != values.size()) {
            throw new IllegalArgumentException("series " + name + ": " + values.size() + " values but " + low.size()
                    + " low and " + high.size() + " high ends");
        }
    }

    public static ChartSeries of(String name, List<Double> values) {
        return new ChartSeries(name, values, null, null);
    }

    public static ChartSeries withInterval(String name, List<Double> values, List<Double> low, List<Double> high) {
        return new ChartSeries(name, values, low, high);
    }

    /** True when the interval is known at category {@code i}. */
    public boolean hasInterval(int i) {
        return low.get(i) != null && high.get(i) != null;
    }

    private static List<Double> nulls(int n) {
        return Collections.unmodifiableList(new ArrayList<>(Collections.nCopies(n, (Double) null)));
    }
}
