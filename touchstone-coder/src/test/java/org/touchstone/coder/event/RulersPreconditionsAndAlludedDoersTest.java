package org.touchstone.coder.event;

import static org.touchstone.coder.CoderTestSupport.assertEvents;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 23 (fp23), events the gold does not have: rulers named by their role alone ("the junta") are the soldiers who
 * rule the state the sentence names, not the last state that spoke; an act in a "before ... could" clause waits on a
 * condition and is no act; a reported clause whose subject only alludes to states ("said a certain country was arming")
 * borrows no doer. Sentences written for this test. Each row is "date | sentence | expected events" (space-separated,
 * "-" for none).
 */
class RulersPreconditionsAndAlludedDoersTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2014-05-22 | The United States condemned the military takeover in Thailand and urged the junta to restore democracy quickly. | USA>THAMIL:024 USA>THAMIL:111
            2021-02-05 | Britain condemned the coup in Myanmar and called on the junta to release Aung San Suu Kyi. | GBR>MMRMIL:0253 GBR>MMRMIL:111
            2023-08-01 | France condemned the coup in Niger and urged the junta to release President Bazoum. | FRA>NERMIL:0253 FRA>NERMIL:111
            2023-08-01 | Niger's junta ordered the French ambassador to leave, and Paris refused to recognise the junta. | NERMIL>FRAGOV:161 FRAGOV>NERMIL:120
            """)
    void theJuntaRulesTheStateTheSentenceNames(LocalDate date, String sentence, String expected) {
        assertEvents(sentence, date, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-01-02 | Israel launched air strikes in Gaza on Sunday, the military said. | ISR>PSE:195
            2023-08-01 | France urged the military in Niger to release President Bazoum. | FRA>NERMIL:0253
            """)
    void otherRoleWordsKeepTheirReading(LocalDate date, String sentence, String expected) {
        assertEvents(sentence, date, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-01-25 | Sweden must extradite suspects before Turkey's parliament could ratify its NATO bid, Erdogan said. | TURGOV>SWE:1013
            2023-01-25 | Azerbaijan said Armenia must change its constitution before a peace treaty could be signed. | AZE>ARM:100
            """)
    void anActBeforeWhichAConditionMustBeMetIsNone(LocalDate date, String sentence, String expected) {
        assertEvents(sentence, date, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-01-25 | Turkey's parliament ratified Sweden's NATO bid on Tuesday, before Hungary could do the same. | TURLEG>SWE:057
            2023-01-25 | Hungary's parliament said it would ratify Sweden's NATO bid before the summit. | HUNLEG>SWE:030
            """)
    void aPlainBeforeOrAMainClauseModalStays(LocalDate date, String sentence, String expected) {
        assertEvents(sentence, date, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2019-03-01 | Erdogan said a certain country was arming Kurdish militias in Syria. | TURGOV>UIS:1123
            2019-03-01 | Erdogan said some countries were arming Kurdish militias in Syria. | TURGOV>UIS:1123
            2019-03-01 | Erdogan said 'a certain country' was arming Kurdish militias in Syria. | TURGOV>UIS:1123
            2019-03-01 | Erdogan said a foreign power had attacked Turkish troops in Syria. | -
            2019-03-01 | Lavrov said certain Western countries were supplying weapons to Kyiv. | -
            """)
    void alludedStatesInAReportedClauseAreNoDoers(LocalDate date, String sentence, String expected) {
        assertEvents(sentence, date, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2019-03-01 | Erdogan said the United States was arming Kurdish militias in Syria. | USA>SYRUAF:072 TURGOV>USA:1123
            2019-03-01 | Lavrov said Western countries were supplying weapons to Kyiv. | WST>UKR:072
            """)
    void namedStatesInAReportedClauseStillAct(LocalDate date, String sentence, String expected) {
        assertEvents(sentence, date, expected);
    }
}
