package org.touchstone.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.touchstone.data.ReadResults.readAll;
import static org.touchstone.data.ReadResults.rejections;
import static org.touchstone.data.ReadResults.values;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.core.Event;
import org.touchstone.core.QuadClass;
import org.touchstone.data.DatasetFile;
import org.touchstone.data.DatasetFiles;
import org.touchstone.data.DatasetFormat;
import org.touchstone.data.ReadResult;
import org.touchstone.data.UnknownDatasetFormatException;

class EventCsvReaderTest {
    @TempDir
    Path dir;

    static List<ReadResult<Event>> read(String csv) throws Exception {
        return readAll(new EventCsvReader(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t.csv"));
    }

    @Test
    void aHandBuiltTableNeedsOnlyIdDateAndCodeAndTheRestIsDerived() throws Exception {
        List<ReadResult<Event>> results = read("""
                event_id,date,source_code,target_code,code,url
                e1,2022-02-04,CHNGOV,RUSGOV,057,https://example.org/a
                e2,2022-02-24,RUSMIL,UKR,190,"https://example.org/b,c"
                """);
        List<Event> events = values(results);
        assertThat(events).hasSize(2);
        Event first = events.get(0);
        assertThat(first.dataset()).isEqualTo("touchstone");
        assertThat(first.date()).isEqualTo(LocalDate.of(2022, 2, 4));
        assertThat(first.code()).isEqualTo("057");
        assertThat(first.quadClass()).isEqualTo(QuadClass.VERBAL_COOPERATION);
        assertThat(first.goldstein()).isEqualTo(8.0);
        assertThat(first.source().country()).isEqualTo("CHN");
        assertThat(first.source().sector()).isEqualTo("GOV");
        assertThat(first.provenance().file()).isEqualTo("t.csv");
        assertThat(first.provenance().line()).isEqualTo(2);
        Event second = events.get(1);
        assertThat(second.quadClass()).isEqualTo(QuadClass.MATERIAL_CONFLICT);
        assertThat(second.goldstein()).isEqualTo(-10.0);
        assertThat(second.target().country()).isEqualTo("UKR");
        assertThat(second.url()).isEqualTo("https://example.org/b,c");
    }

    @Test
    void badRowsAreRejectedWithReasonsAndTheRestIsRead() throws Exception {
        List<ReadResult<Event>> results = read("""
                dataset,event_id,date,code,quad_class,goldstein
                mine,1,2022-02-30,040,,
                mine,2,2022-03-01,4x0,,
                mine,3,2022-03-01,040,4,
                mine,4,2022-03-01,040,1,11
                mine,5,2022-03-01,040
                mine,6,2022-03-01,040,1,1.5
                """);
        assertThat(values(results)).singleElement().satisfies(e -> {
            assertThat(e.dataset()).isEqualTo("mine");
            assertThat(e.goldstein()).isEqualTo(1.5);
        });
        assertThat(rejections(results)).extracting(r -> r.line() + ": " + r.reason()).containsExactly(
                "2: unparsable date '2022-02-30' in column date (expected YYYY-MM-DD)",
                "3: bad CAMEO code '4x0' in column code",
                "4: quad_class 4 disagrees with code 040 (root 04 is quad class 1)",
                "5: goldstein 11 outside -10..10",
                "6: expected 6 comma-separated columns, found 4");
    }

    @Test
    void anUnknownOrMissingColumnStopsWithTheFileAndLine() {
        assertThatThrownBy(() -> read("event_id,date,code,goldstien\n1,2020-01-01,040,1\n"))
                .isInstanceOf(UnknownDatasetFormatException.class).hasMessageContaining("t.csv")
                .hasMessageContaining("unknown column 'goldstien'");
        assertThatThrownBy(() -> read("event_id,date,source_code\n1,2020-01-01,USA\n"))
                .hasMessageContaining("lacks the column 'code'");
    }

    @Test
    void theFormatIsDetectedFromTheHeader() throws Exception {
        Path file = dir.resolve("events.csv");
        Files.writeString(file, "event_id,date,code\n1,2020-01-01,040\n");
        assertThat(DatasetFiles.detect(file)).isEqualTo(DatasetFormat.TOUCHSTONE_EVENTS_CSV);
        try (DatasetFile opened = DatasetFiles.open(file)) {
            assertThat(opened.datasetName()).isEqualTo("touchstone");
            assertThat(values(readAll(opened.events()))).hasSize(1);
        }
    }
}
