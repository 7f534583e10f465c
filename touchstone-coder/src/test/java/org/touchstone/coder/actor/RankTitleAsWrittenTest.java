package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rank "Major" names an officer only as written: the adjective "major" ("blocked major intersections") names no
 * military. Sentences written for this test.
 */
class RankTitleAsWrittenTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-12-20 | Serbian students blocked major intersections in Belgrade on Friday. | SRBCVL>SRBGOV:144
            """)
    void lowerCaseMajorIsNoOfficer(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(expected);
    }
}
