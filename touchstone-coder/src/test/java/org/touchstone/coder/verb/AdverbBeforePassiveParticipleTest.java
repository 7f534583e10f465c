package org.touchstone.coder.verb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A passive whose pattern's object slot is its subject ("X was placed on a wanted list by Y") is read past one -ly
 * adverb between the auxiliary and the participle ("was formally placed", "were formally charged with"), as the passive
 * whose subject holds the pattern's words already was ("was unanimously approved"). Constructed wire-style sentences,
 * not gold or tuning lines.
 */
class AdverbBeforePassiveParticipleTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2022-06-01 | Kaja Kallas was formally placed on a wanted list by Russia's interior ministry. | RUSGOV>ESTGOV:173
            2022-06-01 | Two Canadians were formally charged with espionage by Chinese prosecutors. | CHNJUD>CANCVL:173
            """)
    void theAdverbDoesNotHideThePassive(String date, String text, String expected) {
        assertThat(events(text, LocalDate.parse(date))).containsExactly(expected);
    }
}
