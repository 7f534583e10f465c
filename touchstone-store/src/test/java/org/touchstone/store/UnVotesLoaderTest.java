package org.touchstone.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnVotesLoaderTest {
    @TempDir
    Path dir;

    Path data;

    @BeforeEach
    void writeTinyData() throws Exception {
        data = Files.createDirectories(dir.resolve("unvotes"));
        Files.writeString(data.resolve("un_countries.csv"), """
                country_code,country
                US,United States
                RU,Russia
                ZAN,Zanzibar
                """);
        Files.writeString(data.resolve("un_roll_calls.csv"), """
                rcid,session,importantvote,date,unres,amend,para,short,descr
                1,1,0,1946-01-01,R/1/1,1,0,"FIRST, VOTE",first
                2,1,,1946-02-01,R/1/2,,,second,second
                """);
        Files.writeString(data.resolve("un_roll_call_issues.csv"), """
                rcid,short_name,issue
                1,hr,Human rights
                """);
        Files.writeString(data.resolve("un_votes_1946.csv"), """
                rcid,year,country_code,vote
                1,1946,US,yes
                1,1946,RU,no
                2,1946,US,abstain
                2,1946,RU,maybe
                2,1946,RU,abstain
                """);
        Files.writeString(data.resolve("notes.txt"), "not data\n");
    }

    @Test
    void loadsTheFourKindsOfFilesWithRejectionsAndReloadingAddsNothing() throws Exception {
        try (Store store = Store.open(dir.resolve("t.duckdb"))) {
            UnVotesLoadReport first = new UnVotesLoader(store, IngestListener.SILENT).load(data);
            assertThat(first.files()).hasSize(4);
            assertThat(first.failed()).isEmpty();
            assertThat(first.ignored()).extracting(p -> p.getFileName().toString()).containsExactly("notes.txt");
            assertThat(first.total().read()).isEqualTo(3 + 2 + 1 + 5);
            assertThat(first.total().stored()).isEqualTo(3 + 2 + 1 + 4);
            assertThat(first.total().rejected()).isEqualTo(1);
            assertThat(first.files().get(0).unmappedNames()).containsOnlyKeys("ZAN (Zanzibar)");

            assertThat(store.count(StoreTable.UN_VOTES)).isEqualTo(4);
            assertThat(store.count(StoreTable.UN_ROLL_CALLS)).isEqualTo(2);
            assertThat(store.count(StoreTable.UN_ROLL_CALL_ISSUES)).isEqualTo(1);
            assertThat(store.count(StoreTable.UN_COUNTRIES)).isEqualTo(3);
            assertThat(rows(store, "SELECT f.name, r.line, r.reason FROM rejected_rows r JOIN ingested_files f USING (file_id)"))
                    .containsExactly("un_votes_1946.csv|5|unknown vote 'maybe' (expected yes, abstain or no)");
            assertThat(rows(store, "SELECT country_code, cameo_code, iso3, cow FROM un_countries ORDER BY country_code"))
                    .containsExactly("RU|RUS|RUS|365", "US|USA|USA|2", "ZAN|null|null|511");
            assertThat(rows(store, "SELECT rcid, importantvote, date, amend, short FROM un_roll_calls ORDER BY rcid"))
                    .containsExactly("1|false|1946-01-01|true|FIRST, VOTE", "2|null|1946-02-01|null|second");
            assertThat(rows(store, "SELECT DISTINCT dataset, format FROM ingested_files ORDER BY format")).containsExactly(
                    "unvotes|UN_COUNTRIES", "unvotes|UN_ROLL_CALLS", "unvotes|UN_ROLL_CALL_ISSUES", "unvotes|UN_VOTES");

            UnVotesLoadReport again = new UnVotesLoader(store, IngestListener.SILENT).load(data);
            assertThat(again.files()).allMatch(IngestReport::alreadyIngested);
            assertThat(again.total().stored()).isZero();
            assertThat(store.count(StoreTable.UN_VOTES)).isEqualTo(4);
            assertThat(store.count(StoreTable.REJECTED_ROWS)).isEqualTo(1);
        }
    }

    @Test
    void aChangedFileAddsOnlyItsNewVotes() throws Exception {
        try (Store store = Store.open(dir.resolve("t.duckdb"))) {
            new UnVotesLoader(store, IngestListener.SILENT).load(data);
            Files.writeString(data.resolve("un_votes_1946.csv"), """
                    rcid,year,country_code,vote
                    1,1946,US,yes
                    1,1946,RU,no
                    3,1946,RU,no
                    3,1946,RU,yes
                    """);
            UnVotesLoadReport report = new UnVotesLoader(store, IngestListener.SILENT).load(data);
            IngestReport votes = report.files().get(3);
            assertThat(votes.alreadyIngested()).isFalse();
            assertThat(votes.stored()).isEqualTo(1);
            assertThat(votes.duplicate()).as("two stored before, one repeated in the file").isEqualTo(3);
            assertThat(rows(store, "SELECT vote FROM un_votes WHERE rcid = 3")).containsExactly("no");
        }
    }

    @Test
    void aFileThatCannotBeReadAddsNothingAndTheOthersAreStillLoaded() throws Exception {
        Files.writeString(data.resolve("un_votes_broken.csv"), "rcid,year,country\n1,1946,GB\n");
        try (Store store = Store.open(dir.resolve("t.duckdb"))) {
            UnVotesLoadReport report = new UnVotesLoader(store, IngestListener.SILENT).load(data);
            assertThat(report.failed()).singleElement().asString()
                    .contains("un_votes_broken.csv").contains("lacks the column(s) country_code, vote");
            assertThat(store.count(StoreTable.UN_VOTES)).isEqualTo(4);
            assertThat(store.count(StoreTable.INGESTED_FILES)).isEqualTo(4);
        }
    }

    @Test
    void aDirectoryWithoutTheDataSaysWhatItExpected() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        try (Store store = Store.open(dir.resolve("t.duckdb"))) {
            assertThatThrownBy(() -> new UnVotesLoader(store, IngestListener.SILENT).load(empty))
                    .hasMessageContaining("no UN votes files in").hasMessageContaining("un_votes*.csv");
        }
    }

    static List<String> rows(Store store, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Statement st = store.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int c = 1; c <= columns; c++) {
                    values.add(String.valueOf(rs.getObject(c)));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }
}
