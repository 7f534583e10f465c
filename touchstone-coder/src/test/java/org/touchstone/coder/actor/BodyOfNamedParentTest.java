package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A body named after its parent organization's possessive belongs to that parent: "the Arab League's Peace and
 * Security Council" is the Arab League though the bare council is the AU's; a parent's own body keeps its code.
 * Session 26 (bugs26).
 */
class BodyOfNamedParentTest {

    private static final LocalDate DAY = LocalDate.of(2022, 3, 1);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The Arab League's Peace and Security Council condemned Israel.|IGOMEAARL>ISR:111",
        "The Arab League's Peace and Security Council suspended Syria on Tuesday.|IGOMEAARL>SYR:160",
        // near misses: the parent's own body, the bare body, another owner than an organization
        "The African Union's Peace and Security Council condemned Israel.|IGOAFRAFU>ISR:111",
        "The Peace and Security Council condemned Israel.|IGOAFRAFU>ISR:111",
        "The UN's Security Council condemned Israel.|IGOUNOSCR>ISR:111",
        "Russia's Security Council condemned Israel.|RUSGOV>ISR:111",
    })
    void theBodyIsItsNamedParents(String text, String expected) {
        assertThat(events(text, DAY)).containsExactly(expected);
    }
}
