package org.touchstone.coder;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.touchstone.core.Document;
import org.touchstone.core.Statement;

/** The sample corpus (docs/SAMPLE-CORPUS.md) codes without error, and the audience episodes are found. */
class SampleCorpusTest {
    private static final Map<String, CodedDocument> CODED = new LinkedHashMap<>();

    @BeforeAll
    static void codeCorpus() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                SampleCorpusTest.class.getResourceAsStream("/org/touchstone/coder/corpus/sample-news.jsonl"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode n = mapper.readTree(line);
                Document d = new Document(n.get("id").asText(), LocalDate.parse(n.get("date").asText()), n.get("provider").asText(),
                        n.get("provider_country").asText(), n.get("url").asText(), n.get("title").asText(), n.get("text").asText(),
                        n.get("venue").asText());
                CODED.put(d.id(), CoderTestSupport.CODER.code(d));
            }
        }
    }

    @Test
    void everyDocumentCodesWithoutError() {
        assertThat(CODED).hasSize(127);
        assertThat(CODED.values()).allSatisfy(d -> assertThat(d.errors()).isEmpty());
        long events = CODED.values().stream().mapToLong(d -> d.events().size()).sum();
        long statements = CODED.values().stream().mapToLong(d -> d.statements().size()).sum();
        System.out.println("sample corpus: " + events + " events, " + statements + " statements");
        assertThat(events).isGreaterThan(150);
        assertThat(statements).isGreaterThan(200);
    }

    /** A statement in one of the documents by the speaker's state about the partner. */
    private static boolean speaksAbout(List<String> ids, String speaker, String partner) {
        for (String id : ids) {
            for (Statement s : CODED.get(id).statements()) {
                if (s.speaker().startsWith(speaker) && s.targets().stream().anyMatch(t -> t.startsWith(partner))) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void audienceEpisodesAreFound() {
        // home side of every episode (AUD-1 .. AUD-5)
        assertThat(speaksAbout(List.of("sn-015"), "USA", "CHN")).isTrue();
        assertThat(speaksAbout(List.of("sn-020", "sn-023"), "USA", "CHN")).isTrue();
        assertThat(speaksAbout(List.of("sn-097"), "USA", "CHN")).isTrue();
        assertThat(speaksAbout(List.of("sn-109"), "USA", "CHN")).isTrue();
        assertThat(speaksAbout(List.of("sn-039"), "RUS", "USA")).isTrue();
        // the face side, found for AUD-1 to AUD-3 (AUD-4's opening remarks and AUD-5's Geneva praise are not yet)
        assertThat(speaksAbout(List.of("sn-013", "sn-016", "sn-017"), "USA", "CHN")).isTrue();
        assertThat(speaksAbout(List.of("sn-021", "sn-022"), "USA", "CHN")).isTrue();
        assertThat(speaksAbout(List.of("sn-096"), "USA", "CHN")).isTrue();
        // the lead statement takes the document's venue when its sentence names none
        assertThat(CODED.get("sn-017").statements().get(0).audience().code()).isEqualTo("target");
        assertThat(CODED.get("sn-039").statements().get(0).audience().code()).isEqualTo("domestic");
        // the face side of AUD-4 (opening remarks) and AUD-5 (Geneva praise)
        assertThat(speaksAbout(List.of("sn-108"), "USA", "CHN")).isTrue();
        assertThat(speaksAbout(List.of("sn-036"), "RUS", "USA")).isTrue();
    }

    /**
     * The issue-4 acceptance: a state praises a partner to its face and criticizes it at home. At
     * least one pair of statements by the same state about the same partner, one with a positive
     * stance (Goldstein > 0, e.g. 051) and audience target, one with a negative stance (e.g. 111)
     * and audience domestic, within 30 days.
     */
    @Test
    void aStatePraisesToTheFaceAndCriticizesAtHome() {
        List<Statement> all = CODED.values().stream().flatMap(d -> d.statements().stream()).toList();
        List<String> pairs = new java.util.ArrayList<>();
        for (Statement face : all) {
            if (!face.audience().code().equals("target") || face.goldstein() == null || face.goldstein() <= 0) {
                continue;
            }
            for (Statement home : all) {
                if (home.audience().code().equals("domestic") && home.goldstein() != null && home.goldstein() < 0
                        && country(home.speaker()).equals(country(face.speaker()))
                        && Math.abs(java.time.temporal.ChronoUnit.DAYS.between(face.date(), home.date())) <= 30
                        && face.targets().stream().map(SampleCorpusTest::country)
                                .anyMatch(t -> !t.equals(country(face.speaker()))
                                        && home.targets().stream().map(SampleCorpusTest::country).anyMatch(t::equals))) {
                    pairs.add(face.docId() + "/" + face.sentenceIndex() + " " + face.code() + " <> " + home.docId() + "/"
                            + home.sentenceIndex() + " " + home.code() + " " + face.speaker() + " " + face.targets());
                }
            }
        }
        System.out.println("praise to the face, criticism at home: " + pairs);
        assertThat(pairs).isNotEmpty();
        // AUD-1 (Trump on China) is among them
        assertThat(pairs).anyMatch(p -> p.startsWith("sn-013") && p.contains("sn-015"));
    }

    private static String country(String code) {
        return code.length() >= 3 ? code.substring(0, 3) : code;
    }
}
