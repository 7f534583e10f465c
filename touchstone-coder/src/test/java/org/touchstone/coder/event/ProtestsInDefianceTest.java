package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.event.CodedActs.events;

import org.junit.jupiter.api.Test;

/**
 * Session 30 (gaps30): a crowd that defies a ban or a decree to rally demonstrates (14x): the protest is the act, the
 * defiance of the ban no act of its own. Constructed sentences.
 */
class ProtestsInDefianceTest {
    @Test
    void defyingABanToRallyIsAProtest() {
        assertThat(events("Thousands of Belarusian protesters defied an emergency decree to rally in Minsk on Sunday."))
                .containsExactly("BLRCVL>BLRGOV:141");
        assertThat(events("Opposition supporters in Georgia defied a ban to march through Tbilisi, demanding the "
                + "resignation of the government.")).anyMatch(e -> e.startsWith("GEOOPP>GEOGOV:141"));
    }

    @Test
    void defyingABanBeforeTheMarchIsAProtest() {
        assertThat(events("Defying a ban, thousands of protesters marched through Minsk on Sunday."))
                .containsExactly("BLRCVL>BLRGOV:141");
    }

    /** Session 31 (defects31): the ban's issuer is not what the crowd protests against (S30-20): its government is. */
    @Test
    void theBansIssuerIsNoTarget() {
        assertThat(events("Thousands of Armenians defied a police ban to march through Yerevan on Sunday."))
                .containsExactly("ARMCVL>ARMGOV:141");
        assertThat(events("Hundreds of students defied a police order to rally in Minsk against the new law."))
                .containsExactly("BLRCVL>BLRGOV:141");
    }

    @Test
    void aStateDefyingWarningsIsNoProtest() {
        assertThat(events("Russia defied Western warnings and recognised the two breakaway regions."))
                .noneMatch(e -> e.contains(":14"));
    }
}
