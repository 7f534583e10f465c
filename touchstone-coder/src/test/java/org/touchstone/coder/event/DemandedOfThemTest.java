package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 34: "they" opening the clause a demand asks for ("demanded that they restore ...") is the group named before
 * it, not the one demanding (`ObjectPronouns.demandedOfThem`). Sentences written for this test.
 */
class DemandedOfThemTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-08-30 | France condemned the coup by Niger's generals and demanded that they release President Bazoum. | FRA>NERMIL:1053
            2023-08-30 | The African Union condemned the seizure of power by soldiers in Gabon and demanded that they restore constitutional order. | IGOAFRAFU>GABMIL:1044
            """)
    void theyInADemandedClauseIsTheGroupNamedBefore(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    /** Not after a verb of saying: "said that they would face sanctions" is no demand of them. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-08-30 | France condemned the coup by Niger's generals and said that they would face sanctions. | FRA>NERMIL:111
            """)
    void notAfterSaying(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(expected);
    }
}
