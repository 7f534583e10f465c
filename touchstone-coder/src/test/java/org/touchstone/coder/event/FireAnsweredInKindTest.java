package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "responded with artillery fire on", "answered with air strikes on": fire answered in kind is an attack on the one it
 * falls on (194; 195 from the air), also as the second act of a sentence after ", and"; a reply in words is none.
 * Constructed wire-style sentences, not gold or tuning lines.
 */
class FireAnsweredInKindTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2022-06-01 | Israel responded with air strikes on Gaza. | ISR>PSE:195
            2022-06-01 | Pakistan answered with rocket fire at Indian posts on Tuesday. | PAK>IND:194
            """)
    void theOneTheFireFallsOnIsTheTarget(String date, String text, String expected) {
        assertThat(events(text, LocalDate.parse(date))).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Rebels shelled an army base near the border on Sunday, and Syria responded with artillery fire on Turkey.
            """)
    void aSecondActAfterAndIsCodedToo(String text) {
        assertThat(events(text, LocalDate.parse("2022-06-01"))).contains("SYR>TUR:194");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Israel responded with a statement on Gaza.
            """)
    void wordsAreNoFire(String text) {
        assertThat(events(text, LocalDate.parse("2022-06-01"))).isEmpty();
    }
}
