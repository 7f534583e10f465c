package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * GOLD-SET.md R7: an earlier act told in a clause opened by "after" is coded when it is recent ("after", "shortly
 * after", "hours after") and is background when a span of a day or more puts it at a distance ("a day after", "one day
 * after", "days after"). Constructed sentences in wire style, never gold or tuning sentences; each row lists every
 * event the sentence gives (an empty cell: none).
 */
class DistantEarlierActsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-03-15 | Seoul summoned the Russian ambassador on Tuesday, a day after Moscow expelled two South Korean diplomats. | KORGOV>RUSGOV:110
            2023-03-15 | Seoul summoned the Russian ambassador on Tuesday, the day after Moscow expelled two South Korean diplomats. | KORGOV>RUSGOV:110
            2023-03-15 | Japan lodged a protest with Beijing, a day after Chinese coast guard ships entered its territorial waters. | JPN>CHNGOV:114
            2023-03-15 | Kenya recalled its ambassador a day after arresting two Somali officials. |
            2023-03-15 | Moscow expelled two South Korean diplomats a day after Seoul summoned the Russian ambassador. | RUSGOV>KORGOV:161
            """)
    void anActADayOrMoreEarlierIsBackground(LocalDate date, String sentence, String expected) {
        assertThat(CoderTestSupport.events(sentence, date)).containsExactly(CoderTestSupport.expectedEvents(expected));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-03-15 | Seoul summoned the Russian ambassador on Tuesday after Moscow expelled two South Korean diplomats. | KORGOV>RUSGOV:110 RUSGOV>KORGOV:161
            2023-03-15 | Seoul summoned the Russian ambassador on Tuesday, shortly after Moscow expelled two South Korean diplomats. | KORGOV>RUSGOV:110 RUSGOV>KORGOV:161
            2023-03-15 | Seoul summoned the Russian ambassador on Tuesday, hours after Moscow expelled two South Korean diplomats. | KORGOV>RUSGOV:110 RUSGOV>KORGOV:161
            2023-03-15 | Japan lodged a protest with Beijing, hours after Chinese coast guard ships entered its territorial waters. | JPN>CHNGOV:114 CHNCOP>JPN:150
            2023-03-15 | Kenya recalled its ambassador hours after arresting two Somali officials. | KEN>SOMGOV:173
            """)
    void aRecentActInTheClauseIsCoded(LocalDate date, String sentence, String expected) {
        assertThat(CoderTestSupport.events(sentence, date)).containsExactly(CoderTestSupport.expectedEvents(expected));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-03-15 | Soldiers patrolled the streets of Lima for the first time since the end of military rule after the Peruvian government declared a state of emergency. | PERGOV>PER:1724
            2023-03-15 | Troops patrolled Quito for the first time since 1979 after Ecuador's president declared a state of emergency. | ECUGOV>ECU:1724
            2023-03-15 | Peru has been under a state of emergency since the government declared one in December. |
            2023-03-15 | Finland has not held talks with Moscow since Russia invaded Ukraine. |
            """)
    void aClauseOpenedInsideASincePhraseIsItsOwn(LocalDate date, String sentence, String expected) {
        // R7: "since" makes its own clause background, not an "after" clause that follows its phrase
        assertThat(CoderTestSupport.events(sentence, date)).containsExactly(CoderTestSupport.expectedEvents(expected));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-03-15 | Kenya closed its border with Somalia on Friday, a week after the attack that forced the Somali president to resign. | KEN>SOM:191
            2023-03-15 | Kenya said after talks that Somalia would close its border. |
            """)
    void aRelativeClauseOfABackgroundNounIsBackground(LocalDate date, String sentence, String expected) {
        // R7: the verb of a relative clause tells of its background noun; "that" with its own subject reports words
        assertThat(CoderTestSupport.events(sentence, date)).containsExactly(CoderTestSupport.expectedEvents(expected));
    }
}
