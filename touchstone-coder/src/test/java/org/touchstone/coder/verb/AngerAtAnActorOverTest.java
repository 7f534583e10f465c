package org.touchstone.coder.verb;

import static org.touchstone.coder.CoderTestSupport.assertEvents;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Anger "at" an actor "over" what it did blames that actor (111, session 28); "at" alone may name a venue, so a bare
 * "at X" with no grievance after it stays without a target. Constructed sentences.
 */
class AngerAtAnActorOverTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            China voiced anger at Japan over the visit to the shrine. | CHN>JPN:111
            Turkey expressed outrage at Sweden over the burning of a Koran. | TUR>SWE:111
            China voiced anger at Japan's decision on Monday. | CHN>JPN:111
            China voiced anger at Japan on Monday. | -
            """)
    void theActorBeforeTheGrievanceIsBlamed(String text, String expected) {
        assertEvents(text, LocalDate.of(2024, 5, 1), expected);
    }
}
