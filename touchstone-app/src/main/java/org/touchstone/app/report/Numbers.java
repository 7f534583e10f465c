package org.touchstone.app.report;

import java.util.Locale;

/** How the report writes numbers: the same in tables, tooltips and files, whatever the machine's locale. */
final class Numbers {
    private Numbers() {
    }

    /** Doubles with three decimals (as the command line's tables), whole numbers as they are, null as "". */
    static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return "";
            }
            String text = String.format(Locale.ROOT, "%.3f", d);
            return text.equals("-0.000") ? "0.000" : text;
        }
        return String.valueOf(value);
    }

    /** A share as a percentage with one decimal: 0.25 is "25.0%". */
    static String percent(Double share) {
        return share == null ? "" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
