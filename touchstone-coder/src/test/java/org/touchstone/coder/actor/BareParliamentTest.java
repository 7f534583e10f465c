package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * Session 31 (defects31): "parliament" bare, with no determiner, names the state's legislature as a name does ("ordered
 * parliament to hold a vote"); told or addressed, it is the words' audience, no actor. Sentences written for the test.
 */
class BareParliamentTest {

    private static final LocalDate DAY = LocalDate.of(2024, 2, 1);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Thailand's Constitutional Court ordered parliament to hold a new vote.|parliament=THALEG",
        "Nepal's Supreme Court ordered parliament to reconvene within two weeks.|parliament=NPLLEG",
    })
    void theStatesLegislature(String text, String expected) {
        assertThat(CoderTestSupport.actorWords(text, DAY, ActorMention::isResolved)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Thailand's prime minister told parliament that the border would stay closed.",
        "Thailand's prime minister addressed parliament on Monday.",
        "Thailand's prime minister spoke to a parliament committee.",
    })
    void theAudienceIsNoActor(String text) {
        assertThat(CoderTestSupport.actorWords(text, DAY, ActorMention::isResolved)).noneMatch(a -> a.startsWith("parliament="));
    }
}
