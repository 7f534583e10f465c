package org.touchstone.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whom reported words are aimed at, written for this test (never gold or tuning sentences): a charge laid on a state's
 * shelling, strikes or fire is a charge of the use of force (1123) against that state's military (S7-5), whatever the
 * charging verb (blame, accuse) and the weapon named; a charge laid on the state itself keeps the bare state. Each row is
 * "date | sentence | expected events"; the near misses list events that must not appear.
 */
class ReportedTargetsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-06-07 | Russia blamed Ukrainian shelling for the fire at the Zaporizhzhia plant. | RUS>UKRMIL:1123
            2022-08-20 | Ukraine blamed Russian artillery fire for the deaths of five civilians in Nikopol. | UKR>RUSMIL:1123
            2022-08-20 | Kyiv accused Russian shelling of damaging the power plant's cooling system. | UKRGOV>RUSMIL:1123
            2019-09-02 | Lebanon blamed Israeli drone strikes for the damage in the southern suburbs. | LBN>ISRMIL:1123
            """)
    void blamedStrikesAreTheMilitarys(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-06-07 | Moscow blamed Ukraine for the destruction of the dam. | RUSGOV>UKR:112 | RUSGOV>UKRMIL:1123
            2021-04-12 | Iran blamed Israel for the blackout at its nuclear site. | IRN>ISR:112 | IRN>ISRMIL:1123
            """)
    void blameOnTheStateStaysBare(LocalDate date, String sentence, String expected, String absent) {
        assertThat(events(sentence, date)).contains(expected).doesNotContain(absent);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-04-02 | Tehran blamed Israel for the attack on its consulate and said Iran reserved the right to retaliate. | IRN>ISR:130
            2023-05-04 | The Kremlin accused Kyiv of plotting a drone attack on Moscow and said Russia reserved the right to respond. | RUS>UKRGOV:130
            2022-10-08 | Moscow blamed Ukrainian saboteurs for the blast on the bridge and said Russia reserved the right to react. | RUS>UKR:130
            """)
    void bareResponseAnswersTheAccused(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected.split(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Moscow said Russia reserved the right to respond.
            The Kremlin said Russia reserved the right to respond.
            """)
    void bareResponseWithNoOneNamedHasNoTarget(String sentence) {
        assertThat(events(sentence, LocalDate.of(2023, 5, 4))).noneMatch(e -> e.endsWith(":130"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            2020-01-03 | A senior general was killed in Baghdad, and Tehran promised "a crushing response" against Washington. | IRNGOV>USAGOV:138
            2022-10-08 | Two soldiers died in a blast near the border, and Moscow vowed "retaliation" against Kyiv. | RUSGOV>UKRGOV:138
            2024-04-02 | A Hezbollah commander was killed in Beirut, and Iran vowed "harsh punishment" for Israel. | IRN>ISR:138
            """)
    void quotedThreatReachesWhomItNames(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            2024-04-02 | A Hezbollah commander was killed in Beirut, and Iran vowed "harsh punishment" for Israel. | IRN>LBNUAF:138
            2024-04-02 | Iran vowed "harsh punishment" for Israel after a Hezbollah commander was killed in Beirut. | IRN>LBNUAF:138
            """)
    void quotedThreatIsNotAimedAtTheVictim(LocalDate date, String sentence, String absent) {
        assertThat(events(sentence, date)).doesNotContain(absent);
    }

    /** Session 33 (left33a): a verb after "and" with no object of its own, said by the speaker, is aimed at whom the words named. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2022-05-10 | The French president said Mali's junta must hold elections soon and threatened to impose sanctions. | FRAGOV>MLIMIL:1312
            2022-05-10 | Kenya's president said Ethiopia's troops were a danger and vowed to impose sanctions. | KENGOV>ETHMIL:1312
            """)
    void speakerGoingOnAimsAtTheWordsSide(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    /** Session 33 (left33a): a demand that the order a coup broke be restored is a demand for a change of regime (1044). */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2022-05-10 | Germany demanded that Mali's junta restore constitutional order. | DEU>MLIMIL:1044
            """)
    void restoredOrderDemandedIsRegimeChange(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(expected);
    }
}
