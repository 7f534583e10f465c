package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Marchers" are a crowd of civilians as "protesters" are (agents.txt CVL, session 25), placed and aimed by the same rules.
 * Sentences written for this test.
 */
class MarchersTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2019-06-16 | Marchers in Hong Kong demanded that Carrie Lam's government scrap the extradition bill. | HKGCVL>HKGGOV:1413
            2024-04-16 | Thousands of marchers rallied in Tbilisi against the foreign agents law. | GEOCVL>GEOGOV:1412
            2024-04-16 | Police fired tear gas at marchers in Nairobi. | KENCOP>KENCVL:175
            2024-04-16 | Marchers blocked roads in Lima. | PERCVL>PERGOV:144
            """)
    void marchersAreACrowd(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-04-16 | The marchers reached the capital on Friday.
            """)
    void noProtestWithoutOne(LocalDate date, String sentence) {
        assertThat(events(sentence, date)).isEmpty();
    }
}
