package org.touchstone.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Verbs the dictionary knows whose event was lost to grammar, written for this test (never gold or tuning sentences):
 * a state's rebels placed at home who de-escalate (lay down their arms, declare a truce) and name no one yield to their
 * state. Each row is "date | sentence | expected events"; the near misses list every event the sentence gives.
 */
class GrammarGapsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2016-06-23 | FARC rebels in Colombia agreed to lay down their weapons. | COLREB>COL:0356
            2023-09-21 | The separatists in Nagorno-Karabakh laid down their arms on Thursday. | AZEREB>AZE:0873
            2022-04-02 | Houthi rebels in Yemen declared a unilateral truce. | YEMREB>YEM:0871
            """)
    void rebelsAtHomeDeescalateTowardTheirState(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-11-20 | Hamas agreed to a three-day truce. |
            2016-06-23 | FARC rebels agreed to lay down their weapons. |
            2022-04-02 | Houthi rebels agreed to a ceasefire with Saudi Arabia. | YEMREB>SAU:0356 SAU>YEMREB:0356
            """)
    void aNearMissCodesOnlyWhatItSays(LocalDate date, String sentence, String expected) {
        if (expected == null) {
            assertThat(events(sentence, date)).isEmpty();
        } else {
            assertThat(events(sentence, date)).containsExactly(expected.split(" "));
        }
    }
}
