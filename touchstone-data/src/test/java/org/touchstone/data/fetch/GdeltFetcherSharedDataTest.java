package org.touchstone.data.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fetches one real GDELT 2.0 export (../shared/data/gdelt/20191024143000.export.CSV, zipped here
 * the way GDELT ships it) from a local server, resuming half-way, and checks the unzipped bytes.
 */
class GdeltFetcherSharedDataTest {

    private static final String NAME = "20191024143000.export.CSV";

    @TempDir
    Path dir;

    @Test
    void fetchesARealExportAndItUnzipsToTheOriginal() throws Exception {
        String sharedData = System.getProperty("touchstone.shared.data");
        Path original = sharedData == null ? null : Path.of(sharedData, "gdelt", NAME);
        assumeTrue(original != null && Files.isRegularFile(original),
                "shared data absent: " + (original == null ? "touchstone.shared.data not set" : original)
                        + "; skipping the real-export fetch test");
        byte[] csv = Files.readAllBytes(original);
        byte[] zip = GdeltFixtures.zip(NAME, csv);

        try (FixtureServer server = FixtureServer.start()) {
            String path = "/gdeltv2/" + NAME + ".zip";
            server.put(path, zip);
            server.put("/gdeltv2/masterfilelist.txt",
                    (GdeltFixtures.masterLine(zip, server.url(path)) + "\n").getBytes());
            server.dropNextAfter(path, zip.length / 2);
            GdeltFetcher fetcher = new GdeltFetcher(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(1)));

            GdeltSelection day = new GdeltSelection(GdeltVersion.V2, GdeltFileKind.EVENTS,
                    LocalDate.of(2019, 10, 24), LocalDate.of(2019, 10, 24));

            FetchResult result = fetcher.fetch(day, server.baseUrl(), dir, FetchListener.SILENT);

            assertThat(result.complete()).isTrue();
            assertThat(result.verifiedPaths()).containsExactly(dir.resolve("gdelt/v2/2019/" + NAME + ".zip"));
            assertThat(unzipOnlyEntry(result.verifiedPaths().get(0))).isEqualTo(csv);
            assertThat(server.served(path)).hasSize(2);
        }
    }

    private static byte[] unzipOnlyEntry(Path zip) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            ZipEntry entry = entries.getNextEntry();
            assertThat(entry.getName()).isEqualTo(NAME);
            byte[] content = entries.readAllBytes();
            assertThat(entries.getNextEntry()).isNull();
            return content;
        }
    }
}
