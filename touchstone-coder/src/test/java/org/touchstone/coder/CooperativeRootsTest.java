package org.touchstone.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import org.junit.jupiter.api.Test;

/**
 * The cooperative roots (01-09): phrasings of news English and the constructions they need, each checked on
 * constructed sentences (never gold or tuning sentences), with the same words in uses that code nothing else.
 */
class CooperativeRootsTest {
    @Test
    void prisonerSwapsAndReturnsAreYielding() {
        assertThat(events("Russia and Ukraine carried out a prisoner swap on Saturday.")).containsExactly("RUS>UKR:0841", "UKR>RUS:0841");
        assertThat(events("Armenia held a prisoner exchange with Azerbaijan.")).containsExactly("ARM>AZE:0841", "AZE>ARM:0841");
        assertThat(events("An exchange of prisoners between Armenia and Azerbaijan took place on Monday."))
                .containsExactly("ARM>AZE:0841", "AZE>ARM:0841");
        assertThat(events("Pakistan handed the captured soldier back to India.")).containsExactly("PAK>IND:0842");
        assertThat(events("Pakistan handed aid to Turkey.")).containsExactly("PAK>TUR:070");
        assertThat(events("Germany scaled back ties with Iran.")).containsExactly("DEU>IRN:161");
        assertThat(events("The bank scaled back its forecast.")).isEmpty();
    }
}
