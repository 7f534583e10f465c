package org.touchstone.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A numeric axis range with ticks at round steps (1, 2 or 5 times a power of ten). */
record ChartScale(double min, double max, double step) {
    private static final int TARGET_TICKS = 5;

    /** The range widened to whole steps, so the data sits between the outer ticks. */
    static ChartScale around(double low, double high) {
        return around(low, high, 0);
    }

    /** As {@link #around(double, double)}, with steps of at least {@code minStep} (1 for counts). */
    static ChartScale around(double low, double high, double minStep) {
        if (low == high) {
            double pad = low == 0 ? 1 : Math.abs(low) * 0.1;
            low -= pad;
            high += pad;
        }
        double step = Math.max(minStep, niceStep((high - low) / TARGET_TICKS));
        return new ChartScale(Math.floor(low / step + 1e-9) * step, Math.ceil(high / step - 1e-9) * step, step);
    }

    /**
     * Exactly the data's range (no empty margin, as a time axis wants), ticks at the round values
     * inside it, about {@code targetTicks} of them.
     */
    static ChartScale exact(double low, double high, int targetTicks) {
        if (low == high) {
            double pad = low == 0 ? 1 : Math.abs(low) * 0.1;
            low -= pad;
            high += pad;
        }
        return new ChartScale(low, high, niceStep((high - low) / targetTicks));
    }

    static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }

    /** The multiples of the step from min to max. */
    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        long first = Math.round(Math.ceil(min / step - 1e-9));
        long last = Math.round(Math.floor(max / step + 1e-9));
        for (long i = first; i <= last; i++) {
            ticks.add(i * step);
        }
        return ticks;
    }

    /** Tick labels with as many decimals as the step needs, and no "-0". */
    String label(double value) {
        int decimals = step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step) - 1e-9);
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
        return text.matches("-0(\\.0+)?") ? text.substring(1) : text;
    }

    /** Where {@code value} falls between {@code bottom} (min) and {@code top} (max) in pixels. */
    double position(double value, double bottom, double top) {
        return bottom - (value - min) / (max - min) * (bottom - top);
    }
}
