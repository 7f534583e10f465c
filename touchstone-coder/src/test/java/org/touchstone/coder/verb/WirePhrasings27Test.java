package org.touchstone.coder.verb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * Wire phrasings whose two actors were found but whose act had no pattern in verbs.txt (session 27, verbs27): a pact
 * "forged" (057, as one struck or sealed), a single warship, frigate or carrier sent to a state (074 with the host's
 * 0861, as troops sent), police as the subject of "were deployed to" a state (074 with 0861; announced, 0334), and an
 * agentless passive of a mutual act with its parties after it ("an agreement was reached between Russia and China",
 * "talks were held between": 057, 046, 040 pairs, R2). The sentences are written for this test, never taken from a
 * gold or tuning file; each family has near misses that must not code the family's act.
 */
class WirePhrasings27Test {

    private static final LocalDate DATE = LocalDate.of(2024, 5, 1);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Japan and Australia forged a defence pact. | JPN>AUS:057 AUS>JPN:057
            Japan forged a defence pact with Australia. | JPN>AUS:057 AUS>JPN:057
            Britain sent a warship to Guyana. | GBR>GUY:074 GUY>GBR:0861
            Britain dispatched a warship to Guyana. | GBR>GUY:074 GUY>GBR:0861
            Britain deployed a warship to Guyana. | GBR>GUY:074 GUY>GBR:0861
            The United States sent an aircraft carrier to Israel. | USA>ISR:074 ISR>USA:0861
            Kenyan police were deployed to Haiti. | KENCOP>HTI:074 HTI>KENCOP:0861
            Kenyan police officers will be deployed to Haiti. | KENCOP>HTI:0334
            An agreement was reached between Russia and China. | RUS>CHN:057 CHN>RUS:057
            A deal was struck between Russia and China. | RUS>CHN:057 CHN>RUS:057
            An agreement was signed between Russia and China. | RUS>CHN:057 CHN>RUS:057
            Talks were held between Russia and Ukraine in Istanbul. | RUS>UKR:046 UKR>RUS:046
            A meeting was held between Putin and Xi. | RUSGOV>CHNGOV:040 CHNGOV>RUSGOV:040
            """)
    void theWirePhrasingCodesItsAct(String sentence, String expected) {
        CoderTestSupport.assertEvents(sentence, DATE, expected);
    }

    /** The family's words in another sense, forces kept at home or facing a state, an act negated: not its code. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Russia forged documents to blame Ukraine. | 057
            Georgian police were deployed to Tbilisi. | 074
            Russian troops were deployed to Moscow. | 074
            Russian troops were deployed to the border with Ukraine. | 074
            China sent warships near Taiwan. | 074
            No agreement was reached between Russia and Ukraine. | 057
            An agreement was not reached between Russia and Ukraine. | 057
            Tensions were high between Russia and Ukraine. | 04
            """)
    void aNearMissDoesNotCodeTheFamilysAct(String sentence, String code) {
        assertThat(CoderTestSupport.events(sentence, DATE))
                .noneMatch(e -> e.substring(e.indexOf(':') + 1).startsWith(code));
    }
}
