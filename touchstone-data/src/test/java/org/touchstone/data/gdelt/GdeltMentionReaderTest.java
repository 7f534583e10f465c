package org.touchstone.data.gdelt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.touchstone.data.ReadResults.readAll;
import static org.touchstone.data.ReadResults.rejections;
import static org.touchstone.data.ReadResults.values;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.core.Mention;
import org.touchstone.core.Provenance;
import org.touchstone.data.ReadResult;

/**
 * No real mentions file is shared, so these rows are written here from the documented layout
 * (GDELT_2.0_eventMentions_Column_Labels_Header_Row_Sep2016.tsv): 16 tab-separated columns.
 */
class GdeltMentionReaderTest {

    @TempDir
    Path tmp;

    static String row(String... fields) {
        return String.join("\t", fields);
    }

    static final String WEB_MENTION = row("881990833", "20191024143000", "20191024143000", "1", "belsat.eu",
            "https://belsat.eu/en/news/10-years-of-belarus-participating-in-eastern-partnership-what-is-to-come/",
            "3", "-1", "412", "430", "1", "50", "2847", "0.63492063492064", "", "");
    static final String TRANSLATED_MENTION = row("881990834", "20191024140000", "20191024143000", "1",
            "lemonde.fr", "https://www.lemonde.fr/article.html", "12", "1021", "-1", "1003", "0", "20", "5120",
            "-3.5", "srclc:fra;eng:GT-FRA 1.0.1", "");

    @Test
    void readsTheDocumentedLayout() throws IOException {
        Path file = tmp.resolve("20191024143000.mentions.CSV");
        Files.writeString(file, WEB_MENTION + "\n" + TRANSLATED_MENTION + "\n\n", StandardCharsets.UTF_8);

        List<ReadResult<Mention>> results = readAll(new GdeltMentionReader(Files.newInputStream(file), file.getFileName().toString()));

        assertThat(rejections(results)).isEmpty();
        List<Mention> mentions = values(results);
        assertThat(mentions).hasSize(2);
        Mention web = mentions.get(0);
        assertThat(web).isEqualTo(new Mention("gdelt2", "881990833", LocalDateTime.of(2019, 10, 24, 14, 30),
                LocalDateTime.of(2019, 10, 24, 14, 30), 1, "belsat.eu",
                "https://belsat.eu/en/news/10-years-of-belarus-participating-in-eastern-partnership-what-is-to-come/",
                3, -1, 412, 430, true, 50, 2847, 0.63492063492064,
                Provenance.ofRow("20191024143000.mentions.CSV", 1)));
        Mention translated = mentions.get(1);
        assertThat(translated.eventTime()).isEqualTo(LocalDateTime.of(2019, 10, 24, 14, 0));
        assertThat(translated.inRawText()).isFalse();
        assertThat(translated.actor2Offset()).isEqualTo(-1);
        assertThat(translated.tone()).isEqualTo(-3.5);
    }

    @Test
    void aHeaderRowIsSkippedButARowWhoseIdIsDamagedIntoTheHeaderNameIsRejected() throws IOException {
        // found by fuzzing: any line starting "GLOBALEVENTID" used to vanish without a trace
        String text = String.join("\n", String.join("\t", GdeltMentionReader.COLUMNS),
                WEB_MENTION.replaceFirst("^881990833", "GLOBALEVENTID"), WEB_MENTION);

        List<ReadResult<Mention>> results = readAll(new GdeltMentionReader(
                new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "m.CSV"));

        assertThat(rejections(results)).extracting(ReadResult::line, ReadResult.Rejected::reason)
                .containsExactly(tuple(2L, "non-numeric GLOBALEVENTID 'GLOBALEVENTID'"));
        assertThat(values(results)).extracting(m -> m.provenance().line()).containsExactly(3L);
    }

    @Test
    void rejectsBadRows() throws IOException {
        String text = String.join("\n",
                WEB_MENTION.replace("\t1\tbelsat.eu", "\t9\tbelsat.eu"),
                WEB_MENTION.replace("20191024143000\t20191024143000", "20191024143000\t2019102414300x"),
                WEB_MENTION.replace("\t50\t", "\tmany\t"),
                row("881990833", "20191024143000"),
                WEB_MENTION);

        List<ReadResult<Mention>> results = readAll(new GdeltMentionReader(
                new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "m.CSV"));

        assertThat(rejections(results)).extracting(ReadResult::line, ReadResult.Rejected::reason).containsExactly(
                tuple(1L, "MentionType 9 outside 1..6"),
                tuple(2L, "unparsable timestamp '2019102414300x' in column MentionTimeDate"),
                tuple(3L, "non-numeric Confidence 'many'"),
                tuple(4L, "expected 16 tab-separated columns, found 2"));
        assertThat(values(results)).hasSize(1);
    }
}
