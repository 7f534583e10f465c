package org.touchstone.app.server;

import static org.assertj.core.api.Assertions.assertThat;


import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.touchstone.app.Main;
import org.touchstone.testing.GdeltCopies;
import org.touchstone.testing.SharedData;

/**
 * One writer, many readers: DuckDB lets one process open a store file for writing, so the server
 * is that process and ingests through its token-guarded route while its other connections keep
 * answering; a second process (the CLI) that opens the served store is refused with a message
 * that says what to do.
 */
class ServerConcurrencyTest extends AgainstDemoServer {
    /** 20 copies of the shared 2,111-row GDELT 2.0 export: 42,220 events. */
    private static final int COPIES = 20;
    private static final int READERS = 4;

    /** An answer a reader got, and when (System.nanoTime) it was asked and answered. */
    private record Read(String path, int status, long asked, long answered) {
    }

    @Test
    void readersKeepGettingAnswersWhileALargeIngestRunsAndThenSeeItsData() throws Exception {
        Path file = dir.resolve("inbox").resolve("large.export.CSV");
        long rows = GdeltCopies.repeat(SharedData.file(SharedData.GDELT2_EXPORT), COPIES, file);
        long eventsBefore = demo.get("/api/stats").json().get("tables").get("events").asLong();
        assertThat(demo.get("/api/stats").header(QuestionHandler.CACHE_HEADER)).isEqualTo("hit");

        AtomicBoolean ingesting = new AtomicBoolean(true);
        ConcurrentLinkedQueue<Read> reads = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(READERS + 1);
        try {
            List<Future<?>> readers = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                int reader = r;
                readers.add(pool.submit(() -> {
                    // distinct questions each time, so that the answers are computed, not found in the cache
                    for (int i = 0; ingesting.get() || i < 3; i++) {
                        String path = question(reader, i);
                        long asked = System.nanoTime();
                        int status = demo.get(path).status();
                        reads.add(new Read(path, status, asked, System.nanoTime()));
                    }
                    return null;
                }));
            }
            Thread.sleep(200); // the readers are at work before the ingest starts
            long ingestStarted = System.nanoTime();
            DemoServer.Response ingested = demo.post("/api/ingest", "application/json",
                    "{\"path\": \"large.export.CSV\"}", DemoServer.TOKEN);
            long ingestEnded = System.nanoTime();
            ingesting.set(false);
            for (Future<?> reader : readers) {
                reader.get(120, TimeUnit.SECONDS);
            }

            assertThat(ingested.status()).as(ingested.body()).isEqualTo(201);
            assertThat(ingested.json().get("stored").asLong()).isEqualTo(rows);
            assertThat(reads).allSatisfy(read -> assertThat(read.status()).as(read.path()).isEqualTo(200));
            List<Read> during = reads.stream().filter(r -> r.asked() > ingestStarted && r.answered() < ingestEnded)
                    .toList();
            long slowest = during.stream().mapToLong(r -> r.answered() - r.asked()).max().orElse(0);
            System.out.printf("ingest of %,d events through the server: %.1f s; %,d answers (all 200) asked and "
                    + "given during it by %d readers, slowest %.0f ms%n", rows, (ingestEnded - ingestStarted) / 1e9,
                    during.size(), READERS, slowest / 1e6);
            assertThat(during).as("answers asked and given while the ingest ran").hasSizeGreaterThanOrEqualTo(READERS);
        } finally {
            pool.shutdownNow();
        }

        DemoServer.Response after = demo.get("/api/stats");
        assertThat(after.header(QuestionHandler.CACHE_HEADER)).as("the write retired the cached answer").isEqualTo("miss");
        assertThat(after.json().get("tables").get("events").asLong()).isEqualTo(eventsBefore + rows);
    }

    @Test
    void theCliCannotOpenAStoreTheServerHasOpenAndSaysWhatToDo() throws Exception {
        Path file = Files.copy(SharedData.file(SharedData.GDELT2_EXPORT), dir.resolve("cli.export.CSV"));
        Process cli = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "ingest", file.toString(),
                "--db", demo.db.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(cli.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(cli.waitFor(120, TimeUnit.SECONDS)).isTrue();
        System.out.println("touchstone ingest against a served store: exit " + cli.exitValue() + ": " + err.strip());
        assertThat(cli.exitValue()).isEqualTo(1);
        assertThat(err).contains("open in another process (PID " + ProcessHandle.current().pid() + ")",
                "touchstone serve", "POST /api/ingest");
    }

    private static String question(int reader, int i) {
        int month = 1 + (i % 12);
        int day = 1 + (i / 12) % 28;
        String from = String.format("2019-%02d-%02d", month, day);
        return switch ((reader + i) % 3) {
            case 0 -> "/api/dyad?a=USA&b=CHN&by=week&from=" + from;
            case 1 -> "/api/evidence?a=USA&limit=20&offset=" + i;
            default -> "/api/stats?top=" + (1 + i % 1000);
        };
    }

}
