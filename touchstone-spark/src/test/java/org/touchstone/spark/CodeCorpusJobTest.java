package org.touchstone.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.analysis.DateRange;
import org.touchstone.analysis.DyadSeries;
import org.touchstone.analysis.Period;
import org.touchstone.analysis.StoreStats;
import org.touchstone.coder.CodedDocument;
import org.touchstone.coder.Coder;
import org.touchstone.coder.input.DocumentReader;
import org.touchstone.coder.input.DocumentReaders;
import org.touchstone.coder.input.ReaderOptions;
import org.touchstone.core.Document;
import org.touchstone.core.Event;
import org.touchstone.core.Statement;
import org.touchstone.store.EventWriter;
import org.touchstone.store.Store;
import org.touchstone.store.StoreTable;
import org.touchstone.store.TableTransfer;

/**
 * The project's sample corpus coded twice: locally as {@code touchstone code --store} does it (the
 * coder, then {@link EventWriter}), and by {@link CodeCorpusJob} into Parquet, imported into a
 * second store. Both stores must hold the same documents, events and statements and answer alike.
 */
class CodeCorpusJobTest {
    static final String SAMPLE_CORPUS = "/org/touchstone/coder/corpus/sample-news.jsonl";

    @TempDir
    static Path dir;

    static CodeCorpusJob.Summary summary;
    static Store local;
    static Store viaSpark;

    @BeforeAll
    static void codeBothWays() throws Exception {
        Path corpus = dir.resolve("corpus/sample-news.jsonl");
        Files.createDirectories(corpus.getParent());
        try (InputStream in = Coder.class.getResourceAsStream(SAMPLE_CORPUS)) {
            Files.copy(in, corpus);
        }

        local = Store.open(dir.resolve("local.duckdb"));
        List<Document> documents = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        Coder coder = new Coder();
        try (DocumentReader reader = DocumentReaders.open(corpus, ReaderOptions.defaults(), problem -> {
            throw new AssertionError("the sample corpus reads without problems: " + problem);
        })) {
            for (Document document; (document = reader.next()) != null; ) {
                CodedDocument coded = coder.code(document);
                documents.add(document);
                events.addAll(coded.events());
                statements.addAll(coded.statements());
            }
        }
        new EventWriter(local).add(documents, events, statements);

        summary = CodeCorpusJob.run(LocalSpark.session(), List.of(corpus.getParent().toString()),
                dir.resolve("out").toString(), false, null, 0);
        viaSpark = Store.open(dir.resolve("spark.duckdb"));
        new TableTransfer(viaSpark).importParquet(dir.resolve("out"));
    }

    @AfterAll
    static void closeStores() {
        local.close();
        viaSpark.close();
    }

    @Test
    void storesTheSameDocumentsEventsAndStatementsAsTheLocalCoder() throws Exception {
        assertThat(local.count(StoreTable.DOCUMENTS)).isEqualTo(127);
        assertThat(local.count(StoreTable.EVENTS)).isPositive();
        assertThat(local.count(StoreTable.STATEMENTS)).isPositive();
        for (String table : List.of("documents", "events", "statements")) {
            assertThat(StoreQueries.table(viaSpark, table)).as(table).isEqualTo(StoreQueries.table(local, table));
        }
    }

    @Test
    void summaryCountsDocumentsSentencesAndWhatWasCoded() {
        assertThat(summary.documents()).isEqualTo(127);
        assertThat(summary.sentences()).isGreaterThan(127);
        assertThat(summary.events()).isEqualTo(local.count(StoreTable.EVENTS));
        assertThat(summary.statements()).isEqualTo(local.count(StoreTable.STATEMENTS));
        assertThat(summary.problems()).isZero();
    }

    @Test
    void anEmptyTableIsOnePartWithTheColumnsAndNoRows() throws Exception {
        assertThat(StoreQueries.rows(local, "SELECT count(*) FROM read_parquet('"
                + dir.resolve("out/input_problems") + "/*.parquet')")).containsExactly("0\t");
        assertThat(StoreQueries.parquetColumns(local, dir.resolve("out/input_problems")))
                .containsExactly("source\tVARCHAR\t", "position\tBIGINT\t", "unit\tVARCHAR\t",
                        "reason\tVARCHAR\t");
    }

    @Test
    void dyadSeriesAreIdenticalOnBothPaths() {
        StoreStats.Summary stats = new StoreStats(local).run(5);
        SameAnswers.assertSame(new StoreStats(viaSpark).run(5), stats, "stats");
        assertThat(stats.topDyads()).isNotEmpty();
        for (StoreStats.TopDyad dyad : stats.topDyads()) {
            var options = DyadSeries.Options.of(Period.MONTH, false);
            var expected = new DyadSeries(local)
                    .run(dyad.sourceCountry(), dyad.targetCountry(), DateRange.ALL, options);
            assertThat(expected).isNotEmpty();
            SameAnswers.assertSame(
                    new DyadSeries(viaSpark).run(dyad.sourceCountry(), dyad.targetCountry(), DateRange.ALL, options),
                    expected, dyad.sourceCountry() + "-" + dyad.targetCountry());
        }
    }

    @Test
    void parquetColumnsAreThoseOfTheStoresOwnExport() throws Exception {
        Path export = dir.resolve("export");
        new TableTransfer(local).export(export, TableTransfer.Format.PARQUET);
        for (String table : List.of("documents", "events", "statements")) {
            assertThat(StoreQueries.parquetColumns(local, dir.resolve("out").resolve(table)))
                    .as(table)
                    .isEqualTo(StoreQueries.parquetColumns(local, export.resolve(table + ".parquet")));
        }
    }

    @Test
    void badLinesAreListedBesideAndADocumentIdGivenTwiceIsCodedOnce() throws Exception {
        Path input = dir.resolve("mixed");
        Files.createDirectories(input);
        Files.writeString(input.resolve("a.jsonl"), """
                {"id": "d1", "date": "2019-05-06", "text": "China criticized the United States on Monday."}
                {"id": "d2", "date": "2019-05-06", "text": "broken
                {"id": "d3", "text": "A document without a date."}
                """);
        Files.writeString(input.resolve("b.jsonl"), """
                {"id": "d1", "date": "2019-05-07", "text": "The same id again, in a later file."}
                """);
        var result = CodeCorpusJob.run(LocalSpark.session(), List.of(input.toString()),
                dir.resolve("mixed-out").toString(), false, null, 3);
        assertThat(result.documents()).isEqualTo(1);
        assertThat(result.problems()).isEqualTo(2);
        try (Store store = Store.open(dir.resolve("mixed.duckdb"))) {
            assertThat(StoreQueries.rows(store, "SELECT position, unit, reason FROM read_parquet('"
                    + dir.resolve("mixed-out/input_problems") + "/*.parquet') ORDER BY position"))
                    .satisfiesExactly(
                            line2 -> assertThat(line2).startsWith("2\tline\tnot valid JSON"),
                            line3 -> assertThat(line3).startsWith("3\tline\tdocument d3: missing date"));
            new TableTransfer(store).importParquet(dir.resolve("mixed-out"));
            assertThat(StoreQueries.rows(store, "SELECT doc_id, date FROM documents"))
                    .containsExactly("d1\t2019-05-06\t");
        }
    }
}
