package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.expectedEvents;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * A definite role word ("the generals", "the court") means the state's body of that sector named earlier in the same
 * sentence before the last state named (session 35, roles35): "sanctions on Sudanese military officials, and Rubio
 * urged the generals" are Sudan's generals, not the United States'. Not for the government, whose role words the
 * sentence's own states keep. Written for this test (never gold or tuning sentences). Each row is "sentence | every
 * event it gives".
 */
class RoleWordOfABodyNamedBeforeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2025-03-15 | Washington imposed sanctions on five Sudanese military officials, and Secretary of State Marco Rubio urged the generals to end the war. | USAGOV>SDNMIL:163 USAGOV>SDNMIL:027
            """)
    void theBodyNamedBeforeIsMeant(LocalDate date, String sentence, String expected) {
        assertThat(CoderTestSupport.events(sentence, date)).as(sentence)
                .containsExactlyInAnyOrder(expectedEvents(expected));
    }
}
