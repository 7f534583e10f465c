package org.touchstone.app.report;

import java.util.Locale;

/**
 * Draws a {@link Chart} as SVG text: one {@code <svg class="chart">} element that stands alone as
 * a file and can be put inline in HTML. Every data mark carries {@code class="mark"}; the title
 * and description make it accessible. Coordinates have one decimal, so the same chart gives the
 * same bytes.
 */
public final class SvgChart {
    private SvgChart() {
    }

    public static String render(Chart chart) {
        ChartPainter painter = new ChartPainter(chart);
        Canvas canvas = new Canvas();
        String id = "chart-" + chart.name();
        StringBuilder svg = canvas.out;
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"").append(id)
                .append("\" width=\"").append(painter.width()).append("\" height=\"").append(painter.height())
                .append("\" viewBox=\"0 0 ").append(painter.width()).append(' ').append(painter.height())
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id)
                .append("-desc\" font-family=\"DejaVu Sans, Verdana, Arial, sans-serif\">\n");
        svg.append("<title id=\"").append(id).append("-title\">").append(Html.escape(chart.title())).append("</title>\n");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(Html.escape(chart.description()))
                .append("</desc>\n");
        painter.paint(canvas);
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** Writes each drawing operation as one SVG element on its own line. */
    private static final class Canvas implements ChartCanvas {
        private final StringBuilder out = new StringBuilder();

        @Override
        public void rect(String role, double x, double y, double width, double height, String fill, String tooltip) {
            out.append("<rect class=\"").append(role).append("\" x=\"").append(n(x)).append("\" y=\"").append(n(y))
                    .append("\" width=\"").append(n(width)).append("\" height=\"").append(n(height))
                    .append("\" fill=\"").append(fill).append('"');
            close("rect", tooltip);
        }

        @Override
        public void line(String role, double x1, double y1, double x2, double y2, String stroke, double strokeWidth,
                         boolean dashed) {
            out.append("<line class=\"").append(role).append("\" x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1))
                    .append("\" x2=\"").append(n(x2)).append("\" y2=\"").append(n(y2)).append("\" stroke=\"")
                    .append(stroke).append("\" stroke-width=\"").append(n(strokeWidth)).append('"')
                    .append(dashed ? " stroke-dasharray=\"4 3\"" : "").append("/>\n");
        }

        @Override
        public void polyline(String role, double[] x, double[] y, String stroke, double strokeWidth, String tooltip) {
            out.append("<polyline class=\"").append(role).append("\" fill=\"none\" stroke=\"").append(stroke)
                    .append("\" stroke-width=\"").append(n(strokeWidth))
                    .append("\" stroke-linejoin=\"round\" points=\"").append(points(x, y)).append('"');
            close("polyline", tooltip);
        }

        @Override
        public void polygon(String role, double[] x, double[] y, String fill, double opacity) {
            out.append("<polygon class=\"").append(role).append("\" fill=\"").append(fill).append("\" fill-opacity=\"")
                    .append(n(opacity)).append("\" stroke=\"none\" points=\"").append(points(x, y)).append("\"/>\n");
        }

        @Override
        public void circle(String role, double cx, double cy, double radius, String fill, String tooltip) {
            out.append("<circle class=\"").append(role).append("\" cx=\"").append(n(cx)).append("\" cy=\"")
                    .append(n(cy)).append("\" r=\"").append(n(radius)).append("\" fill=\"").append(fill).append('"');
            close("circle", tooltip);
        }

        @Override
        public void text(String role, double x, double y, String text, Anchor anchor, double size, boolean bold,
                         boolean vertical, String fill) {
            if (text == null || text.isEmpty()) {
                return;
            }
            out.append("<text class=\"").append(role).append("\" x=\"").append(n(x)).append("\" y=\"").append(n(y))
                    .append("\" font-size=\"").append(n(size)).append("\" fill=\"").append(fill).append('"');
            if (anchor != Anchor.START) {
                out.append(" text-anchor=\"").append(anchor == Anchor.MIDDLE ? "middle" : "end").append('"');
            }
            if (bold) {
                out.append(" font-weight=\"bold\"");
            }
            if (vertical) {
                out.append(" transform=\"rotate(-90 ").append(n(x)).append(' ').append(n(y)).append(")\"");
            }
            out.append('>').append(Html.escape(text)).append("</text>\n");
        }

        /** Ends an element, with a {@code <title>} child when there is a tooltip. */
        private void close(String element, String tooltip) {
            if (tooltip == null) {
                out.append("/>\n");
            } else {
                out.append("><title>").append(Html.escape(tooltip)).append("</title></").append(element).append(">\n");
            }
        }

        private static String points(double[] x, double[] y) {
            StringBuilder p = new StringBuilder();
            for (int i = 0; i < x.length; i++) {
                p.append(i == 0 ? "" : " ").append(n(x[i])).append(',').append(n(y[i]));
            }
            return p.toString();
        }

        /** One decimal, without a trailing ".0": short, and the same on every machine. */
        private static String n(double value) {
            String text = String.format(Locale.ROOT, "%.1f", value);
            if (text.equals("-0.0")) {
                return "0";
            }
            return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
        }
    }
}
