package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bare rebels a state's ground forces strike, in a sentence naming no other state, are that state's own rebels (REB's
 * country is the state they fight); air power, which strikes abroad, and a sentence naming another state keep their
 * own readings. Constructed wire-style sentences, not gold or tuning lines.
 */
class OwnRebelsStruckTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ethiopian troops shelled rebel positions. | ETHMIL>ETHREB:194
            Nigerian soldiers killed 20 insurgents in an ambush on Tuesday. | NGAMIL>NGAREB:190
            The Malian army said it killed dozens of militants. | MLIMIL>MLIREB:190
            """)
    void rebelsOfTheOnlyStateNamedAreItsOwn(String text, String expected) {
        assertThat(events(text, LocalDate.of(2024, 5, 10))).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Russian warplanes struck rebel positions on Tuesday. | RUSMIL>RUSREB:195
            Turkish drones struck militant positions on Tuesday. | TURMIL>TURREB:195
            Kenyan troops killed 30 militants in Somalia. | KENMIL>KENREB:190
            """)
    void airPowerOrAnotherStateNamedIsNoOwnRebellion(String text, String unexpected) {
        assertThat(events(text, LocalDate.of(2024, 5, 10))).doesNotContain(unexpected);
    }
}
