package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A state's forces named by role alone (session 22, implicit22): "government forces", "security forces", "riot police"
 * are those of the one state the sentence names, as actor or place; with two states named, or the forces named by
 * their own state, nothing is inferred. A pronoun between a role-only mention and a passive is the passive's subject
 * ("told journalists they had been beaten by": not the journalists). "Its" forces acting on what their own clause
 * calls the last-named state's ("after its coast guard rammed a Philippine boat") are the state named before it. Sentences written for this test (never gold or
 * tuning sentences). Each row is "date | sentence | expected event" or "date | sentence | event that must not appear".
 */
class StateForcesOfTheSentenceTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2020-08-14 | Government forces shelled towns in southern Idlib on Tuesday. | SYRMIL>SYRREB:194
            2021-03-01 | UN investigators said government forces had killed hundreds of civilians in Syria's coastal region. | SYRMIL>SYRCVL:202
            2023-03-10 | Security forces fired on protesters in several Iranian cities. | IRNCOP>IRNCVL:175
            2021-03-01 | Security forces detained dozens of opposition activists in Minsk on Sunday. | BLRCOP>BLROPP:173
            2024-06-26 | Thousands of Kenyans marched on parliament in Nairobi, and riot police fired tear gas at them. | KENCOP>KENCVL:175
            """)
    void forcesNamedByRoleAreTheSentencesOneState(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-05-31 | Russian forces in Syria shelled towns in Idlib on Tuesday. | SYRMIL>SYR:194
            2024-05-31 | Russian warplanes and government forces attacked rebels in Syria. | SYRMIL>SYRREB:190
            2024-05-31 | Russian warplanes and government forces attacked rebels in Syria. | RUSMIL>RUSREB:190
            2024-05-31 | Turkey said security forces had killed 12 Kurdish militants in northern Iraq. | IRQCOP>IRQREB:190
            2024-05-31 | Turkey said security forces had killed 12 Kurdish militants in northern Iraq. | TURCOP>IRQREB:190
            2020-08-14 | Hundreds of people released in Minsk told reporters they had been beaten by riot police. | BLRCOP>BLRMED:182
            """)
    void twoStatesOrAStateOfTheirOwnLeaveNothingToInfer(LocalDate date, String sentence, String absent) {
        assertThat(events(sentence, date)).doesNotContain(absent);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-06-20 | Beijing protested to Manila after its coast guard rammed a Philippine supply boat. | CHNCOP>PHL:190
            2024-06-20 | Russia said its troops had repelled a Ukrainian attack near Kharkiv. | RUSMIL>UKR:190
            """)
    void itsForcesActingOnAStateAreAnotherStates(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-06-20 | Beijing protested to Manila after its coast guard rammed a Philippine supply boat. | PHLCOP>PHLCVL:175
            2024-06-20 | Ukraine said its forces had recaptured two Ukrainian villages. | RUSMIL>UKR:192
            """)
    void itsForcesKeepTheLastStateOtherwise(LocalDate date, String sentence, String absent) {
        assertThat(events(sentence, date)).doesNotContain(absent);
    }
}
