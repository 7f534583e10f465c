package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * An organization's body the dictionaries do not name, after the organization's "'s" ("The Arab League's Council"),
 * is the organization acting, not a possessor with no actor after it. Session 27 (bugs27).
 */
class UnnamedBodyOfOrganizationTest {

    private static final LocalDate DAY = LocalDate.of(2023, 3, 15);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The Arab League's Council condemned Israel's strikes on Gaza.|IGOMEAARL>ISR:111",
        "The Arab League's council condemned Israel's strikes on Gaza.|IGOMEAARL>ISR:111",
    })
    void theOrganizationActs(String text, String event) {
        assertThat(CoderTestSupport.events(text, DAY)).contains(event);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The Arab League's Council met in Cairo.|Arab League 's Council=IGOMEAARL",
        // near misses: a named body keeps its own code; a state's possessive is no organization's
        "The African Union's Peace and Security Council met in Addis Ababa.|African Union=IGOAFRAFU",
        "Russia's council met in Moscow.|Russia=RUS",
    })
    void theMention(String text, String expected) {
        assertThat(CoderTestSupport.actorWords(text, DAY, ActorMention::isResolved)).contains(expected);
    }
}
