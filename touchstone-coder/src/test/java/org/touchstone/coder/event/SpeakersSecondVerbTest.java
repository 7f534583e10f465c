package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * Session 34: a speaker's second verb after its reported words ("X said ... and threatened / vowed to ..."): not read
 * inside a contact relative clause of the words ("the towns they had seized and threatened to ..."), aimed at the words'
 * side when it names only the speaker's own, and a vow that spells out a threat keeps its code. Sentences written for
 * this test.
 */
class SpeakersSecondVerbTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2021-02-02 | Joe Biden said Sudan's generals must hand back the towns they had seized and threatened to reimpose sanctions. | USAGOV>SDNMIL:1312
            2021-02-02 | Joe Biden said Sudan's generals must relinquish the power they seized and threatened to reimpose sanctions. | USAGOV>SDNMIL:1312
            """)
    void aVerbAfterAContactRelativeClauseIsTheSpeakers(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-01-03 | Kenya's president said Uganda's border deal was 'illegal' and vowed to defend every inch of Kenyan territory. | KENGOV>UGA:111 KENGOV>UGA:138
            2021-10-08 | Ursula von der Leyen said Hungary's new law was 'a disgrace' and vowed to use all the Commission's powers against it. | IGOEUREEC>HUN:111 IGOEUREEC>HUN:130
            """)
    void aThreatVowedAfterAJudgementIsAimedAtTheJudgedSide(LocalDate date, String sentence, String expected) {
        CoderTestSupport.assertEvents(sentence, date, expected);
    }

    /** With no side named, a vow to defend one's own land threatens no one. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2022-03-02 | Zelensky vowed to defend every inch of Ukrainian land.
            2022-03-02 | Kenya's president vowed to protect every inch of Kenyan soil.
            """)
    void aVowWithNoOtherSideIsNoEvent(LocalDate date, String sentence) {
        assertThat(events(sentence, date)).isEmpty();
    }
}
