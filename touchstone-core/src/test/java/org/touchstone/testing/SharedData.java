package org.touchstone.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Public data in ../shared/data (see its README), read in place and never copied into the project.
 * Surefire passes its location as the system property {@code touchstone.shared.data}. A test that
 * needs a file that is absent is skipped with a message naming it. Shared by every module's tests
 * through touchstone-core's test jar.
 */
public final class SharedData {
    public static final String GDELT2_EXPORT = "gdelt/20191024143000.export.CSV";
    public static final String GDELT1_ROWS = "gdelt/gdelt1_rows_20141124.tsv";
    public static final String GDELT1_CSV_APRIL = "gdelt/gdelt1_georgia_events_2013_04.csv";
    public static final String GDELT1_CSV_MAY = "gdelt/gdelt1_georgia_events_2013_05.csv";
    public static final String ICEWS_SAMPLE = "icews/events.2018.sample.tab";

    private SharedData() {
    }

    /** The shared file, or the test is skipped with a message naming what is missing. */
    public static Path file(String relativePath) {
        String base = System.getProperty("touchstone.shared.data");
        assumeTrue(base != null && !base.isBlank(),
                "system property touchstone.shared.data is not set (run the tests through Maven): skipping "
                        + relativePath);
        Path directory = Path.of(base);
        assumeTrue(Files.isDirectory(directory),
                "shared data directory " + directory + " is absent: skipping the test of " + relativePath);
        Path file = directory.resolve(relativePath).normalize();
        assumeTrue(Files.isRegularFile(file), "shared data file " + file + " is absent: skipping this test");
        return file;
    }

    /** The lines of a shared data file (UTF-8), or a skipped test when it is absent. */
    public static List<String> lines(String relativePath) {
        Path file = file(relativePath);
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
