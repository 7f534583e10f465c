package org.touchstone.coder.event;

import static org.touchstone.coder.CoderTestSupport.assertEvents;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 33 (roles33), S33-16: a force readied "to restore constitutional order (civilian rule, democracy) in" a state
 * is aimed at its junta, not at the state named as the place; a posture toward a state for no such end keeps the state.
 * Sentences written for this test.
 */
class OrderRestoredTest {

    private static final LocalDate DAY = LocalDate.of(2023, 8, 20);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ECOWAS ordered the activation of a standby force to restore constitutional order in Gabon. | IGOWAFWAS>GABMIL:154
            ECOWAS placed its standby force on alert to restore civilian rule in Burkina Faso. | IGOWAFWAS>BFAMIL:152
            Senegal put troops on alert to restore democracy in Gambia. | SEN>GMBMIL:152
            Senegal put troops on alert near the border with Gambia. | SEN>GMB:152
            """)
    void aForceReadiedToRestoreOrderIsAimedAtTheJunta(String sentence, String expected) {
        assertEvents(sentence, DAY, expected);
    }
}
