package org.touchstone.coder.event;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * Session 34: criticism or concern whose object is a deed named by a noun with its doer after "by" ("the coup by the
 * army", "the state of emergency declared by the military") is aimed at that doer (R6), whoever speaks: a UN organ,
 * whose words are a resolution and no statement, too. Sentences written for this test.
 */
class DeedByItsDoerTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2021-02-02 | The UN Security Council condemned the coup by Myanmar's military. | IGOUNOSCR>MMRMIL:111
            2021-02-02 | The UN Human Rights Council denounced the coup by Myanmar's military. | IGOUNOHRI>MMRMIL:111
            2021-02-02 | The UN General Assembly condemned the coup by Myanmar's military. | IGOUNO>MMRMIL:111
            2023-08-02 | The Security Council condemned the coup by soldiers in Niger. | IGOUNOSCR>NERMIL:111
            2022-03-02 | The European Parliament condemned the invasion by Russia. | IGOEUREECLEG>RUS:111
            2022-03-02 | The UN Security Council criticised the crackdown by Iranian police. | IGOUNOSCR>IRNCOP:111
            2021-02-02 | Britain condemned the coup staged by Myanmar's military. | GBR>MMRMIL:111
            """)
    void criticismOfADeedIsAimedAtItsDoer(LocalDate date, String sentence, String expected) {
        CoderTestSupport.assertEvents(sentence, date, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2021-02-02 | The UN Security Council expressed deep concern over the state of emergency imposed by Myanmar's military. | IGOUNOSCR>MMRMIL:012
            2021-02-02 | France expressed concern over the coup by Myanmar's military. | FRA>MMRMIL:012
            2021-02-02 | The Human Rights Council voiced alarm at the takeover by Myanmar's army. | IGOUNOHRI>MMRMIL:012
            """)
    void concernOverADeedIsAimedAtItsDoer(LocalDate date, String sentence, String expected) {
        CoderTestSupport.assertEvents(sentence, date, expected);
    }

    /** A seizure of rule placed in a state names no victim: the place is no target, and no doer is guessed. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2021-02-02 | The UN Security Council condemned the coup in Myanmar. | -
            2021-02-02 | Britain condemned the military coup in Myanmar. | -
            """)
    void aCoupWithNoDoerNamedIsAimedAtNoOne(LocalDate date, String sentence, String expected) {
        CoderTestSupport.assertEvents(sentence, date, expected);
    }
}
