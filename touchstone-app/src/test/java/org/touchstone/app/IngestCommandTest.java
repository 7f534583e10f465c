package org.touchstone.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.store.Store;
import org.touchstone.store.StoreTable;
import org.touchstone.testing.SharedData;

/** {@code touchstone ingest} on the real shared GDELT and ICEWS files. */
class IngestCommandTest {
    @TempDir
    Path dir;

    @Test
    void storesExactlyTheValidRowsAndAddsNothingTheSecondTime() throws Exception {
        Path gdelt2 = SharedData.file(SharedData.GDELT2_EXPORT);
        Path gdelt1 = SharedData.file(SharedData.GDELT1_ROWS);
        Path icews = SharedData.file(SharedData.ICEWS_SAMPLE);
        String db = dir.resolve("t.duckdb").toString();

        Cli first = Cli.run("ingest", "--db", db, "--json", gdelt2.toString(), gdelt1.toString(), icews.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        JsonNode summary = first.json();
        // The GDELT 1.0 sample holds one event twice (GLOBALEVENTID 324845984, as a 58- and a
        // 57-column row): 4 valid rows, 3 events.
        assertThat(summary.get("read").asLong()).isEqualTo(2_111 + 4 + 3_705);
        assertThat(summary.get("stored").asLong()).isEqualTo(2_111 + 3 + 3_705);
        assertThat(summary.get("duplicate").asLong()).isEqualTo(1);
        assertThat(summary.get("rejected").asLong()).isZero();
        assertThat(summary.get("files")).extracting(f -> f.get("dataset").asText())
                .containsExactly("gdelt2", "gdelt1", "icews");

        Cli second = Cli.run("ingest", "--db", db, "--json", gdelt2.toString(), gdelt1.toString(), icews.toString());
        assertThat(second.json().get("stored").asLong()).isZero();
        assertThat(second.json().get("files")).allSatisfy(f -> assertThat(f.get("already_ingested").asBoolean()).isTrue());

        try (Store store = Store.open(Path.of(db))) {
            assertThat(store.count(StoreTable.EVENTS)).isEqualTo(2_111 + 3 + 3_705);
            assertThat(store.count(StoreTable.INGESTED_FILES)).isEqualTo(3);
        }
    }

    @Test
    void aCopyUnderAnotherNameIsStillNotStoredTwice() throws Exception {
        Path gdelt2 = SharedData.file(SharedData.GDELT2_EXPORT);
        Path renamed = dir.resolve("copy-with-a-new-line-end.export.CSV");
        Files.writeString(renamed, Files.readString(gdelt2, StandardCharsets.UTF_8) + "\n");
        String db = dir.resolve("t.duckdb").toString();
        Cli.run("ingest", "--db", db, gdelt2.toString());
        Cli again = Cli.run("ingest", "--db", db, "--json", renamed.toString());
        assertThat(again.json().get("stored").asLong()).isZero();
        assertThat(again.json().get("duplicate").asLong()).isEqualTo(2_111);
    }

    @Test
    void fiveCorruptedLinesAreRejectedWithLineAndReasonAndTheRestIsStored() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(SharedData.file(SharedData.GDELT2_EXPORT)));
        lines.set(9, lines.get(9).substring(0, lines.get(9).length() / 2));                  // line 10: truncated row
        lines.set(199, replaceColumn(lines.get(199), 1, "2019x024"));                        // line 200: bad date
        lines.set(499, replaceColumn(lines.get(499), 30, "abc"));                            // line 500: bad Goldstein
        lines.set(999, lines.get(999).replaceFirst("\t", "\t\t\t"));                         // line 1000: extra tabs
        lines.set(1999, "\u0000\u0001\u00ff\u00fe garbage \u0007\u0008");                    // line 2000: binary garbage
        Path corrupted = dir.resolve("20191024143000.export.CSV");
        Files.write(corrupted, lines, StandardCharsets.UTF_8);

        String db = dir.resolve("t.duckdb").toString();
        Cli result = Cli.run("ingest", "--db", db, corrupted.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("2111 rows read, 2106 stored, 0 duplicate, 5 rejected");
        assertThat(result.err()).contains("rejected " + corrupted + ":10: ", ":200: ", ":500: ", ":1000: ", ":2000: ");

        try (Store store = Store.open(Path.of(db)); Statement st = store.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT line, reason FROM rejected_rows ORDER BY line")) {
            List<String> rejected = new ArrayList<>();
            while (rs.next()) {
                rejected.add(rs.getLong(1) + ": " + rs.getString(2));
            }
            assertThat(rejected).hasSize(5);
            assertThat(rejected.get(0)).startsWith("10: ").contains("columns");
            assertThat(rejected.get(1)).startsWith("200: ").contains("2019x024");
            assertThat(rejected.get(2)).startsWith("500: ").contains("abc");
            assertThat(rejected.get(3)).startsWith("1000: ").contains("columns");
            assertThat(rejected.get(4)).startsWith("2000: ");
            assertThat(store.count(StoreTable.EVENTS)).isEqualTo(2_106);
        }
    }

    @Test
    void anUnreadableFileIsReportedAndTheOthersAreStillIngested() throws Exception {
        Path notData = dir.resolve("notes.txt");
        Files.writeString(notData, "just some words\nand more\n");
        Path gdelt1 = SharedData.file(SharedData.GDELT1_ROWS);
        String db = dir.resolve("t.duckdb").toString();
        Cli result = Cli.run("ingest", "--db", db, notData.toString(), gdelt1.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("notes.txt");
        assertThat(result.out()).contains("4 rows read, 3 stored, 1 duplicate");
    }

    static String replaceColumn(String line, int column, String value) {
        String[] fields = line.split("\t", -1);
        fields[column] = value;
        return String.join("\t", fields);
    }
}
