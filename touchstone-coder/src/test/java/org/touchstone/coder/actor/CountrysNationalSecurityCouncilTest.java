package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A "National Security Council" with another state's name or demonym before it, its name after "of", or its place
 * ("in Ankara") is that state's government (session 27); only the bare name stays the US's. Constructed sentences.
 */
class CountrysNationalSecurityCouncilTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-02-14 | Turkey's National Security Council condemned Greece on Tuesday. | TURGOV>GRC:111
            2025-02-14 | The Turkish National Security Council condemned Greece on Tuesday. | TURGOV>GRC:111
            2025-02-14 | The National Security Council of Turkey condemned Greece on Tuesday. | TURGOV>GRC:111
            2025-02-14 | In Ankara, the National Security Council condemned Greece on Tuesday. | TURGOV>GRC:111
            2025-02-14 | The National Security Council condemned Greece on Tuesday. | USAGOV>GRC:111
            2025-02-14 | The Supreme Court of Brazil condemned Greece on Tuesday. | BRAJUD>GRC:111
            2025-02-14 | The US National Security Council condemned Greece on Tuesday. | USAGOV>GRC:111
            """)
    void aStatesOwnCouncilIsItsGovernment(String date, String text, String expected) {
        assertThat(events(text, LocalDate.parse(date))).containsExactly(expected);
    }
}
