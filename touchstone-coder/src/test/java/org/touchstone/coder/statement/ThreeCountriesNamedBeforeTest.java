package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.CoderTestSupport;

/**
 * "the three countries" said, the states named in a sentence before: each speaks of the other two, as a list of three
 * joint speakers does (session 27, bugs27b); before, each took only the first other member. Constructed sentences.
 */
class ThreeCountriesNamedBeforeTest {

    private static final LocalDate DAY = LocalDate.of(2022, 9, 7);

    @Test
    void eachOfTheThreeSpeaksOfTheOtherTwo() {
        assertThat(CoderTestSupport.code("Russia, Iran and Turkey met in Tehran on Tuesday. "
                + "The three countries said they were satisfied with the talks.", DAY).statements())
                .extracting(st -> st.speaker() + " " + st.targets().stream().sorted().toList())
                .containsExactlyInAnyOrder("RUS [IRN, TUR]", "IRN [RUS, TUR]", "TUR [IRN, RUS]");
    }

    @Test
    void theTwoCountriesStillSpeakOfEachOther() {
        assertThat(CoderTestSupport.code("Russia and Iran met in Tehran on Tuesday. "
                + "The two countries said they were satisfied with the talks.", DAY).statements())
                .extracting(st -> st.speaker() + " " + st.targets()).containsExactlyInAnyOrder("RUS [IRN]", "IRN [RUS]");
    }
}
