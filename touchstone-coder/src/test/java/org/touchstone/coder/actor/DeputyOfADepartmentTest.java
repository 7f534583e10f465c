package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.CoderTestSupport;

/**
 * Session 30 (gaps30): "deputy", then a department the dictionary does not list, then "minister" or "secretary" is a
 * deputy minister of the government (GOV), not a legislator; "deputies" alone stay the legislature. Sentences written
 * for the test.
 */
class DeputyOfADepartmentTest {
    private static final LocalDate DAY = LocalDate.of(2024, 10, 15);

    @Test
    void aDeputyMinisterOfAnUnlistedDepartmentIsTheGovernment() {
        assertThat(CoderTestSupport.events("China sanctioned Estonia's deputy transport minister on Friday.", DAY))
                .containsExactly("CHN>ESTGOV:163");
        assertThat(CoderTestSupport.events("Estonian Deputy Agriculture Minister Mart Kask criticised Russia on Friday.", DAY))
                .anyMatch(e -> e.startsWith("ESTGOV>RUS:"));
    }

    @Test
    void deputiesAloneAreLegislators() {
        assertThat(CoderTestSupport.events("Ukrainian deputies condemned Russia on Friday.", DAY))
                .anyMatch(e -> e.startsWith("UKRLEG>RUS:"));
    }
}
