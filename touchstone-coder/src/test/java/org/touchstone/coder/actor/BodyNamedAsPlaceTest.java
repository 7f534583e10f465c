package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.CoderTestSupport;

/**
 * An international body named after a place's preposition ("paused funding to UNRWA", "inspectors from the IAEA") is
 * still the body that "the agency" or "the alliance" names later in the sentence (session 25). A state's own organ
 * or a sentence that names no body leaves the noun as it was. Constructed wire-style sentences.
 */
class BodyNamedAsPlaceTest {
    private static List<String> events(String text) {
        return CoderTestSupport.events(text, LocalDate.of(2024, 1, 29));
    }

    @Test
    void theAgencyIsTheBodyFundedOrLeft() {
        assertThat(events("The United States paused funding to UNRWA after Israel alleged that 12 of the agency's employees"
                + " took part in the October 7 attack.")).contains("USA>IGOUNO:162", "ISR>IGOUNO:112");
        assertThat(events("Sweden halted its contributions to UNRWA after Israel accused the agency of helping Hamas."))
                .contains("SWE>IGOUNO:162", "ISR>IGOUNO:112");
        assertThat(events("Iran restricted access for inspectors from the IAEA, and Israel accused the agency of ignoring"
                + " violations.")).contains("ISR>IGOUNOIAE:1123");
    }

    @Test
    void theAllianceIsTheBodyAddressed() {
        assertThat(events("Ukraine sent a formal request to NATO on Friday, and Russia accused the alliance of preparing"
                + " for war.")).contains("RUS>IGOWSTNAT:1123");
    }

    @Test
    void noBodyOrAStateOrganLeavesTheNounAlone() {
        // a country named as a place is no body: "the agency" stays unresolved
        assertThat(events("Sweden sent aid to Gaza after Israel accused the agency of helping Hamas."))
                .noneMatch(e -> e.startsWith("ISR>IGO"));
        // a state's agency is named as such
        assertThat(events("Sweden halted its contributions to UNRWA after Israel accused Iran's nuclear agency of lying."))
                .contains("ISR>IRNGOV:112").noneMatch(e -> e.startsWith("ISR>IGO")); // its government (session 32)
    }
}
