package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.CoderTestSupport;

/**
 * Session 30 (gaps30): in a Title Case headline, a verb in the third person between a state and "Minister" ("Japan Warns
 * Minister ...") is the state's act, not a department of its government (minister29's department gap); a department
 * the dictionary does not list still is one. Sentences written for the test.
 */
class HeadlineVerbIsNoDepartmentTest {
    private static final LocalDate DAY = LocalDate.of(2024, 10, 15);

    @Test
    void aHeadlinesVerbBeforeMinisterIsTheStatesAct() {
        assertThat(CoderTestSupport.events("Japan Warns Minister Of China Over Drills.", DAY))
                .anyMatch(e -> e.startsWith("JPN>") && e.endsWith(":130"));
    }

    @Test
    void anUnlistedDepartmentStaysTheGovernment() {
        assertThat(CoderTestSupport.events("Ukrainian Infrastructure Minister Oleksandr Kubrakov criticised Russia on Friday.", DAY))
                .anyMatch(e -> e.startsWith("UKRGOV>RUS:"));
    }
}
