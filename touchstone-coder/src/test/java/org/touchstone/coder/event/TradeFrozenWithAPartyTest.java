package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Trade or investment frozen, suspended or halted "with" a party reduces relations with it (root 16), also when
 * a second noun is coordinated before "with" ("trade and investment"). Constructed wire-style sentences, not gold or
 * tuning lines.
 */
class TradeFrozenWithAPartyTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2023-05-10 | China froze trade and investment with Canada. | CHN>CAN:163
            2023-05-10 | Russia suspended all new investment with Georgia on Monday. | RUS>GEO:163
            """)
    void thePartyAfterWithIsTheTarget(String date, String text, String expected) {
        assertThat(events(text, LocalDate.parse(date))).containsExactly(expected);
    }
}
