package org.touchstone.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.store.Store;
import org.touchstone.store.StoreTable;
import org.touchstone.testing.GdeltCopies;
import org.touchstone.testing.SharedData;

/**
 * An ingest killed with SIGKILL in the middle of a file, in a real child process, leaves the store
 * consistent (the file is absent, earlier files are whole), and a rerun gives exactly the tables of
 * an ingest that was never interrupted.
 */
class KilledIngestTest {
    @TempDir
    Path dir;

    @Test
    void killMidFileThenRerunEqualsUninterruptedIngest() throws Exception {
        Path small = SharedData.file(SharedData.GDELT1_ROWS);
        Path big = dir.resolve("20191024143000.export.CSV");
        long bigRows = GdeltCopies.repeat(SharedData.file(SharedData.GDELT2_EXPORT), 30, big);
        Path killed = dir.resolve("killed.duckdb");
        Path reference = dir.resolve("reference.duckdb");

        Process child = ingestInChild(killed, ProcessBuilder.Redirect.PIPE, small, big);
        List<String> seen = new ArrayList<>();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = err.readLine()) != null; ) {
                seen.add(line);
                // The first progress line of the big file: its transaction is open, not committed.
                if (line.contains(big.getFileName() + ": ") && line.contains(" lines, ")) {
                    child.destroyForcibly();
                    break;
                }
            }
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as("killed by SIGKILL; saw %s", seen).isEqualTo(137);

        try (Store store = Store.open(killed)) {
            assertThat(store.count(StoreTable.INGESTED_FILES)).as("only the small file is committed").isEqualTo(1);
            assertThat(store.count(StoreTable.EVENTS)).isEqualTo(3);
        }

        assertThat(ingestInChild(killed, ProcessBuilder.Redirect.DISCARD, small, big).waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(ingestInChild(reference, ProcessBuilder.Redirect.DISCARD, small, big).waitFor(120, TimeUnit.SECONDS)).isTrue();
        try (Store rerun = Store.open(killed); Store uninterrupted = Store.open(reference)) {
            assertThat(rerun.count(StoreTable.EVENTS)).isEqualTo(3 + bigRows);
            for (StoreTable table : StoreTable.values()) {
                assertThat(digest(rerun, table)).as(table.sqlName()).isEqualTo(digest(uninterrupted, table));
            }
        }
    }

    private static Process ingestInChild(Path db, ProcessBuilder.Redirect stderr, Path... files) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "ingest", "--db", db.toString()));
        for (Path f : files) {
            command.add(f.toString());
        }
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(stderr).start();
    }

    /** Row count and a checksum of every row's text, ignoring when a file was ingested. */
    static String digest(Store store, StoreTable table) throws Exception {
        String rows = table == StoreTable.INGESTED_FILES
                ? "(SELECT * EXCLUDE (ingested_at) FROM ingested_files)" : table.sqlName();
        try (Statement st = store.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) || ':' || coalesce(md5(string_agg(CAST(t AS VARCHAR), chr(10)"
                     + " ORDER BY CAST(t AS VARCHAR))), '') FROM " + rows + " t")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
