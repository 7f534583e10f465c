package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 25 (bugs25): a weapon's participle of firing with a by-agent ("a missile fired at Riyadh by the Houthis")
 * names its firer, never the clause's subject or a speaker borrowed past it. On a weapon that is a verb's object
 * ("intercepted a missile fired at ...") the firer's attack is coded; on a weapon that opens a clause of its own too
 * ("A missile fired at Riyadh by the Houthis hit a building"); on a weapon that opens reported words the participle
 * only says which weapon the words are about, as it does with no agent (gold v-081). Sentences written for this test. Each row is "date | sentence | expected events" ("-" for
 * none).
 */
class WeaponFiredByTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2017-11-06 | Saudi Arabia said a missile fired at Riyadh by the Houthis had been intercepted. | -
            2017-11-06 | Saudi Arabia said a missile fired at Riyadh by Houthi rebels had been intercepted. | -
            2017-11-06 | Saudi Arabia said a missile fired at Riyadh had been intercepted. | -
            2017-11-06 | Saudi Arabia intercepted a missile fired at Riyadh by the Houthis. | YEMREB>SAU:194
            2017-11-06 | Saudi Arabia shot down a missile fired at Riyadh by the Houthis. | YEMREB>SAU:194
            2017-11-06 | Saudi Arabia said the Houthis fired a missile at Riyadh. | YEMREB>SAU:194
            2017-11-06 | Saudi Arabia said missiles were fired at Riyadh by the Houthis. | YEMREB>SAU:193
            2017-11-06 | A missile fired at Riyadh by the Houthis hit a building. | YEMREB>SAU:194
            2024-03-01 | Israel said rockets fired into southern Israel by Hamas had been intercepted. | -
            2024-03-01 | Rockets fired by Hezbollah were intercepted by Israel. | LBNUAF>ISR:194
            2024-12-20 | A drone launched by Yemen's Houthis struck an apartment building in central Tel Aviv early on Friday. | YEMREB>ISR:195
            """)
    void theFirerOfAWeaponIsItsByAgent(LocalDate date, String sentence, String expected) {
        if (expected.equals("-")) {
            assertThat(events(sentence, date)).isEmpty();
        } else {
            assertThat(events(sentence, date)).containsExactlyInAnyOrder(expected.split(" "));
        }
    }
}
