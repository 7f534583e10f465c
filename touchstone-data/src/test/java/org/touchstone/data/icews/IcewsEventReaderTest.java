package org.touchstone.data.icews;

import org.touchstone.testing.SharedData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.touchstone.testing.SharedData.file;
import static org.touchstone.data.ReadResults.readAll;
import static org.touchstone.data.ReadResults.rejections;
import static org.touchstone.data.ReadResults.values;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.touchstone.core.Actor;
import org.touchstone.core.Event;
import org.touchstone.core.Geo;
import org.touchstone.core.Provenance;
import org.touchstone.core.QuadClass;
import org.touchstone.data.ReadResult;
import org.touchstone.data.UnknownDatasetFormatException;

class IcewsEventReaderTest {

    static final String HEADER = "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text"
            + "\tCAMEO Code\tIntensity\tTarget Name\tTarget Sectors\tTarget Country\tStory ID\tSentence Number"
            + "\tPublisher\tCity\tDistrict\tProvince\tCountry\tLatitude\tLongitude";

    @Test
    void readsTheSample() throws IOException {
        Path path = file(SharedData.ICEWS_SAMPLE);
        IcewsEventReader reader = new IcewsEventReader(Files.newInputStream(path), path.getFileName().toString());
        List<ReadResult<Event>> results = readAll(reader);

        assertThat(rejections(results)).isEmpty();
        List<Event> events = values(results);
        assertThat(events).hasSize(3705).allSatisfy(e -> assertThat(e.dataset()).isEqualTo("icews"));
        // the header is line 1
        assertThat(results.get(0).line()).isEqualTo(2);

        Event first = events.get(0);
        assertThat(first.eventId()).isEqualTo("32889836");
        assertThat(first.date()).isEqualTo(LocalDate.of(2018, 6, 1));
        assertThat(first.source()).isEqualTo(new Actor("BGDGOV", "Foreign Affairs (Bangladesh)", "BGD", "GOV"));
        assertThat(first.target()).isEqualTo(
                new Actor("VNMMIL", "High Ranking Military Personnel (Vietnam)", "VNM", "MIL"));
        assertThat(first.code()).isEqualTo("040");
        assertThat(first.quadClass()).isEqualTo(QuadClass.VERBAL_COOPERATION);
        assertThat(first.goldstein()).isEqualTo(1.0);
        assertThat(first.mentions()).isNull();
        assertThat(first.tone()).isNull();
        assertThat(first.url()).isEqualTo("Vietnam News Agency Bulletin");
        assertThat(first.geo()).isEqualTo(new Geo("Hanoi, Thanh Pho Ha Noi, Vietnam", "VNM", 21.0245, 105.841));
        assertThat(first.provenance()).isEqualTo(
                new Provenance("events.2018.sample.tab", 2L, "47400351", 2, null, null, List.of()));

        // line 21: South Korea's foreign ministry appeals to Russia (no sectors): RUS alone
        Event appeal = events.get(19);
        assertThat(appeal.provenance().line()).isEqualTo(21);
        assertThat(appeal.source().code()).isEqualTo("KORGOV");
        assertThat(appeal.target()).isEqualTo(new Actor("RUS", "Russia", "RUS", null));
        assertThat(appeal.code()).isEqualTo("020");
        assertThat(appeal.goldstein()).isEqualTo(3.0);

        // line 5: no city or province, only the country
        assertThat(events.get(3).geo()).isEqualTo(new Geo("Japan", "JPN", 35.6149, 139.581));

        // every event carries a code, and a country code wherever ICEWS names a country
        assertThat(events).allSatisfy(e -> assertThat(e.code()).matches("\\d{3,4}"));
        assertThat(events.stream().filter(e -> e.code().length() == 4)).hasSize(87);
        assertThat(reader.actorCoder().unmappedCountries()).isEmpty();
        assertThat(reader.actorCoder().unmappedSectors()).isEmpty();
    }

    @Test
    void rejectsBadRowsAndKeepsUnknownNames() throws IOException {
        String good = "1\t2018-06-01\tCitizen (Atlantis)\tMermaids\tAtlantis\tConsult\t040\t1\tChina\tNA\tChina"
                + "\t7\t1\tThe Paper\tNA\tNA\tNA\tChina\tNA\tNA";
        String text = String.join("\n", HEADER,
                good,
                good.replace("2018-06-01", "2018-02-30"),
                good.replace("\t040\t", "\t40\t"),
                good.replace("\t1\tChina", "\thigh\tChina"),
                good.substring(0, 30),
                "");
        IcewsEventReader reader = new IcewsEventReader(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "events.test.tab");
        List<ReadResult<Event>> results = readAll(reader);

        assertThat(rejections(results)).extracting(ReadResult::line, ReadResult.Rejected::reason).containsExactly(
                tuple(3L, "unparsable date '2018-02-30' in column Event Date"),
                tuple(4L, "bad CAMEO code '40' in column CAMEO Code"),
                tuple(5L, "non-numeric Intensity 'high'"),
                tuple(6L, "expected 20 tab-separated columns, found 3"));
        Event event = values(results).get(0);
        assertThat(event.source()).isEqualTo(new Actor(null, "Citizen (Atlantis)", null, null));
        assertThat(event.target()).isEqualTo(new Actor("CHN", "China", "CHN", null));
        assertThat(event.geo()).isEqualTo(new Geo("China", "CHN", null, null));
        assertThat(reader.actorCoder().unmappedCountries()).containsEntry("Atlantis", 1L);
        assertThat(reader.actorCoder().unmappedSectors()).containsEntry("Mermaids", 1L);
    }

    @Test
    void aFileWithoutTheHeaderIsNotIcews() {
        String text = "32889836\t2018-06-01\tx\n";
        IcewsEventReader reader = new IcewsEventReader(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "events.test.tab");
        assertThatThrownBy(reader::next).isInstanceOf(UnknownDatasetFormatException.class)
                .hasMessageContaining("events.test.tab").hasMessageContaining("not an ICEWS header");
    }
}
