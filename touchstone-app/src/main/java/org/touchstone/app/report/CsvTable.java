package org.touchstone.app.report;

import org.touchstone.app.report.ReportBlock.Row;

/** A report table as CSV with a header row, values at full precision, as the command line's --csv writes them. */
final class CsvTable {
    private CsvTable() {
    }

    static String write(ReportBlock.Table table) {
        StringBuilder out = new StringBuilder();
        out.append(String.join(",", table.columns().stream().map(CsvTable::field).toList())).append('\n');
        for (Row row : table.rows()) {
            out.append(String.join(",", row.cells().stream().map(v -> field(v == null ? "" : String.valueOf(v)))
                    .toList())).append('\n');
        }
        return out.toString();
    }

    private static String field(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
