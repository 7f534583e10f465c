package org.touchstone.data.gdelt;

import org.touchstone.testing.SharedData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.touchstone.testing.SharedData.file;
import static org.touchstone.data.ReadResults.readAll;
import static org.touchstone.data.ReadResults.rejections;
import static org.touchstone.data.ReadResults.values;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.core.Actor;
import org.touchstone.core.Event;
import org.touchstone.core.Geo;
import org.touchstone.core.Provenance;
import org.touchstone.core.QuadClass;
import org.touchstone.data.DatasetFormat;
import org.touchstone.data.ReadResult;

class GdeltEventReaderTest {

    @TempDir
    Path tmp;

    private static List<ReadResult<Event>> read(Path path, DatasetFormat format) throws IOException {
        InputStream in = Files.newInputStream(path);
        return readAll(new GdeltEventReader(in, path.getFileName().toString(), format));
    }

    private static List<ReadResult<Event>> read(String text, DatasetFormat format) throws IOException {
        InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        return readAll(new GdeltEventReader(in, "test.CSV", format));
    }

    private static Event eventOnLine(List<ReadResult<Event>> results, long line) {
        return results.stream().filter(r -> r.line() == line)
                .map(r -> ((ReadResult.Ok<Event>) r).value()).findFirst().orElseThrow();
    }

    @Test
    void gdelt2ExportGivesAllEventsAndNoRejections() throws IOException {
        List<ReadResult<Event>> results = read(file(SharedData.GDELT2_EXPORT), DatasetFormat.GDELT2_EVENTS);

        assertThat(values(results)).hasSize(2111).allSatisfy(e -> assertThat(e.dataset()).isEqualTo("gdelt2"));
        assertThat(rejections(results)).isEmpty();
        assertThat(results.get(0).line()).isEqualTo(1);
        assertThat(results.get(2110).line()).isEqualTo(2111);
    }

    @Test
    void gdelt2FieldsMatchTheFile() throws IOException {
        List<ReadResult<Event>> results = read(file(SharedData.GDELT2_EXPORT), DatasetFormat.GDELT2_EVENTS);

        // line 2: 881990833, THE EU consults (040) in Minsk; no Actor1
        Event eu = eventOnLine(results, 2);
        assertThat(eu.eventId()).isEqualTo("881990833");
        assertThat(eu.date()).isEqualTo(LocalDate.of(2018, 10, 24));
        assertThat(eu.source()).isEqualTo(Actor.UNKNOWN);
        assertThat(eu.target()).isEqualTo(new Actor("IGOEUREEC", "THE EU", "EUR", "IGO"));
        assertThat(eu.code()).isEqualTo("040");
        assertThat(eu.rootCode()).isEqualTo("04");
        assertThat(eu.quadClass()).isEqualTo(QuadClass.VERBAL_COOPERATION);
        assertThat(eu.goldstein()).isEqualTo(1.0);
        assertThat(eu.mentions()).isEqualTo(10);
        assertThat(eu.sources()).isEqualTo(1);
        assertThat(eu.articles()).isEqualTo(10);
        assertThat(eu.tone()).isEqualTo(0.63492063492064);
        assertThat(eu.geo()).isEqualTo(new Geo("Minsk, Belarus (general), Belarus", "BO", 53.9, 27.5667));
        assertThat(eu.url()).isEqualTo(
                "https://belsat.eu/en/news/10-years-of-belarus-participating-in-eastern-partnership-what-is-to-come/");
        assertThat(eu.provenance()).isEqualTo(Provenance.ofRow("20191024143000.export.CSV", 2));

        // line 432: 881991263, CANADA -> UNITED STATES, 1712, Goldstein -9.2, material conflict
        Event canUsa = eventOnLine(results, 432);
        assertThat(canUsa.eventId()).isEqualTo("881991263");
        assertThat(canUsa.date()).isEqualTo(LocalDate.of(2019, 10, 24));
        assertThat(canUsa.source()).isEqualTo(new Actor("CAN", "CANADA", "CAN", null));
        assertThat(canUsa.target()).isEqualTo(new Actor("USA", "UNITED STATES", "USA", null));
        assertThat(canUsa.code()).isEqualTo("1712");
        assertThat(canUsa.quadClass()).isEqualTo(QuadClass.MATERIAL_CONFLICT);
        assertThat(canUsa.goldstein()).isEqualTo(-9.2);
        assertThat(canUsa.tone()).isEqualTo(-1.0521281683405);
        assertThat(canUsa.geo()).isEqualTo(new Geo("New York, United States", "US", 42.1497, -74.9384));

        // line 100: EDU UNIVERSITY as Actor2 only, sector from Actor2Type1Code
        Event university = eventOnLine(results, 100);
        assertThat(university.target()).isEqualTo(new Actor("EDU", "UNIVERSITY", null, "EDU"));
        assertThat(university.code()).isEqualTo("111");
        assertThat(university.quadClass()).isEqualTo(QuadClass.VERBAL_CONFLICT);
    }

    @Test
    void gdelt1DailyRowsWith58And57Columns() throws IOException {
        List<ReadResult<Event>> results = read(file(SharedData.GDELT1_ROWS), DatasetFormat.GDELT1_EVENTS);

        assertThat(rejections(results)).isEmpty();
        List<Event> events = values(results);
        assertThat(events).hasSize(4).allSatisfy(e -> assertThat(e.dataset()).isEqualTo("gdelt1"));
        assertThat(events).extracting(Event::eventId)
                .containsExactly("324845984", "324845984", "324845987", "324846008");
        // line 2 is a historical row of 57 columns: no SOURCEURL
        assertThat(events.get(1).url()).isNull();
        assertThat(events.get(0).url()).startsWith("http://www.news.com.au/");

        Event police = events.get(0);
        assertThat(police.date()).isEqualTo(LocalDate.of(2004, 11, 26));
        assertThat(police.target()).isEqualTo(new Actor("COP", "POLICE", null, "COP"));
        assertThat(police.code()).isEqualTo("014");
        assertThat(police.goldstein()).isEqualTo(0.0);
        assertThat(police.geo()).isEqualTo(
                new Geo("Washington, District of Columbia, United States", "US", 38.8951, -77.0364));

        Event exxon = events.get(2);
        assertThat(exxon.source()).isEqualTo(new Actor("BUS", "COMPANIES", null, "BUS"));
        assertThat(exxon.target()).isEqualTo(new Actor("MNCUSA", "EXXON", "USA", "MNC"));
        assertThat(exxon.code()).isEqualTo("051");
        assertThat(exxon.goldstein()).isEqualTo(3.4);
        assertThat(exxon.geo().latitude()).isEqualTo(-9.46472);

        Event farmers = events.get(3);
        assertThat(farmers.code()).isEqualTo("080");
        assertThat(farmers.quadClass()).isEqualTo(QuadClass.MATERIAL_COOPERATION);
        assertThat(farmers.geo()).isEqualTo(Geo.UNKNOWN);
    }

    @Test
    void gdelt1CommaCsvVariant() throws IOException {
        List<ReadResult<Event>> april = read(file(SharedData.GDELT1_CSV_APRIL), DatasetFormat.GDELT1_CSV);
        List<ReadResult<Event>> may = read(file(SharedData.GDELT1_CSV_MAY), DatasetFormat.GDELT1_CSV);

        assertThat(rejections(april)).isEmpty();
        assertThat(rejections(may)).isEmpty();
        assertThat(values(april).size() + values(may).size()).isEqualTo(6810);

        // line 2, the first after the header: spaces trimmed, "NA" read as missing
        Event first = eventOnLine(april, 2);
        assertThat(first.eventId()).isEqualTo("253472894");
        assertThat(first.source()).isEqualTo(new Actor("GOV", "MINISTRY", null, "GOV"));
        assertThat(first.target()).isEqualTo(new Actor("ARM", "ARMENIA", "ARM", null));
        assertThat(first.code()).isEqualTo("010");
        assertThat(first.goldstein()).isEqualTo(0.0);
        assertThat(first.geo()).isEqualTo(new Geo("Stepantsminda, Georgia (general), Georgia", "GG", 42.6567, 44.6433));
        assertThat(first.url()).isEqualTo("http://armenpress.am/eng/news/713439/");
    }

    @Test
    void corruptedLinesAreRejectedWithLineAndReasonAndTheRestIsRead() throws IOException {
        Path original = file(SharedData.GDELT2_EXPORT);
        List<byte[]> lines = splitLines(Files.readAllBytes(original));
        assertThat(lines).hasSize(2111);

        corrupt(lines, 10, fields -> Arrays.copyOf(fields, 30));                         // truncated row
        corrupt(lines, 200, fields -> set(fields, 1, "2019x024"));                        // bad date
        corrupt(lines, 700, fields -> set(fields, 30, "abc"));                            // non-numeric Goldstein
        corrupt(lines, 1500, fields -> set(fields, 5, "\t\t"));                           // two extra tabs
        lines.set(2000 - 1, new byte[] {'8', '8', 0, 1, 2, (byte) 0xFF, (byte) 0xFE, 'x', 0x7F, '\t', 0x1B}); // garbage
        Path corrupted = tmp.resolve("20191024143000.export.CSV");
        Files.write(corrupted, joinLines(lines));

        List<ReadResult<Event>> results = read(corrupted, DatasetFormat.GDELT2_EVENTS);

        assertThat(values(results)).hasSize(2106);
        assertThat(rejections(results)).extracting(ReadResult::line, ReadResult.Rejected::reason).containsExactly(
                tuple(10L, "expected 61 tab-separated columns, found 30"),
                tuple(200L, "unparsable date '2019x024' in column SQLDATE"),
                tuple(700L, "non-numeric GoldsteinScale 'abc'"),
                tuple(1500L, "expected 61 tab-separated columns, found 63"),
                tuple(2000L, "control characters / invalid UTF-8 in line: control character 0x00 at byte 3"));
        assertThat(rejections(results).get(1).raw()).startsWith("881991031\t2019x024\t");
        // the lines after each bad one are read as usual
        Event afterGarbage = eventOnLine(results, 2001);
        Event sameInOriginal = eventOnLine(read(original, DatasetFormat.GDELT2_EVENTS), 2001);
        assertThat(afterGarbage).isEqualTo(sameInOriginal);
        assertThat(eventOnLine(results, 11).eventId()).isEqualTo(new String(lines.get(10), 0, 9, StandardCharsets.UTF_8));
    }

    @Test
    void rowLevelChecks() throws IOException {
        String good = row2("040", "1", "1.0");
        List<ReadResult<Event>> results = read(String.join("\n",
                good,
                row2("040", "3", "1.0"),
                row2("X1", "1", "1.0"),
                row2("040", "1", "12.5"),
                row2("040", "", "1.0"),
                good.replace("881990833", "88199x833"),
                "not a GDELT row",
                "",
                "   ",
                ""), DatasetFormat.GDELT2_EVENTS);

        assertThat(results).extracting(ReadResult::line).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(rejections(results)).extracting(ReadResult.Rejected::reason).containsExactly(
                "QuadClass 3 disagrees with EventCode '040' (root 04 is quad class 1)",
                "bad CAMEO code 'X1' in column EventCode",
                "GoldsteinScale 12.5 outside -10..10",
                "non-numeric GLOBALEVENTID '88199x833'",
                "expected 61 tab-separated columns, found 1");
        // an empty QuadClass is derived from the root
        assertThat(((ReadResult.Ok<Event>) results.get(4)).value().quadClass()).isEqualTo(QuadClass.VERBAL_COOPERATION);
    }

    @Test
    void invalidUtf8IsRejected() throws IOException {
        byte[] row = (row2("040", "1", "1.0") + "\n").getBytes(StandardCharsets.UTF_8);
        row[row.length - 5] = (byte) 0xC3; // a lead byte followed by ASCII
        List<ReadResult<Event>> results = readAll(new GdeltEventReader(new ByteArrayInputStream(row), "t", DatasetFormat.GDELT2_EVENTS));
        assertThat(rejections(results)).singleElement().satisfies(r -> assertThat(r.reason())
                .startsWith("control characters / invalid UTF-8 in line: invalid UTF-8 byte 0xC3"));
    }

    @Test
    void headerRowIsSkippedAndCrLfEndingsAccepted() throws IOException {
        String header = String.join("\t", GdeltEventLayout.GDELT2.names);
        List<ReadResult<Event>> results = read(header + "\r\n" + row2("040", "1", "1.0") + "\r\n", DatasetFormat.GDELT2_EVENTS);
        assertThat(rejections(results)).isEmpty();
        assertThat(values(results)).singleElement().satisfies(e -> {
            assertThat(e.provenance().line()).isEqualTo(2);
            assertThat(e.url()).endsWith("what-is-to-come/");
        });
    }

    @Test
    void aRowWhoseIdIsDamagedIntoTheHeaderNameIsRejectedNotSkipped() throws IOException {
        // found by fuzzing: any line starting "GLOBALEVENTID" used to vanish without a trace
        String damaged = row2("040", "1", "1.0").replaceFirst("^881990833", "GLOBALEVENTID");
        List<ReadResult<Event>> results = read(damaged + "\n" + row2("040", "1", "1.0") + "\n", DatasetFormat.GDELT2_EVENTS);
        assertThat(rejections(results)).extracting(ReadResult::line, ReadResult.Rejected::reason)
                .containsExactly(tuple(1L, "non-numeric GLOBALEVENTID 'GLOBALEVENTID'"));
        assertThat(values(results)).extracting(e -> e.provenance().line()).containsExactly(2L);
    }

    /** Line 2 of the GDELT 2.0 file, with the given EventCode, QuadClass and GoldsteinScale. */
    private static String row2(String code, String quadClass, String goldstein) {
        String[] f = ("881990833\t20181024\t201810\t2018\t2018.8055\t\t\t\t\t\t\t\t\t\t\tIGOEUREEC\tTHE EU\tEUR\tEEC"
                + "\t\t\t\tIGO\t\t\t0\t040\t040\t04\t1\t1.0\t10\t1\t10\t0.63492063492064\t0\t\t\t\t\t\t\t\t4"
                + "\tMinsk, Belarus (general), Belarus\tBO\tBO00\t5840\t53.9\t27.5667\t-1946324\t4"
                + "\tMinsk, Belarus (general), Belarus\tBO\tBO00\t5840\t53.9\t27.5667\t-1946324\t20191024143000"
                + "\thttps://belsat.eu/en/news/10-years-of-belarus-participating-in-eastern-partnership-what-is-to-come/")
                .split("\t", -1);
        f[26] = code;
        f[29] = quadClass;
        f[30] = goldstein;
        return String.join("\t", f);
    }

    // ---------------------------------------------------------------- building a corrupted copy

    private interface FieldEdit {
        String[] apply(String[] fields);
    }

    private static String[] set(String[] fields, int index, String value) {
        fields[index] = value;
        return fields;
    }

    private static void corrupt(List<byte[]> lines, int lineNumber, FieldEdit edit) {
        String[] fields = new String(lines.get(lineNumber - 1), StandardCharsets.UTF_8).split("\t", -1);
        lines.set(lineNumber - 1, String.join("\t", edit.apply(fields)).getBytes(StandardCharsets.UTF_8));
    }

    private static List<byte[]> splitLines(byte[] bytes) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                lines.add(Arrays.copyOfRange(bytes, start, i));
                start = i + 1;
            }
        }
        if (start < bytes.length) {
            lines.add(Arrays.copyOfRange(bytes, start, bytes.length));
        }
        return lines;
    }

    private static byte[] joinLines(List<byte[]> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] line : lines) {
            out.writeBytes(line);
            out.write('\n');
        }
        return out.toByteArray();
    }
}
