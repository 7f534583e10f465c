package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.expectedEvents;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * A capital after "with" and a noun of trade is the state traded with, not its government (session 35, roles35;
 * GOLD-SET.md Metonyms: a capital is the government only as an agent). An envoy expelled in the same sentence stays the
 * government's. Written for this test (never gold or tuning sentences). Each row is "sentence | every event it gives".
 */
class CapitalAsTradePartnerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Ghana froze all trade and investment with Lome on Monday. | GHA>TGO:163
            Ghana expelled Togo's ambassador and froze all trade with Lome on Monday. | GHA>TGOGOV:161 GHA>TGO:163
            """)
    void theTradePartnerIsTheState(String sentence, String expected) {
        assertThat(CoderTestSupport.events(sentence, LocalDate.of(2023, 3, 15))).as(sentence)
                .containsExactlyInAnyOrder(expectedEvents(expected));
    }
}
