package org.touchstone.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.store.Store;
import org.touchstone.store.StoreTable;
import org.touchstone.testing.ChildProcess;
import org.touchstone.testing.GdeltCopies;
import org.touchstone.testing.SharedData;
import org.touchstone.testing.TableDigest;

/**
 * The store under faults, with the CLI in real child processes: a second process on a store in use,
 * a full disk, a read-only file system. Each fails at once with one line naming the store and the
 * reason (no stack trace), and the store holds afterwards exactly what it held before.
 */
class StoreFaultsTest {
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    @TempDir
    Path dir;

    @Test
    void aSecondProcessOnAStoreInUseFailsAtOnceAndCanRunAgainLater() throws Exception {
        Path db = dir.resolve("shared.duckdb");
        String icews = SharedData.file(SharedData.ICEWS_SAMPLE).toString();
        // A server holds the store open for as long as it runs.
        ChildProcess server = ChildProcess.startWithOutput(cli("serve", "--db", db.toString(), "--port", "0"));
        try {
            assertThat(server.awaitLine(l -> l.startsWith("Touchstone serves "), TIMEOUT)).as(server.errors()).isTrue();
            for (List<String> second : List.of(List.of("ingest", "--db", db.toString(), icews), List.of("stats", "--db", db.toString()))) {
                ChildProcess child = ChildProcess.start(cli(second));
                assertThat(child.await(TIMEOUT)).as(child.errors()).isEqualTo(1);
                System.out.println(second.get(0) + " while serve holds the store: exit 1: " + child.errors().strip());
                assertThat(child.errors()).isEqualTo("touchstone: cannot open store " + db + ": it is open in another process (PID "
                        + server.pid() + "), and DuckDB lets one process at a time use a store file. If that process is touchstone"
                        + " serve, ingest through its POST /api/ingest (docs/API.md) or stop it first; otherwise wait for it to end.\n");
            }
        } finally {
            server.kill();
            server.await(TIMEOUT);
        }
        assertThat(ChildProcess.run(cli("ingest", "--db", db.toString(), icews), TIMEOUT)).isZero();
        try (Store store = Store.open(db)) {
            assertThat(store.count(StoreTable.INGESTED_FILES)).isEqualTo(1);
            assertThat(store.count(StoreTable.EVENTS)).isEqualTo(3705);
        }
    }

    @Test
    void twoIngestsStartedTogetherStoreEachFileOnce() throws Exception {
        Path db = dir.resolve("together.duckdb");
        Path alone = dir.resolve("alone.duckdb");
        List<String> files = List.of(SharedData.file(SharedData.GDELT2_EXPORT).toString(), SharedData.file(SharedData.ICEWS_SAMPLE).toString());
        List<ChildProcess> together = List.of(ChildProcess.start(ingest(db, files)), ChildProcess.start(ingest(db, files)));
        int succeeded = 0;
        for (ChildProcess child : together) {
            int exit = child.await(TIMEOUT);
            System.out.println("ingest started together with another: exit " + exit + (exit == 0 ? "" : ": " + child.errors().strip()));
            assertThat(exit).as(child.errors()).isIn(0, 1);
            if (exit == 0) {
                succeeded++;
            } else {
                assertThat(child.errors()).startsWith("touchstone: cannot open store " + db + ": it is open in another process (PID ");
            }
        }
        assertThat(succeeded).isPositive();
        assertThat(ChildProcess.run(ingest(alone, files), TIMEOUT)).isZero();
        assertThat(digests(db)).isEqualTo(digests(alone));
        System.out.println("two ingests started together: " + succeeded + " succeeded; every table equals an ingest alone");
    }

    private List<String> ingest(Path db, List<String> files) {
        List<String> args = new ArrayList<>(List.of("ingest", "--db", db.toString()));
        args.addAll(files);
        return cli(args);
    }

    private List<String> cli(String... args) {
        return ChildCli.command(dir, args);
    }

    private List<String> cli(List<String> args) {
        return ChildCli.command(dir, args);
    }

    @Test
    void aFullDiskFailsTheFileClearlyAndLeavesTheStoreAsItWas() throws Exception {
        // RLIMIT_FSIZE, lowered once the child has the store open, stands for a full disk: writes past
        // the limit fail (EFBIG; the JVM ignores SIGXFSZ). No root needed, unlike a small tmpfs.
        Path prlimit = Path.of("/usr/bin/prlimit");
        assumeTrue(Files.isExecutable(prlimit), "prlimit (util-linux) is absent: skipping the full-disk test");
        Path db = dir.resolve("full.duckdb");
        Path big = dir.resolve("20191024143000.export.CSV");
        GdeltCopies.repeat(SharedData.file(SharedData.GDELT2_EXPORT), 30, big);
        assertThat(ChildProcess.run(cli("ingest", "--db", db.toString(),
                SharedData.file(SharedData.GDELT1_ROWS).toString()), TIMEOUT)).isZero();
        Map<StoreTable, String> before = digests(db);

        ChildProcess child = ChildProcess.start(cli("ingest", "--db", db.toString(), big.toString()));
        assertThat(child.awaitLine(l -> l.startsWith("ingesting "), TIMEOUT)).as(child.errors()).isTrue();
        long limit = Files.size(db) + 64 * 1024;
        assertThat(ChildProcess.run(List.of(prlimit.toString(), "--pid", Long.toString(child.pid()), "--fsize=" + limit), TIMEOUT))
                .isZero();
        assertThat(child.await(TIMEOUT)).as(child.errors()).isEqualTo(1);
        System.out.println("ingest past RLIMIT_FSIZE " + limit + " bytes: exit 1: " + child.errors().strip());
        assertThat(child.errors()).contains("touchstone: " + big + ": transaction on " + db + " failed: ")
                .contains("File too large").doesNotContain("\tat ").doesNotContain("Exception");

        assertThat(digests(db)).isEqualTo(before);
    }

    @Test
    void aReadOnlyStoreAnswersQuestionsAndRefusesWritesClearly() throws Exception {
        Path writable = Files.createDirectories(dir.resolve("writable"));
        Path db = writable.resolve("store.duckdb");
        assertThat(ChildProcess.run(cli("ingest", "--db", db.toString(),
                SharedData.file(SharedData.GDELT1_ROWS).toString()), TIMEOUT)).isZero();
        Map<StoreTable, String> before = digests(db);

        ReadOnlyView view = ReadOnlyView.of(writable, dir.resolve("mounted"));
        try {
            Path readOnly = view.path().resolve("store.duckdb");
            assertThat(ChildProcess.run(cli("stats", "--db", readOnly.toString()), TIMEOUT)).isZero();
            ChildProcess ingest = ChildProcess.start(cli("ingest", "--db", readOnly.toString(),
                    SharedData.file(SharedData.ICEWS_SAMPLE).toString()));
            assertThat(ingest.await(TIMEOUT)).as(ingest.errors()).isEqualTo(1);
            System.out.println("ingest into a store on a read-only " + (view.mounted() ? "bind mount" : "directory") + ": exit 1: "
                    + ingest.errors().strip());
            assertThat(ingest.errors()).contains("touchstone: " + SharedData.file(SharedData.ICEWS_SAMPLE) + ": cannot write store "
                    + readOnly + ": it is read-only (this process cannot write the file")
                    .doesNotContain("\tat ").doesNotContain("Exception");
        } finally {
            view.close();
        }
        assertThat(digests(db)).isEqualTo(before);
    }

    /**
     * A directory the CLI cannot write: without permission to write for an ordinary user; root writes
     * regardless, so for root a read-only bind mount (skipped where mounting is not allowed).
     */
    private record ReadOnlyView(Path source, Path path, boolean mounted) implements AutoCloseable {
        static ReadOnlyView of(Path source, Path target) throws Exception {
            if (!"root".equals(System.getProperty("user.name"))) {
                try (var files = Files.list(source)) {
                    for (Path f : files.toList()) {
                        f.toFile().setWritable(false, false);
                    }
                }
                source.toFile().setWritable(false, false);
                return new ReadOnlyView(source, source, false);
            }
            Files.createDirectories(target);
            int mount = ChildProcess.run(List.of("mount", "--bind", "-o", "ro", source.toString(), target.toString()), TIMEOUT);
            assumeTrue(mount == 0, "root may not mount here (no read-only bind mount): skipping the read-only store test");
            return new ReadOnlyView(source, target, true);
        }

        @Override
        public void close() throws Exception {
            if (mounted) {
                assertThat(ChildProcess.run(List.of("umount", path.toString()), TIMEOUT)).isZero();
            } else {
                source.toFile().setWritable(true, true);
                try (var files = Files.list(source)) {
                    for (Path f : files.toList()) {
                        f.toFile().setWritable(true, true);
                    }
                }
            }
        }
    }

    private static Map<StoreTable, String> digests(Path db) throws Exception {
        try (Store store = Store.open(db)) {
            return TableDigest.all(store);
        }
    }
}
