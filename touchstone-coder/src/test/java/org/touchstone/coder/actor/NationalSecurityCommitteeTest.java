package org.touchstone.coder.actor;

import static org.touchstone.coder.CoderTestSupport.assertEvents;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A state's National Security Committee (Pakistan's top civil-military body) is its government, as its National
 * Security Council is (session 28). Constructed sentences.
 */
class NationalSecurityCommitteeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Pakistan's National Security Committee condemned India on Wednesday. | PAKGOV>IND:111
            The Pakistani National Security Committee condemned India on Wednesday. | PAKGOV>IND:111
            """)
    void aStatesSecurityCommitteeIsItsGovernment(String text, String expected) {
        assertEvents(text, LocalDate.of(2024, 5, 1), expected);
    }
}
