package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.expectedEvents;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * An official's evaluation of another actor, voiced as his own country's (session 27, sector27): GOLD-SET.md R3c makes
 * the speaker the source of the stance in his words, so "Kishida told Xi that Japan was seriously concerned" is
 * JPNGOV's concern, not bare JPN's. An act or intent the words report of the country keeps the country (R3b, S7-7),
 * and so does a refusal. Written for this test (never gold or tuning sentences). Each row is "date | sentence | every
 * event it gives".
 */
class OwnCountryEvaluationTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-10 | Japanese Prime Minister Fumio Kishida told Chinese President Xi Jinping that Japan was seriously concerned about China's military activities. | JPNGOV>CHN:012
            2023-05-10 | Japan is seriously concerned about China's military activities, the Japanese foreign minister said. | JPNGOV>CHN:012
            2023-05-10 | Kishida said Japan would send aid to Turkey. | JPN>TUR:033
            2023-05-10 | Turkish President Tayyip Erdogan told reporters that Turkey could not approve Finland joining NATO. | TUR>FIN:120
            """)
    void theOfficialsOwnEvaluationIsHis(LocalDate date, String sentence, String expected) {
        assertThat(CoderTestSupport.events(sentence, date)).as(sentence)
                .containsExactly(expectedEvents(expected));
    }
}
