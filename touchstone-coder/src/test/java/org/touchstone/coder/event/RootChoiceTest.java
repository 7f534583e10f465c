package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;
import static org.touchstone.coder.CoderTestSupport.expectedEvents;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which root a verb gives when its pattern's code is broader than its object (session 19): "captured" and "seized"
 * take territory (192) or property (1711), but the head of their object decides; people taken are 181, and people
 * named only by their role in a verb phrase after the same source's use of force belong to the side it struck.
 * Sentences written for this test (never gold or tuning sentences). Each row is "date | sentence | expected events".
 */
class RootChoiceTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2019-02-27 | Pakistan shot down two Indian jets and captured a pilot. | PAK>INDMIL:181 PAK>INDMIL:190
            2019-02-27 | Pakistan's air force downed an Indian fighter over Kashmir and captured its pilot. | PAKMIL>INDMIL:181
            2006-07-12 | Hezbollah fighters crossed into Israel and captured two soldiers. | LBNUAF>ISRMIL:181
            2006-06-25 | Hamas gunmen attacked an Israeli army post near Gaza and seized a soldier. | PSEREB>ISRMIL:181
            2023-05-04 | Russian forces shelled Ukrainian positions and captured dozens of soldiers near Bakhmut. | RUSMIL>UKRMIL:181
            2007-03-23 | Iranian Revolutionary Guards seized fifteen British navy personnel in the Gulf on Friday. | IRNMIL>GBRMIL:181
            2023-05-04 | Ukrainian troops captured 40 Russian soldiers near Kharkiv. | UKRMIL>RUSMIL:181
            """)
    void peopleCapturedAreTaken(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected.split(" "));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-04 | Russian forces advanced near Avdiivka and captured the village of Novomykhailivka. | RUSMIL>UKR:192
            2023-05-04 | Azerbaijani forces shelled Armenian positions and captured the town of Shusha. | AZEMIL>ARMMIL:194
            2022-03-04 | Russian forces captured the Zaporizhzhia nuclear plant in Ukraine. | RUSMIL>UKR:192
            """)
    void placesCapturedStayTerritory(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected.split(" ")).noneMatch(e -> e.endsWith(":181"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-11-19 | Houthi rebels seized the cargo ship Galaxy Leader and held its crew hostage. | YEMREB>ISR:181
            2023-05-04 | Pakistan welcomed the Indian delegation and captured a pilot. | PAK>INDMIL:181
            """)
    void noSideTakenWithoutAnEarlierStrike(LocalDate date, String sentence, String unexpected) {
        assertThat(events(sentence, date)).doesNotContain(unexpected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-06-17 | Philippine sailors were attacked by Chinese coast guard personnel wielding knives and axes. | CHNCOP>PHLMIL:182
            2024-06-17 | Philippine sailors were attacked with knives by Chinese coast guard personnel. | CHNCOP>PHLMIL:182
            2020-06-16 | Two Indian soldiers were attacked by Chinese troops carrying clubs in the Galwan valley. | CHNMIL>INDMIL:182
            2024-06-17 | Philippine sailors were assaulted by Chinese coast guard officers armed with machetes. | CHNCOP>PHLMIL:182
            """)
    void weaponsHeldByThePassiveAgentMakeAnAssault(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-06-17 | Philippine sailors were attacked by Chinese coast guard personnel near the shoal. | CHNCOP>PHLMIL:190
            2024-06-17 | Chinese coast guard personnel attacked Philippine sailors near the shoal. | CHNCOP>PHLMIL:190
            """)
    void anAttackWithNoWeaponHeldStaysForce(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-30 | Serbia put its troops on alert after clashes in northern Kosovo. |
            2023-05-30 | Serbia raised its army's readiness following clashes in northern Kosovo. |
            2023-05-30 | Kosovo police arrested three men during clashes in the north. | KSVCOP>KSVCVL:173
            2023-05-30 | Kosovo expelled two Serbian diplomats after talks in Brussels. | KSV>SRBGOV:161
            """)
    void aVerbFormRightAfterATimePrepositionIsANoun(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(expectedEvents(expected)); // empty: no event
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-30 | Serbian troops clashed with Kosovo police after talks collapsed. | SRBMIL>KSVCOP:190 KSVCOP>SRBMIL:190
            2023-05-30 | Serbia put its troops on alert after Kosovo police attacked Serbian protesters. | KSVCOP>SRBCVL:190
            """)
    void aClauseAfterTheTimeWordKeepsItsVerb(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected.split(" "));
    }
}
