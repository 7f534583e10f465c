package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Session 36 (miss36b): political prisoners are detainees (CVL, GOLD-SET.md S34-14), and a place they are sent to is
 * no place where the state that frees them acts abroad. Sentences written for this test, not gold or tuning lines.
 */
class PrisonersSentAbroadTest {
    private static final LocalDate DATE = LocalDate.of(2023, 5, 1);

    @Test
    void prisonersFreedAndFlownAbroadAreStillTheStatesOwn() {
        assertThat(events("Cuba freed 50 political prisoners and flew them to Spain, then stripped them of their citizenship.", DATE))
                .containsExactlyInAnyOrder("CUB>CUBCVL:0841", "CUB>CUBCVL:172");
        assertThat(events("Belarus released 40 political prisoners on Friday and put them on a flight to Vilnius.", DATE))
                .containsExactly("BLR>BLRCVL:0841");
    }

    @Test
    void aStateActingInAnotherStateStillDoesNotTakeItsPeople() {
        assertThat(events("Belarus freed 40 prisoners in Lithuania.", DATE)).noneMatch(e -> e.contains("BLRCVL"));
    }
}
