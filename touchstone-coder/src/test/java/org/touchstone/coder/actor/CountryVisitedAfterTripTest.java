package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "the country" after a visitor's "visit to" (its own words between: "began his first visit to the country") is the
 * state visited, named before the visitor, never the visitor's own. Sentences written for this test.
 */
class CountryVisitedAfterTripTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-12-12 | Vietnam and China signed agreements in Hanoi on Tuesday as Xi Jinping began his first visit to the country in six years. | CHNGOV>VNM:042
            2023-12-12 | Vietnam and China signed agreements in Hanoi on Tuesday as Xi Jinping began his first visit to the country in six years. | VNM>CHNGOV:043
            """)
    void visitGoesToTheStateNamedBefore(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }
}
