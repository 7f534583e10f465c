package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.expectedEvents;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * A capital as the object of a visiting verb (session 27, sector27): GOLD-SET.md Metonyms, the same city used as a
 * place ("destination of a visit", a district of the city) is the bare country, so words said on the tour about that country are about the
 * country, not its government. A capital that acts stays the government. Written for this test (never gold or tuning
 * sentences). Each row is "date | sentence | every event it gives".
 */
class CapitalVisitedTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-10 | French President Emmanuel Macron toured Beirut on Thursday and promised that France would help organise international aid for Lebanon. | FRAGOV>LBN:042 LBN>FRAGOV:043 FRAGOV>LBN:030
            2023-05-10 | French President Emmanuel Macron toured the port district of Beirut on Thursday and promised that France would help organise international aid for Lebanon. | FRAGOV>LBN:042 LBN>FRAGOV:043 FRAGOV>LBN:030
            2023-05-10 | Secretary of State Antony Blinken visited Beijing on Monday and said the United States would keep talking to China. | USAGOV>CHN:042 CHN>USAGOV:043 USAGOV>CHN:010
            """)
    void theVisitedCapitalIsAPlace(LocalDate date, String sentence, String expected) {
        assertThat(CoderTestSupport.events(sentence, date)).as(sentence)
                .containsExactlyInAnyOrder(expectedEvents(expected));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-10 | Beirut condemned the Israeli strikes on its territory. | LBNGOV>ISR:111
            """)
    void aCapitalThatActsIsTheGovernment(LocalDate date, String sentence, String expected) {
        assertThat(CoderTestSupport.events(sentence, date)).as(sentence)
                .containsExactlyInAnyOrder(expectedEvents(expected));
    }
}
