package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rebels of no named state struck by a foreign force are the rebels of the one other state the sentence names (REB's
 * country is the state they fight); with no other state named, nothing is guessed. Constructed wire-style sentences,
 * not gold or tuning lines.
 */
class RebelsOfTheStateNamedTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2016-05-10 | Russian warplanes struck rebel positions near Aleppo. | RUSMIL>SYRREB:195
            2016-05-10 | Russian warplanes struck rebel positions in southern Idlib on Tuesday. | RUSMIL>SYRREB:195
            """)
    void theOneOtherStateNamedOwnsTheRebels(String date, String text, String expected) {
        assertThat(events(text, LocalDate.parse(date))).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2016-05-10 | Russian warplanes struck rebel positions on Tuesday. | RUSMIL>RUSREB:195
            """)
    void noOtherStateNoGuess(String date, String text, String unexpected) {
        assertThat(events(text, LocalDate.parse(date))).doesNotContain(unexpected);
    }
}
