package org.touchstone.app.report;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/**
 * Draws a {@link Chart} as a PNG with Java2D, headless, at twice the SVG's size so that it prints
 * sharply in papers and on slides. ImageIO's PNG writer adds no time stamp, so the same chart
 * gives the same bytes on the same machine (text is drawn with the machine's sans-serif font).
 */
public final class PngChart {
    /** Pixels per chart unit. */
    static final int SCALE = 2;

    private PngChart() {
    }

    public static BufferedImage image(Chart chart) {
        ChartPainter painter = new ChartPainter(chart);
        BufferedImage image = new BufferedImage(painter.width() * SCALE, painter.height() * SCALE,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(SCALE, SCALE);
            painter.paint(new Canvas(g));
        } finally {
            g.dispose();
        }
        return image;
    }

    public static byte[] render(Chart chart) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image(chart), "png", bytes)) {
                throw new IllegalStateException("this Java has no PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode chart " + chart.name() + " as PNG: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    private static final class Canvas implements ChartCanvas {
        private final Graphics2D g;

        Canvas(Graphics2D g) {
            this.g = g;
        }

        @Override
        public void rect(String role, double x, double y, double width, double height, String fill, String tooltip) {
            g.setColor(Color.decode(fill));
            g.fill(new Rectangle2D.Double(x, y, width, height));
        }

        @Override
        public void line(String role, double x1, double y1, double x2, double y2, String stroke, double strokeWidth,
                         boolean dashed) {
            g.setColor(Color.decode(stroke));
            g.setStroke(dashed ? new BasicStroke((float) strokeWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                    new float[] {4, 3}, 0) : new BasicStroke((float) strokeWidth));
            g.draw(new Line2D.Double(x1, y1, x2, y2));
        }

        @Override
        public void polyline(String role, double[] x, double[] y, String stroke, double strokeWidth, String tooltip) {
            g.setColor(Color.decode(stroke));
            g.setStroke(new BasicStroke((float) strokeWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(path(x, y, false));
        }

        @Override
        public void polygon(String role, double[] x, double[] y, String fill, double opacity) {
            Composite before = g.getComposite();
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) opacity));
            g.setColor(Color.decode(fill));
            g.fill(path(x, y, true));
            g.setComposite(before);
        }

        @Override
        public void circle(String role, double cx, double cy, double radius, String fill, String tooltip) {
            g.setColor(Color.decode(fill));
            g.fill(new Ellipse2D.Double(cx - radius, cy - radius, radius * 2, radius * 2));
        }

        @Override
        public void text(String role, double x, double y, String text, Anchor anchor, double size, boolean bold,
                         boolean vertical, String fill) {
            if (text == null || text.isEmpty()) {
                return;
            }
            g.setColor(Color.decode(fill));
            g.setFont(new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size));
            double width = g.getFontMetrics().getStringBounds(text, g).getWidth();
            double shift = anchor == Anchor.START ? 0 : anchor == Anchor.MIDDLE ? width / 2 : width;
            AffineTransform before = g.getTransform();
            g.translate(x, y);
            if (vertical) {
                g.rotate(-Math.PI / 2);
            }
            g.drawString(text, (float) -shift, 0f);
            g.setTransform(before);
        }

        private static Path2D path(double[] x, double[] y, boolean closed) {
            Path2D.Double path = new Path2D.Double();
            path.moveTo(x[0], y[0]);
            for (int i = 1; i < x.length; i++) {
                path.lineTo(x[i], y[i]);
            }
            if (closed) {
                path.closePath();
            }
            return path;
        }
    }
}
