package org.touchstone.coder.event;

import static org.touchstone.coder.CoderTestSupport.assertEvents;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 34 (miss34b): an attack claimed with "a/an" and no target word after it is a claim of responsibility (015);
 * a vow that another "would pay" or "will regret" is a threat (130, R9); a body reached through a named person's
 * apposition that gives a senior post in it ("killed X, a senior adviser in Iran's Revolutionary Guards") is the target
 * of an assassination (186, R16). Sentences written for this test. Each row is "date | sentence | expected events"
 * (space-separated, "-" for none).
 */
class ClaimsVowsAndSeniorPostsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-02 | Islamic State claimed a suicide attack that killed 20 people in Kabul. | IMGMOSISI>AFG:015
            2023-05-02 | Iran vowed that Israel would pay for the killing. | IRN>ISR:130
            2023-05-02 | Hezbollah vowed Israel will regret the assassination. | LBNUAF>ISR:130
            """)
    void claimsAndVowedReckonings(LocalDate date, String sentence, String expected) {
        assertEvents(sentence, date, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-02 | A US drone strike killed Abu Ahmed, a senior commander of al-Shabaab, in southern Somalia. | USAMIL>SOMREB:186
            """)
    void aSeniorPostNamedInAnAppositionIsAnAssassination(LocalDate date, String sentence, String expected) {
        assertEvents(sentence, date, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2023-05-02 | A car bomb exploded near a police checkpoint in Mogadishu on Sunday, killing at least nine people. | -
            2023-05-02 | Police fired tear gas at protesters near a government building in Nairobi, injuring dozens. | KENCOP>KENCVL:175
            """)
    void aPlaceNamedWithAIsNoDoerOfTheParticiple(LocalDate date, String sentence, String expected) {
        assertEvents(sentence, date, expected);
    }
}
