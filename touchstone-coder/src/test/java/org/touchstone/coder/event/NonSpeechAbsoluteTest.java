package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * An actor after a comma and before a participle of any kind (", Xi arriving hours later") is the absolute's subject,
 * no object of the verb before the comma, as it already was before a participle of speech. Session 27 (bugs27).
 */
class NonSpeechAbsoluteTest {

    private static final LocalDate DAY = LocalDate.of(2022, 11, 15);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Biden met in Bali on Monday, Xi arriving hours later.",
        "Biden met in Bali on Monday, with Xi arriving hours later.",
    })
    void theAbsolutesSubjectIsNoPartner(String text) {
        assertThat(CoderTestSupport.events(text, DAY)).noneMatch(e -> e.contains("CHNGOV"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Biden and Xi met in Bali on Monday, Xi arriving hours later.",
        "Biden and Xi met in Bali on Monday, Xi shaking hands with Biden.",
    })
    void theTwoWhoMetStillMeetEachOther(String text) {
        assertThat(CoderTestSupport.events(text, DAY)).contains("USAGOV>CHNGOV:044", "CHNGOV>USAGOV:044");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // near misses: a preposition in -ing is no participle; no comma, no absolute
        "Russia struck Ukraine, including Kyiv, overnight.|RUS>UKR:19",
        "Biden met Xi in Bali on Monday.|USAGOV>CHNGOV:04",
    })
    void otherObjectsStay(String text, String event) {
        assertThat(CoderTestSupport.events(text, DAY)).anyMatch(e -> e.startsWith(event));
    }
}
