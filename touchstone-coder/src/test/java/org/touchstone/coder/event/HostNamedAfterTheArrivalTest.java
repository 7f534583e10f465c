package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.expectedEvents;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * A leader's visit to a place whose own head of state or government the sentence names later is a visit to that host
 * (R13), not to the bare state (session 35, roles35); troops arriving somewhere deploy to the state, and a visit naming
 * no host stays with the place (GOLD-SET.md Metonyms). Written for this test (never gold or tuning sentences). Each row
 * is "sentence | every event it gives".
 */
class HostNamedAfterTheArrivalTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Gustavo Petro arrived in Caracas on Monday and praised Nicolas Maduro for his support. | COLGOV>VENGOV:042 VENGOV>COLGOV:043 COLGOV>VENGOV:051
            Narendra Modi visited Moscow on Monday. | INDGOV>RUS:042 RUS>INDGOV:043
            """)
    void theLeaderNamedLaterHosts(String sentence, String expected) {
        assertThat(CoderTestSupport.events(sentence, LocalDate.of(2023, 3, 15))).as(sentence)
                .containsExactlyInAnyOrder(expectedEvents(expected));
    }
}
