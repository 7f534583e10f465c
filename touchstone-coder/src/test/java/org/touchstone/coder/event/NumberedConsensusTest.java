package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 35 (miss35a): a consensus of numbered points reached with a party is a written agreement (057 each way,
 * verbs.txt block conclude); a plain consensus stays a shared view (019). Sentences written for this test (never gold
 * or tuning sentences). Each row is "date | sentence | expected events".
 */
class NumberedConsensusTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2021-04-24 | Thai leaders reached a five-point consensus with Cambodia on Saturday. | THAGOV>KHM:057 KHM>THAGOV:057
            2021-04-24 | Thailand reached a consensus with Cambodia on the border. | THA>KHM:019 KHM>THA:019
            """)
    void aNumberedConsensusIsAnAgreement(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactlyInAnyOrder(expected.split(" "));
    }
}
