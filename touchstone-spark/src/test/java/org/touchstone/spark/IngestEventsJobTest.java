package org.touchstone.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.analysis.DateRange;
import org.touchstone.analysis.DyadSeries;
import org.touchstone.analysis.Period;
import org.touchstone.analysis.StoreStats;
import org.touchstone.store.IngestListener;
import org.touchstone.store.Ingester;
import org.touchstone.store.Store;
import org.touchstone.store.StoreTable;
import org.touchstone.store.TableTransfer;
import org.touchstone.testing.SharedData;

/**
 * The shared GDELT 2.0 and ICEWS files, plus a small GDELT file with a bad line, a copy of it under
 * another name and a small mentions file, ingested twice: locally with {@link Ingester}, and by {@link IngestEventsJob}
 * into Parquet then {@link TableTransfer#importParquet} into a second store. The two stores must
 * hold the same rows and answer the same questions alike.
 */
class IngestEventsJobTest {
    /** Two mentions in GDELT 2.0's documented layout (16 tab-separated columns), made up for the test. */
    static final String WEB_MENTION = String.join("\t", "881990833", "20191024143000", "20191024143000", "1",
            "belsat.eu", "https://belsat.eu/en/news/eastern-partnership/", "3", "-1", "412", "430", "1", "50", "2847",
            "0.63492063492064", "", "");
    static final String TRANSLATED_MENTION = String.join("\t", "881990834", "20191024140000", "20191024143000",
            "1", "lemonde.fr", "https://www.lemonde.fr/article.html", "12", "1021", "-1", "1003", "0", "20", "5120",
            "-3.5", "srclc:fra;eng:GT-FRA 1.0.1", "");

    @TempDir
    static Path dir;

    static List<Path> inputs;
    static IngestEventsJob.Summary summary;
    static Store local;
    static Store viaSpark;

    @BeforeAll
    static void ingestBothWays() throws Exception {
        Path gdelt = SharedData.file(SharedData.GDELT2_EXPORT).toAbsolutePath().normalize();
        Path icews = SharedData.file(SharedData.ICEWS_SAMPLE).toAbsolutePath().normalize();
        Path small = dir.resolve("input/small.export.CSV");
        Files.createDirectories(small.getParent());
        List<String> lines = new ArrayList<>(Files.readAllLines(gdelt, StandardCharsets.UTF_8).subList(0, 20));
        lines.add(5, "1234\tnot a GDELT line");
        Files.write(small, lines, StandardCharsets.UTF_8);
        Path copy = Files.copy(small, dir.resolve("input/small-copy.export.CSV"));
        Path mentions = dir.resolve("input/20191024143000.mentions.CSV");
        Files.writeString(mentions, String.join("\n", WEB_MENTION, TRANSLATED_MENTION, WEB_MENTION,
                WEB_MENTION.replace("\t1\tbelsat.eu", "\t9\tbelsat.eu")) + "\n", StandardCharsets.UTF_8);
        // The job reads files in sorted order; ingesting them locally in that order keeps the same
        // first occurrence of the events the small file shares with the shared one.
        inputs = Stream.of(gdelt, icews, small, copy, mentions).sorted().toList();

        local = Store.open(dir.resolve("local.duckdb"));
        Ingester ingester = new Ingester(local, IngestListener.SILENT);
        for (Path input : inputs) {
            ingester.ingest(input);
        }

        summary = IngestEventsJob.run(LocalSpark.session(), inputs.stream().map(Path::toString).toList(),
                dir.resolve("out").toString(), false);
        viaSpark = Store.open(dir.resolve("spark.duckdb"));
        new TableTransfer(viaSpark).importParquet(dir.resolve("out"));
    }

    @AfterAll
    static void closeStores() {
        local.close();
        viaSpark.close();
    }

    @Test
    void storesTheSameEventsRejectedLinesAndFilesAsLocalIngest() throws Exception {
        assertThat(local.count(StoreTable.EVENTS)).isGreaterThan(5_000);
        assertThat(StoreQueries.table(viaSpark, "events")).isEqualTo(StoreQueries.table(local, "events"));
        assertThat(StoreQueries.table(viaSpark, "mentions")).isEqualTo(StoreQueries.table(local, "mentions"))
                .hasSize(2);
        assertThat(StoreQueries.table(viaSpark, "rejected_rows")).isEqualTo(StoreQueries.table(local, "rejected_rows"))
                .hasSize(2);
        String files = "SELECT * EXCLUDE (path, ingested_at) FROM ingested_files ORDER BY ALL";
        assertThat(StoreQueries.rows(viaSpark, files)).isEqualTo(StoreQueries.rows(local, files)).hasSize(4);
    }

    @Test
    void summaryCountsWhatWasStoredSkippedAndRejected() {
        assertThat(summary.files()).isEqualTo(4);
        assertThat(summary.events()).isEqualTo(local.count(StoreTable.EVENTS));
        assertThat(summary.mentions()).isEqualTo(2);
        assertThat(summary.duplicates()).isEqualTo(20 + 1);
        assertThat(summary.rejected()).isEqualTo(2);
        assertThat(summary.repeatedFiles()).singleElement().asString().contains("small-copy.export.CSV");
        assertThat(summary.failedFiles()).isEmpty();
    }

    @Test
    void dyadSeriesAndStatsAreIdenticalOnBothPaths() {
        StoreStats.Summary stats = new StoreStats(local).run(10);
        SameAnswers.assertSame(new StoreStats(viaSpark).run(10), stats, "stats");
        assertThat(stats.datasets()).extracting(StoreStats.DatasetRows::dataset).containsExactly("gdelt2", "icews");
        for (StoreStats.TopDyad dyad : stats.topDyads()) {
            for (DyadSeries.Options options : List.of(DyadSeries.Options.of(Period.DAY, false),
                    DyadSeries.Options.of(Period.MONTH, true), new DyadSeries.Options(Period.DAY, false, true, 2))) {
                var expected = new DyadSeries(local)
                        .run(dyad.sourceCountry(), dyad.targetCountry(), DateRange.ALL, options);
                assertThat(expected).isNotEmpty();
                SameAnswers.assertSame(
                        new DyadSeries(viaSpark)
                                .run(dyad.sourceCountry(), dyad.targetCountry(), DateRange.ALL, options),
                        expected, dyad.sourceCountry() + "-" + dyad.targetCountry() + " " + options);
            }
        }
    }

    @Test
    void eventsArePartitionedByYearAndMonthWithRejectedRowsBeside() throws IOException {
        Path out = dir.resolve("out");
        assertThat(out.resolve("events/year=2019/month=10")).isDirectory();
        assertThat(out.resolve("events/year=2018/month=6")).isDirectory();
        assertThat(out.resolve("rejected_rows")).isDirectory();
        assertThat(out.resolve("ingested_files")).isDirectory();
        assertThat(out.resolve("mentions/year=2019/month=10")).isDirectory();
        try (Stream<Path> months = Files.list(out.resolve("events/year=2019/month=10"))) {
            assertThat(months.filter(p -> p.toString().endsWith(".parquet"))).hasSize(1);
        }
    }

    @Test
    void parquetColumnsAreThoseOfTheStoresOwnExport() throws Exception {
        Path export = dir.resolve("export");
        new TableTransfer(local).export(export, TableTransfer.Format.PARQUET);
        for (String table : List.of("events", "mentions", "rejected_rows", "ingested_files")) {
            assertThat(StoreQueries.parquetColumns(local, dir.resolve("out").resolve(table)))
                    .as(table)
                    .isEqualTo(StoreQueries.parquetColumns(local, export.resolve(table + ".parquet")));
        }
    }

    @Test
    void importingTheSameOutputTwiceAddsNothing() {
        var again = new TableTransfer(viaSpark).importParquet(dir.resolve("out"));
        assertThat(again.values()).allMatch(n -> n == 0);
    }

    @Test
    void anExistingOutputDirectoryIsKeptUnlessOverwriteIsAsked() {
        assertThatThrownBy(() -> IngestEventsJob.run(LocalSpark.session(), List.of(inputs.get(0).toString()),
                dir.resolve("out").toString(), false))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("exists already");
    }

    @Test
    void aFileOfUnknownFormatIsReportedAndTheOthersAreStored() throws Exception {
        Path notes = dir.resolve("failing/notes.txt");
        Files.createDirectories(notes.getParent());
        Files.writeString(notes, "these are notes, not events\n");
        Path mentions = dir.resolve("input/20191024143000.mentions.CSV");
        var result = IngestEventsJob.run(LocalSpark.session(), List.of(notes.toString(), mentions.toString()),
                dir.resolve("failing-out").toString(), false);
        assertThat(result.failedFiles()).singleElement().asString()
                .startsWith(notes + ": its first line").containsOnlyOnce("notes.txt");
        assertThat(result.events()).isZero();
        assertThat(result.mentions()).isEqualTo(2);
        try (Store store = Store.open(dir.resolve("failing.duckdb"))) {
            // events/ holds no part (no file had events): the import passes over it.
            var added = new TableTransfer(store).importParquet(dir.resolve("failing-out"));
            assertThat(added).doesNotContainKey(StoreTable.EVENTS).containsEntry(StoreTable.MENTIONS, 2L);
            assertThat(StoreQueries.rows(store, "SELECT line, reason FROM rejected_rows WHERE line = 0"))
                    .singleElement().asString().startsWith("0\tfile not ingested: ").contains("notes.txt");
            assertThat(store.count(StoreTable.REJECTED_ROWS)).isEqualTo(2);
            assertThat(store.count(StoreTable.INGESTED_FILES)).isEqualTo(1);
        }
    }
}
