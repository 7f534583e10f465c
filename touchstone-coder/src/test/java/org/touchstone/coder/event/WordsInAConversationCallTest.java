package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * A "call" one speaks in, or a phone or video call, is a conversation: the that-clause after it is the words said,
 * not the content of an appeal ("his call that NATO withdraw"). Session 25 (bugs25b).
 */
class WordsInAConversationCallTest {

    private static final LocalDate DAY = LocalDate.of(2022, 1, 10);

    @ParameterizedTest
    @ValueSource(strings = {
        "Lavrov told Blinken in a phone call that Moscow would not accept NATO expansion.",
        "Lavrov told Blinken in a call that Moscow would not accept NATO expansion.",
        "Lavrov told Blinken during a call that Moscow would not accept NATO expansion.",
        "Lavrov told Blinken in a video call that Moscow would not accept NATO expansion.",
        "Lavrov said in a phone call that Moscow would not accept NATO expansion.",
        "Lavrov told Blinken in a phone call on Monday that Moscow would not accept NATO expansion.",
    })
    void theWordsOfACallAreSaid(String text) {
        assertThat(CoderTestSupport.events(text, DAY)).contains("RUSGOV>IGOWSTNAT:120");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Russia rejected the call that NATO withdraw its troops from the Baltics.",
        "Russia rejected Kyiv's call that NATO withdraw its troops from the Baltics.",
    })
    void anAppealsContentIsNotDone(String text) {
        assertThat(CoderTestSupport.events(text, DAY)).noneMatch(e -> e.startsWith("IGOWSTNAT>"));
    }
}
