package org.touchstone.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.core.Actor;
import org.touchstone.core.Document;
import org.touchstone.core.Event;
import org.touchstone.core.Provenance;
import org.touchstone.core.QuadClass;
import org.touchstone.store.EventWriter;
import org.touchstone.store.Store;

/**
 * Providers on a hand-built corpus: four stories, six documents from five providers, and one GDELT
 * event mentioned by two outlets. The expected figures are worked out in the comments.
 */
class ProvidersTest {
    @TempDir
    Path dir;
    Store store;
    final List<Document> documents = new ArrayList<>();
    final List<Event> events = new ArrayList<>();

    void report(String doc, String date, String provider, String country, String sentence, String source,
                String target, String code, double goldstein) {
        documents.add(new Document(doc, LocalDate.parse(date), provider, country, "https://example.org/" + doc, null,
                sentence, null));
        events.add(new Event("touchstone", doc + "/0/0", LocalDate.parse(date), new Actor(source, null, null, null),
                new Actor(target, null, null, null), code, QuadClass.ofCode(code), goldstein, null, null, null, null,
                null, null, Provenance.ofText(doc, 0, 0, sentence.length(), List.of())));
    }

    @BeforeEach
    void fill() throws Exception {
        store = Store.open(dir.resolve("t.duckdb"));
        report("d1", "2022-02-04", "wire:global", "GBR", "China and Russia signed a joint statement.", "CHN", "RUS", "057", 8.0);
        report("d2", "2022-02-04", "state-media:CHN", "CHN", "China signed a statement with Russia.", "CHNGOV", "RUSGOV", "057", 8.0);
        report("d3", "2022-02-04", "newspaper:USA", "USA", "Russia signed a statement with China.", "RUSGOV", "CHNGOV", "057", 8.0);
        report("d4", "2022-08-02", "state-media:CHN", "CHN", "China criticized the visit.", "CHNGOV", "USA", "111", -2.0);
        report("d5", "2022-08-02", "newspaper:USA", "USA", "Washington consulted Beijing.", "USAGOV", "CHNGOV", "040", 1.0);
        report("d6", "2022-09-01", "state-media:RUS", "RUS", "Russian forces struck Ukraine.", "RUSMIL", "UKR", "190", -10.0);
        events.add(new Event("gdelt2", "g1", LocalDate.parse("2022-02-04"), new Actor("CHN", null, "CHN", null),
                new Actor("RUS", null, "RUS", null), "057", QuadClass.VERBAL_COOPERATION, 8.0, 2, 2, 2, 1.0, null, null,
                null));
        new EventWriter(store).add(documents, events, List.of());
        try (PreparedStatement st = store.connection().prepareStatement(
                "INSERT INTO mentions (dataset, event_id, mention_time, mention_type, source_name, identifier,"
                        + " in_raw_text, tone) VALUES ('gdelt2', 'g1', TIMESTAMP '2022-02-04 10:00:00', 1, ?, ?, true, ?)")) {
            st.setString(1, "bbc.co.uk");
            st.setString(2, "https://bbc.example/1");
            st.setDouble(3, -1.5);
            st.executeUpdate();
            st.setString(1, "rt.com");
            st.setString(2, "https://rt.example/1");
            st.setDouble(3, 3.0);
            st.executeUpdate();
        }
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void volumeCountsDocumentsPerProviderAndMentionsPerOutlet() {
        Providers.Result r = new Providers(store).run(List.of(), DateRange.ALL);
        assertThat(r.volume()).extracting(v -> v.provider() + ":" + v.kind() + ":" + v.items()).containsExactly(
                "newspaper:USA:document:2", "state-media:CHN:document:2", "bbc.co.uk:mention:1", "rt.com:mention:1",
                "state-media:RUS:document:1", "wire:global:document:1");
    }

    @Test
    void clustersOverlapAndBlindSpots() {
        Providers.Result r = new Providers(store).run(List.of(), DateRange.ALL);
        // clusters: 2022-02-04 CHN-RUS 05 (five providers), 2022-08-02 CHN-USA 04 and 11, 2022-09-01 RUS-UKR 19
        assertThat(r.clusters()).isEqualTo(4);
        Providers.Overlap chnUsa = r.overlap().stream()
                .filter(o -> o.providerA().equals("newspaper:USA") && o.providerB().equals("state-media:CHN"))
                .findFirst().orElseThrow();
        assertThat(chnUsa.shared()).isEqualTo(1);
        assertThat(chnUsa.jaccard()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(r.blindSpots()).extracting(b -> b.cluster() + ":" + b.country()).containsExactly(
                "2022-08-02 CHN-USA 04:USA", "2022-08-02 CHN-USA 11:CHN", "2022-09-01 RUS-UKR 19:RUS");
    }

    @Test
    void framingDivergenceShowsSwappedAndOppositeReportsWithTheirSentences() {
        Providers.Result r = new Providers(store).run(List.of(), DateRange.ALL);
        assertThat(r.divergences()).extracting(d -> d.kind() + ":" + d.first().provider() + "|" + d.second().provider())
                .containsExactly(
                        "swapped:bbc.co.uk|newspaper:USA", "swapped:newspaper:USA|rt.com",
                        "swapped:newspaper:USA|state-media:CHN", "swapped:newspaper:USA|wire:global",
                        "opposite_sign:newspaper:USA|state-media:CHN");
        Providers.Divergence opposite = r.divergences().get(4);
        assertThat(opposite.first().sentence()).isEqualTo("Washington consulted Beijing.");
        assertThat(opposite.second().sentence()).isEqualTo("China criticized the visit.");
    }

    @Test
    void toneTowardTheActorsAsked() {
        Providers.Result r = new Providers(store).run(List.of("RUS", "USA"), DateRange.ALL);
        assertThat(r.tone()).extracting(t -> t.provider() + "->" + t.actor() + ":" + t.meanGoldstein() + ":" + t.meanTone())
                .contains("state-media:CHN->RUS:8.0:null", "state-media:CHN->USA:-2.0:null",
                        "bbc.co.uk->RUS:8.0:-1.5", "rt.com->RUS:8.0:3.0");
        assertThat(r.actors()).containsExactly("RUS", "USA");
    }
}
