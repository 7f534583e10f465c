package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * A state named inside a prepositional phrase of something the verb names is no target of the verb: "calling it an
 * assault on British sovereignty" is no call on Britain. Constructed sentences in wire style, with near misses whose
 * call stays.
 */
class NamedThingTargetsTest {
    private static List<String> events(String text) {
        return CoderTestSupport.events(text, LocalDate.of(2018, 3, 15));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "France blamed Russia for the attack, calling it an assault on British sovereignty. | FRA>RUS:112",
            "France condemned the attack, calling it an assault on Britain. | ",
            "France and Germany blamed Russia for the attack, calling it an attack on Britain's sovereignty. | FRA>RUS:112 DEU>RUS:112",
            // near misses: a call on someone, with or without words between, is still an appeal
            "France called on Russia to explain the attack. | FRA>RUS:020",
            "France called again on Russia to explain the attack. | FRA>RUS:020",
            "France called on Thursday on Russia to explain the attack. | FRA>RUS:020",
    })
    void aThingNamedIsNoCallOnAnyone(String text, String expected) {
        assertThat(events(text)).containsExactlyInAnyOrder(CoderTestSupport.expectedEvents(expected));
    }
}
