package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Force and coercion in wire wording (session 20, force20): a passive whose participle is irregular ("was sunk by",
 * "were slain by", "had been overrun by") is a passive as "was killed by" is, so the actor after "by" is the doer and
 * the subject the one struck, never the reverse. Sentences written for this test (never gold or tuning sentences).
 * Each row is "date | sentence | expected event" or "date | sentence | event that must not appear".
 */
class ForceWordingTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2010-05-20 | The South Korean warship was sunk by a North Korean submarine. | PRKMIL>KORMIL:190
            2010-05-20 | A South Korean navy ship had been sunk by a North Korean submarine. | PRKMIL>KORMIL:190
            2024-02-20 | A British-owned cargo ship was sunk by Houthi rebels. | YEMREB>GBRBUS:190
            2023-01-10 | Two Nigerian soldiers were slain by Boko Haram fighters in Borno. | NGAREB>NGAMIL:190
            2021-02-02 | Alexei Navalny was found guilty by a Moscow court. | RUSJUD>RUSOPP:116
            2021-02-02 | Russian opposition leader Alexei Navalny was found guilty of fraud by a Moscow court. | RUSJUD>RUSOPP:116
            """)
    void anIrregularParticipleAfterBeIsAPassiveWhoseDoerFollowsBy(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2010-05-20 | The South Korean warship was sunk by a North Korean submarine. | KORMIL>PRKMIL:190
            2024-02-20 | A British-owned cargo ship was sunk by Houthi rebels. | GBRBUS>YEMREB:190
            2023-01-10 | Two Nigerian soldiers were slain by Boko Haram fighters in Borno. | NGAMIL>NGACVL:180
            2021-02-02 | Alexei Navalny was found guilty by a Moscow court. | RUSOPP>RUSJUD:116
            """)
    void thePassiveSubjectIsNotTheDoer(LocalDate date, String sentence, String absent) {
        assertThat(events(sentence, date)).doesNotContain(absent);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2010-05-20 | A North Korean submarine sank a South Korean warship. | PRKMIL>KORMIL:190
            2024-02-20 | The Houthis sank a British-owned cargo ship. | YEMREB>GBRBUS:190
            """)
    void theActiveVoiceKeepsItsSubjectAsDoer(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).contains(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2010-05-20 | The South Korean warship sank after an explosion. | 19
            """)
    void aShipThatSankOfItselfIsNoAttack(LocalDate date, String sentence, String root) {
        assertThat(events(sentence, date)).noneMatch(e -> e.substring(e.indexOf(':') + 1).startsWith(root));
    }
}
