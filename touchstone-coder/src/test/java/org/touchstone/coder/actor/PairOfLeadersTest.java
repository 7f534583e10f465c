package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * "The two leaders", "the two presidents" are the states' governments even when the last two names were the bare
 * states (session 35, roles35: GOLD-SET.md, heads of state and government are GOV). Constructed wire-style sentences,
 * not gold or tuning lines.
 */
class PairOfLeadersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Emmanuel Macron told Olaf Scholz in a call on Monday that relations between France and Germany were strong, and the two leaders agreed to meet in Berlin. | FRAGOV>DEUGOV:036
            """)
    void theLeadersAreTheGovernments(String text, String expected) {
        assertThat(CoderTestSupport.events(text, LocalDate.of(2023, 5, 10))).contains(expected.split(" "));
    }
}
