package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 35 (miss35a): a withdrawal from an international body, named as a noun, is leaving it (160, S7-13), as the
 * verbs of the "leave organization" block are; troops withdrawn from a state stay 0874. A weekday after "on" between
 * the light verb and the noun ("announced on Sunday its withdrawal") keeps the light verb's subject as the source, and
 * "the West African bloc" is ECOWAS, not the West. Sentences written for this test (never gold or tuning sentences).
 * Each row is "date | sentence | expected events".
 */
class WithdrawalFromABodyTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-02-05 | Guinea announced its withdrawal from ECOWAS. | GIN>IGOWAFWAS:160
            2024-02-05 | Guinea announced on Monday its immediate withdrawal from the West African bloc ECOWAS. | GIN>IGOWAFWAS:160
            2024-02-05 | Guinea announced on Monday its recognition of Kosovo. | GIN>KSV:054
            2024-02-05 | Guinea announced the withdrawal of its troops from Mali. | GIN>MLI:0874
            """)
    void aWithdrawalFromABodyIsLeavingIt(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(expected);
    }
}
