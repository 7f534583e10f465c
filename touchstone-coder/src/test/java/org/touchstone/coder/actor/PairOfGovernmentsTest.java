package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * "The two governments", "both governments" are each state's government, whatever organ of it the last joint act
 * named (an army, the police), or a bare state (session 34: the role noun names the role). Constructed wire-style
 * sentences, not gold or tuning lines.
 */
class PairOfGovernmentsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            French troops and the German government met in Paris. The two governments condemned Iran. | FRAGOV>IRN:111 DEUGOV>IRN:111
            The French army and the German government met in Paris. Both governments condemned Iran. | FRAGOV>IRN:111 DEUGOV>IRN:111
            French troops and German police met in Paris. The two governments condemned Iran. | FRAGOV>IRN:111 DEUGOV>IRN:111
            France and Germany met in Paris. The two governments condemned Iran. | FRAGOV>IRN:111 DEUGOV>IRN:111
            Serbian and Kosovo police clashed near the border before the two governments agreed to a ceasefire. | SRBGOV>KSVGOV:0356 KSVGOV>SRBGOV:0356
            """)
    void eachStatesGovernment(String text, String expected) {
        assertThat(CoderTestSupport.events(text, LocalDate.of(2024, 5, 10))).contains(expected.split(" "));
    }
}
