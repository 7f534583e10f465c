package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.CoderTestSupport;

/**
 * Session 34 (roles34): "a French national" is one of the state's people (`CVL`, the roles table's detainees), as
 * "nationals" already were; only the lower-case word, never the "National" of a body's name or "national" before
 * the noun it modifies. Sentences written for this test in wire style, never gold or tuning sentences.
 */
class NationalsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2022-01-28 | Iran freed French national Benjamin Briere on humanitarian grounds. | IRN>FRACVL:0841
            2024-08-01 | Belarus pardoned German national Rico Krieger. | BLR>DEUCVL:0841
            2024-08-01 | Russia detained a US national on Friday. | RUS>USACVL:173
            """)
    void aNationalIsOneOfTheStatesPeople(String date, String sentence, String expected) {
        assertThat(CoderTestSupport.events(sentence, LocalDate.parse(date))).containsExactly(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-08-01 | China's National People's Congress condemned Japan. | CHNLEG>JPN:111
            2024-08-01 | The French national security adviser met Wang Yi in Beijing. | FRAGOV>CHNGOV:042
            2020-07-01 | Britain and Canada criticised China's new national security law for Hong Kong. | GBR>CHN:111
            """)
    void aBodysNameOrAModifierIsNoNational(String date, String sentence, String expected) {
        assertThat(CoderTestSupport.events(sentence, LocalDate.parse(date))).contains(expected);
    }
}
