package org.touchstone.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Lays out a {@link Chart} and draws it on a {@link ChartCanvas}: title, legend, y axis with
 * round ticks and grid lines, categorical x axis (labels thinned so they do not collide), then the
 * marks (lines with points, or grouped bars) with their intervals. Text widths are estimated from
 * the number of characters rather than measured, so the layout does not depend on the fonts a
 * machine has, and the same chart always gets the same geometry.
 */
final class ChartPainter {
    static final int WIDTH = 760;
    private static final int LEFT = 64;
    private static final int RIGHT = 20;
    private static final int TITLE_BASELINE = 24;
    private static final int LEGEND_TOP = 40;
    private static final int LEGEND_ROW = 18;
    private static final int PLOT_HEIGHT = 240;
    private static final int BOTTOM = 52;
    private static final double TICK_FONT = 11;
    private static final double LABEL_FONT = 12;
    private static final double TITLE_FONT = 15;
    /** Beyond this many categories a line only marks the points that have no neighbour. */
    private static final int MAX_POINTS_MARKED = 60;
    private static final double MAX_BAR = 56;

    /** Okabe-Ito colours: told apart by readers with colour-blindness, and in greyscale print. */
    static final String[] COLORS = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"};
    private static final String INK = "#222222";
    private static final String MUTED = "#555555";
    private static final String GRID = "#e4e4e4";
    private static final String BAND = "#888888";

    private final Chart chart;
    private final List<LegendItem> legend = new ArrayList<>();
    private final boolean anyInterval;
    private final int legendRows;
    private final double plotTop;
    private final double plotBottom;
    private final double plotLeft = LEFT;
    private final double plotRight = WIDTH - RIGHT;
    private final ChartScale y;

    private record LegendItem(String text, String color, boolean interval, double x, int row) {
    }

    ChartPainter(Chart chart) {
        this.chart = chart;
        boolean interval = false;
        for (ChartSeries s : chart.series()) {
            for (int i = 0; i < s.values().size(); i++) {
                interval |= s.hasInterval(i);
            }
        }
        this.anyInterval = interval;
        this.legendRows = layoutLegend();
        this.plotTop = LEGEND_TOP + legendRows * LEGEND_ROW + (legendRows > 0 ? 8 : 0);
        this.plotBottom = plotTop + PLOT_HEIGHT;
        this.y = yScale();
    }

    int width() {
        return WIDTH;
    }

    int height() {
        return (int) plotBottom + BOTTOM;
    }

    static double textWidth(String text, double size) {
        return text.length() * size * 0.58;
    }

    /** Places the legend items in rows; returns the number of rows (0 when no legend is needed). */
    private int layoutLegend() {
        List<String[]> items = new ArrayList<>();
        if (chart.series().size() > 1 || anyInterval) {
            for (int s = 0; s < chart.series().size(); s++) {
                items.add(new String[] {chart.series().get(s).name(), COLORS[s % COLORS.length], ""});
            }
        }
        if (anyInterval) {
            items.add(new String[] {chart.kind() == Chart.Kind.LINE ? "shaded: 95% interval" : "whiskers: 95% interval",
                    BAND, "interval"});
        }
        double x = plotLeft;
        int row = 0;
        for (String[] item : items) {
            double w = 18 + textWidth(item[0], TICK_FONT) + 16;
            if (x > plotLeft && x + w > plotRight) {
                row++;
                x = plotLeft;
            }
            legend.add(new LegendItem(item[0], item[1], !item[2].isEmpty(), x, row));
            x += w;
        }
        return items.isEmpty() ? 0 : row + 1;
    }

    private ChartScale yScale() {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (ChartSeries s : chart.series()) {
            for (int i = 0; i < s.values().size(); i++) {
                for (Double v : new Double[] {s.values().get(i), s.low().get(i), s.high().get(i)}) {
                    if (v != null && Double.isFinite(v)) {
                        low = Math.min(low, v);
                        high = Math.max(high, v);
                    }
                }
            }
        }
        if (chart.kind() == Chart.Kind.BAR) {
            low = Math.min(low, 0);
            high = Math.max(high, 0);
        }
        if (chart.yMin() != null) {
            low = Math.min(low, chart.yMin());
        }
        if (chart.yMax() != null) {
            high = Math.max(high, chart.yMax());
        }
        if (low > high) {
            low = 0;
            high = 1;
        }
        return ChartScale.around(low, high, chart.counts() ? 1 : 0);
    }

    void paint(ChartCanvas c) {
        c.rect("background", 0, 0, WIDTH, height(), "#ffffff", null);
        c.text("title", plotLeft, TITLE_BASELINE, chart.title(), ChartCanvas.Anchor.START, TITLE_FONT, true, false, INK);
        paintLegend(c);
        paintYAxis(c);
        paintXAxis(c);
        if (chart.kind() == Chart.Kind.LINE) {
            paintLines(c);
        } else {
            paintBars(c);
        }
        c.line("axis", plotLeft, plotBottom, plotRight, plotBottom, INK, 1, false);
        c.line("axis", plotLeft, plotTop, plotLeft, plotBottom, INK, 1, false);
    }

    private void paintLegend(ChartCanvas c) {
        for (LegendItem item : legend) {
            double top = LEGEND_TOP + item.row() * LEGEND_ROW;
            if (item.interval()) {
                c.rect("legend", item.x(), top, 14, 10, "#dddddd", null);
                c.line("legend", item.x() + 7, top, item.x() + 7, top + 10, BAND, 1.5, false);
            } else {
                c.rect("legend", item.x(), top, 14, 10, item.color(), null);
            }
            c.text("legend", item.x() + 18, top + 9.5, item.text(), ChartCanvas.Anchor.START, TICK_FONT, false, false,
                    INK);
        }
    }

    private void paintYAxis(ChartCanvas c) {
        for (double tick : y.ticks()) {
            double py = y.position(tick, plotBottom, plotTop);
            boolean zero = Math.abs(tick) < y.step() * 1e-6;
            if (zero && y.min() < 0) {
                c.line("zero", plotLeft, py, plotRight, py, "#999999", 1, false);
            } else {
                c.line("grid", plotLeft, py, plotRight, py, GRID, 1, false);
            }
            c.line("axis", plotLeft - 4, py, plotLeft, py, INK, 1, false);
            c.text("tick", plotLeft - 7, py + 4, y.label(tick), ChartCanvas.Anchor.END, TICK_FONT, false, false, MUTED);
        }
        double middle = (plotTop + plotBottom) / 2;
        c.text("axis-label", 18, middle, chart.yLabel(), ChartCanvas.Anchor.MIDDLE, LABEL_FONT, false, true, INK);
    }

    private double slot() {
        return (plotRight - plotLeft) / Math.max(1, chart.categories().size());
    }

    private double categoryX(int i) {
        return plotLeft + (i + 0.5) * slot();
    }

    private void paintXAxis(ChartCanvas c) {
        List<String> categories = chart.categories();
        int longest = categories.stream().mapToInt(String::length).max().orElse(0);
        double labelWidth = textWidth("x".repeat(longest), TICK_FONT) + 8;
        int every = Math.max(1, (int) Math.ceil(labelWidth / slot()));
        for (int i = 0; i < categories.size(); i += every) {
            double x = categoryX(i);
            c.line("axis", x, plotBottom, x, plotBottom + 4, INK, 1, false);
            c.text("tick", x, plotBottom + 17, categories.get(i), ChartCanvas.Anchor.MIDDLE, TICK_FONT, false, false,
                    MUTED);
        }
        c.text("axis-label", (plotLeft + plotRight) / 2, plotBottom + 40, chart.xLabel(), ChartCanvas.Anchor.MIDDLE,
                LABEL_FONT, false, false, INK);
    }

    private void paintLines(ChartCanvas c) {
        int n = chart.categories().size();
        for (int s = 0; s < chart.series().size(); s++) {
            ChartSeries series = chart.series().get(s);
            String color = COLORS[s % COLORS.length];
            // interval bands first, so the lines lie on top of them
            for (int[] run : runs(n, i -> series.hasInterval(i))) {
                int length = run[1] - run[0];
                double[] xs = new double[length * 2];
                double[] ys = new double[length * 2];
                for (int k = 0; k < length; k++) {
                    int i = run[0] + k;
                    xs[k] = categoryX(i);
                    ys[k] = y.position(series.high().get(i), plotBottom, plotTop);
                    xs[length * 2 - 1 - k] = categoryX(i);
                    ys[length * 2 - 1 - k] = y.position(series.low().get(i), plotBottom, plotTop);
                }
                if (length == 1) {
                    c.line("band", xs[0], ys[0], xs[1], ys[1], color, 6, false);
                } else {
                    c.polygon("band", xs, ys, color, 0.18);
                }
            }
            for (int[] run : runs(n, i -> series.values().get(i) != null)) {
                int length = run[1] - run[0];
                if (length < 2) {
                    continue;
                }
                double[] xs = new double[length];
                double[] ys = new double[length];
                for (int k = 0; k < length; k++) {
                    xs[k] = categoryX(run[0] + k);
                    ys[k] = y.position(series.values().get(run[0] + k), plotBottom, plotTop);
                }
                c.polyline("mark line", xs, ys, color, 2, series.name());
            }
            for (int i = 0; i < n; i++) {
                Double v = series.values().get(i);
                boolean isolated = (i == 0 || series.values().get(i - 1) == null)
                        && (i == n - 1 || series.values().get(i + 1) == null);
                if (v != null && (n <= MAX_POINTS_MARKED || isolated)) {
                    c.circle("mark point", categoryX(i), y.position(v, plotBottom, plotTop), 3, color,
                            tooltip(series, i));
                }
            }
        }
    }

    private void paintBars(ChartCanvas c) {
        int groups = Math.max(1, chart.series().size());
        // few categories would make very wide bars: at most MAX_BAR pixels each
        double groupWidth = Math.min(slot() * 0.8, MAX_BAR * groups);
        double barWidth = Math.max(1, groupWidth / groups);
        double base = y.position(Math.max(y.min(), Math.min(0, y.max())), plotBottom, plotTop);
        for (int s = 0; s < chart.series().size(); s++) {
            ChartSeries series = chart.series().get(s);
            String color = COLORS[s % COLORS.length];
            for (int i = 0; i < chart.categories().size(); i++) {
                Double v = series.values().get(i);
                if (v == null) {
                    continue;
                }
                double left = categoryX(i) - groupWidth / 2 + s * barWidth;
                double top = y.position(v, plotBottom, plotTop);
                double height = Math.max(1, Math.abs(base - top));
                c.rect("mark bar", left, Math.min(top, base) - (top == base ? 0.5 : 0), barWidth * 0.92, height, color,
                        tooltip(series, i));
                if (series.hasInterval(i)) {
                    double x = left + barWidth * 0.46;
                    double lowY = y.position(series.low().get(i), plotBottom, plotTop);
                    double highY = y.position(series.high().get(i), plotBottom, plotTop);
                    double cap = Math.min(8, barWidth * 0.5) / 2;
                    c.line("interval", x, lowY, x, highY, INK, 1.2, false);
                    c.line("interval", x - cap, lowY, x + cap, lowY, INK, 1.2, false);
                    c.line("interval", x - cap, highY, x + cap, highY, INK, 1.2, false);
                }
            }
        }
    }

    private String tooltip(ChartSeries series, int i) {
        String text = series.name() + ", " + chart.categories().get(i) + ": " + Numbers.format(series.values().get(i));
        if (series.hasInterval(i)) {
            text += " (95% interval " + Numbers.format(series.low().get(i)) + " to "
                    + Numbers.format(series.high().get(i)) + ")";
        }
        return text;
    }

    /** The maximal runs [start, end) of consecutive indexes that pass {@code present}. */
    private static List<int[]> runs(int n, IntPredicate present) {
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= n; i++) {
            boolean in = i < n && present.test(i);
            if (in && start < 0) {
                start = i;
            } else if (!in && start >= 0) {
                runs.add(new int[] {start, i});
                start = -1;
            }
        }
        return runs;
    }
}
