package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 31 (miss31a): a state that bans its own carriers or firms from flying, sailing or exporting to another
 * embargoes the destination (163), not its own carriers. Sentences written for this test.
 */
class BannedFromGoingToTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2019-06-21 | Moscow banned its airlines from flying to Georgia on Friday. | RUSGOV>GEO:163
            2017-06-06 | Egypt banned its ships from sailing to Qatar. | EGY>QAT:163
            """)
    void theDestinationIsEmbargoed(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }
}
