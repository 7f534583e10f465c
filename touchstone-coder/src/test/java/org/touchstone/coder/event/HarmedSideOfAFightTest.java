package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.expectedEvents;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * A fight named by a noun after "were killed in" is the harmed side's, not the reporter's: "Kenya said 12 of its
 * soldiers were killed in a clash with Somali troops" is KENMIL against SOMMIL (session 35, roles35; GOLD-SET.md roles:
 * troops are MIL). Written for this test (never gold or tuning sentences). Each row is "sentence | every event it gives".
 */
class HarmedSideOfAFightTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Kenya said 12 of its soldiers were killed in a clash with Somali troops near the border. | KENMIL>SOMMIL:190 SOMMIL>KENMIL:190
            Kenya said Kenyan soldiers were killed in a clash with Somali troops near the border. | KENMIL>SOMMIL:190 SOMMIL>KENMIL:190
            Kenya said 12 of its soldiers were killed in an ambush by al-Shabaab fighters. | SOMREB>KENMIL:190
            """)
    void theHarmedSideFights(String sentence, String expected) {
        assertThat(CoderTestSupport.events(sentence, LocalDate.of(2023, 3, 15))).as(sentence)
                .containsExactlyInAnyOrder(expectedEvents(expected));
    }
}
