package org.touchstone.testing;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Larger GDELT files made from a real one: the file repeated, each copy with fresh event ids
 * (the first column), so that every row is a distinct event. For tests and benchmarks that need
 * volume with real content; {@link #repeatDaily} also spreads the copies over time, as an archive is.
 */
public final class GdeltCopies {
    private GdeltCopies() {
    }

    /** Writes {@code copies} copies of {@code source}'s lines to {@code target}; returns the row count. */
    public static long repeat(Path source, int copies, Path target) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank()) {
                    lines.add(line.substring(line.indexOf('\t')));
                }
            }
        }
        long id = 1_000_000_000L;
        try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            for (int copy = 0; copy < copies; copy++) {
                for (String rest : lines) {
                    out.write(Long.toString(id++));
                    out.write(rest);
                    out.write('\n');
                }
            }
        }
        return (long) copies * lines.size();
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    /**
     * Writes copies {@code first} to {@code first + copies - 1} of a GDELT 2.0 export to {@code target},
     * copy k with its dates (SQLDATE, MonthYear, Year, FractionDate, DATEADDED) moved k days later and
     * ids that no other copy uses: {@code copies} days of events with the actors and codes of real
     * ones. Returns the row count.
     */
    public static long repeatDaily(Path source, long first, int copies, Path target) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank()) {
                    rows.add(line.split("\t", -1));
                }
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            for (long copy = first; copy < first + copies; copy++) {
                long id = 1_000_000_000L + copy * rows.size();
                for (String[] row : rows) {
                    String[] shifted = row.clone();
                    shifted[0] = Long.toString(id++);
                    LocalDate date = LocalDate.parse(row[1], DAY).plusDays(copy);
                    shifted[1] = date.format(DAY);
                    shifted[2] = shifted[1].substring(0, 6);
                    shifted[3] = shifted[1].substring(0, 4);
                    shifted[4] = String.format(Locale.ROOT, "%.4f",
                            date.getYear() + (date.getDayOfYear() - 1) / (double) date.lengthOfYear());
                    shifted[59] = LocalDate.parse(row[59].substring(0, 8), DAY).plusDays(copy).format(DAY)
                            + row[59].substring(8);
                    out.write(String.join("\t", shifted));
                    out.write('\n');
                }
            }
        }
        return (long) copies * rows.size();
    }
}
