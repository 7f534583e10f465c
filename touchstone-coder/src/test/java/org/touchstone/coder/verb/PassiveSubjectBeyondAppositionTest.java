package org.touchstone.coder.verb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.CoderTestSupport;

/** A passive whose subject is set off from its auxiliary by an apposition between commas keeps that subject. */
class PassiveSubjectBeyondAppositionTest {
    private static final LocalDate DATE = LocalDate.of(2020, 6, 19);

    @Test
    void namedAppositionDoesNotHideThePassiveSubject() {
        assertThat(CoderTestSupport.events("Two Canadians, former diplomat Michael Kovrig and businessman Michael Spavor, "
                + "were formally charged with espionage by Chinese prosecutors on Friday.", DATE))
                .containsExactly("CHNJUD>CANCVL:173");
    }

    @Test
    void shortAppositionToo() {
        assertThat(CoderTestSupport.events("Two Canadians, Michael Kovrig and Michael Spavor, were charged with espionage "
                + "by Chinese prosecutors.", DATE)).containsExactly("CHNJUD>CANCVL:173");
    }

    @Test
    void withoutAppositionUnchanged() {
        assertThat(CoderTestSupport.events("Two Canadians were formally charged with espionage by Chinese prosecutors.", DATE))
                .containsExactly("CHNJUD>CANCVL:173");
    }
}
