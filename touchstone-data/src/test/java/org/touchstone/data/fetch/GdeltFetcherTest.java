package org.touchstone.data.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GdeltFetcherTest {

    private static final RetryPolicy FAST = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(4));
    private static final String LIST_PATH = "/gdeltv2/masterfilelist.txt";

    @TempDir
    Path dir;

    private FixtureServer server;
    private final GdeltFetcher fetcher = new GdeltFetcher(FAST);
    private final RecordingListener listener = new RecordingListener();

    @BeforeEach
    void startServer() throws IOException {
        server = FixtureServer.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    /** Serves a GDELT 2.0 export for the slot and returns its list line. */
    private String serveExport(String slot) {
        String path = "/gdeltv2/" + slot + ".export.CSV.zip";
        byte[] content = GdeltFixtures.v2Export(slot, 300);
        server.put(path, content);
        return GdeltFixtures.masterLine(content, server.url(path));
    }

    private String serveOther(String name) {
        String path = "/gdeltv2/" + name;
        byte[] content = GdeltFixtures.otherFile(name);
        server.put(path, content);
        return GdeltFixtures.masterLine(content, server.url(path));
    }

    private void serveList(String... lines) {
        server.put(LIST_PATH, (String.join("\n", lines) + "\n").getBytes());
    }

    private static GdeltSelection events(String from, String to) {
        return new GdeltSelection(GdeltVersion.V2, GdeltFileKind.EVENTS, LocalDate.parse(from), LocalDate.parse(to));
    }

    private FetchResult fetch(String from, String to) throws IOException, InterruptedException {
        return fetcher.fetch(events(from, to), server.baseUrl(), dir, listener);
    }

    private Path v2Path(String name) {
        return dir.resolve("gdelt/v2").resolve(name.substring(0, 4)).resolve(name);
    }

    private byte[] served(String name) {
        return GdeltFixtures.v2Export(name.substring(0, 14), 300);
    }

    @Test
    void downloadsTheSelectedFilesVerifiedAndInChronologicalOrder() throws Exception {
        serveList(
                serveExport("20191023234500"),
                serveExport("20191024143000"),
                serveOther("20191024143000.mentions.CSV.zip"),
                serveOther("20191024143000.gkg.csv.zip"),
                serveExport("20191024000000"),
                serveExport("20191025234500"),
                serveExport("20191026000000"));

        FetchResult result = fetch("2019-10-24", "2019-10-25");

        assertThat(result.complete()).isTrue();
        assertThat(result.listProblems()).isEmpty();
        assertThat(result.skipped()).isEmpty();
        assertThat(result.verifiedPaths()).containsExactly(
                v2Path("20191024000000.export.CSV.zip"),
                v2Path("20191024143000.export.CSV.zip"),
                v2Path("20191025234500.export.CSV.zip"));
        for (Path path : result.verifiedPaths()) {
            assertThat(path).hasBinaryContent(served(path.getFileName().toString()));
            assertThat(path.resolveSibling(path.getFileName() + ".part")).doesNotExist();
        }
        assertThat(dir.resolve("gdelt/v2/masterfilelist.txt")).exists();
        assertThat(server.served("/gdeltv2/20191024143000.mentions.CSV.zip")).isEmpty();
        assertThat(server.served("/gdeltv2/20191023234500.export.CSV.zip")).isEmpty();
        assertThat(listener.events).startsWith("run 3 files").contains(
                "started 20191024000000.export.CSV.zip from 0",
                "done 20191024000000.export.CSV.zip");
        assertThat(listener.lastProgress("20191024143000.export.CSV.zip"))
                .isEqualTo(served("20191024143000.export.CSV.zip").length);
    }

    @Test
    void fetchesMentionsWhenAskedFor() throws Exception {
        serveList(serveExport("20191024143000"), serveOther("20191024143000.mentions.CSV.zip"));

        FetchResult result = fetcher.fetch(new GdeltSelection(GdeltVersion.V2, GdeltFileKind.MENTIONS,
                LocalDate.of(2019, 10, 24), LocalDate.of(2019, 10, 24)), server.baseUrl(), dir, listener);

        assertThat(result.verifiedPaths()).containsExactly(v2Path("20191024143000.mentions.CSV.zip"));
    }

    @Test
    void skipsFilesAlreadyPresentWithTheRightChecksum() throws Exception {
        serveList(serveExport("20191024000000"), serveExport("20191024001500"));
        fetch("2019-10-24", "2019-10-24");
        listener.events.clear();

        FetchResult again = fetch("2019-10-24", "2019-10-24");

        assertThat(again.downloaded()).isEmpty();
        assertThat(again.skipped()).hasSize(2);
        assertThat(again.verifiedPaths()).containsExactly(
                v2Path("20191024000000.export.CSV.zip"), v2Path("20191024001500.export.CSV.zip"));
        assertThat(server.served("/gdeltv2/20191024000000.export.CSV.zip")).hasSize(1);
        assertThat(server.served("/gdeltv2/20191024001500.export.CSV.zip")).hasSize(1);
        assertThat(listener.events).contains("skipped 20191024000000.export.CSV.zip");
    }

    @Test
    void replacesADamagedCopy() throws Exception {
        serveList(serveExport("20191024000000"));
        Path target = v2Path("20191024000000.export.CSV.zip");
        Files.createDirectories(target.getParent());
        Files.write(target, "not the file".getBytes());

        FetchResult result = fetch("2019-10-24", "2019-10-24");

        assertThat(result.downloaded()).hasSize(1);
        assertThat(target).hasBinaryContent(served("20191024000000.export.CSV.zip"));
    }

    @Test
    void reportsAChecksumThatStaysWrongAndGoesOnWithTheOtherFiles() throws Exception {
        String good = serveExport("20191024000000");
        String[] bad = serveExport("20191024001500").split(" ");
        String wrongMd5 = bad[0] + " " + "0".repeat(32) + " " + bad[2];
        serveList(good, wrongMd5, serveExport("20191024003000"));

        FetchResult result = fetch("2019-10-24", "2019-10-24");

        assertThat(result.downloaded()).extracting(f -> f.file().fileName())
                .containsExactly("20191024000000.export.CSV.zip", "20191024003000.export.CSV.zip");
        assertThat(result.failed()).singleElement().satisfies(failed -> {
            assertThat(failed.file().fileName()).isEqualTo("20191024001500.export.CSV.zip");
            assertThat(failed.reason()).contains("MD5 mismatch").contains("0".repeat(32))
                    .contains(GdeltFixtures.md5(served("20191024001500.export.CSV.zip")))
                    .contains("after 3 attempts");
        });
        assertThat(result.complete()).isFalse();
        assertThat(server.served("/gdeltv2/20191024001500.export.CSV.zip")).hasSize(3)
                .allSatisfy(s -> assertThat(s.range()).isNull());
        Path failedPath = v2Path("20191024001500.export.CSV.zip");
        assertThat(failedPath).doesNotExist();
        assertThat(failedPath.resolveSibling(failedPath.getFileName() + ".part")).doesNotExist();
        assertThat(result.verifiedPaths()).doesNotContain(failedPath);
        assertThat(listener.events).contains("failed 20191024001500.export.CSV.zip");
    }

    /** The list is right, the bytes on the wire are not (one flipped, same size): refused, nothing kept. */
    @Test
    void aCorruptedDownloadIsRefusedAndNotKept() throws Exception {
        String line = serveExport("20191024000000");
        byte[] corrupted = served("20191024000000.export.CSV.zip").clone();
        corrupted[corrupted.length / 2] ^= 0x01;
        server.put("/gdeltv2/20191024000000.export.CSV.zip", corrupted);
        serveList(line);

        FetchResult result = fetch("2019-10-24", "2019-10-24");

        assertThat(result.downloaded()).isEmpty();
        assertThat(result.failed()).singleElement().extracting(FetchResult.Failed::reason).asString()
                .contains("MD5 mismatch").contains(GdeltFixtures.md5(corrupted));
        Path target = v2Path("20191024000000.export.CSV.zip");
        assertThat(target).doesNotExist();
        assertThat(target.resolveSibling(target.getFileName() + ".part")).doesNotExist();
        assertThat(result.verifiedPaths()).isEmpty();
    }

    @Test
    void reportsASizeThatDiffersFromTheList() throws Exception {
        String[] line = serveExport("20191024000000").split(" ");
        serveList((Long.parseLong(line[0]) + 10) + " " + line[1] + " " + line[2]);

        FetchResult result = fetch("2019-10-24", "2019-10-24");

        long actual = served("20191024000000.export.CSV.zip").length;
        assertThat(result.failed()).singleElement().extracting(FetchResult.Failed::reason).asString()
                .contains("size mismatch").contains((actual + 10) + " bytes").contains("got " + actual);
    }

    @Test
    void resumesFromAPartFileWithARangeRequest() throws Exception {
        serveList(serveExport("20191024000000"));
        byte[] content = served("20191024000000.export.CSV.zip");
        int already = content.length / 3;
        Path target = v2Path("20191024000000.export.CSV.zip");
        Files.createDirectories(target.getParent());
        Files.write(target.resolveSibling(target.getFileName() + ".part"), Arrays.copyOf(content, already));

        FetchResult result = fetch("2019-10-24", "2019-10-24");

        assertThat(result.downloaded()).hasSize(1);
        assertThat(target).hasBinaryContent(content);
        assertThat(server.served("/gdeltv2/20191024000000.export.CSV.zip")).singleElement().satisfies(s -> {
            assertThat(s.range()).isEqualTo("bytes=" + already + "-");
            assertThat(s.status()).isEqualTo(206);
            assertThat(s.bodyBytes()).isEqualTo(content.length - already);
        });
        assertThat(listener.events).contains("started 20191024000000.export.CSV.zip from " + already);
    }

    @Test
    void startsOverWhenTheServerIgnoresTheRange() throws Exception {
        serveList(serveExport("20191024000000"));
        server.ignoreRanges();
        byte[] content = served("20191024000000.export.CSV.zip");
        Path target = v2Path("20191024000000.export.CSV.zip");
        Files.createDirectories(target.getParent());
        Files.write(target.resolveSibling(target.getFileName() + ".part"), Arrays.copyOf(content, 100));

        FetchResult result = fetch("2019-10-24", "2019-10-24");

        assertThat(result.downloaded()).hasSize(1);
        assertThat(target).hasBinaryContent(content);
        assertThat(server.served("/gdeltv2/20191024000000.export.CSV.zip")).singleElement().satisfies(s -> {
            assertThat(s.range()).isEqualTo("bytes=100-");
            assertThat(s.status()).isEqualTo(200);
            assertThat(s.bodyBytes()).isEqualTo(content.length);
        });
    }

    @Test
    void startsOverWhenThePartFileIsLongerThanTheFile() throws Exception {
        serveList(serveExport("20191024000000"));
        byte[] content = served("20191024000000.export.CSV.zip");
        Path target = v2Path("20191024000000.export.CSV.zip");
        Files.createDirectories(target.getParent());
        Files.write(target.resolveSibling(target.getFileName() + ".part"), new byte[content.length + 1]);

        FetchResult result = fetch("2019-10-24", "2019-10-24");

        assertThat(result.downloaded()).hasSize(1);
        assertThat(target).hasBinaryContent(content);
        assertThat(server.served("/gdeltv2/20191024000000.export.CSV.zip")).singleElement()
                .satisfies(s -> assertThat(s.range()).isNull());
    }

    @Test
    void retriesAfterServerErrorsThenSucceeds() throws Exception {
        serveList(serveExport("20191024000000"));
        server.failNext("/gdeltv2/20191024000000.export.CSV.zip", 503, 2);

        FetchResult result = fetch("2019-10-24", "2019-10-24");

        assertThat(result.complete()).isTrue();
        assertThat(v2Path("20191024000000.export.CSV.zip")).hasBinaryContent(served("20191024000000.export.CSV.zip"));
        assertThat(server.served("/gdeltv2/20191024000000.export.CSV.zip")).extracting(FixtureServer.Served::status)
                .containsExactly(503, 503, 200);
        assertThat(listener.events).filteredOn(e -> e.startsWith("retry")).satisfiesExactly(
                e -> assertThat(e).startsWith("retry 20191024000000.export.CSV.zip attempt 2: HTTP 503"),
                e -> assertThat(e).startsWith("retry 20191024000000.export.CSV.zip attempt 3: HTTP 503"));
    }

    @Test
    void failsWhenServerErrorsOutlastTheAttempts() throws Exception {
        serveList(serveExport("20191024000000"));
        server.failNext("/gdeltv2/20191024000000.export.CSV.zip", 500, 5);

        FetchResult result = fetch("2019-10-24", "2019-10-24");

        assertThat(result.failed()).singleElement().extracting(FetchResult.Failed::reason).asString()
                .contains("HTTP 500").contains("after 3 attempts");
        assertThat(server.served("/gdeltv2/20191024000000.export.CSV.zip")).hasSize(3);
    }

    @Test
    void doesNotRetryAMissingFile() throws Exception {
        String missing = GdeltFixtures.masterLine(new byte[10], server.url("/gdeltv2/20191024000000.export.CSV.zip"));
        serveList(missing, serveExport("20191024001500"));

        FetchResult result = fetch("2019-10-24", "2019-10-24");

        assertThat(result.failed()).singleElement().extracting(FetchResult.Failed::reason).asString()
                .startsWith("HTTP 404");
        assertThat(server.served("/gdeltv2/20191024000000.export.CSV.zip")).hasSize(1);
        assertThat(result.downloaded()).hasSize(1);
    }

    @Test
    void resumesAfterTheConnectionDropsMidBody() throws Exception {
        serveList(serveExport("20191024000000"));
        byte[] content = served("20191024000000.export.CSV.zip");
        int sentBeforeDrop = content.length / 2;
        server.dropNextAfter("/gdeltv2/20191024000000.export.CSV.zip", sentBeforeDrop);

        FetchResult result = fetch("2019-10-24", "2019-10-24");

        assertThat(result.complete()).isTrue();
        assertThat(v2Path("20191024000000.export.CSV.zip")).hasBinaryContent(content);
        List<FixtureServer.Served> requests = server.served("/gdeltv2/20191024000000.export.CSV.zip");
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).bodyBytes()).isEqualTo(sentBeforeDrop);
        assertThat(requests.get(1).range()).isEqualTo("bytes=" + sentBeforeDrop + "-");
        assertThat(requests.get(1).bodyBytes()).isEqualTo(content.length - sentBeforeDrop);
        assertThat(listener.events).anySatisfy(e -> assertThat(e).startsWith(
                "retry 20191024000000.export.CSV.zip attempt 2: connection lost after " + sentBeforeDrop + " bytes"));
    }

    @Test
    void reportsAServerThatCannotBeReached() throws Exception {
        URI nowhere;
        try (ServerSocket socket = new ServerSocket(0)) {
            nowhere = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/");
        }
        GdeltFile file = new GdeltFile(GdeltVersion.V2, GdeltFileKind.EVENTS,
                LocalDate.of(2019, 10, 24).atStartOfDay(), LocalDate.of(2019, 10, 24), 10, "0".repeat(32),
                nowhere.resolve("gdeltv2/20191024000000.export.CSV.zip"));

        FetchResult result = fetcher.download(List.of(file), dir, listener);

        assertThat(result.failed()).singleElement().extracting(FetchResult.Failed::reason).asString()
                .contains("no response from").contains("after 3 attempts");
        assertThatThrownBy(() -> fetcher.fetch(events("2019-10-24", "2019-10-24"), nowhere, dir, listener))
                .isInstanceOf(IOException.class).hasMessageContaining("cannot download the GDELT list");
    }

    @Test
    void passesMalformedListLinesOnInTheResult() throws Exception {
        serveList(serveExport("20191024000000"), "this line is not a file", serveExport("20191024001500"));

        FetchResult result = fetch("2019-10-24", "2019-10-24");

        assertThat(result.downloaded()).hasSize(2);
        assertThat(result.listProblems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.reason()).contains("expected 3 fields");
        });
    }

    @Test
    void fetchesGdelt1DailyFilesCheckedByMd5sumsAndFilesizes() throws Exception {
        byte[] april1 = GdeltFixtures.otherFile("20130401.export.CSV.zip");
        byte[] april2 = GdeltFixtures.otherFile("20130402.export.CSV.zip");
        byte[] march = GdeltFixtures.otherFile("201303.zip");
        server.put("/events/20130401.export.CSV.zip", april1);
        server.put("/events/20130402.export.CSV.zip", april2);
        server.put("/events/201303.zip", march);
        server.put("/events/md5sums", String.join("\n",
                GdeltFixtures.md5(march) + "  201303.zip",
                GdeltFixtures.md5(april1) + "  20130401.export.CSV.zip",
                GdeltFixtures.md5(april2) + "  20130402.export.CSV.zip").getBytes());
        server.put("/events/filesizes", String.join("\n",
                march.length + " 201303.zip",
                april1.length + " 20130401.export.CSV.zip",
                april2.length + " 20130402.export.CSV.zip").getBytes());
        GdeltSelection selection = new GdeltSelection(GdeltVersion.V1, GdeltFileKind.EVENTS,
                LocalDate.of(2013, 4, 1), LocalDate.of(2013, 4, 1));

        FetchResult result = fetcher.fetch(selection, server.baseUrl(), dir, listener);

        Path expected = dir.resolve("gdelt/v1/2013/20130401.export.CSV.zip");
        assertThat(result.verifiedPaths()).containsExactly(expected);
        assertThat(expected).hasBinaryContent(april1);
        assertThat(dir.resolve("gdelt/v1/md5sums")).exists();
        assertThat(dir.resolve("gdelt/v1/filesizes")).exists();
    }

    @Test
    void acceptsABaseUrlWithoutTrailingSlash() throws Exception {
        serveList(serveExport("20191024000000"));
        URI base = URI.create(server.baseUrl().toString().replaceAll("/$", ""));

        FetchResult result = fetcher.fetch(events("2019-10-24", "2019-10-24"), base, dir, listener);

        assertThat(result.downloaded()).hasSize(1);
    }

    /** Writes down what the fetcher tells its listener, one line an event. */
    static final class RecordingListener implements FetchListener {
        final List<String> events = new ArrayList<>();
        private final Map<String, Long> progress = new HashMap<>();

        long lastProgress(String fileName) {
            return progress.getOrDefault(fileName, -1L);
        }

        @Override
        public void runStarted(int files, long totalBytes) {
            events.add("run " + files + " files");
        }

        @Override
        public void fileStarted(GdeltFile file, long bytesOnDisk) {
            events.add("started " + file.fileName() + " from " + bytesOnDisk);
        }

        @Override
        public void progress(GdeltFile file, long bytesOnDisk) {
            progress.put(file.fileName(), bytesOnDisk);
        }

        @Override
        public void fileRetrying(GdeltFile file, int nextAttempt, String reason, Duration delay) {
            events.add("retry " + file.fileName() + " attempt " + nextAttempt + ": " + reason);
        }

        @Override
        public void fileDone(GdeltFile file, Path path, boolean alreadyPresent) {
            events.add((alreadyPresent ? "skipped " : "done ") + file.fileName());
        }

        @Override
        public void fileFailed(GdeltFile file, String reason) {
            events.add("failed " + file.fileName());
        }
    }
}
