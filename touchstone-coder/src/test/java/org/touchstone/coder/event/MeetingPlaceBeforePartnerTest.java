package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * "met in Bali with Xi": a place between the meeting verb and its "with" decides the meeting's code as a place after
 * the partner does (R13: a third place 044, one party's country a visit 042/043). Session 26 (bugs26).
 */
class MeetingPlaceBeforePartnerTest {

    private static final LocalDate DAY = LocalDate.of(2022, 11, 15);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Biden met in Bali with Xi on Monday.|USAGOV>CHNGOV:044|CHNGOV>USAGOV:044",
        "Biden met with Xi in Bali on Monday.|USAGOV>CHNGOV:044|CHNGOV>USAGOV:044",
        "Biden and Xi met in Bali on Monday.|USAGOV>CHNGOV:044|CHNGOV>USAGOV:044",
        "Biden met in Beijing with Xi on Monday.|USAGOV>CHNGOV:042|CHNGOV>USAGOV:043",
        "Biden met in Washington with Xi on Monday.|USAGOV>CHNGOV:043|CHNGOV>USAGOV:042",
    })
    void thePlaceBeforeThePartnerDecides(String text, String one, String other) {
        assertThat(CoderTestSupport.events(text, DAY)).contains(one, other).doesNotContain("USAGOV>CHNGOV:040");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Biden met with Xi on Monday.",
        "Biden met on Monday with Xi.",
    })
    void noPlaceStaysAMeeting(String text) {
        assertThat(CoderTestSupport.events(text, DAY)).contains("USAGOV>CHNGOV:040", "CHNGOV>USAGOV:040");
    }
}
