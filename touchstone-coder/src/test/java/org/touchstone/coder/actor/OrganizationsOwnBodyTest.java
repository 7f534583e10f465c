package org.touchstone.coder.actor;

import static org.touchstone.coder.CoderTestSupport.assertEvents;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An international organization's own office, mission or staff named after its possessive ("the OSCE's election
 * office", "the IAEA's inspectors") acts as the organization (session 28). Constructed sentences.
 */
class OrganizationsOwnBodyTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The OSCE's election office criticized Georgia on Monday. | IGOEURSCE>GEO:111
            The OSCE's monitoring mission criticized Georgia on Monday. | IGOEURSCE>GEO:111
            The IAEA's inspectors criticized Iran on Monday. | IGOUNOIAE>IRN:111
            The OSCE's report criticized Georgia on Monday. | -
            """)
    void anOrganizationsOfficeIsTheOrganization(String text, String expected) {
        assertEvents(text, LocalDate.of(2024, 5, 1), expected);
    }
}
