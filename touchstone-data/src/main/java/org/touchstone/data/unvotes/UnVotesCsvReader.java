package org.touchstone.data.unvotes;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.touchstone.data.DelimitedLine;
import org.touchstone.data.LineRecordReader;
import org.touchstone.data.ReadResult;
import org.touchstone.data.UnknownDatasetFormatException;

/**
 * The common part of the four UN voting data readers: quoted CSV with a header row that names the
 * columns. Columns are found by name, so their order may change and extra columns are ignored;
 * a header without a required column means the file is not of the expected kind.
 */
abstract class UnVotesCsvReader<T extends UnVotesRecord> extends LineRecordReader<T> {

    /** The data's country codes: ISO 3166-1 alpha-2, or three letters for FRG, YAR, ZAN. */
    static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2,3}");

    private final UnVotesFileKind kind;
    private final Map<String, Integer> columns = new HashMap<>();
    private int headerColumns = -1;

    UnVotesCsvReader(InputStream in, String fileName, UnVotesFileKind kind) {
        // spaces trimmed: some titles in the data end with a space
        super(in, fileName, new DelimitedLine(DelimitedLine.Syntax.CSV, true, null));
        this.kind = kind;
    }

    @Override
    protected final ReadResult<T> read(long line) throws UnknownDatasetFormatException {
        if (headerColumns < 0) {
            readHeader(line);
            return null;
        }
        if (fields.count() != headerColumns) {
            return reject(line, "expected " + headerColumns + " comma-separated columns, found " + fields.count());
        }
        T record = readRecord();
        return problem() == null ? accept(line, record) : reject(line, problem());
    }

    /** The record of the current line; problems are noted with {@link #noteProblem}. */
    protected abstract T readRecord();

    /** Position of a column, or -1 when the file does not have it (it then reads as empty). */
    protected final int column(String name) {
        return columns.getOrDefault(name, -1);
    }

    /** The field's text, null when empty or absent. */
    protected final String optionalText(String column) {
        return fields.text(column(column));
    }

    protected final String requiredText(String column) {
        return requiredText(column(column));
    }

    /** A whole number in [min, max]; notes "missing X" or the problem when it is not one. */
    protected final Integer requiredInteger(String column, int min, int max) {
        int i = column(column);
        if (fields.isEmpty(i)) {
            noteProblem("missing " + column);
            return null;
        }
        return optionalInteger(i, min, max);
    }

    protected final Integer optionalInteger(String column, int min, int max) {
        return optionalInteger(column(column), min, max);
    }

    /** A 0/1 flag: null when empty, else false or true; notes a problem for anything else. */
    protected final Boolean optionalFlag(String column) {
        String text = optionalText(column);
        if (text == null) {
            return null;
        }
        return switch (text) {
            case "0" -> false;
            case "1" -> true;
            default -> {
                noteProblem(column + " must be 0 or 1, was '" + fields.quoted(column(column)) + "'");
                yield null;
            }
        };
    }

    /** A country code as the data writes it ("US", "FRG"); notes a problem otherwise. */
    protected final String requiredCountryCode(String column) {
        String code = requiredText(column);
        if (code != null && !COUNTRY_CODE.matcher(code).matches()) {
            noteProblem("bad " + column + " '" + fields.quoted(column(column))
                    + "' (expected two or three capital letters, e.g. US)");
            return null;
        }
        return code;
    }

    private void readHeader(long line) throws UnknownDatasetFormatException {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < fields.count(); i++) {
            String name = fields.text(i);
            name = name == null ? "" : name.trim();
            if (!name.isEmpty() && columns.putIfAbsent(name, i) != null) {
                throw new UnknownDatasetFormatException(fileName, "line " + line + ": column '" + name + "' appears twice");
            }
            names.add(name);
        }
        List<String> missing = kind.requiredColumns().stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new UnknownDatasetFormatException(fileName, "line " + line + ": the header of a " + kind.namePrefix()
                    + " file lacks the column(s) " + String.join(", ", missing) + " (found: " + String.join(",", names) + ")");
        }
        columnNames(names);
        headerColumns = names.size();
    }
}
