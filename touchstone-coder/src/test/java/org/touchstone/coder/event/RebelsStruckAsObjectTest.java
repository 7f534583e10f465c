package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rebels a foreign force strikes as the verb's object, with no place of their own, are the rebels of the one other
 * state the sentence names; bare "militants" and a sentence naming no other state guess nothing. Constructed
 * wire-style sentences, not gold or tuning lines.
 */
class RebelsStruckAsObjectTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Syrian troops shelled Aleppo as Russian jets struck rebel positions nearby. | RUSMIL>SYRREB:195
            A day after Mali asked for help, French warplanes struck rebel columns. | FRAMIL>MLIREB:195
            """)
    void rebelsStruckByAForeignForceAreTheOtherStates(String text, String expected) {
        assertThat(events(text, LocalDate.of(2024, 5, 10))).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ethiopian troops shelled rebel positions. | ETHMIL>ETHREB:194
            Pakistani forces killed five militants near the border with Afghanistan. | PAKMIL>AFGREB:190
            Russian warplanes struck rebel positions on Tuesday. | RUSMIL>RUSREB:195
            """)
    void noOtherStateOrBareMilitantsGuessNothing(String text, String unexpected) {
        assertThat(events(text, LocalDate.of(2024, 5, 10))).doesNotContain(unexpected);
    }
}
