package org.touchstone.core.cameo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the project's tab-separated tables: lines starting with '#' and blank lines are comments,
 * the first other line is the header, every row has exactly the header's columns, and '-' marks
 * an empty cell (so that a person never has to count adjacent tabs).
 */
final class TsvTable {
    static final String EMPTY = "-";

    private TsvTable() {
    }

    /** One data row, with its line number for error messages. */
    record Row(String source, int line, List<String> cells) {

        String text(int column) {
            return cells.get(column);
        }

        /** The cell's text, or null when it holds the empty marker '-'. */
        String optional(int column) {
            String cell = cells.get(column);
            return EMPTY.equals(cell) ? null : cell;
        }

        CodebookFormatException error(String reason) {
            return new CodebookFormatException(source, line, reason);
        }
    }

    /** Opens a table stored next to the given class as a UTF-8 resource. */
    static Reader openResource(Class<?> anchor, String name) {
        InputStream in = anchor.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("resource " + name + " not found next to " + anchor.getName());
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    static List<Row> read(String source, Reader reader, List<String> header) {
        List<Row> rows = new ArrayList<>();
        boolean headerSeen = false;
        int lineNumber = 0;
        try (BufferedReader lines = new BufferedReader(reader)) {
            String line;
            while ((line = lines.readLine()) != null) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = List.of(line.split("\t", -1));
                if (!headerSeen) {
                    if (!cells.equals(header)) {
                        throw new CodebookFormatException(source, lineNumber,
                                "expected the header " + String.join(" <tab> ", header) + " but found: " + line);
                    }
                    headerSeen = true;
                    continue;
                }
                rows.add(checkedRow(source, lineNumber, cells, header));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        if (!headerSeen) {
            throw new CodebookFormatException(source, lineNumber, "no header line (the table is empty)");
        }
        return rows;
    }

    private static Row checkedRow(String source, int lineNumber, List<String> cells, List<String> header) {
        if (cells.size() != header.size()) {
            throw new CodebookFormatException(source, lineNumber,
                    "expected " + header.size() + " tab-separated columns but found " + cells.size());
        }
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (cell.isEmpty()) {
                throw new CodebookFormatException(source, lineNumber,
                        "column " + header.get(i) + " is empty; write '-' for no value");
            }
            if (!cell.equals(cell.strip())) {
                throw new CodebookFormatException(source, lineNumber,
                        "column " + header.get(i) + " has spaces around its value: '" + cell + "'");
            }
        }
        return new Row(source, lineNumber, cells);
    }
}
