package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An envoy, emissary or representative "of" a person, or an aide or adviser "to" one, acts for the person's office, as
 * a spokesman "for" a body speaks for it (session 25). An envoy "to" someone is sent to them and is not theirs.
 * Constructed wire-style sentences, not gold or tuning lines.
 */
class ServantsOfAPersonTest {

    private static final LocalDate DAY = LocalDate.parse("2013-05-15");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            A special envoy of President Benigno Aquino apologised to Taiwan.  | PHLGOV>TWN:055
            An envoy of Benigno Aquino apologised to Taiwan.                   | PHLGOV>TWN:055
            A representative of Benigno Aquino apologised to Taiwan.           | PHLGOV>TWN:055
            An aide to Benigno Aquino apologised to Taiwan.                    | PHLGOV>TWN:055
            An envoy of the Philippines apologised to Taiwan.                  | PHLGOV>TWN:055
            """)
    void theServantActsForThePersonsOffice(String text, String expected) {
        assertThat(events(text, DAY)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "An envoy to Benigno Aquino apologised to Taiwan.",
            "An envoy of the president apologised to Taiwan.",
    })
    void anEnvoySentToSomeoneOrOfNoOneNamedIsNotTheirs(String text) {
        assertThat(events(text, DAY)).noneMatch(e -> e.startsWith("PHL"));
    }
}
