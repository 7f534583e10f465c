package org.touchstone.data;

import org.touchstone.testing.SharedData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.touchstone.testing.SharedData.file;
import static org.touchstone.data.ReadResults.readAll;
import static org.touchstone.data.ReadResults.rejections;
import static org.touchstone.data.ReadResults.values;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.core.Event;
import org.touchstone.core.Mention;

class DatasetFilesTest {

    @TempDir
    Path tmp;

    @Test
    void detectsEachSharedFile() throws IOException {
        assertThat(DatasetFiles.detect(file(SharedData.GDELT2_EXPORT))).isEqualTo(DatasetFormat.GDELT2_EVENTS);
        assertThat(DatasetFiles.detect(file(SharedData.GDELT1_ROWS))).isEqualTo(DatasetFormat.GDELT1_EVENTS);
        assertThat(DatasetFiles.detect(file(SharedData.GDELT1_CSV_APRIL))).isEqualTo(DatasetFormat.GDELT1_CSV);
        assertThat(DatasetFiles.detect(file(SharedData.ICEWS_SAMPLE))).isEqualTo(DatasetFormat.ICEWS_EVENTS);
    }

    @Test
    void detectsMentionsByColumnCount() throws IOException {
        Path mentions = tmp.resolve("anything.txt");
        Files.writeString(mentions, String.join("\t", "881990833", "20191024143000", "20191024143000", "1", "belsat.eu",
                "https://belsat.eu/x", "3", "-1", "412", "430", "1", "50", "2847", "0.6", "", "") + "\n");
        assertThat(DatasetFiles.detect(mentions)).isEqualTo(DatasetFormat.GDELT2_MENTIONS);

        try (DatasetFile dataset = DatasetFiles.open(mentions)) {
            List<ReadResult<Mention>> results = readAll(dataset.mentions());
            assertThat(values(results)).hasSize(1);
            assertThatThrownBy(dataset::events).isInstanceOf(IllegalStateException.class).hasMessageContaining("mentions");
        }
    }

    @Test
    void gzipAndZipCopiesReadIdenticallyToThePlainFile() throws IOException {
        Path plain = file(SharedData.GDELT2_EXPORT);
        byte[] bytes = Files.readAllBytes(plain);
        // compressed copies under names that do not say so: packing is told by the first bytes
        Path gz = tmp.resolve("copy-of-export.bin");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(bytes);
        }
        Path zip = tmp.resolve("20191024143000.export.CSV.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("20191024143000.export.CSV"));
            out.write(bytes);
            out.closeEntry();
        }
        Path namedGz = tmp.resolve("20191024143000.export.CSV.gz");
        Files.copy(gz, namedGz);

        List<Event> expected = readEvents(plain, DatasetFormat.GDELT2_EVENTS);
        assertThat(expected).hasSize(2111);
        assertThat(readEvents(zip, DatasetFormat.GDELT2_EVENTS)).isEqualTo(expected);
        assertThat(readEvents(namedGz, DatasetFormat.GDELT2_EVENTS)).isEqualTo(expected);
        // the unnamed gzip copy gives the same events, under its own name in provenance
        assertThat(readEvents(gz, DatasetFormat.GDELT2_EVENTS))
                .extracting(Event::eventId).isEqualTo(expected.stream().map(Event::eventId).toList());
    }

    @Test
    void progressCountsBytesOfTheFileItself() throws IOException {
        Path plain = file(SharedData.GDELT2_EXPORT);
        Path gz = tmp.resolve("20191024143000.export.CSV.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(plain));
        }
        for (Path path : List.of(plain, gz)) {
            try (DatasetFile dataset = DatasetFiles.open(path)) {
                assertThat(dataset.size()).isEqualTo(Files.size(path));
                assertThat(dataset.bytesRead()).isLessThan(100); // at most a gzip header
                RecordReader<Event> events = dataset.events();
                events.next();
                assertThat(dataset.bytesRead()).isPositive().isLessThanOrEqualTo(dataset.size());
                while (events.next() != null) {
                    assertThat(dataset.bytesRead()).isLessThanOrEqualTo(dataset.size());
                }
                assertThat(dataset.bytesRead()).isEqualTo(dataset.size());
            }
        }
    }

    @Test
    void openGivesFormatDatasetAndReader() throws IOException {
        try (DatasetFile icews = DatasetFiles.open(file(SharedData.ICEWS_SAMPLE))) {
            assertThat(icews.format()).isEqualTo(DatasetFormat.ICEWS_EVENTS);
            assertThat(icews.datasetName()).isEqualTo("icews");
            assertThat(icews.dataName()).isEqualTo("events.2018.sample.tab");
            assertThat(values(readAll(icews.events()))).hasSize(3705);
            assertThat(icews.unmappedNames()).isEmpty();
            assertThatThrownBy(icews::events).isInstanceOf(IllegalStateException.class);
        }
        try (DatasetFile gdelt1 = DatasetFiles.open(file(SharedData.GDELT1_ROWS))) {
            assertThat(gdelt1.datasetName()).isEqualTo("gdelt1");
            assertThat(values(readAll(gdelt1.events()))).hasSize(4);
            assertThatThrownBy(gdelt1::mentions).isInstanceOf(IllegalStateException.class);
        }
        try (DatasetFile csv = DatasetFiles.open(file(SharedData.GDELT1_CSV_MAY))) {
            List<ReadResult<Event>> results = readAll(csv.events());
            assertThat(rejections(results)).isEmpty();
            assertThat(values(results)).hasSize(3268);
        }
    }

    @Test
    void unknownIcewsNamesAreReported() throws IOException {
        Path icews = tmp.resolve("events.2099.test.tab");
        Files.writeString(icews, String.join("\t", "Event ID", "Event Date", "Source Name", "Source Sectors",
                "Source Country", "CAMEO Code", "Intensity") + "\n"
                + String.join("\t", "1", "2099-01-01", "Queen", "Monarchy", "Atlantis", "040", "1") + "\n");
        try (DatasetFile dataset = DatasetFiles.open(icews)) {
            assertThat(values(readAll(dataset.events()))).hasSize(1);
            assertThat(dataset.unmappedNames()).containsExactly(
                    java.util.Map.entry("country: Atlantis", 1L), java.util.Map.entry("sector: Monarchy", 1L));
        }
    }

    @Test
    void nameDecidesWhenTheContentDoesNot() throws IOException {
        Path damaged = tmp.resolve("20191024143000.export.CSV");
        Files.writeString(damaged, "881990833\t20181024\ttruncated\n");
        assertThat(DatasetFiles.detect(damaged)).isEqualTo(DatasetFormat.GDELT2_EVENTS);

        Path daily = tmp.resolve("20141124.export.CSV");
        Files.writeString(daily, "\n");
        assertThat(DatasetFiles.detect(daily)).isEqualTo(DatasetFormat.GDELT1_EVENTS);
    }

    @Test
    void contentOutvotesAFewDamagedLines() throws IOException {
        String good = String.join("\t", java.util.Collections.nCopies(61, "1"));
        Path file = tmp.resolve("data.txt");
        Files.writeString(file, "damaged\tline\n" + good + "\n" + good + "\n");
        assertThat(DatasetFiles.detect(file)).isEqualTo(DatasetFormat.GDELT2_EVENTS);
    }

    @Test
    void unknownFormatsAreRefusedWithFileAndReason() throws IOException {
        Path text = tmp.resolve("notes.txt");
        Files.writeString(text, "Dear diary,\ttoday\n");
        assertThatThrownBy(() -> DatasetFiles.open(text)).isInstanceOf(UnknownDatasetFormatException.class)
                .hasMessageContaining(text.toString())
                .hasMessageContaining("has 2 tab-separated columns and starts 'Dear diary,\\ttoday'");

        Path empty = tmp.resolve("empty.csv");
        Files.write(empty, new byte[0]);
        assertThatThrownBy(() -> DatasetFiles.detect(empty)).isInstanceOf(UnknownDatasetFormatException.class)
                .hasMessageContaining("holds no data");

        Path bzip2 = tmp.resolve("20191024143000.export.CSV.bz2");
        Files.write(bzip2, "BZh91AY&SY".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> DatasetFiles.detect(bzip2)).isInstanceOf(UnknownDatasetFormatException.class)
                .hasMessageContaining("bzip2-compressed");

        Path twoFiles = tmp.resolve("two.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(twoFiles))) {
            for (String name : List.of("a.export.CSV", "b.export.CSV")) {
                out.putNextEntry(new ZipEntry(name));
                out.write('x');
                out.closeEntry();
            }
        }
        assertThatThrownBy(() -> DatasetFiles.detect(twoFiles)).isInstanceOf(UnknownDatasetFormatException.class)
                .hasMessageContaining("exactly one").hasMessageContaining("a.export.CSV, b.export.CSV");
    }

    private static List<Event> readEvents(Path path, DatasetFormat expectedFormat) throws IOException {
        try (DatasetFile dataset = DatasetFiles.open(path)) {
            assertThat(dataset.format()).isEqualTo(expectedFormat);
            List<ReadResult<Event>> results = readAll(dataset.events());
            assertThat(rejections(results)).isEmpty();
            return values(results);
        }
    }
}
