package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.actors;
import static org.touchstone.coder.CoderTestSupport.onlyStatement;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 24: a state named after "referring to" (or "alluding to", "in reference to") is whom the words are about, not
 * a place they go to. Near miss: "sent troops to Russia's border" keeps the place.
 */
class ReferredToActorsTest {

    private static final LocalDate DAY = LocalDate.parse("2022-03-01");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The minister spoke on Monday, referring to Russia's treatment of Ukraine. | RUS
            The minister spoke on Monday, alluding to China's conduct in the strait. | CHN
            The minister spoke on Monday in reference to Iran's nuclear programme. | IRN
            """)
    void aStateReferredToIsAnActor(String text, String code) {
        assertThat(actors(text, DAY, m -> !m.locative())).contains(code);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Belarus sent troops to Russia's border on Monday. | RUS
            """)
    void aStateGoneToStaysAPlace(String text, String code) {
        assertThat(actors(text, DAY, m -> m.locative())).contains(code);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            'This is a war crime,' the British foreign secretary told reporters, referring to Russia's treatment of Ukraine. | RUS
            """)
    void theWordsAreAboutTheStateReferredTo(String text, String code) {
        assertThat(onlyStatement(text, DAY).targets()).contains(code);
    }
}
