package org.touchstone.data;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared real data (../shared/data, see its README), read in place and never copied into the
 * project. Tests that need a file skip, saying which, when it is absent.
 */
public final class SharedData {

    public static final String GDELT2_EXPORT = "gdelt/20191024143000.export.CSV";
    public static final String GDELT1_ROWS = "gdelt/gdelt1_rows_20141124.tsv";
    public static final String GDELT1_CSV_APRIL = "gdelt/gdelt1_georgia_events_2013_04.csv";
    public static final String GDELT1_CSV_MAY = "gdelt/gdelt1_georgia_events_2013_05.csv";
    public static final String ICEWS_SAMPLE = "icews/events.2018.sample.tab";

    private SharedData() {
    }

    /** The shared file, or the test is skipped with a message naming it. */
    public static Path file(String relative) {
        String base = System.getProperty("touchstone.shared.data");
        assumeTrue(base != null, "system property touchstone.shared.data is not set (run the tests through Maven)");
        Path file = Paths.get(base).resolve(relative).normalize();
        assumeTrue(Files.isRegularFile(file), "shared data file " + file + " is absent; skipping");
        return file;
    }

    /** Every result of a reader, in order. */
    public static <T> List<ReadResult<T>> readAll(RecordReader<T> reader) throws IOException {
        List<ReadResult<T>> results = new ArrayList<>();
        try (reader) {
            for (ReadResult<T> r; (r = reader.next()) != null; ) {
                results.add(r);
            }
        }
        return results;
    }

    public static <T> List<T> values(List<ReadResult<T>> results) {
        List<T> values = new ArrayList<>();
        for (ReadResult<T> r : results) {
            if (r instanceof ReadResult.Ok<T> ok) {
                values.add(ok.value());
            }
        }
        return values;
    }

    public static <T> List<ReadResult.Rejected<T>> rejections(List<ReadResult<T>> results) {
        List<ReadResult.Rejected<T>> rejected = new ArrayList<>();
        for (ReadResult<T> r : results) {
            if (r instanceof ReadResult.Rejected<T> rej) {
                rejected.add(rej);
            }
        }
        return rejected;
    }
}
