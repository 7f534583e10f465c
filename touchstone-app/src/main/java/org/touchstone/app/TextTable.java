package org.touchstone.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Rows and named columns, written either as an aligned table for people or as CSV for programs.
 * Column names are the snake_case names the JSON output uses, so CSV and JSON agree.
 */
final class TextTable {
    private final List<String> columns;
    private final List<List<Object>> rows = new ArrayList<>();

    TextTable(String... columns) {
        this.columns = List.of(columns);
    }

    TextTable row(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("row has " + values.length + " values for " + columns.size() + " columns");
        }
        rows.add(java.util.Arrays.asList(values));
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void printText(PrintWriter out) {
        int[] widths = new int[columns.size()];
        List<List<String>> cells = new ArrayList<>();
        for (List<Object> row : rows) {
            List<String> texts = new ArrayList<>();
            for (Object value : row) {
                texts.add(text(value));
            }
            cells.add(texts);
        }
        for (int c = 0; c < columns.size(); c++) {
            widths[c] = columns.get(c).length();
            for (List<String> row : cells) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        out.println(line(columns, widths, null));
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            rule.append(c == 0 ? "" : "  ").append("-".repeat(widths[c]));
        }
        out.println(rule);
        for (int r = 0; r < cells.size(); r++) {
            out.println(line(cells.get(r), widths, rows.get(r)));
        }
        out.flush();
    }

    void printCsv(PrintWriter out) {
        out.println(String.join(",", columns));
        for (List<Object> row : rows) {
            List<String> texts = new ArrayList<>();
            for (Object value : row) {
                texts.add(csv(value == null ? "" : String.valueOf(value)));
            }
            out.println(String.join(",", texts));
        }
        out.flush();
    }

    private static String line(List<String> texts, int[] widths, List<Object> values) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < texts.size(); c++) {
            boolean numeric = values != null && values.get(c) instanceof Number;
            String t = texts.get(c);
            b.append(c == 0 ? "" : "  ");
            b.append(numeric ? " ".repeat(widths[c] - t.length()) + t : t + " ".repeat(widths[c] - t.length()));
        }
        return b.toString().stripTrailing();
    }

    /** A number as tables write it, "n/a" when absent: for sentences that quote table figures. */
    static String number(Double value) {
        return value == null ? "n/a" : text(value);
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return String.format(Locale.ROOT, "%.3f", d);
        }
        return String.valueOf(value);
    }

    private static String csv(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
