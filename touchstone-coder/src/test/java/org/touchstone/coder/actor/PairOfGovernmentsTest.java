package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * "The two governments", "both governments" are each state's government, whatever organ of it the last joint act
 * named (an army, the police); a pair of bare states stays the states. Constructed wire-style sentences, not gold or tuning lines.
 */
class PairOfGovernmentsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            French troops and the German government met in Paris. The two governments condemned Iran. | FRAGOV>IRN:111 DEUGOV>IRN:111
            The French army and the German government met in Paris. Both governments condemned Iran. | FRAGOV>IRN:111 DEUGOV>IRN:111
            French troops and German police met in Paris. The two governments condemned Iran. | FRAGOV>IRN:111 DEUGOV>IRN:111
            """)
    void eachStatesGovernment(String text, String expected) {
        assertThat(CoderTestSupport.events(text, LocalDate.of(2024, 5, 10))).contains(expected.split(" "));
    }
}
