package org.touchstone.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import org.junit.jupiter.api.Test;

/**
 * The roots of disapproval, rejection, threat and reduced relations (11, 12, 13, 16): phrasings of news English
 * and the constructions they need, each checked on constructed sentences (never gold or tuning sentences), with
 * the same words in uses that code nothing or something else.
 */
class DisapprovalRootsTest {
    @Test
    void aCommaAndBetweenTwoActorsJoinsClausesNotAList() {
        assertThat(events("Russia expelled two Estonian diplomats, and Estonia condemned the expulsions."))
                .contains("RUS>ESTGOV:161").doesNotContain("RUS>EST:161");
        assertThat(events("China lodged a protest with Japan, and Taiwan summoned the Chinese ambassador."))
                .contains("CHN>JPN:114").doesNotContain("CHN>TWN:114");
        // a serial comma after two or more items is still a list
        assertThat(events("The ambassadors of Chile, Peru, and Ecuador condemned Venezuela."))
                .contains("CHLGOV>VEN:111", "PERGOV>VEN:111");
    }
}
