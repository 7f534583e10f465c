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
import org.touchstone.core.DyadDaySql;
import org.touchstone.core.Event;
import org.touchstone.core.Provenance;
import org.touchstone.core.QuadClass;
import org.touchstone.testing.GdeltCopies;
import org.touchstone.testing.SharedData;

/** The dyad-by-day table stays what its SQL gives over the events, whatever adds them and in any order. */
class DyadDaysTest {
    @TempDir
    Path dir;

    static List<String> table(Store store) throws Exception {
        return TableTransferTest.rows(store, "dyad_day");
    }

    static List<String> aggregatedFromEvents(Store store) throws Exception {
        return TableTransferTest.rows(store, "(" + DyadDaySql.DYAD_DAY + ")");
    }

    static Event event(String id, LocalDate date, String source, String target, String code, Double goldstein,
                       Integer mentions) {
        return new Event("touchstone", id, date, new Actor(source, null, source.substring(0, 3), null),
                new Actor(target, null, target.substring(0, 3), null), code, QuadClass.ofCode(code), goldstein,
                mentions, null, null, null, null, null, Provenance.ofRow("hand", Integer.parseInt(id)));
    }

    @Test
    void ingestedFilesGiveTheTableTheirEventsGiveInEitherOrder() throws Exception {
        Path gdelt = SharedData.file(SharedData.GDELT2_EXPORT);
        Path icews = SharedData.file(SharedData.ICEWS_SAMPLE);
        List<String> forward;
        try (Store store = Store.open(dir.resolve("forward.duckdb"))) {
            Ingester ingester = new Ingester(store, IngestListener.SILENT);
            ingester.ingest(gdelt);
            ingester.ingest(icews);
            forward = table(store);
            assertThat(forward).isEqualTo(aggregatedFromEvents(store)).hasSizeLessThan((int) store.count(StoreTable.EVENTS));
        }
        try (Store store = Store.open(dir.resolve("backward.duckdb"))) {
            Ingester ingester = new Ingester(store, IngestListener.SILENT);
            ingester.ingest(icews);
            ingester.ingest(gdelt);
            assertThat(table(store)).isEqualTo(forward);
        }
    }

    @Test
    void eventsAddedLaterToADayAlreadyStoredAreAddedToItsRows() throws Exception {
        LocalDate day = LocalDate.of(2020, 1, 16);
        try (Store store = Store.open(dir.resolve("store.duckdb"))) {
            EventWriter writer = new EventWriter(store);
            writer.add(List.of(event("1", day, "USAGOV", "CHNGOV", "051", 3.4, null)));
            writer.add(List.of(event("2", day, "USAGOV", "CHNGOV", "163", -8.0, 4),
                    event("3", day.plusDays(1), "CHNGOV", "USAGOV", "112", -2.0, 2)));
            writer.add(List.of(event("2", day, "USAGOV", "CHNGOV", "163", -8.0, 4)));
            assertThat(table(store)).isEqualTo(aggregatedFromEvents(store)).containsExactly(
                    // date, dataset, codes, countries, events, quads 1-4, verbal, material,
                    // Goldstein sum and count, mentions, weighted quads 1-4, weighted Goldstein sum and count
                    "2020-01-16\ttouchstone\tUSAGOV\tCHNGOV\tUSA\tCHN\t2\t1\t0\t0\t1\t1\t1\t-4.6\t2\t4\t1\t0\t0\t4\t-28.6\t5\t",
                    "2020-01-17\ttouchstone\tCHNGOV\tUSAGOV\tCHN\tUSA\t1\t0\t0\t1\t0\t1\t0\t-2.0\t1\t2\t0\t0\t2\t0\t-4.0\t2\t");
        }
    }

    /** A store of the shared GDELT file as it was before the table existed; gives the table it had. */
    private static List<String> storeFromBeforeTheTable(Path path) throws Exception {
        try (Store store = Store.open(path)) {
            new Ingester(store, IngestListener.SILENT).ingest(SharedData.file(SharedData.GDELT2_EXPORT));
            List<String> expected = table(store);
            try (Statement st = store.connection().createStatement()) {
                st.execute("DROP TABLE dyad_day");
            }
            return expected;
        }
    }

    @Test
    void aStoreFromBeforeTheTableGetsItWhenOpened() throws Exception {
        Path path = dir.resolve("old.duckdb");
        List<String> expected = storeFromBeforeTheTable(path);
        try (Store store = Store.open(path)) {
            assertThat(table(store)).hasSize(expected.size()).isEqualTo(expected);
        }
    }

    @Test
    void aStoreFromBeforeTheTableAnswersFromItsEventsWhenItCannotBeWritten() throws Exception {
        Path path = dir.resolve("old.duckdb");
        List<String> expected = storeFromBeforeTheTable(path);
        byte[] before = Files.readAllBytes(path);
        try (Store store = Store.openReadOnly(path)) {
            assertThat(table(store)).hasSize(expected.size()).isEqualTo(expected);
            assertThatThrownBy(() -> store.inTransaction(connection -> 0)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("cannot write store " + path + ": it is read-only");
        }
        assertThat(Files.readAllBytes(path)).isEqualTo(before);
    }

    @Test
    void enoughNewRowsAreSortedByActorCodesSoThatAPairIsReadFromFewRowGroups() throws Exception {
        // Two files of 60 days each: each is added sorted, and the second brings the rows added
        // since the last sort over the minimum, so the table is rewritten in one order.
        try (Store store = Store.open(dir.resolve("store.duckdb"))) {
            for (int first : new int[] {60, 0}) {
                Path file = dir.resolve("copies-" + first + ".export.CSV");
                GdeltCopies.repeatDaily(SharedData.file(SharedData.GDELT2_EXPORT), first, 60, file);
                new Ingester(store, IngestListener.SILENT).ingest(file);
            }
            assertThat(store.count(StoreTable.EVENTS)).isEqualTo(120 * 2_111);
            List<String> stored = sourceCodes(store, "rowid");
            assertThat(stored).hasSizeGreaterThan((int) DyadDays.UNSORTED_MINIMUM)
                    .isEqualTo(sourceCodes(store, "source_code NULLS LAST"));
            assertThat(table(store)).isEqualTo(aggregatedFromEvents(store));
        }
    }

    private static List<String> sourceCodes(Store store, String order) throws Exception {
        List<String> codes = new ArrayList<>();
        try (Statement st = store.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT source_code FROM dyad_day ORDER BY " + order)) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        return codes;
    }
}
