package org.touchstone.data.cow;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.touchstone.data.DelimitedLine;
import org.touchstone.data.LineRecordReader;
import org.touchstone.data.ReadResult;
import org.touchstone.data.UnknownDatasetFormatException;

/**
 * A comma-separated file whose first line names its columns, as the Correlates of War and UCDP
 * files come. Columns are found by name (case-insensitive), so their order and any extra columns
 * do not matter; a file that lacks a required column is refused as a whole, naming the column.
 * "NA" and empty fields read as missing.
 */
public abstract class HeaderCsvReader<T> extends LineRecordReader<T> {

    private final Map<String, Integer> columns = new HashMap<>();
    private int headerColumns = -1;

    protected HeaderCsvReader(InputStream in, String fileName) {
        super(in, fileName, new DelimitedLine(DelimitedLine.Syntax.CSV, true, "NA"));
    }

    /** Looks up the columns the subclass needs, with {@link #required} and {@link #optional}. */
    protected abstract void columnsFound() throws UnknownDatasetFormatException;

    /** Turns the current data line into a record or a rejection. */
    protected abstract ReadResult<T> record(long line);

    @Override
    protected final ReadResult<T> read(long line) throws UnknownDatasetFormatException {
        if (headerColumns < 0) {
            readHeader(line);
            return null;
        }
        if (fields.count() != headerColumns) {
            return reject(line, "expected " + headerColumns + " comma-separated columns, found " + fields.count());
        }
        return record(line);
    }

    /** The position of the first of {@code names} the header has; refuses the file when it has none. */
    protected final int required(String... names) throws UnknownDatasetFormatException {
        int column = optional(names);
        if (column < 0) {
            throw new UnknownDatasetFormatException(fileName, "line 1: the header lacks the column '"
                    + String.join("' (or '", names) + (names.length > 1 ? "')" : "'"));
        }
        return column;
    }

    /** The position of the first of {@code names} the header has, or -1 (the field then reads as empty). */
    protected final int optional(String... names) {
        for (String name : names) {
            Integer column = columns.get(name);
            if (column != null) {
                return column;
            }
        }
        return -1;
    }

    /** A whole number that must be present and within bounds; notes the problem otherwise. */
    protected final Integer requiredInteger(int column, int min, int max) {
        if (fields.isEmpty(column)) {
            noteProblem("missing " + columnName(column));
            return null;
        }
        return optionalInteger(column, min, max);
    }

    /** A decimal that must be present and within bounds; notes the problem otherwise. */
    protected final Double requiredDecimal(int column, double min, double max) {
        if (fields.isEmpty(column)) {
            noteProblem("missing " + columnName(column));
            return null;
        }
        return optionalDecimal(column, min, max);
    }

    private void readHeader(long line) throws UnknownDatasetFormatException {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < fields.count(); i++) {
            String name = fields.text(i);
            // a byte order mark, as spreadsheet programs write, is not part of the first name
            name = name == null ? "" : name.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && columns.putIfAbsent(name, i) != null) {
                throw new UnknownDatasetFormatException(fileName, "line " + line + ": column '" + name + "' appears twice");
            }
            names.add(name);
        }
        columnNames(names);
        headerColumns = names.size();
        columnsFound();
    }
}
