package org.touchstone.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.store.Store;
import org.touchstone.store.StoreTable;
import org.touchstone.testing.ChildProcess;
import org.touchstone.testing.CrashTrials;
import org.touchstone.testing.GdeltCopies;
import org.touchstone.testing.SharedData;
import org.touchstone.testing.TableDigest;

/**
 * {@code touchstone ingest} and {@code touchstone code --store}, run in a real child JVM and killed
 * with SIGKILL, leave a store that opens and holds whole files and whole documents only; a rerun
 * gives exactly the tables of a run that was never interrupted. A handful of random kills here;
 * bench/crash.sh does many more.
 */
class KilledCommandsTest {
    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final String SAMPLE_CORPUS = "/org/touchstone/coder/corpus/sample-news.jsonl";

    @TempDir
    Path dir;

    @Test
    void killMidFileThenRerunEqualsUninterruptedIngest() throws Exception {
        Path small = SharedData.file(SharedData.GDELT1_ROWS);
        Path big = dir.resolve("20191024143000.export.CSV");
        long bigRows = GdeltCopies.repeat(SharedData.file(SharedData.GDELT2_EXPORT), 30, big);
        Path killed = dir.resolve("killed.duckdb");
        Path reference = dir.resolve("reference.duckdb");

        ChildProcess child = ChildProcess.start(cli("ingest", "--db", killed.toString(), small.toString(), big.toString()));
        // The first progress line of the big file: its transaction is open, not committed.
        assertThat(child.awaitLine(l -> l.contains(big.getFileName() + ": ") && l.contains(" lines, "), TIMEOUT))
                .as("progress of the big file; saw %s", child.errors()).isTrue();
        child.kill();
        assertThat(child.await(TIMEOUT)).as("killed by SIGKILL; saw %s", child.errors()).isEqualTo(ChildProcess.KILLED);

        try (Store store = Store.open(killed)) {
            assertThat(store.count(StoreTable.INGESTED_FILES)).as("only the small file is committed").isEqualTo(1);
            assertThat(store.count(StoreTable.EVENTS)).isEqualTo(3);
        }

        assertThat(ChildProcess.run(cli("ingest", "--db", killed.toString(), small.toString(), big.toString()), TIMEOUT)).isZero();
        assertThat(ChildProcess.run(cli("ingest", "--db", reference.toString(), small.toString(), big.toString()), TIMEOUT)).isZero();
        try (Store rerun = Store.open(killed); Store uninterrupted = Store.open(reference)) {
            assertThat(rerun.count(StoreTable.EVENTS)).isEqualTo(3 + bigRows);
            assertThat(TableDigest.all(rerun)).isEqualTo(TableDigest.all(uninterrupted));
        }
    }

    @Test
    void randomKillsOfIngestLoseAndDuplicateNothing() throws Exception {
        List<String> files = List.of(SharedData.file(SharedData.GDELT1_ROWS).toString(),
                SharedData.file(SharedData.GDELT2_EXPORT).toString(), SharedData.file(SharedData.ICEWS_SAMPLE).toString());
        CrashTrials trials = new CrashTrials(db -> cli(concat(List.of("ingest", "--db", db.toString()), files)),
                CrashTrials.Unit.FILE, KilledCommandsTest::lastLine, dir, 8L, System.out::println);
        assertClean(trials.run(5, 2), CrashTrials.Unit.FILE);
    }

    @Test
    void randomKillsOfCodeIntoTheStoreLoseAndDuplicateNothing() throws Exception {
        // 127 documents, stored 40 at a time: four store transactions.
        Path corpus = dir.resolve("sample-news.jsonl");
        try (InputStream in = KilledCommandsTest.class.getResourceAsStream(SAMPLE_CORPUS)) {
            Files.copy(in, corpus);
        }
        CrashTrials trials = new CrashTrials(db -> cli("code", "--store", "--batch", "40", "--db", db.toString(), corpus.toString()),
                CrashTrials.Unit.DOCUMENT, KilledCommandsTest::lastLine, dir, 8L, System.out::println);
        assertClean(trials.run(5, 2), CrashTrials.Unit.DOCUMENT);
    }

    private static void assertClean(CrashTrials.Tally tally, CrashTrials.Unit unit) {
        System.out.println(tally.summary(unit));
        assertThat(tally.problems()).isEmpty();
        assertThat(tally.kills()).isEqualTo(5);
        assertThat(tally.storesOpened()).isEqualTo(5);
    }

    private static String lastLine(List<String> seen, List<String> uninterrupted) {
        return seen.isEmpty() ? "before any output" : "after \"" + seen.get(seen.size() - 1).strip() + "\"";
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private List<String> cli(String... args) {
        return ChildCli.command(dir, args);
    }

    private List<String> cli(List<String> args) {
        return ChildCli.command(dir, args);
    }
}
