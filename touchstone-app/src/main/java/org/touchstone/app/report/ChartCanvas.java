package org.touchstone.app.report;

/**
 * The few drawing operations a chart needs, in chart coordinates (pixels, origin top left).
 * {@link ChartPainter} lays a chart out once against this interface, so the SVG and the PNG of a
 * chart have the same geometry. {@code role} names what a shape is ("mark", "grid", "axis",
 * "band", "legend", ...): SVG writes it as the class; {@code tooltip} (may be null) says what a
 * mark shows, for readers who point at it.
 */
interface ChartCanvas {

    enum Anchor { START, MIDDLE, END }

    void rect(String role, double x, double y, double width, double height, String fill, String tooltip);

    void line(String role, double x1, double y1, double x2, double y2, String stroke, double strokeWidth,
              boolean dashed);

    void polyline(String role, double[] x, double[] y, String stroke, double strokeWidth, String tooltip);

    void polygon(String role, double[] x, double[] y, String fill, double opacity);

    void circle(String role, double cx, double cy, double radius, String fill, String tooltip);

    /** Text with its baseline at y; {@code vertical} turns it a quarter left around (x, y). */
    void text(String role, double x, double y, String text, Anchor anchor, double size, boolean bold,
              boolean vertical, String fill);
}
