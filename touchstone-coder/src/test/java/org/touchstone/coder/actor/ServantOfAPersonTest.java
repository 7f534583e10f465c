package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An envoy, emissary or aide "of" a named person is that person's side, as object as well as subject ("Putin met an
 * envoy of Xi Jinping" as "Putin met Xi Jinping's envoy"); an envoy "to" someone is sent to them. Session 26 (bugs26).
 */
class ServantOfAPersonTest {

    private static final LocalDate DAY = LocalDate.of(2022, 3, 1);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Putin met an envoy of Xi Jinping in Moscow.",
        "Putin met a special envoy of Xi Jinping in Moscow.",
        "Putin met Xi Jinping's envoy in Moscow.",
        "Putin met an envoy of China in Moscow.",
        "Putin met an emissary of Xi Jinping in Moscow.",
    })
    void theServantIsThePersonsSide(String text) {
        assertThat(events(text, DAY)).containsExactlyInAnyOrder("RUSGOV>CHNGOV:043", "CHNGOV>RUSGOV:042");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "An envoy of Xi Jinping met Putin in Moscow.",
        "An emissary of Xi Jinping met Putin in Moscow.",
    })
    void asSubjectToo(String text) {
        assertThat(events(text, DAY)).contains("CHNGOV>RUSGOV:042");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Putin met an envoy to Xi Jinping in Moscow.",
    })
    void anEnvoyToSomeoneIsNotTheirs(String text) {
        assertThat(events(text, DAY)).doesNotContain("CHNGOV>RUSGOV:042");
    }
}
