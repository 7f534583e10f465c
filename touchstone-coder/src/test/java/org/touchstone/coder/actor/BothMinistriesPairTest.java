package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * "both defence ministries", "both foreign ministries" are the pair's ministries as "the two defence ministries" are:
 * each state's GOVMIL (GOV for foreign affairs), and each speaks. Session 27 (bugs27).
 */
class BothMinistriesPairTest {

    private static final LocalDate DAY = LocalDate.of(2023, 3, 15);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Armenian and Azerbaijani forces exchanged fire on the border on Tuesday, both defence ministries said.|ARMGOVMIL [AZEMIL]|AZEGOVMIL [ARMMIL]",
        "Armenia and Azerbaijan agreed to a ceasefire on Tuesday, both defense ministries said.|ARMGOVMIL [AZEGOVMIL]|AZEGOVMIL [ARMGOVMIL]",
        "Armenia and Azerbaijan agreed to a ceasefire on Tuesday, both foreign ministries said.|ARMGOV [AZEGOV]|AZEGOV [ARMGOV]",
    })
    void eachMinistrySpeaks(String text, String one, String other) {
        assertThat(CoderTestSupport.code(text, DAY).statements()).extracting(st -> st.speaker() + " " + st.targets())
                .containsExactlyInAnyOrder(one, other);
    }
}
