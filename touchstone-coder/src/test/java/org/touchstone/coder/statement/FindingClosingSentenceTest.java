package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;
import org.touchstone.core.Statement;

/**
 * A body that concludes or finds, right after the comma of an attribution that closes the sentence ("..., the OPCW
 * concluded."), reports the words before it, as "..., the OPCW said." does. Session 27 (bugs27).
 */
class FindingClosingSentenceTest {

    private static final LocalDate DAY = LocalDate.of(2019, 3, 15);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The Syrian air force dropped sarin on Khan Sheikhoun in 2017, the OPCW concluded.",
        "The Syrian air force used chlorine in Douma, the OPCW concluded on Friday.",
        "The Syrian air force used chlorine in Douma, the OPCW found.",
    })
    void theBodyReports(String text) {
        assertThat(CoderTestSupport.code(text, DAY).statements()).extracting(st -> st.speaker() + " " + st.targets())
                .containsExactly("IGOOPW [SYRMIL]");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // near misses: no comma before the body, an act of concluding
        "Pakistan and India concluded.",
        "The talks ended after Pakistan and India concluded.",
    })
    void concludingTalksReportsNothing(String text) {
        assertThat(CoderTestSupport.code(text, DAY).statements()).extracting(Statement::speaker).isEmpty();
    }
}
