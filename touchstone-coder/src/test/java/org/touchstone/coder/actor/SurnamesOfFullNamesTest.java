package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 24 (orders24): a surname the people dictionary leaves out alone because it names several people ("Morales")
 * is, once the person's full name has been read in the document, that person: "the army chief urged Morales to step
 * down" after "Evo Morales" is an appeal to Bolivia's government, as "urged him" is. Without the full name before it the
 * surname stays unknown. Sentences are written for this test, not taken from gold or tuning files.
 */
class SurnamesOfFullNamesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2019-11-10 | Bolivian President Evo Morales resigned on Sunday after the army chief urged Morales to step down. | BOLMIL>BOLGOV:0241
            2019-11-10 | Bolivian President Evo Morales resigned on Sunday after the army chief urged him to step down. | BOLMIL>BOLGOV:0241
            2019-11-10 | Evo Morales resigned after the head of the armed forces urged Morales to step down. | BOLMIL>BOLGOV:0241
            2019-11-10 | Evo Morales resigned on Sunday. The army chief had urged Morales to step down. | BOLMIL>BOLGOV:0241
            """)
    void anAppealToTheSurnameIsToThePersonNamedInFull(LocalDate date, String text, String expected) {
        assertThat(events(text, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2019-11-10 | The army chief urged Morales to resign.
            2019-11-10 | Morales urged the army chief to resign, and Evo Morales left.
            """)
    void aSurnameBeforeOrWithoutTheFullNameStaysUnknown(LocalDate date, String text) {
        assertThat(events(text, date)).noneMatch(e -> e.contains("BOLGOV:02") || e.startsWith("BOLGOV>BOLMIL"));
    }
}
