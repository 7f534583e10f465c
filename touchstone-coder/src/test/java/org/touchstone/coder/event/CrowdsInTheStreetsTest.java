package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Marchers" are a crowd as "protesters" are, and "the streets of X" place a crowd in X as "in X" does (session 25): "filled
 * the streets of Hong Kong" is a protest at home, as "marched in Hong Kong" already was. Sentences written for this test.
 */
class CrowdsInTheStreetsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2019-06-16 | Protesters filled the streets of Hong Kong on Sunday. | HKGCVL>HKGGOV:141
            2019-06-16 | Hundreds of thousands of marchers filled the streets of Hong Kong on Sunday, demanding that the government scrap the bill. | HKGCVL>HKGGOV:141
            2019-06-16 | Marchers in Hong Kong demanded that Carrie Lam's government scrap the extradition bill. | HKGCVL>HKGGOV:1413
            2024-04-16 | Thousands of protesters marched through the streets of Tbilisi against the foreign agents bill. | GEOCVL>GEOGOV:1412
            2024-04-16 | Thousands of marchers rallied in Tbilisi against the foreign agents law. | GEOCVL>GEOGOV:1412
            2024-04-16 | Police fired tear gas at marchers in Nairobi. | KENCOP>KENCVL:175
            2024-04-16 | Russia shelled the streets of Kyiv. | RUS>UKR:194
            """)
    void aCrowdInTheStreetsOfAPlaceIsOfItsState(LocalDate date, String sentence, String expected) {
        assertThat(events(sentence, date)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2024-04-16 | The marchers reached the capital on Friday.
            2024-04-16 | Russian troops patrolled the streets of Kherson.
            """)
    void noProtestWithoutOne(LocalDate date, String sentence) {
        assertThat(events(sentence, date)).isEmpty();
    }
}
