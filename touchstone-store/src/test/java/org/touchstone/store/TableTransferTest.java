package org.touchstone.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.core.Actor;
import org.touchstone.core.Event;
import org.touchstone.core.Geo;
import org.touchstone.core.Provenance;
import org.touchstone.core.QuadClass;

class TableTransferTest {
    @TempDir
    Path dir;

    static Event event(String id, String code, Double goldstein) {
        return new Event("gdelt2", id, LocalDate.of(2019, 10, 24),
                new Actor("USAGOV", "UNITED STATES", "USA", "GOV"), new Actor("CHN", "CHINA", "CHN", null),
                code, QuadClass.ofCode(code), goldstein, 3, 1, 3, -2.5,
                new Geo("Beijing, China", "CH", 39.9, 116.4), "https://example.org/" + id,
                Provenance.ofRow("sample.CSV", 7));
    }

    static void insert(Store store, List<Event> events) {
        new EventWriter(store).add(events);
    }

    static List<String> rows(Store store, String table) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Statement st = store.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY ALL")) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    b.append(rs.getString(c)).append('\t');
                }
                rows.add(b.toString());
            }
        }
        return rows;
    }

    @Test
    void parquetExportAndImportRoundTripExactly() throws Exception {
        List<String> before;
        try (Store store = Store.open(dir.resolve("a.duckdb"))) {
            insert(store, List.of(event("1", "010", 0.0), event("2", "0311", 5.2), event("3", "190", null)));
            before = rows(store, "events");
            new TableTransfer(store).export(dir.resolve("out"), TableTransfer.Format.PARQUET);
        }
        assertThat(dir.resolve("out/events.parquet")).exists();
        try (Store fresh = Store.open(dir.resolve("b.duckdb"))) {
            var added = new TableTransfer(fresh).importParquet(dir.resolve("out"));
            assertThat(added.get(StoreTable.EVENTS)).isEqualTo(3);
            assertThat(rows(fresh, "events")).isEqualTo(before);
            assertThat(rows(fresh, "events").get(0)).contains("\t010\t01\t");
            assertThat(rows(fresh, "dyad_day")).as("derived, rebuilt on import").hasSize(1)
                    .first().asString().startsWith("2019-10-24\tgdelt2\tUSAGOV\tCHN\tUSA\tCHN\t3\t");

            var again = new TableTransfer(fresh).importParquet(dir.resolve("out"));
            assertThat(again.get(StoreTable.EVENTS)).isZero();
            assertThat(fresh.count(StoreTable.EVENTS)).isEqualTo(3);
        }
    }

    @Test
    void csvExportWritesOneFilePerTableWithHeaderAndDatasetColumn() throws Exception {
        try (Store store = Store.open(dir.resolve("a.duckdb"))) {
            insert(store, List.of(event("1", "040", 1.0)));
            new TableTransfer(store).export(dir.resolve("csv"), TableTransfer.Format.CSV);
        }
        for (StoreTable table : StoreTable.values()) {
            assertThat(dir.resolve("csv/" + table.sqlName() + ".csv")).exists();
        }
        List<String> lines = Files.readAllLines(dir.resolve("csv/events.csv"));
        assertThat(lines.get(0)).startsWith("dataset,event_id,date,");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("gdelt2,1,2019-10-24,USAGOV,").contains(",040,04,1,");
    }

    @Test
    void exportsOfTheSameStoreAreByteIdentical() throws Exception {
        try (Store store = Store.open(dir.resolve("a.duckdb"))) {
            insert(store, List.of(event("2", "040", 1.0), event("1", "111", -2.0)));
            TableTransfer transfer = new TableTransfer(store);
            transfer.export(dir.resolve("x"), TableTransfer.Format.CSV);
            transfer.export(dir.resolve("y"), TableTransfer.Format.CSV);
        }
        assertThat(Files.readAllBytes(dir.resolve("x/events.csv"))).isEqualTo(Files.readAllBytes(dir.resolve("y/events.csv")));
    }

    @Test
    void importFromADirectoryWithoutTablesSaysWhatItExpected() throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        try (Store store = Store.open(dir.resolve("a.duckdb"))) {
            assertThatThrownBy(() -> new TableTransfer(store).importParquet(dir.resolve("empty")))
                    .isInstanceOf(StoreException.class).hasMessageContaining("events.parquet");
            assertThatThrownBy(() -> new TableTransfer(store).importParquet(dir.resolve("missing")))
                    .hasMessageContaining("does not exist");
        }
    }
}
