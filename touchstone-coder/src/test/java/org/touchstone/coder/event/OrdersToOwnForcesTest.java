package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An order to one's own forces is the act ordered, with the one who ordered it as its source (session 24; GOLD-SET.md:
 * an ordered killing is the killing): "ordered the army to attack Ukraine" is the orderer's attack on Ukraine. An order
 * to another state or body is no act of the ordered one, and an order of a noun ("ordered an investigation") is what
 * the verb's own patterns make of it. Sentences written for this test (never gold or tuning sentences). Each row is
 * "date | sentence | event".
 */
class OrdersToOwnForcesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            2024-03-01 | Putin ordered the army to attack Ukraine. | RUSGOV>UKR:190
            2024-03-01 | Putin ordered Russian forces to invade Ukraine. | RUSGOV>UKR:190
            2024-03-01 | Putin ordered the military to strike Ukraine. | RUSGOV>UKR:194
            2024-03-01 | Netanyahu ordered the army to strike Hamas targets in Gaza. | ISRGOV>PSEREB:194
            2024-03-01 | Netanyahu instructed the military to strike Hamas. | ISRGOV>PSEREB:194
            2024-03-01 | Putin instructed the army to attack Ukraine. | RUSGOV>UKR:190
            2024-03-01 | Putin ordered troops to attack Ukraine. | RUSGOV>UKR:190
            """)
    void theOrderedActIsTheOrderers(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            2024-03-01 | Putin ordered Ukraine's army to surrender.
            2024-03-01 | Putin ordered an investigation.
            2024-03-01 | Putin instructed the government to draft a law.
            """)
    void noOrderToOwnForcesNoAct(LocalDate date, String sentence) {
        assertThat(events(sentence, date)).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            2024-03-01 | Romania ordered Russia to cut its embassy staff. | RUSGOV>
            2024-03-01 | Germany ordered Russian troops to attack Ukraine. | RUSMIL>
            """)
    void anotherStatesOrderedOnesDoNothing(LocalDate date, String sentence, String notSource) {
        assertThat(events(sentence, date)).noneMatch(e -> e.startsWith(notSource));
    }
}
