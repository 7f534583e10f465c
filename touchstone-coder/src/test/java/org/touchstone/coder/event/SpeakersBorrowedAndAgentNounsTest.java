package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 24 (bugs24): a base form after the agent's "by" is a noun, so the speaker goes on speaking past a passive
 * ("damaged by fire from the ground and demanded", z-058); a speaker is not borrowed as the doer of a blow on its own
 * state's forces; a weapon right after a verb of saying opens the reported words, and its participle of firing names
 * no firer. Sentences written for this test. Each row is "date | sentence | expected events" ("-" for none).
 */
class SpeakersBorrowedAndAgentNounsTest {

    private static void check(LocalDate date, String sentence, String expected) {
        if (expected.equals("-")) {
            assertThat(events(sentence, date)).isEmpty();
        } else {
            assertThat(events(sentence, date)).containsExactlyInAnyOrder(expected.split(" "));
        }
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-12-29 | Aliyev told Azerbaijani state television on Sunday that the plane had been damaged by fire from the ground and demanded that Moscow admit guilt. | AZEGOV>RUSGOV:100
            2024-12-29 | Aliyev said that the plane had been damaged by fire from the ground and demanded that Moscow admit guilt. | AZEGOV>RUSGOV:100
            2024-12-29 | Aliyev said the plane had been brought down by force and demanded that Russia admit guilt. | AZEGOV>RUS:100
            2024-12-29 | Aliyev told state television that the plane had been damaged by a missile and demanded that Moscow admit guilt. | AZEGOV>RUSGOV:100
            2024-12-29 | The ministry said the border would be protected by force. | -
            2024-12-29 | Aliyev told reporters that the plane had been damaged by fire from the ground. | -
            """)
    void aBaseFormAfterTheAgentsByIsANoun(LocalDate date, String sentence, String expected) {
        check(date, sentence, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2022-02-04 | Erdogan said troops had attacked Turkish positions. | -
            2022-02-04 | Erdogan said unidentified troops had attacked Turkish positions. | -
            2022-02-04 | Erdogan said troops had attacked Syrian positions. | TURGOV>SYRMIL:190
            2022-02-04 | Erdogan said Syrian troops had attacked Turkish positions. | SYRMIL>TURMIL:190
            2022-02-04 | Israel said soldiers had killed two Palestinian gunmen in Jenin. | ISR>PSEREB:180
            2022-02-04 | Kyiv said troops had shelled Ukrainian villages. | UKRGOV>UKRCVL:194
            """)
    void aSpeakerIsNoDoerOfABlowOnItsOwnForces(LocalDate date, String sentence, String expected) {
        check(date, sentence, expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2017-11-06 | Saudi Arabia said a missile fired at Riyadh had been supplied by Tehran. | -
            2017-11-06 | Saudi Arabia said a ballistic missile launched at Riyadh had been intercepted. | -
            2017-11-06 | Saudi Arabia intercepted a Houthi missile fired at Riyadh. | YEMREB>SAU:194
            2017-11-06 | Saudi Arabia said the Houthis fired a missile at Riyadh. | YEMREB>SAU:194
            """)
    void aWeaponAfterAVerbOfSayingOpensTheWords(LocalDate date, String sentence, String expected) {
        check(date, sentence, expected);
    }
}
