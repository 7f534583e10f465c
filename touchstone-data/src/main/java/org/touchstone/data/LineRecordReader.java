package org.touchstone.data;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The common loop of the line-based dataset readers: take the next physical line, skip it when
 * blank, reject it when it is not text, else let the subclass turn its fields into a record.
 *
 * <p>Subclasses check fields with the {@code required...}/{@code optional...} helpers, which note
 * the first problem of the line instead of throwing; {@link #problem()} then holds the reason for
 * the rejection. A bad line never affects the next one: all per-line state is reset here.
 */
public abstract class LineRecordReader<T> implements RecordReader<T> {

    private final ByteLineReader lines;
    protected final DelimitedLine fields;
    protected final String fileName;
    private List<String> columnNames = List.of();
    private String problem;

    protected LineRecordReader(InputStream in, String fileName, DelimitedLine fields) {
        this.lines = new ByteLineReader(in);
        this.fields = fields;
        this.fileName = fileName;
    }

    @Override
    public final ReadResult<T> next() throws IOException {
        while (lines.next()) {
            long line = lines.lineNumber();
            if (lines.isTooLong()) {
                return new ReadResult.Rejected<>(line,
                        "line longer than " + ByteLineReader.MAX_LINE_BYTES + " bytes", lines.text(1000));
            }
            if (lines.isBlank()) {
                continue;
            }
            problem = null;
            if (!fields.split(lines.buffer(), lines.start(), lines.end())) {
                return reject(line, fields.problem());
            }
            ReadResult<T> result = read(line);
            if (result != null) {
                return result;
            }
        }
        return null;
    }

    /**
     * Turns the fields of the current line into a result; null to skip the line (a header).
     * {@link #fields} has already been split and checked for text problems.
     */
    protected abstract ReadResult<T> read(long line) throws IOException;

    /** Names of the columns, used in rejection reasons ("non-numeric GoldsteinScale 'abc'"). */
    protected final void columnNames(List<String> names) {
        this.columnNames = List.copyOf(names);
    }

    /**
     * True when the line starts with the first two column names: a header row (pasted in front of
     * each file of a concatenation, say), not a data row whose first field is damaged into a name.
     */
    protected final boolean isHeaderRow() {
        return columnNames.size() >= 2 && fields.startsWith(0, columnNames.get(0))
                && columnNames.get(0).equals(fields.text(0)) && columnNames.get(1).equals(fields.text(1));
    }

    protected final String columnName(int column) {
        return column >= 0 && column < columnNames.size() ? columnNames.get(column) : "column " + (column + 1);
    }

    protected final ReadResult<T> reject(long line, String reason) {
        return new ReadResult.Rejected<>(line, reason, fields.lineText());
    }

    protected final ReadResult<T> accept(long line, T value) {
        return new ReadResult.Ok<>(line, value);
    }

    /** The first problem noted on the current line, or null. */
    protected final String problem() {
        return problem;
    }

    /** Notes a problem with the current line; the first one noted is the reason given. */
    protected final void noteProblem(String reason) {
        if (problem == null) {
            problem = reason;
        }
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }

    // ---------------------------------------------------------------- field helpers

    /** The field's text; notes "missing X" when empty. */
    protected final String requiredText(int column) {
        return requiredText(column, null);
    }

    /** The field's text through the cache (null for none); notes "missing X" when empty. */
    protected final String requiredText(int column, StringCache cache) {
        String text = cache == null ? fields.text(column) : fields.text(column, cache);
        if (text == null) {
            noteProblem("missing " + columnName(column));
        }
        return text;
    }

    /** A field that must hold a whole number (an id); notes a problem otherwise. */
    protected final String requiredDigits(int column) {
        if (fields.isEmpty(column)) {
            noteProblem("missing " + columnName(column));
            return null;
        }
        if (!fields.isDigits(column)) {
            noteProblem("non-numeric " + columnName(column) + " '" + fields.quoted(column) + "'");
            return null;
        }
        return fields.text(column);
    }

    /** An optional whole number: null when empty; notes a problem when not a number or out of range. */
    protected final Integer optionalInteger(int column, long min, long max) {
        if (fields.isEmpty(column)) {
            return null;
        }
        long value = fields.integer(column);
        if (value == DelimitedLine.NOT_AN_INTEGER) {
            noteProblem("non-numeric " + columnName(column) + " '" + fields.quoted(column) + "'");
            return null;
        }
        if (value < min || value > max) {
            noteProblem(columnName(column) + " " + value + " outside " + min + ".." + max);
            return null;
        }
        return (int) value;
    }

    /** An optional decimal: null when empty; notes a problem when not a number or out of range. */
    protected final Double optionalDecimal(int column, double min, double max) {
        if (fields.isEmpty(column)) {
            return null;
        }
        double value = fields.decimal(column);
        if (Double.isNaN(value)) {
            noteProblem("non-numeric " + columnName(column) + " '" + fields.quoted(column) + "'");
            return null;
        }
        if (value < min || value > max) {
            noteProblem(columnName(column) + " " + fields.quoted(column) + " outside "
                    + formatBound(min) + ".." + formatBound(max));
            return null;
        }
        return value;
    }

    private static String formatBound(double bound) {
        return bound == Math.rint(bound) ? Long.toString((long) bound) : Double.toString(bound);
    }
}
