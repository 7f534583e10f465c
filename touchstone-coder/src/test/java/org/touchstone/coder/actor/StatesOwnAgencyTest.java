package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 32 (miss32a). What a state's "'s" owns under one or two lower-case modifiers is its own office: "an agency"
 * so named is a state agency (GOV), and two modifiers joined by "and" before an office word ("defence and energy
 * ministers") keep the office the state's. A body's agency and a named news agency keep their own codes. Sentences
 * written for this test.
 */
class StatesOwnAgencyTest {

    private static final LocalDate DAY = LocalDate.of(2021, 3, 10);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Washington blacklisted Iran's nuclear fuel agency on Tuesday. | USAGOV>IRNGOV:
            Japan's space agency signed a cooperation deal with India. | JPNGOV>IND:
            Brazil's environmental protection agency accused Paraguay of smuggling timber. | BRAGOV>PRY:
            Britain imposed sanctions on Russia's state-run procurement agencies. | GBR>RUSGOV:
            """)
    void aStatesAgencyIsItsGovernment(String sentence, String expected) {
        assertThat(events(sentence, DAY)).anyMatch(e -> e.startsWith(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The European Union imposed sanctions on Belarus's interior and transport ministers. | IGOEUREEC>BLRGOV:
            Canada imposed sanctions on Venezuela's oil and finance ministries. | CAN>VENGOV:
            """)
    void twoJoinedModifiersKeepTheStatesOffice(String sentence, String expected) {
        assertThat(events(sentence, DAY)).anyMatch(e -> e.startsWith(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The UN's refugee agency criticised Greece over the pushbacks. | IGOUNO>GRC:
            China's state news agency criticised Japan over the visit. | CHNMED>JPN:
            Russia's foreign intelligence agency accused Britain of plotting a coup. | RUSSPY>GBR:
            """)
    void otherAgenciesKeepTheirCodes(String sentence, String expected) {
        assertThat(events(sentence, DAY)).anyMatch(e -> e.startsWith(expected));
    }
}
