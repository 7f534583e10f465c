package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;
import org.touchstone.coder.actor.ActorMention;

/**
 * A hyphenated word of two organizations' or states' names before a joint work ("a joint U.N.-OPCW inquiry") names its
 * two authors, each of whom speaks, as "a joint UN and OPCW inquiry" does. Session 27 (bugs27), after tune2 u-214.
 */
class HyphenatedJointAuthorsTest {

    private static final LocalDate DAY = LocalDate.of(2017, 10, 27);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A joint U.N.-OPCW inquiry concluded that the Syrian government was responsible for the sarin attack.",
        "A joint UN-OPCW inquiry said the Syrian government was responsible for the sarin attack.",
    })
    void bothAuthorsSpeak(String text) {
        assertThat(CoderTestSupport.code(text, DAY).statements()).extracting(st -> st.speaker() + " " + st.targets())
                .containsExactlyInAnyOrder("IGOUNO [SYRGOV]", "IGOOPW [SYRGOV]");
    }

    @Test
    void notBeforeOtherNouns() {
        // near misses: talks and summits named by their two sides, a compound of support
        assertThat(CoderTestSupport.actorWords("The US-China talks ended. The EU-China summit was postponed. A UN-backed mission "
                + "arrived.", DAY, ActorMention::isResolved)).isEmpty();
    }
}
