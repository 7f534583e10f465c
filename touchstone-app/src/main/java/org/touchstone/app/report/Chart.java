package org.touchstone.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a chart shows, independent of how it is drawn: a title, a categorical x axis (periods,
 * pairs, audiences), a numeric y axis and one or more series of values over the categories.
 * {@link SvgChart} and {@link PngChart} draw the same chart the same way.
 *
 * <p>A {@link Kind#LINE} chart joins each series' values with a line (a missing value breaks it)
 * and shades its 95% interval as a band; a {@link Kind#BAR} chart draws a group of bars per
 * category, one bar per series, with the interval as an error bar.
 *
 * @param name        file name of the chart without extension, also its id in the report: letters,
 *                    digits and hyphens only
 * @param description one or two sentences for readers who cannot see the chart (alt text)
 * @param yMin        fixed lower end of the y axis (e.g. -1 for net cooperation), or null to fit the data
 * @param yMax        fixed upper end of the y axis, or null to fit the data
 * @param counts      true when the values are counts: y ticks fall on whole numbers only
 */
public record Chart(String name, Kind kind, String title, String description, String xLabel, String yLabel,
                    List<String> categories, List<ChartSeries> series, Double yMin, Double yMax,
                    boolean counts) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    public enum Kind { LINE, BAR }

    public Chart {
        Objects.requireNonNull(kind, "kind");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("chart name '" + name + "': lower-case letters, digits and hyphens only");
        }
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (ChartSeries s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("chart " + name + ", series " + s.name() + ": " + s.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }

    /** Starts a line chart over {@code categories}. */
    public static Builder line(String name, String title, List<String> categories) {
        return new Builder(name, Kind.LINE, title, categories);
    }

    /** Starts a chart of grouped bars over {@code categories}. */
    public static Builder bars(String name, String title, List<String> categories) {
        return new Builder(name, Kind.BAR, title, categories);
    }

    /** True when some series has a value to draw: a chart without one is not shown. */
    public boolean hasValues() {
        return series.stream().anyMatch(s -> s.values().stream().anyMatch(Objects::nonNull));
    }

    /** Collects a chart's parts; {@link #build()} checks them. */
    public static final class Builder {
        private final String name;
        private final Kind kind;
        private final String title;
        private final List<String> categories;
        private final List<ChartSeries> series = new ArrayList<>();
        private String description = "";
        private String xLabel = "";
        private String yLabel = "";
        private Double yMin;
        private Double yMax;
        private boolean counts;

        private Builder(String name, Kind kind, String title, List<String> categories) {
            this.name = name;
            this.kind = kind;
            this.title = title;
            this.categories = categories;
        }

        public Builder description(String text) {
            this.description = text;
            return this;
        }

        public Builder axes(String xLabel, String yLabel) {
            this.xLabel = xLabel;
            this.yLabel = yLabel;
            return this;
        }

        /** Fixes the y axis to [min, max], for measures with a known range. */
        public Builder yRange(double min, double max) {
            this.yMin = min;
            this.yMax = max;
            return this;
        }

        /** The values are counts: ticks on whole numbers only. */
        public Builder counts() {
            this.counts = true;
            return this;
        }

        public Builder series(ChartSeries s) {
            series.add(s);
            return this;
        }

        public Chart build() {
            return new Chart(name, kind, title, description, xLabel, yLabel, categories, series, yMin, yMax, counts);
        }
    }
}
