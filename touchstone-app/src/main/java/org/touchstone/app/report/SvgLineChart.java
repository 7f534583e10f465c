package org.touchstone.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A line chart written as SVG text, with no library: one or more panels stacked over a shared x
 * axis, each with its own y axis, ticks, grid, series and legend; optional vertical markers (era
 * boundaries) across all panels. Missing values (null) break a line. Output depends only on the
 * input, so the same data gives the same bytes.
 *
 * <pre>{@code
 * SvgLineChart chart = new SvgLineChart("Polarity and conflict", "year");
 * chart.panel("effective number of poles").series("poles", years, poles);
 * chart.marker(1946, "1946");
 * String svg = chart.toSvg();
 * }</pre>
 */
public final class SvgLineChart {
    private static final String[] COLORS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"};
    private static final int WIDTH = 960;
    private static final int LEFT = 70;
    private static final int RIGHT = 200;
    private static final int TOP = 48;
    private static final int PANEL_HEIGHT = 150;
    private static final int PANEL_GAP = 36;
    private static final int BOTTOM = 48;
    private static final int TARGET_X_TICKS = 10;

    private final String title;
    private final String xLabel;
    private final List<Panel> panels = new ArrayList<>();
    private final List<Marker> markers = new ArrayList<>();

    public SvgLineChart(String title, String xLabel) {
        this.title = title;
        this.xLabel = xLabel;
    }

    /** Adds a panel below the ones already added. */
    public Panel panel(String yLabel) {
        Panel panel = new Panel(yLabel);
        panels.add(panel);
        return panel;
    }

    /** A dashed vertical line at {@code x} across every panel, labelled at the top. */
    public SvgLineChart marker(double x, String label) {
        markers.add(new Marker(x, label));
        return this;
    }

    /** One panel: a y axis and the series drawn against it. */
    public static final class Panel {
        private final String yLabel;
        private final List<Series> series = new ArrayList<>();
        private boolean includeZero;

        private Panel(String yLabel) {
            this.yLabel = yLabel;
        }

        /** Adds a line; {@code y[i]} null leaves a gap at {@code x[i]}. */
        public Panel series(String name, double[] x, Double[] y) {
            if (x.length != y.length) {
                throw new IllegalArgumentException("series " + name + ": " + x.length + " x values, " + y.length + " y values");
            }
            series.add(new Series(name, x.clone(), y.clone()));
            return this;
        }

        /** Makes the y axis start at zero (counts), instead of fitting the data's range. */
        public Panel includeZero() {
            this.includeZero = true;
            return this;
        }
    }

    private record Series(String name, double[] x, Double[] y) {
    }

    private record Marker(double x, String label) {
    }

    public String toSvg() {
        if (panels.isEmpty()) {
            throw new IllegalStateException("a chart needs at least one panel");
        }
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        for (Panel p : panels) {
            for (Series s : p.series) {
                for (int i = 0; i < s.x.length; i++) {
                    if (s.y[i] != null) {
                        xMin = Math.min(xMin, s.x[i]);
                        xMax = Math.max(xMax, s.x[i]);
                    }
                }
            }
        }
        if (xMin > xMax) {
            xMin = 0;
            xMax = 1;
        }
        ChartScale xScale = ChartScale.exact(xMin, xMax, TARGET_X_TICKS);
        int plotWidth = WIDTH - LEFT - RIGHT;
        int height = TOP + panels.size() * PANEL_HEIGHT + (panels.size() - 1) * PANEL_GAP + BOTTOM;

        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" font-family=\"sans-serif\" font-size=\"11\">\n");
        svg.append("<title>").append(escape(title)).append("</title>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(text(LEFT, 24, "start", escape(title), " font-size=\"15\" font-weight=\"bold\""));

        int colorIndex = 0;
        for (int p = 0; p < panels.size(); p++) {
            Panel panel = panels.get(p);
            int top = TOP + p * (PANEL_HEIGHT + PANEL_GAP);
            int bottom = top + PANEL_HEIGHT;
            ChartScale yScale = yScale(panel);
            svg.append("<g class=\"panel\">\n");
            // y grid, ticks and labels
            for (double tick : yScale.ticks()) {
                double y = yScale.position(tick, bottom, bottom - PANEL_HEIGHT);
                svg.append(line(LEFT, y, LEFT + plotWidth, y, "#e6e6e6", ""));
                svg.append(text(LEFT - 6, y + 4, "end", yScale.label(tick), ""));
            }
            // x grid, and x tick labels under the last panel
            for (double tick : xScale.ticks()) {
                double x = xScale.position(tick, LEFT, LEFT + plotWidth);
                svg.append(line(x, top, x, bottom, "#f0f0f0", ""));
                if (p == panels.size() - 1) {
                    svg.append(line(x, bottom, x, bottom + 5, "#333333", ""));
                    svg.append(text(x, bottom + 18, "middle", xScale.label(tick), ""));
                }
            }
            for (Marker m : markers) {
                if (m.x() < xScale.min() || m.x() > xScale.max()) {
                    continue;
                }
                double x = xScale.position(m.x(), LEFT, LEFT + plotWidth);
                svg.append(line(x, top, x, bottom, "#888888", " stroke-dasharray=\"4 3\""));
                if (p == 0) {
                    svg.append(text(x + 3, top - 4, "start", escape(m.label()), " fill=\"#555555\""));
                }
            }
            svg.append("<rect x=\"").append(LEFT).append("\" y=\"").append(top).append("\" width=\"").append(plotWidth)
                    .append("\" height=\"").append(PANEL_HEIGHT).append("\" fill=\"none\" stroke=\"#333333\"/>\n");
            svg.append(text(16, top + PANEL_HEIGHT / 2.0, "middle", escape(panel.yLabel),
                    " transform=\"rotate(-90 16 " + coordinate(top + PANEL_HEIGHT / 2.0) + ")\""));
            // series and legend
            for (int s = 0; s < panel.series.size(); s++) {
                Series series = panel.series.get(s);
                String color = COLORS[colorIndex++ % COLORS.length];
                for (String points : polylines(series, xScale, yScale, plotWidth, bottom)) {
                    svg.append("<polyline fill=\"none\" stroke=\"").append(color)
                            .append("\" stroke-width=\"1.5\" points=\"").append(points).append("\"/>\n");
                }
                double legendY = top + 14 + s * 16;
                svg.append(line(LEFT + plotWidth + 12, legendY - 4, LEFT + plotWidth + 32, legendY - 4, color,
                        " stroke-width=\"2\""));
                svg.append(text(LEFT + plotWidth + 37, legendY, "start", escape(series.name()), ""));
            }
            svg.append("</g>\n");
        }
        int axisBottom = TOP + panels.size() * PANEL_HEIGHT + (panels.size() - 1) * PANEL_GAP;
        svg.append(text(LEFT + plotWidth / 2.0, axisBottom + 38, "middle", escape(xLabel), ""));
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static ChartScale yScale(Panel panel) {
        double low = panel.includeZero ? 0 : Double.POSITIVE_INFINITY;
        double high = panel.includeZero ? 0 : Double.NEGATIVE_INFINITY;
        for (Series s : panel.series) {
            for (Double v : s.y()) {
                if (v != null) {
                    low = Math.min(low, v);
                    high = Math.max(high, v);
                }
            }
        }
        if (low > high) {
            return ChartScale.around(0, 1);
        }
        return ChartScale.around(low, high);
    }

    /** The runs of consecutive present values, as SVG point lists. */
    private static List<String> polylines(Series series, ChartScale xScale, ChartScale yScale, int plotWidth, int bottom) {
        List<String> lines = new ArrayList<>();
        StringBuilder points = new StringBuilder();
        int count = 0;
        for (int i = 0; i <= series.x().length; i++) {
            Double v = i < series.x().length ? series.y()[i] : null;
            if (v == null) {
                if (count > 0) {
                    lines.add(points.toString());
                }
                points.setLength(0);
                count = 0;
                continue;
            }
            double x = xScale.position(series.x()[i], LEFT, LEFT + plotWidth);
            double y = yScale.position(v, bottom, bottom - PANEL_HEIGHT);
            points.append(count == 0 ? "" : " ").append(coordinate(x)).append(',').append(coordinate(y));
            count++;
        }
        return lines;
    }

    private static String line(double x1, double y1, double x2, double y2, String color, String extra) {
        return "<line x1=\"" + coordinate(x1) + "\" y1=\"" + coordinate(y1) + "\" x2=\"" + coordinate(x2) + "\" y2=\""
                + coordinate(y2) + "\" stroke=\"" + color + "\"" + extra + "/>\n";
    }

    private static String text(double x, double y, String anchor, String escapedText, String extra) {
        return "<text x=\"" + coordinate(x) + "\" y=\"" + coordinate(y) + "\" text-anchor=\"" + anchor + "\"" + extra
                + ">" + escapedText + "</text>\n";
    }

    private static String coordinate(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
