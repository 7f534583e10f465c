package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A force word used as an adjective before a noun of what the state does with its forces ("China's military
 * build-up", "its military activities") names the state as written, the bare country (session 25, GOLD-SET.md's
 * roles table: a country's name with no role noun is the bare code); the military as the subject or the object of a
 * verb stays MIL. Constructed wire-style sentences, not gold or tuning lines.
 */
class ForceWordAsAdjectiveTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Japanese defence minister said China's military build-up posed a grave threat to Japan. | JPNGOVMIL>CHN:012
            Taiwan's president condemned China's military intimidation of the island. | TWNGOV>CHN:111
            The Philippine foreign minister criticised China's military activities in the South China Sea. | PHLGOV>CHN:111
            Vietnam protested against China's military presence on the Paracel islands. | VNM>CHN:141
            """)
    void aForceWordBeforeTheStatesDoingLeavesTheBareState(String text, String expected) {
        assertThat(events(text, LocalDate.parse("2023-03-01"))).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Taiwan's president condemned China's military for its intimidation of the island. | TWNGOV>CHNMIL:111
            Taiwan condemned China's army for its intimidation of the island. | TWN>CHNMIL:111
            China's military launched large-scale drills around Taiwan on Thursday. | CHNMIL>TWN:150
            China's military said it would hold drills around Taiwan. | CHNMIL>TWN:138
            """)
    void theMilitaryItselfStaysMil(String text, String expected) {
        assertThat(events(text, LocalDate.parse("2023-03-01"))).containsExactly(expected);
    }
}
