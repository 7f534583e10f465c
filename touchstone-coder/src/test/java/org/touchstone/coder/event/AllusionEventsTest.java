package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * GOLD-SET.md R14 for acts aimed at an allusion the sentence does not resolve (session 19,
 * {@link org.touchstone.coder.statement.AlludedObjects}): a speech act whose object is an allusion to unnamed states
 * ("accused 'certain foreign powers' of ...", "warned some countries against ...") is aimed at UIS, one naming its
 * region ("some Western countries") at the region, one followed by its place ("some politicians in Japan") at that
 * country; an allusion R14 gives no code ("external forces", "the enemies") makes no event. Sentences written for
 * this test (never gold or tuning sentences). Each row is "date | sentence | expected events".
 */
class AllusionEventsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-08-10 | Niger's military rulers accused 'some foreign powers' of plotting an invasion to restore the deposed president. | NERMIL>UIS:112
            2023-08-10 | Mali's interim government accused certain countries of trying to isolate it. | MLIGOV>UIS:112
            2023-08-10 | The Burkinabe junta blamed "some foreign countries" for the unrest in the capital. | BFAMIL>UIS:112
            2023-08-10 | Venezuela's government criticised "certain states" for meddling in its elections. | VENGOV>UIS:111
            2023-08-10 | Eritrea's information minister denounced certain foreign governments for spreading lies about the country. | ERIGOV>UIS:111
            2023-08-10 | China warned some countries against interfering in Hong Kong's affairs. | CHN>UIS:130
            2023-03-10 | Iran's foreign minister warned certain countries against arming Kurdish groups in Iraq. | IRNGOV>UIS:130
            2023-08-10 | Ethiopia's prime minister warned "external powers" not to meddle in the Tigray conflict. | ETHGOV>UIS:130
            2023-08-10 | China's foreign ministry urged 'countries outside the region' to stop stirring up trouble in the South China Sea. | CHNGOV>UIS:020
            2023-08-10 | The Taliban blamed "a neighboring country" for the border clashes. | AFGGOV>UIS:112
            2023-08-10 | Ethiopia accused a neighbouring country of arming the rebels. | ETH>UIS:112
            2023-08-10 | Zelensky thanked "all partners" who stand with Ukraine for their help. | UKRGOV>UIS:051
            """)
    void aSpeechActAtUnnamedStatesIsAimedAtUis(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-08-10 | Belarus's foreign ministry accused "some Western countries" of financing the protests. | BLRGOV>WST:112
            2023-08-10 | Serbia's president accused "certain Western embassies" of financing the student protests. | SRBGOV>WST:112
            2023-08-10 | Hungary's prime minister condemned certain European capitals for trying to blackmail Budapest. | HUNGOV>EUR:111
            2023-08-10 | A spokesman for the Russian embassy in Tokyo accused "some politicians" in Japan of fanning hostility toward Moscow. | RUSGOV>JPN:112
            2023-08-10 | A Chinese embassy spokesman criticised some politicians in Australia for smearing China. | CHNGOV>AUS:111
            """)
    void anAllusionNamingItsRegionOrPlaceIsAimedThere(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-08-10 | Cambodia's prime minister warned some foreign countries and the United States not to interfere in the election. | KHMGOV>UIS:130 KHMGOV>USA:130
            2023-08-10 | Pakistan accused a neighbouring country of sheltering militants, in an apparent reference to Afghanistan. | PAK>AFG:112
            2023-08-10 | Mali's junta accused France and "some partners" of trying to isolate the country. | MLIMIL>FRA:112
            """)
    void aNamedActorBesideTheAllusionOrItsReferentIsKept(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactlyInAnyOrder(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-08-10 | Niger's junta accused "external forces" of preparing an armed intervention.
            2023-08-10 | Iran's supreme leader blamed the enemies for the unrest.
            2023-08-10 | Putin warned "hostile forces" against provoking Russia.
            2023-08-10 | China's foreign ministry warned foreign investors against breaching the new law.
            2023-08-10 | Some countries have agreed to send troops to Haiti, Kenya's president said.
            """)
    void anAllusionWithoutACodeOrNoAllusionAtAllGivesNoUisEvent(LocalDate date, String sentence) {
        assertThat(events(sentence, date)).noneMatch(e -> e.contains(">UIS:") || e.contains(">WST:"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-08-10 | Niger's junta accused "external forces" of preparing an armed intervention.
            2023-08-10 | Putin warned "hostile forces" against provoking Russia.
            """)
    void anAllusionRfourteenGivesNoCodeMakesNoEvent(LocalDate date, String sentence) {
        assertThat(events(sentence, date)).isEmpty();
    }
}
