package org.touchstone.data.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class MasterListParserTest {

    private static final URI V2_LIST = URI.create("http://127.0.0.1:8080/gdeltv2/masterfilelist.txt");
    private static final URI V1_DIR = URI.create("http://127.0.0.1:8080/events/");
    private static final String MD5_A = "297a16b493de7cf6ca809a7cc31d0b93";
    private static final String MD5_B = "bb27f78ba45f69a17ea6ed7755e9f8ff";

    private static String v2Line(long size, String md5, String name) {
        return size + " " + md5 + " http://127.0.0.1:8080/gdeltv2/" + name;
    }

    private static MasterList parseV2(String list, GdeltFileKind kind, String from, String to) throws IOException {
        GdeltSelection selection =
                new GdeltSelection(GdeltVersion.V2, kind, LocalDate.parse(from), LocalDate.parse(to));
        return MasterListParser.parseV2(new StringReader(list), V2_LIST, selection);
    }

    @Test
    void selectsTheKindAndTheDaysAskedForBothEndsIncluded() throws IOException {
        String list = String.join("\n",
                v2Line(100, MD5_A, "20191023234500.export.CSV.zip"),
                v2Line(101, MD5_A, "20191024000000.export.CSV.zip"),
                v2Line(102, MD5_A, "20191024000000.mentions.CSV.zip"),
                v2Line(103, MD5_A, "20191024000000.gkg.csv.zip"),
                v2Line(104, MD5_A, "20191025234500.export.CSV.zip"),
                v2Line(105, MD5_A, "20191025234500.mentions.CSV.zip"),
                v2Line(106, MD5_A, "20191026000000.export.CSV.zip"));

        MasterList events = parseV2(list, GdeltFileKind.EVENTS, "2019-10-24", "2019-10-25");
        MasterList mentions = parseV2(list, GdeltFileKind.MENTIONS, "2019-10-24", "2019-10-25");

        assertThat(events.problems()).isEmpty();
        assertThat(events.files()).extracting(GdeltFile::fileName)
                .containsExactly("20191024000000.export.CSV.zip", "20191025234500.export.CSV.zip");
        assertThat(mentions.files()).extracting(GdeltFile::fileName)
                .containsExactly("20191024000000.mentions.CSV.zip", "20191025234500.mentions.CSV.zip");
        assertThat(events.totalBytes()).isEqualTo(101 + 104);

        GdeltFile first = events.files().get(0);
        assertThat(first.version()).isEqualTo(GdeltVersion.V2);
        assertThat(first.kind()).isEqualTo(GdeltFileKind.EVENTS);
        assertThat(first.timestamp()).isEqualTo(LocalDateTime.of(2019, 10, 24, 0, 0));
        assertThat(first.lastDay()).isEqualTo(LocalDate.of(2019, 10, 24));
        assertThat(first.size()).isEqualTo(101);
        assertThat(first.md5()).isEqualTo(MD5_A);
        assertThat(first.url()).isEqualTo(URI.create("http://127.0.0.1:8080/gdeltv2/20191024000000.export.CSV.zip"));
    }

    @Test
    void returnsFilesOldestFirstWhateverTheOrderOfTheList() throws IOException {
        String list = String.join("\n",
                v2Line(1, MD5_A, "20191024143000.export.CSV.zip"),
                v2Line(1, MD5_A, "20191024000000.export.CSV.zip"),
                v2Line(1, MD5_A, "20191024141500.export.CSV.zip"));

        MasterList events = parseV2(list, GdeltFileKind.EVENTS, "2019-10-24", "2019-10-24");

        assertThat(events.files()).extracting(GdeltFile::timestamp).isSorted();
    }

    @Test
    void reportsMalformedLinesWithLineNumberAndReasonAndKeepsTheGoodOnes() throws IOException {
        String list = String.join("\n",
                v2Line(100, MD5_A, "20191024000000.export.CSV.zip"),                      // 1 good
                "http://127.0.0.1:8080/gdeltv2/20191024001500.export.CSV.zip",           // 2 size and MD5 missing
                "12x4 " + MD5_A + " http://127.0.0.1:8080/gdeltv2/20191024003000.export.CSV.zip", // 3 size
                "100 not-an-md5 http://127.0.0.1:8080/gdeltv2/20191024004500.export.CSV.zip",      // 4 md5
                "",                                                                          // 5 blank: ignored
                v2Line(100, MD5_A, "20191024010000.translation.export.CSV.zip"),              // 6 unknown name
                v2Line(100, MD5_A, "20191332010000.export.CSV.zip"),                          // 7 no 32nd of month 13
                "100 " + MD5_A + " ftp://127.0.0.1/gdeltv2/20191024011500.export.CSV.zip",    // 8 not http
                "100 " + MD5_A + " http://bad host/20191024013000.export.CSV.zip",            // 9 four fields
                v2Line(100, MD5_A, "20191024014500.export.CSV.zip"));                         // 10 good

        MasterList events = parseV2(list, GdeltFileKind.EVENTS, "2019-10-24", "2019-10-24");

        assertThat(events.files()).extracting(GdeltFile::fileName)
                .containsExactly("20191024000000.export.CSV.zip", "20191024014500.export.CSV.zip");
        assertThat(events.problems()).extracting(MasterListProblem::line).containsExactly(2L, 3L, 4L, 6L, 7L, 8L, 9L);
        assertThat(events.problems()).allSatisfy(p -> assertThat(p.list()).isEqualTo("masterfilelist.txt"));
        assertThat(events.problems()).extracting(MasterListProblem::reason).satisfiesExactly(
                r -> assertThat(r).contains("expected 3 fields").contains("found 1"),
                r -> assertThat(r).contains("size '12x4'"),
                r -> assertThat(r).contains("MD5 'not-an-md5'"),
                r -> assertThat(r).contains("20191024010000.translation.export.CSV.zip")
                        .contains("not a GDELT 2.0 file name"),
                r -> assertThat(r).contains("'20191332010000' is not a valid date"),
                r -> assertThat(r).contains("not an http or https URL"),
                r -> assertThat(r).contains("found 4"));
        assertThat(events.problems().get(0).raw())
                .isEqualTo("http://127.0.0.1:8080/gdeltv2/20191024001500.export.CSV.zip");
        assertThat(events.problems().get(0)).hasToString(
                "masterfilelist.txt line 2: expected 3 fields (size, MD5 and URL) but found 1"
                        + " [http://127.0.0.1:8080/gdeltv2/20191024001500.export.CSV.zip]");
    }

    @Test
    void reportsMalformedLinesOutsideTheSelectionToo() throws IOException {
        String list = String.join("\n",
                "garbage",
                v2Line(100, MD5_A, "20191024000000.export.CSV.zip"));

        MasterList events = parseV2(list, GdeltFileKind.EVENTS, "2020-01-01", "2020-01-31");

        assertThat(events.files()).isEmpty();
        assertThat(events.problems()).extracting(MasterListProblem::line).containsExactly(1L);
    }

    @Test
    void keepsTheFirstOfARepeatedFileAndReportsOnlyAConflictingRepeat() throws IOException {
        String list = String.join("\n",
                v2Line(100, MD5_A, "20191024000000.export.CSV.zip"),
                v2Line(100, MD5_A, "20191024000000.export.CSV.zip"),
                v2Line(100, MD5_B, "20191024000000.export.CSV.zip"));

        MasterList events = parseV2(list, GdeltFileKind.EVENTS, "2019-10-24", "2019-10-24");

        assertThat(events.files()).singleElement().extracting(GdeltFile::md5).isEqualTo(MD5_A);
        assertThat(events.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.reason()).contains("listed again").contains("first at line 1");
        });
    }

    @Test
    void resolvesRelativeUrlsAgainstTheListAndAcceptsUpperCaseMd5() throws IOException {
        String list = "100 " + MD5_A.toUpperCase() + " 20191024000000.export.CSV.zip";

        MasterList events = parseV2(list, GdeltFileKind.EVENTS, "2019-10-24", "2019-10-24");

        assertThat(events.files()).singleElement().satisfies(f -> {
            assertThat(f.url()).isEqualTo(URI.create("http://127.0.0.1:8080/gdeltv2/20191024000000.export.CSV.zip"));
            assertThat(f.md5()).isEqualTo(MD5_A);
        });
    }

    @Test
    void joinsTheGdelt1ListsAndCoversMonthlyAndYearlyBackfiles() throws IOException {
        String md5sums = String.join("\n",
                "f6fcb7e955e35f93c9dae427c07b545d  GDELT.MASTERREDUCEDV2.1979-2013.zip",
                MD5_A + "  2005.zip",
                MD5_A + "  201302.zip",
                MD5_A + "  201303.zip",
                MD5_A + "  20130401.export.CSV.zip",
                MD5_B + "  20130402.export.CSV.zip",
                MD5_A + "  20130403.export.CSV.zip");
        String filesizes = String.join("\n",
                "999 GDELT.MASTERREDUCEDV2.1979-2013.zip",
                "5000 2005.zip",
                "3000 201302.zip",
                "3100 201303.zip",
                "200 20130401.export.CSV.zip",
                "201 20130402.export.CSV.zip",
                "202 20130403.export.CSV.zip");
        GdeltSelection selection = new GdeltSelection(GdeltVersion.V1, GdeltFileKind.EVENTS,
                LocalDate.of(2013, 3, 31), LocalDate.of(2013, 4, 2));

        MasterList events = MasterListParser.parseV1(new StringReader(md5sums), new StringReader(filesizes), V1_DIR,
                selection);

        assertThat(events.problems()).isEmpty();
        assertThat(events.files()).extracting(GdeltFile::fileName)
                .containsExactly("201303.zip", "20130401.export.CSV.zip", "20130402.export.CSV.zip");
        GdeltFile march = events.files().get(0);
        assertThat(march.timestamp()).isEqualTo(LocalDateTime.of(2013, 3, 1, 0, 0));
        assertThat(march.lastDay()).isEqualTo(LocalDate.of(2013, 3, 31));
        assertThat(march.size()).isEqualTo(3100);
        assertThat(march.url()).isEqualTo(URI.create("http://127.0.0.1:8080/events/201303.zip"));
        assertThat(events.files().get(2).md5()).isEqualTo(MD5_B);
        assertThat(events.files().get(2).size()).isEqualTo(201);

        MasterList year2005 = MasterListParser.parseV1(new StringReader(md5sums), new StringReader(filesizes), V1_DIR,
                new GdeltSelection(GdeltVersion.V1, GdeltFileKind.EVENTS, LocalDate.of(2005, 12, 31),
                        LocalDate.of(2005, 12, 31)));
        assertThat(year2005.files()).singleElement().satisfies(f -> {
            assertThat(f.fileName()).isEqualTo("2005.zip");
            assertThat(f.lastDay()).isEqualTo(LocalDate.of(2005, 12, 31));
        });
    }

    @Test
    void reportsGdelt1FilesMissingFromOneOfTheTwoListsAndMalformedLines() throws IOException {
        String md5sums = String.join("\n",
                MD5_A + "  20130401.export.CSV.zip",
                MD5_A + "  20130402.export.CSV.zip",
                "tooshort  20130403.export.CSV.zip",
                MD5_A + "  20130404.export.CSV.zip",
                MD5_A + "  2013-04-05.export.CSV.zip");
        String filesizes = String.join("\n",
                "200 20130401.export.CSV.zip",
                "-5 20130403.export.CSV.zip",
                "204 20130404.export.CSV.zip",
                "205 20130406.export.CSV.zip",
                "205 20130506.export.CSV.zip");
        GdeltSelection selection = new GdeltSelection(GdeltVersion.V1, GdeltFileKind.EVENTS,
                LocalDate.of(2013, 4, 1), LocalDate.of(2013, 4, 30));

        MasterList events = MasterListParser.parseV1(new StringReader(md5sums), new StringReader(filesizes), V1_DIR,
                selection);

        assertThat(events.files()).extracting(GdeltFile::fileName)
                .containsExactly("20130401.export.CSV.zip", "20130404.export.CSV.zip");
        assertThat(events.problems()).extracting(p -> p.list() + ":" + p.line()).containsExactly(
                "filesizes:2", "filesizes:4", "md5sums:2", "md5sums:3", "md5sums:5");
        assertThat(events.problems()).extracting(MasterListProblem::reason).satisfiesExactly(
                r -> assertThat(r).contains("size '-5'"),
                r -> assertThat(r).contains("20130406.export.CSV.zip has no MD5 in md5sums"),
                r -> assertThat(r).contains("20130402.export.CSV.zip has no size in filesizes"),
                r -> assertThat(r).contains("MD5 'tooshort'"),
                r -> assertThat(r).contains("not a GDELT 1.0 events file name"));
    }

    @Test
    void refusesSelectionsThatCannotBeMet() {
        assertThatThrownBy(() -> new GdeltSelection(GdeltVersion.V1, GdeltFileKind.MENTIONS,
                LocalDate.of(2019, 1, 1), LocalDate.of(2019, 1, 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("events files only");
        assertThatThrownBy(() -> new GdeltSelection(GdeltVersion.V2, GdeltFileKind.EVENTS,
                LocalDate.of(2019, 1, 2), LocalDate.of(2019, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before it starts");
        assertThatThrownBy(() -> MasterListParser.parseV2(new StringReader(""), V2_LIST,
                new GdeltSelection(GdeltVersion.V1, GdeltFileKind.EVENTS, LocalDate.of(2019, 1, 1),
                        LocalDate.of(2019, 1, 1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GdeltVersion.of(3)).hasMessageContaining("1 or 2");
        assertThatThrownBy(() -> GdeltFileKind.of("gkgs")).hasMessageContaining("events, mentions or gkg");
        assertThat(GdeltFileKind.of("Mentions")).isEqualTo(GdeltFileKind.MENTIONS);
    }
}
