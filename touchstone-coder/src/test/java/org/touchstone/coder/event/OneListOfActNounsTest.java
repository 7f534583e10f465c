package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.CoderTestSupport;

/**
 * The reactions that point back at an act by its noun read one list of such nouns, in the same sentence ("..., and
 * Poland condemned the annexation") and in the next: an annexation the same-sentence reading knew is now known to
 * the next sentence too (session 29, tidy29; sentences written for the test).
 */
class OneListOfActNounsTest {

    private static final LocalDate DAY = LocalDate.of(2014, 3, 20);

    @Test
    void theAnnexationInTheNextSentenceIsTheAnnexersAct() {
        assertThat(CoderTestSupport.events("Russia annexed Crimea. Poland condemned the annexation.", DAY))
                .contains("POL>RUS:111");
    }

    @Test
    void theAnnexationInTheSameSentenceStaysTheAnnexersAct() {
        assertThat(CoderTestSupport.events("Russia annexed Crimea on Tuesday, and Poland condemned the annexation as illegal.", DAY))
                .contains("POL>RUS:111");
    }
}
