package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * A clause opened by "the head / chief / commander / leader of" a body has that body as subject ("after the head of
 * the armed forces urged him to step down"); the same phrase after a verb is its object and does not act. Constructed
 * sentences in wire style, never gold or tuning sentences; each row lists every event the sentence gives.
 */
class HeadOfABodyAsSubjectTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2019-11-10 | Evo Morales resigned after the head of the armed forces urged him to step down. | BOLGOV>BOL:0831 BOLMIL>BOLGOV:0241
            2019-11-10 | Evo Morales resigned after the commander of the armed forces urged him to step down. | BOLGOV>BOL:0831 BOLMIL>BOLGOV:0241
            2019-11-10 | Evo Morales resigned after the commander of the army called on him to resign. | BOLGOV>BOL:0831 BOLMIL>BOLGOV:0241
            2019-11-10 | The head of the armed forces urged Evo Morales to step down. | BOLMIL>BOLGOV:0241
            """)
    void theBodyWhoseHeadOpensTheClauseActs(LocalDate date, String sentence, String expected) {
        assertThat(CoderTestSupport.events(sentence, date)).containsExactly(CoderTestSupport.expectedEvents(expected));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2019-11-10 | Russia summoned the head of the EU delegation to protest against the sanctions. | RUS>IGOEUREEC:110
            2019-11-10 | Supporters of the opposition urged Evo Morales to step down. |
            """)
    void anObjectOrAFollowingIsNoSubject(LocalDate date, String sentence, String expected) {
        assertThat(CoderTestSupport.events(sentence, date)).containsExactly(CoderTestSupport.expectedEvents(expected));
    }
}
