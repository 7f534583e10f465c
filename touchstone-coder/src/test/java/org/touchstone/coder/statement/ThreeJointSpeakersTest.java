package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.CoderTestSupport;

/**
 * Three or more states speaking together of no one else speak of one another, as two do (R12: "India and Pakistan
 * said that they would observe the ceasefire" is each about the other). Session 27 (bugs27).
 */
class ThreeJointSpeakersTest {

    private static final LocalDate DAY = LocalDate.of(2023, 3, 15);

    @Test
    void eachSpeaksOfTheOthers() {
        assertThat(CoderTestSupport.code("Russia, China and Iran said they were satisfied with the talks.", DAY).statements())
                .extracting(st -> st.speaker() + " " + st.targets().stream().sorted().toList())
                .containsExactlyInAnyOrder("RUS [CHN, IRN]", "CHN [IRN, RUS]", "IRN [CHN, RUS]");
    }

    @Test
    void twoStillSpeakOfEachOther() {
        assertThat(CoderTestSupport.code("Russia and China said they were satisfied with the talks.", DAY).statements())
                .extracting(st -> st.speaker() + " " + st.targets()).containsExactlyInAnyOrder("RUS [CHN]", "CHN [RUS]");
    }

    @Test
    void aThirdPartyNamedIsWhomTheySpeakOf() {
        assertThat(CoderTestSupport.code("Britain, France and Germany said Iran had violated the nuclear deal.", DAY).statements())
                .extracting(st -> st.speaker() + " " + st.targets())
                .containsExactlyInAnyOrder("GBR [IRN]", "FRA [IRN]", "DEU [IRN]");
    }
}
